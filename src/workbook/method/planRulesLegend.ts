/**
 * The legend of the treatment plan's rule formats, on the methodology sheet: what a red or amber cell of
 * the plan means, one line per rule, each line starting with the headers of the plan columns it marks, in
 * that rule's colours — so a client team without the add-in can read what to fix. It defines no name, and
 * sits below every section that does.
 */
import type { Methodology } from "../../domain/methodology/types";
import type { Lang, Translate } from "../../i18n";
import { PLAN_RULE_COLUMNS, PLAN_RULES, planRuleColours, type PlanRule } from "../layout/planRules";
import type { CellBlock } from "../plan";
import { bindMethod } from "../schema/methodBinding";
import { treatmentSchema } from "../schema/treatmentSchema";
import { HEADER_STYLE, TITLE_STYLE, type Section } from "./methodBlocks";

type RuleKey =
  "riskUnknown" | "ownerMissing" | "dueMissing" | "dueLate" | "acceptUnapproved" | "residualUnaccepted";

const RULE_KEYS: Readonly<Record<PlanRule, RuleKey>> = {
  "treatment.risk.unknown": "riskUnknown",
  "treatment.owner.missing": "ownerMissing",
  "treatment.due.missing": "dueMissing",
  "treatment.due.late": "dueLate",
  "treatment.accept.unapproved": "acceptUnapproved",
  "residual.unaccepted": "residualUnaccepted",
};

/**
 * The legend block starting at `row` (0-based): title, what red and amber mean, why they show without the
 * add-in, a header, then one line per rule. Lines are single cells of text running on into the empty
 * cells beside them (no wrapping: spreadsheets do not grow a row to fit it on opening a file).
 * @example planRulesLegend(defaultMethodology("li"), 40, "zh-CN", translator("zh-CN")).height // 10
 */
export function planRulesLegend(m: Methodology, row: number, lang: Lang, tr: Translate): Section {
  const headers = new Map(treatmentSchema(bindMethod(m)).columns.map((c) => [c.key, c.header[lang]]));
  const words = (key: "title" | "intro" | "portable") => tr(`functions.methodSheet.planRules.${key}`);
  const h = (key: "cell" | "meaning") => tr(`functions.methodSheet.planRules.headers.${key}`);
  const lines = PLAN_RULES.flatMap((rule, k): CellBlock[] => {
    const at = row + 4 + k;
    return [
      {
        row: at,
        column: 0,
        cells: [[PLAN_RULE_COLUMNS[rule].map((key) => headers.get(key) ?? key).join(" / ")]],
        style: planRuleColours(rule),
      },
      { row: at, column: 1, cells: [[tr(`functions.methodSheet.planRules.rules.${RULE_KEYS[rule]}`)]] },
    ];
  });
  return {
    blocks: [
      { row, column: 0, cells: [[words("title")]], style: TITLE_STYLE },
      { row: row + 1, column: 0, cells: [[words("intro")]] },
      { row: row + 2, column: 0, cells: [[words("portable")]] },
      { row: row + 3, column: 0, cells: [[h("cell"), h("meaning")]], style: HEADER_STYLE },
      ...lines,
    ],
    names: [],
    height: PLAN_RULES.length + 4,
  };
}
