/**
 * "Adopt this workbook": reads the client's own sheets, shows how each was read (for the person to
 * correct), what was found and what is wrong with it, then writes the ISMS sheets beside the originals,
 * which are never changed.
 */
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
} from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import type { StandardVersion } from "../../domain/methodology/types";
import { LANGS, type Lang } from "../../i18n";
import type { AdoptState } from "../hooks/useAdoptWorkbook";
import { useLanguage } from "../LanguageContext";
import { ErrorBar } from "./ErrorBar";
import { PanelSection } from "./PanelSection";
import { usePanelStyles } from "./panelStyles";

// The reading's view (lists, folds, problems) is fetched with the reading itself, not with the panel.
const loadReading = () => import(/* webpackChunkName: "adopt-reading" */ "./AdoptionReading");
const AdoptionReading = lazy(() => loadReading().then((m) => ({ default: m.AdoptionReading })));

const STANDARDS: readonly StandardVersion[] = ["2022", "2013"];

export function AdoptSection({ state }: { readonly state: AdoptState }) {
  const styles = usePanelStyles();
  const { t } = useLanguage();
  const { request, view, outcome, busy } = state;
  const langLabel = (code: Lang) => t(code === "en" ? "app.language.en" : "app.language.zhCN");

  return (
    <PanelSection id="isms-adopt-title" title={t("app.adopt.title")}>
      <Caption1>{t("app.adopt.intro")}</Caption1>
      <Field label={t("app.adopt.language")}>
        <Select
          className={styles.select}
          value={request.lang}
          onChange={(_, d) => {
            const lang = LANGS.find((code) => code === d.value);
            if (lang) state.setLang(lang);
          }}
        >
          {LANGS.map((code) => (
            <option key={code} value={code}>
              {langLabel(code)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("app.adopt.standard")}>
        <Select
          className={styles.select}
          value={request.standard}
          onChange={(_, d) => {
            const standard = STANDARDS.find((s) => s === d.value);
            if (standard) state.setStandard(standard);
          }}
        >
          {STANDARDS.map((standard) => (
            <option key={standard} value={standard}>
              {t(`app.workbook.standards.${standard}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button
          disabled={busy}
          onClick={() => {
            void loadReading();
            void state.read();
          }}
        >
          {view ? t("app.adopt.readAgain") : t("app.adopt.read")}
        </Button>
      </div>
      {view && (
        <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
          <AdoptionReading view={view} state={state} />
        </Suspense>
      )}
      {outcome && (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>
            <div>{t("app.adopt.done", { names: outcome.written.join(", ") })}</div>
            {outcome.renamed.length > 0 && (
              <div>
                {t("app.adopt.doneRenamed", {
                  pairs: outcome.renamed.map(({ from, to }) => `${from} → ${to}`).join(", "),
                })}
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.error && <ErrorBar error={state.error} />}
    </PanelSection>
  );
}
