/**
 * What reading the workbook found wrong, by severity: errors and warnings listed with their sheet and cell,
 * notes (values repaired or read in a way worth knowing) folded away behind their count.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { problemLine } from "../../operations/problemText";
import type { WorkbookProblem } from "../adoptActions";
import { useLanguage } from "../LanguageContext";
import { Disclosure } from "./Disclosure";

/** A long list is cut here: the first ones show what to fix, the count says how much is left. */
const SHOWN = 50;

const useStyles = makeStyles({
  groups: { display: "grid", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  group: { display: "grid", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "grid",
    rowGap: tokens.spacingVerticalXXS,
  },
  item: { overflowWrap: "anywhere" },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
  warning: { margin: 0, color: tokens.colorPaletteMarigoldForeground2 },
});

function ProblemList({
  problems,
  label,
}: {
  readonly problems: readonly WorkbookProblem[];
  readonly label: string;
}) {
  const styles = useStyles();
  const { t, lang } = useLanguage();
  return (
    <ul className={styles.list} aria-label={label}>
      {problems.slice(0, SHOWN).map((problem, i) => (
        <li key={i} className={styles.item}>
          {problemLine(problem, lang)}
        </li>
      ))}
      {problems.length > SHOWN && <li>{t("app.adopt.more", { count: problems.length - SHOWN })}</li>}
    </ul>
  );
}

export function AdoptionProblems({ problems }: { readonly problems: readonly WorkbookProblem[] }) {
  const styles = useStyles();
  const { t } = useLanguage();
  const of = (severity: WorkbookProblem["severity"]) => problems.filter((p) => p.severity === severity);
  const errors = of("error");
  const warnings = of("warning");
  const infos = of("info");
  if (problems.length === 0) return <Text>{t("app.adopt.noProblems")}</Text>;
  const listed = [
    { problems: errors, title: t("app.adopt.errors", { count: errors.length }), className: styles.error },
    {
      problems: warnings,
      title: t("app.adopt.warnings", { count: warnings.length }),
      className: styles.warning,
    },
  ].filter((group) => group.problems.length > 0);

  return (
    <div className={styles.groups}>
      {listed.map((group) => (
        <div key={group.title} className={styles.group}>
          <Text as="h4" weight="semibold" className={group.className}>
            {group.title}
          </Text>
          <ProblemList problems={group.problems} label={group.title} />
        </div>
      ))}
      {infos.length > 0 && (
        <Disclosure label={t("app.adopt.infos", { count: infos.length })}>
          <ProblemList problems={infos} label={t("app.adopt.infos", { count: infos.length })} />
        </Disclosure>
      )}
    </div>
  );
}
