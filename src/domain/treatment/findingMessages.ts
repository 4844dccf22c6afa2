/**
 * A finding in words: its rule's short title and its full message in a language. Findings carry codes
 * (rating keys, method ids, "level"/"value"); the words for them come from i18n here, so a finding's
 * params stay language-neutral for `--json` and for tests.
 */
import { t, type Lang } from "../../i18n";
import type { Params } from "../../i18n/types";
import { isMethodId, RATING_KEYS, type RatingKey } from "../methodology";
import type { Finding, FindingSeverity, RuleCode } from "./types";

const isRatingKey = (value: unknown): value is RatingKey =>
  typeof value === "string" && (RATING_KEYS as readonly string[]).includes(value);

const isQuantity = (value: unknown): value is "value" | "level" => value === "value" || value === "level";

/** The params with their codes in words, and a row's place standing in for a missing risk id. */
function wordedParams(finding: Finding, lang: Lang): Params {
  const { params } = finding;
  const worded: Record<string, string | number> = { ...params };
  if (isRatingKey(params["rating"])) worded["rating"] = t(lang, `functions.arguments.${params["rating"]}`);
  if (isQuantity(params["basis"])) worded["basis"] = t(lang, `functions.arguments.${params["basis"]}`);
  if (isQuantity(params["field"])) worded["field"] = t(lang, `functions.arguments.${params["field"]}`);
  if (isMethodId(params["method"])) worded["method"] = t(lang, `functions.methods.${params["method"]}`);
  if (params["riskId"] === undefined) {
    worded["riskId"] = t(lang, "validation.unnamedRisk", { row: params["row"] ?? "" });
  }
  return worded;
}

/**
 * The full message of a finding: what is wrong and how to fix it.
 * @example findingMessage({ rule: "treatment.owner.missing", severity: "error", sheet: "风险处置计划",
 *   cell: "H7", riskId: "R-007", params: { row: 7, riskId: "R-007" } }, "zh-CN")
 * // "风险R-007：处置没有责任人。请指定负责落实该处置的人员。"
 */
export function findingMessage(finding: Finding, lang: Lang): string {
  return t(lang, `validation.message.${finding.rule}`, wordedParams(finding, lang));
}

/**
 * A rule's short name, for grouping findings.
 * @example ruleTitle("treatment.due.late", "en") // "Planned completion beyond the deadline"
 */
export function ruleTitle(rule: RuleCode, lang: Lang): string {
  return t(lang, `validation.title.${rule}`);
}

/**
 * A severity in words.
 * @example severityLabel("warning", "zh-CN") // "警告"
 */
export function severityLabel(severity: FindingSeverity, lang: Lang): string {
  return t(lang, `validation.severity.${severity}`);
}

/**
 * How many findings of each severity.
 * @example findingCounts([{ severity: "error" }, { severity: "warning" }, { severity: "error" }]) // { error: 2, warning: 1 }
 */
export function findingCounts(
  findings: readonly Pick<Finding, "severity">[],
): Record<FindingSeverity, number> {
  const counts = { error: 0, warning: 0 };
  for (const { severity } of findings) counts[severity]++;
  return counts;
}
