/**
 * The treatment-plan rules a formula can express, as native conditional formats on the plan's rows: a
 * client team filling the plan in Excel without the add-in, in WPS or in LibreOffice sees the cell to fix
 * turn red (amber for a warning) — the cell the add-in's finding points at, by the same rule
 * (src/domain/treatment). The formulas read only the row's own cells and workbook names (the register's
 * columns, the methodology's criterion, deadline and assessment date), with functions Excel 2016,
 * LibreOffice and WPS share. A blank row marks nothing, so a new plan's prepared rows stay white.
 */
import type { Methodology } from "../../domain/methodology";
import { NAMES } from "../../domain/methodology/namedRanges";
import { RULE_SEVERITY, type FindingSeverity, type RuleCode } from "../../domain/treatment/types";
import type { Lang } from "../../i18n/types";
import { columnLetters, columnRange } from "../cells/cellAddress";
import { ASSESSMENT_DATE_NAME } from "../method/methodParameters";
import type { Color, ConditionalFormatPlan } from "../plan";
import type { ColumnSchema } from "../schema/columnSchema";
import { RISK_DATE_NAME, RISK_ID_NAME, RISK_LEVEL_NAME, RISK_VALUE_NAME } from "../schema/treatmentSchema";
import { termLabel, TREATMENT_OPTIONS } from "../schema/vocabulary";
import { FINDING_COLOURS } from "./levelColours";

/** The rules with a native format, in the order the formats are written and the legend lists them. */
export const PLAN_RULES = [
  "treatment.risk.unknown",
  "treatment.owner.missing",
  "treatment.due.missing",
  "treatment.due.late",
  "treatment.accept.unapproved",
  "residual.unaccepted",
] as const satisfies readonly RuleCode[];

export type PlanRule = (typeof PLAN_RULES)[number];

/**
 * The plan columns whose cells each rule marks. A missing sign-off marks who accepted the risk, or, when
 * a name is there, the blank date beside it — where the finding points.
 */
export const PLAN_RULE_COLUMNS: Readonly<Record<PlanRule, readonly string[]>> = {
  "treatment.risk.unknown": ["riskId"],
  "treatment.owner.missing": ["owner"],
  "treatment.due.missing": ["dueDate"],
  "treatment.due.late": ["dueDate"],
  "treatment.accept.unapproved": ["acceptedBy", "acceptedOn"],
  "residual.unaccepted": ["acceptedBy", "acceptedOn"],
};

/** The fill and text colour of a rule's cells: red for an error, amber for a warning. */
export function planRuleColours(rule: PlanRule): { readonly fill: Color; readonly fontColor: Color } {
  return FINDING_COLOURS[RULE_SEVERITY[rule]];
}

/** One format of a rule, with the rule it stands for and the column it marks (the plan keeps the format). */
export interface PlanRuleFormat {
  readonly rule: PlanRule;
  readonly severity: FindingSeverity;
  /** Key of the plan column the format covers. */
  readonly column: string;
  readonly format: Extract<ConditionalFormatPlan, { kind: "expression" }>;
}

export interface PlanRulesInput {
  /** The plan's written columns, in order. */
  readonly columns: readonly ColumnSchema[];
  readonly methodology: Methodology;
  readonly lang: Lang;
  /** Rows the table is prepared for: the formats reach as far as its lists. */
  readonly capacity: number;
}

/** The columns the formulas read on the row. */
const READ = [
  "riskId",
  "option",
  "owner",
  "dueDate",
  "residualLevel",
  "residualValue",
  "acceptedBy",
  "acceptedOn",
];

/** A text literal in a formula, quotes doubled. */
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** A number from a cell or a look-up; 0 when it is blank, text or an error (so "" never compares above). */
const numberOr0 = (expression: string): string => `IFERROR(1*${expression},0)`;

/** Each rule's condition (the terms of an AND), from the row's references (column fixed, row 2). */
function ruleConditions(
  ref: (key: string) => string,
  methodology: Methodology,
  lang: Lang,
): Record<PlanRule, string> {
  const byValue = methodology.acceptance.basis === "value";
  const [id, option, due] = [ref("riskId"), ref("option"), ref("dueDate")];
  const filled = `${id}<>""`;
  const found = `MATCH(${id},${RISK_ID_NAME},0)`;
  const ofRisk = (name: string): string => `INDEX(${name},${found})`;
  const accepted = `${option}=${quoted(termLabel(TREATMENT_OPTIONS, "accept", lang))}`;
  const riskAbove = `${numberOr0(ofRisk(byValue ? RISK_VALUE_NAME : RISK_LEVEL_NAME))}>${NAMES.acceptance}`;
  const residual = ref(byValue ? "residualValue" : "residualLevel");
  // The deadline counts from the risk's assessment date, else the methodology sheet's, else today.
  const riskDate = ofRisk(RISK_DATE_NAME);
  const start = `IF(ISNUMBER(${riskDate}),${riskDate},IF(ISNUMBER(${ASSESSMENT_DATE_NAME}),${ASSESSMENT_DATE_NAME},TODAY()))`;
  return {
    "treatment.risk.unknown": `${filled},ISNA(${found})`,
    "treatment.owner.missing": `${filled},TRIM(${ref("owner")})=""`,
    // An accepted risk has nothing to complete.
    "treatment.due.missing": `${filled},TRIM(${due})="",NOT(${accepted})`,
    "treatment.due.late": `ISNUMBER(${due}),${due}>${start}+${NAMES.treatmentDays}`,
    "treatment.accept.unapproved": `${filled},${accepted},${riskAbove}`,
    // An accepted risk above the criterion is reported once, by the rule above.
    "residual.unaccepted": `${numberOr0(residual)}>${NAMES.acceptance},NOT(AND(${accepted},${riskAbove}))`,
  };
}

/**
 * What a format adds for the column it marks: a sign-off marks who accepted when that is blank, else the
 * blank date beside the name (where the finding points); other columns add nothing.
 */
function cellCondition(ref: (key: string) => string, column: string): string {
  const [by, on] = [`TRIM(${ref("acceptedBy")})`, `TRIM(${ref("acceptedOn")})`];
  if (column === "acceptedBy") return `,${by}=""`;
  if (column === "acceptedOn") return `,${by}<>"",${on}=""`;
  return "";
}

/**
 * The rule formats of a treatment plan with these columns (none when a column the formulas read is
 * missing), one per rule and marked column, in the order of PLAN_RULES.
 * @example planRuleFormats({ columns, methodology, lang: "en", capacity: 1000 })[1]?.format.formula
 * // '=AND($A2<>"",TRIM($H2)="")' (owner in H)
 */
export function planRuleFormats(input: PlanRulesInput): PlanRuleFormat[] {
  const index = new Map(input.columns.map((c, i) => [c.key, i] as const));
  if (READ.some((key) => !index.has(key))) return [];
  const ref = (key: string): string => `$${columnLetters(index.get(key) ?? 0)}2`;
  const conditions = ruleConditions(ref, input.methodology, input.lang);
  return PLAN_RULES.flatMap((rule) =>
    PLAN_RULE_COLUMNS[rule].map((column) => {
      const extra = cellCondition(ref, column);
      return {
        rule,
        severity: RULE_SEVERITY[rule],
        column,
        format: {
          kind: "expression" as const,
          range: columnRange(index.get(column) ?? 0, 1, input.capacity),
          formula: `=AND(${conditions[rule]}${extra})`,
          ...planRuleColours(rule),
        },
      };
    }),
  );
}
