/**
 * The Workbook panel: what the workbook has, creating the ISMS sheets (with a preview first), and adopting
 * the client's own sheets into them.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
} from "@fluentui/react-components";
import { METHOD_IDS, type StandardVersion } from "../../domain/methodology/types";
import { LANGS, type Lang } from "../../i18n";
import { useLanguage } from "../LanguageContext";
import type { AdoptState } from "../hooks/useAdoptWorkbook";
import type { WorkbookPanelState } from "../hooks/useWorkbookPanel";
import { AdoptSection } from "./AdoptSection";
import { ErrorBar } from "./ErrorBar";
import { PanelSection } from "./PanelSection";
import { usePanelStyles } from "./panelStyles";
import { PlanPreviewCard } from "./PlanPreviewCard";
import { SheetStatusList } from "./SheetStatusList";

export interface WorkbookPanelProps {
  readonly state: WorkbookPanelState;
  readonly adopt: AdoptState;
}

export function WorkbookPanel({ state, adopt }: WorkbookPanelProps) {
  const styles = usePanelStyles();
  const { t } = useLanguage();
  const { request, status, preview, outcome, busy } = state;
  const langLabel = (code: Lang) => t(code === "en" ? "app.language.en" : "app.language.zhCN");

  return (
    <div className={styles.panel}>
      <PanelSection id="isms-status-title" title={t("app.workbook.statusTitle")}>
        {status ? (
          <SheetStatusList status={status} />
        ) : (
          <Spinner size="tiny" label={t("app.workbook.refresh")} />
        )}
        <div className={styles.actions}>
          <Button size="small" onClick={() => void state.refresh()} disabled={busy}>
            {t("app.workbook.refresh")}
          </Button>
        </div>
      </PanelSection>

      <PanelSection id="isms-create-title" title={t("app.workbook.formTitle")}>
        <Field label={t("app.workbook.language")}>
          <RadioGroup
            layout="horizontal"
            value={request.lang}
            onChange={(_, d) => state.change({ lang: d.value as Lang })}
          >
            {LANGS.map((code) => (
              <Radio key={code} value={code} label={langLabel(code)} />
            ))}
          </RadioGroup>
        </Field>
        <Field label={t("app.workbook.standard")}>
          <RadioGroup
            layout="horizontal"
            value={request.standard}
            onChange={(_, d) => state.change({ standard: d.value as StandardVersion })}
          >
            <Radio value="2022" label={t("app.workbook.standards.2022")} />
            <Radio value="2013" label={t("app.workbook.standards.2013")} />
          </RadioGroup>
        </Field>
        <Field label={t("app.workbook.method")}>
          <Select
            className={styles.select}
            value={request.method}
            onChange={(_, d) => {
              const method = METHOD_IDS.find((id) => id === d.value);
              if (method) state.change({ method });
            }}
          >
            {METHOD_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`functions.methods.${id}`)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void state.showPreview(false)} disabled={busy}>
            {t("app.workbook.create")}
          </Button>
          <Button onClick={() => void state.showPreview(true)} disabled={busy}>
            {t("app.workbook.addSample")}
          </Button>
        </div>
        {preview && (
          <PlanPreviewCard
            preview={preview}
            busy={busy}
            onConfirm={(choice) => void state.create(choice)}
            onCancel={state.cancel}
          />
        )}
        {outcome?.status === "created" && (
          <MessageBar layout="multiline" intent="success">
            <MessageBarBody>{t("app.workbook.done", { names: outcome.written.join(", ") })}</MessageBarBody>
          </MessageBar>
        )}
        {state.error && <ErrorBar error={state.error} />}
      </PanelSection>

      <AdoptSection state={adopt} />
    </div>
  );
}
