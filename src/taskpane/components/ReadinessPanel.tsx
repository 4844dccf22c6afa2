/**
 * The Readiness panel (认证准备度): the method's 16 items of a certifiable ISMS judged on the workbook,
 * the score, what blocks certification (each to its cell), every item with its reasons, and the internal
 * audit and management review sheets created or refreshed.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ReadinessPanelState } from "../hooks/useReadinessPanel";
import { useLanguage } from "../LanguageContext";
import type { PreparedView, ReadinessView } from "../readinessActions";
import { ErrorBar } from "./ErrorBar";
import { PanelSection } from "./PanelSection";
import { usePanelStyles } from "./panelStyles";
import { BlockerList, ItemList } from "./ReadinessLists";

const GO_TO_HINT_ID = "isms-readiness-go-to-hint";

const useStyles = makeStyles({
  summary: { display: "grid", rowGap: tokens.spacingVerticalXS, margin: 0 },
  track: {
    height: "8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
    overflow: "hidden",
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
  fill: {
    height: "100%",
    backgroundColor: tokens.colorCompoundBrandBackground,
    "@media (forced-colors: active)": { backgroundColor: "Highlight", forcedColorAdjust: "none" },
  },
  complete: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  text: { overflowWrap: "anywhere", margin: 0 },
});

const percent = (score: number): number => Math.round(score * 100);

/** The score in words, as a bar, and how many items are ready: announced after each check. */
function Score({ view }: { readonly view: ReadinessView }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const value = percent(view.score);
  const ready = view.items.filter((item) => item.status === "ready").length;
  const counted = t("app.readiness.readyCount", { ready, total: view.items.length });
  return (
    <>
      <p className={styles.summary} role="status">
        <Text size={500} weight="semibold">
          {t("app.readiness.score", { score: `${value}%` })}
        </Text>
        <Text>{counted}</Text>
      </p>
      <div
        className={styles.track}
        role="progressbar"
        aria-label={t("app.readiness.scoreLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value}% · ${counted}`}
      >
        <div
          className={mergeClasses(styles.fill, value === 100 && styles.complete)}
          style={{ width: `${value}%` }}
        />
      </div>
      <Caption1>{t("app.readiness.checked", { today: view.today })}</Caption1>
    </>
  );
}

function Prepared({ prepared }: { readonly prepared: PreparedView }) {
  const { t } = useLanguage();
  const list = (sheets: readonly string[]) => sheets.join(t("app.readiness.listSeparator"));
  const lines = [
    prepared.created.length > 0 ? t("app.readiness.created", { sheets: list(prepared.created) }) : null,
    prepared.updated.length > 0 ? t("app.readiness.updated", { sheets: list(prepared.updated) }) : null,
  ].filter((line) => line !== null);
  return (
    <MessageBar layout="multiline" intent="success">
      <MessageBarBody>
        {lines.length > 0 ? lines.map((line) => <div key={line}>{line}</div>) : t("app.readiness.upToDate")}
      </MessageBarBody>
    </MessageBar>
  );
}

export function ReadinessPanel({ state }: { readonly state: ReadinessPanelState }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { t } = useLanguage();
  const { view, busy } = state;
  const blockersTitle = t("app.readiness.blockersTitle", { count: view?.blockers.length ?? 0 });

  return (
    <div className={styles.panel}>
      <PanelSection id="isms-readiness-title" title={t("app.readiness.title")}>
        <Caption1>{t("app.readiness.intro")}</Caption1>
        {view && <Score view={view} />}
        <div className={styles.actions}>
          {/* Focusable while busy: a re-check never throws the keyboard's focus out of the panel. */}
          <Button appearance="primary" disabledFocusable={busy} onClick={() => void state.check()}>
            {view ? t("app.readiness.checkAgain") : t("app.readiness.check")}
          </Button>
        </div>
        {state.checking && <Spinner size="tiny" label={t("app.readiness.checking")} />}
      </PanelSection>

      {view && (
        <>
          <PanelSection id="isms-readiness-blockers" title={blockersTitle} level={3}>
            <Caption1 id={GO_TO_HINT_ID}>{t("app.readiness.goToHint")}</Caption1>
            {view.blockers.length === 0 ? (
              <MessageBar layout="multiline" intent="success">
                <MessageBarBody>{t("app.readiness.noBlockers")}</MessageBarBody>
              </MessageBar>
            ) : (
              <BlockerList
                blockers={view.blockers}
                items={view.items}
                label={blockersTitle}
                describedBy={GO_TO_HINT_ID}
                onGoTo={state.goTo}
              />
            )}
          </PanelSection>
          <PanelSection id="isms-readiness-items" title={t("app.readiness.itemsTitle")} level={3}>
            <Caption1>{t("app.readiness.itemsHint")}</Caption1>
            <ItemList
              items={view.items}
              label={t("app.readiness.itemsTitle")}
              describedBy={GO_TO_HINT_ID}
              onGoTo={state.goTo}
            />
          </PanelSection>
        </>
      )}

      <PanelSection id="isms-readiness-prepare" title={t("app.readiness.prepareTitle")} level={3}>
        <Text as="p" className={styles.text}>
          {t("app.readiness.prepareHint")}
        </Text>
        <div className={styles.actions}>
          <Button disabledFocusable={busy} onClick={() => void state.prepareAuditSheets()}>
            {t("app.readiness.prepare")}
          </Button>
        </div>
        {state.prepared && <Prepared prepared={state.prepared} />}
      </PanelSection>
      {state.error && <ErrorBar error={state.error} />}
    </div>
  );
}
