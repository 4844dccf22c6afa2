/**
 * Findings in groups (by rule or by risk), each a button that takes Excel to the cell to fix. A row says
 * everything without colour: severity (shape and word), risk, sheet!cell, the rule's title, the message.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FindingGroup, FindingGrouping } from "../findingGroups";
import { useLanguage } from "../LanguageContext";
import type { FindingView } from "../validateActions";
import { SeverityIcon } from "./SeverityIcon";

/** A long group is cut here: the report sheet lists every finding. */
const SHOWN = 50;

const useStyles = makeStyles({
  groups: { display: "grid", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  group: { display: "grid", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: {
    margin: 0,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", rowGap: tokens.spacingVerticalXXS },
  finding: {
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
    justifyItems: "start",
    width: "100%",
    minWidth: 0,
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
  },
  place: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  text: { overflowWrap: "anywhere", minWidth: 0 },
});

/**
 * Keys that stay with a finding from one run to the next (rule and cell, numbered when a rule finds a
 * cell twice), so a live re-run keeps the focused row focused.
 */
function keyed(findings: readonly FindingView[]): [string, FindingView][] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.rule} ${finding.sheet}!${finding.cell}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [`${base} ${n}`, finding];
  });
}

function FindingButton({
  finding,
  describedBy,
  onSelect,
}: {
  readonly finding: FindingView;
  readonly describedBy: string;
  readonly onSelect: (finding: FindingView) => void;
}) {
  const styles = useStyles();
  return (
    <Button
      appearance="subtle"
      className={styles.finding}
      aria-describedby={describedBy}
      onClick={() => onSelect(finding)}
    >
      <span className={styles.place}>
        <SeverityIcon severity={finding.severity} />
        <Text weight="semibold">{finding.severityLabel}</Text>
        {finding.riskId !== undefined && <Text>{finding.riskId}</Text>}
        <Text className={styles.text}>
          {finding.sheet}!{finding.cell}
        </Text>
      </span>
      <Text weight="semibold" className={styles.text}>
        {finding.title}
      </Text>
      <Text className={styles.text}>{finding.message}</Text>
    </Button>
  );
}

export interface FindingListProps {
  readonly groups: readonly FindingGroup[];
  readonly grouping: FindingGrouping;
  /** Id of the text that says what choosing a finding does. */
  readonly describedBy: string;
  readonly onSelect: (finding: FindingView) => void;
}

export function FindingList({ groups, grouping, describedBy, onSelect }: FindingListProps) {
  const styles = useStyles();
  const { t } = useLanguage();
  const heading = (group: FindingGroup): string => {
    const name =
      grouping === "rule" ? (group.findings[0]?.title ?? group.key) : group.key || t("app.validate.noRiskId");
    return t("app.validate.group", { name, count: group.findings.length });
  };
  return (
    <div className={styles.groups}>
      {groups.map((group) => (
        <div key={group.key} className={styles.group}>
          <Text as="h4" weight="semibold" className={styles.heading}>
            <SeverityIcon severity={group.severity} />
            {heading(group)}
          </Text>
          <ul className={styles.list} aria-label={heading(group)}>
            {keyed(group.findings.slice(0, SHOWN)).map(([key, finding]) => (
              <li key={key}>
                <FindingButton finding={finding} describedBy={describedBy} onSelect={onSelect} />
              </li>
            ))}
            {group.findings.length > SHOWN && (
              <li>
                <Text>{t("app.validate.more", { count: group.findings.length - SHOWN })}</Text>
              </li>
            )}
          </ul>
        </div>
      ))}
    </div>
  );
}
