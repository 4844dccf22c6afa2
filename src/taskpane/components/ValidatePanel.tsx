/**
 * The Validate panel: the risk register and the risk treatment plan checked by the same operation as
 * `isms validate`; findings counted by severity, filtered, grouped by rule or by risk, each a button to
 * its cell; the offending cells optionally marked; live re-validation after edits; a findings sheet.
 */
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { groupFindings, type FindingFilter, type FindingGrouping } from "../findingGroups";
import type { ValidatePanelState } from "../hooks/useValidatePanel";
import { useLanguage } from "../LanguageContext";
import { ErrorBar } from "./ErrorBar";
import { FindingList } from "./FindingList";
import { PanelSection } from "./PanelSection";
import { usePanelStyles } from "./panelStyles";
import { SeverityIcon } from "./SeverityIcon";

const SELECT_HINT_ID = "isms-validate-select-hint";

const useStyles = makeStyles({
  counts: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  count: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  choices: { flexWrap: "wrap" },
  switches: { display: "grid", minWidth: 0 },
  text: { overflowWrap: "anywhere", margin: 0 },
});

function Counts({ state }: { readonly state: ValidatePanelState }) {
  const styles = useStyles();
  const { t } = useLanguage();
  if (!state.view) return null;
  const { counts } = state.view;
  // A polite live region: a re-run (live mode included) is announced without moving focus.
  return (
    <p className={styles.counts} role="status">
      <span className={styles.count}>
        <SeverityIcon severity="error" />
        <Text weight="semibold">{t("app.validate.errors", { count: counts.error })}</Text>
      </span>
      <span className={styles.count}>
        <SeverityIcon severity="warning" />
        <Text weight="semibold">{t("app.validate.warnings", { count: counts.warning })}</Text>
      </span>
    </p>
  );
}

function Findings({ state }: { readonly state: ValidatePanelState }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const { view, visible, filter, grouping } = state;
  const groups = useMemo(() => groupFindings(visible ?? [], grouping), [visible, grouping]);
  if (!view) return null;
  const { counts } = view;
  if (view.findings.length === 0) {
    return (
      <MessageBar layout="multiline" intent="success">
        <MessageBarBody>{t("app.validate.clean")}</MessageBarBody>
      </MessageBar>
    );
  }
  const filters: readonly [FindingFilter, string][] = [
    ["all", t("app.validate.filter.all", { count: counts.error + counts.warning })],
    ["error", t("app.validate.filter.error", { count: counts.error })],
    ["warning", t("app.validate.filter.warning", { count: counts.warning })],
  ];
  const groupings: readonly [FindingGrouping, string][] = [
    ["rule", t("app.validate.byRule")],
    ["risk", t("app.validate.byRisk")],
  ];
  return (
    <>
      <Field label={t("app.validate.show")}>
        <RadioGroup
          layout="horizontal"
          className={styles.choices}
          value={filter}
          onChange={(_, data) => state.setFilter(data.value as FindingFilter)}
        >
          {filters.map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t("app.validate.groupBy")}>
        <RadioGroup
          layout="horizontal"
          className={styles.choices}
          value={grouping}
          onChange={(_, data) => state.setGrouping(data.value as FindingGrouping)}
        >
          {groupings.map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </RadioGroup>
      </Field>
      <Caption1 id={SELECT_HINT_ID}>{t("app.validate.selectHint")}</Caption1>
      {groups.length === 0 ? (
        <Text as="p" className={styles.text}>
          {t("app.validate.noneShown")}
        </Text>
      ) : (
        <FindingList
          groups={groups}
          grouping={grouping}
          describedBy={SELECT_HINT_ID}
          onSelect={state.select}
        />
      )}
    </>
  );
}

export function ValidatePanel({ state }: { readonly state: ValidatePanelState }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { t } = useLanguage();
  const { view, busy, features } = state;
  const sheets = view ? [view.sheets.risks, view.sheets.treatments].filter((s) => s !== undefined) : [];
  const found = sheets.length > 0;

  return (
    <div className={styles.panel}>
      <PanelSection id="isms-validate-title" title={t("app.validate.title")}>
        <Caption1>{t("app.validate.intro")}</Caption1>
        {!view && !state.error && <Spinner size="tiny" label={t("app.validate.running")} />}
        {view && !found && (
          <MessageBar layout="multiline" intent="info">
            <MessageBarBody>{t("app.validate.noSheets")}</MessageBarBody>
          </MessageBar>
        )}
        {view && found && (
          <>
            <Text as="p" className={styles.text}>
              {t("app.validate.checked", {
                today: view.today,
                sheets: sheets.join(t("app.validate.listSeparator")),
              })}
            </Text>
            <Counts state={state} />
          </>
        )}
        <div className={styles.actions}>
          {/* Focusable while busy: a re-run never throws the keyboard's focus out of the panel. */}
          <Button appearance="primary" disabledFocusable={busy} onClick={() => void state.validate()}>
            {view ? t("app.validate.runAgain") : t("app.validate.run")}
          </Button>
        </div>
        {(features.highlight || features.live) && (
          <div className={styles.switches}>
            {features.highlight && (
              <Switch
                checked={state.highlighting}
                onChange={(_, data) => state.setHighlighting(data.checked)}
                label={t("app.validate.highlight")}
              />
            )}
            {features.live && (
              <Switch
                checked={state.live}
                disabled={!state.canWatch}
                onChange={(_, data) => state.setLive(data.checked)}
                label={t("app.validate.live")}
              />
            )}
          </div>
        )}
      </PanelSection>

      {view && found && (
        <>
          <PanelSection id="isms-validate-findings" title={t("app.validate.findingsTitle")} level={3}>
            <Findings state={state} />
          </PanelSection>
          <PanelSection id="isms-validate-report" title={t("app.validate.reportTitle")} level={3}>
            <Text as="p" className={styles.text}>
              {t("app.validate.reportHint")}
            </Text>
            <div className={styles.actions}>
              <Button disabledFocusable={busy} onClick={() => void state.writeReport()}>
                {t("app.validate.writeReport")}
              </Button>
            </div>
            {state.written && (
              <MessageBar layout="multiline" intent="success">
                <MessageBarBody>
                  {t(state.written.replaced ? "app.validate.rewritten" : "app.validate.written", {
                    sheet: state.written.sheet,
                    count: state.written.findings,
                  })}
                </MessageBarBody>
              </MessageBar>
            )}
          </PanelSection>
        </>
      )}
      {state.error && <ErrorBar error={state.error} />}
    </div>
  );
}
