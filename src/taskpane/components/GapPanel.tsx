/**
 * The Gap panel: the organisation's current management level against the standard (差距分析), overall and
 * for the weakest clauses and Annex A themes, scored from the workbook's gap analysis sheet by the same
 * operation as `isms gap`; and the sheet itself, added when the workbook has none.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { GapPanelState } from "../hooks/useGapPanel";
import type { GapGroupView } from "../gapActions";
import { useLanguage } from "../LanguageContext";
import { ErrorBar } from "./ErrorBar";
import { PanelSection } from "./PanelSection";
import { usePanelStyles } from "./panelStyles";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  item: { display: "grid", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  row: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: { overflowWrap: "anywhere", minWidth: 0 },
});

const percent = (value: number | null): string => (value === null ? "—" : `${Math.round(value * 100)}%`);

function GroupList({ groups, label }: { readonly groups: readonly GapGroupView[]; readonly label: string }) {
  const styles = useStyles();
  const { t } = useLanguage();
  if (groups.length === 0) return <Text>{t("app.gap.noneBelow")}</Text>;
  return (
    <ul className={styles.list} aria-label={label}>
      {groups.map((group) => (
        <li key={group.id} className={styles.item}>
          <div className={styles.row}>
            <span className={styles.name}>
              {group.id} {group.title}
            </span>
            <Text weight="semibold">
              {t("app.gap.scoreOfTarget", { score: percent(group.score), target: percent(group.target) })}
            </Text>
          </div>
          <ProgressBar
            value={group.score ?? 0}
            max={1}
            thickness="large"
            color={(group.score ?? 0) < 0.4 ? "error" : (group.score ?? 0) < 0.6 ? "warning" : "success"}
            aria-label={`${group.id} ${group.title}`}
          />
        </li>
      ))}
    </ul>
  );
}

export function GapPanel({ state }: { readonly state: GapPanelState }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { t } = useLanguage();
  const { summary, busy } = state;

  return (
    <div className={styles.panel}>
      <PanelSection id="isms-gap-title" title={t("app.gap.title")}>
        {!summary && !state.error && <Spinner size="tiny" label={t("app.loading")} />}
        {summary && summary.sheet === null && (
          <>
            <MessageBar layout="multiline" intent="info">
              <MessageBarBody>{t("app.gap.noSheet")}</MessageBarBody>
            </MessageBar>
            <div className={styles.actions}>
              <Button appearance="primary" onClick={() => void state.addSheet()} disabled={busy}>
                {t("app.gap.addSheet")}
              </Button>
            </div>
          </>
        )}
        {summary && summary.sheet !== null && (
          <>
            <Text as="p" size={500} weight="semibold">
              {t("app.gap.overall", {
                score: percent(summary.overall.score),
                target: percent(summary.overall.target),
              })}
            </Text>
            <ProgressBar
              value={summary.overall.score ?? 0}
              max={1}
              thickness="large"
              aria-label={t("app.gap.overallLabel")}
            />
            <Text as="p">
              {t("app.gap.rated", {
                rated: summary.overall.rated,
                total: summary.overall.total,
                sheet: summary.sheet,
              })}
            </Text>
          </>
        )}
        <div className={styles.actions}>
          <Button size="small" onClick={() => void state.refresh()} disabled={busy}>
            {t("app.gap.refresh")}
          </Button>
        </div>
      </PanelSection>

      {summary && summary.sheet !== null && (
        <>
          <PanelSection id="isms-gap-clauses" title={t("app.gap.weakestClauses")} level={3}>
            <GroupList groups={summary.weakestClauses} label={t("app.gap.weakestClauses")} />
          </PanelSection>
          <PanelSection
            id="isms-gap-themes"
            title={t(summary.standard === "2013" ? "app.gap.weakestDomains" : "app.gap.weakestThemes")}
            level={3}
          >
            <GroupList
              groups={summary.weakestThemes}
              label={t(summary.standard === "2013" ? "app.gap.weakestDomains" : "app.gap.weakestThemes")}
            />
          </PanelSection>
          <PanelSection id="isms-gap-send" title={t("app.gap.sendTitle")} level={3}>
            <Text as="p">{t("app.gap.sendHint")}</Text>
            <div className={styles.actions}>
              <Button onClick={() => void state.sendToRegister()} disabled={busy}>
                {t("app.gap.send")}
              </Button>
            </div>
            {state.sent && (
              <MessageBar layout="multiline" intent={state.sent.status === "sent" ? "success" : "warning"}>
                <MessageBarBody>
                  {state.sent.status === "sent"
                    ? t("app.gap.sent", { sent: state.sent.sent, skipped: state.sent.skipped })
                    : t("app.gap.sendUnavailable")}
                </MessageBarBody>
              </MessageBar>
            )}
          </PanelSection>
          {summary.problems.length > 0 && (
            <MessageBar layout="multiline" intent="warning">
              <MessageBarBody>
                {t("app.gap.problems", {
                  count: summary.problems.length,
                  cells: summary.problems
                    .slice(0, 5)
                    .map((p) => `${p.sheet}!${p.cell}`)
                    .join(", "),
                })}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      {state.error && <ErrorBar error={state.error} />}
    </div>
  );
}
