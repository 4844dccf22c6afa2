/**
 * Readiness in words: an item's title, a status, and a reason's message in a language. Reasons carry
 * codes and language-neutral params; the words for them (a required document's title, "row N", a wrapped
 * finding's own message) are filled in here.
 */
import { messageIn, messages, t, type Lang } from "../../i18n";
import type { Params } from "../../i18n/types";
import { findingMessage, RULE_SEVERITY, type Finding, type RuleCode } from "../treatment";
import { REQUIRED_INFORMATION, type RequiredInformationKey } from "./requiredInformation";
import type { ReadinessItemKey, ReadinessReason, ReadinessStatus } from "./types";

const isRuleCode = (value: unknown): value is RuleCode =>
  typeof value === "string" && Object.prototype.hasOwnProperty.call(RULE_SEVERITY, value);

const isRequiredKey = (value: unknown): value is RequiredInformationKey =>
  REQUIRED_INFORMATION.some((info) => info.key === value);

/** The treatment finding a `<item>.finding` reason wraps. */
function wrappedFinding(reason: ReadinessReason, rule: RuleCode): Finding {
  const { rule: _rule, ...params } = reason.params;
  const riskId = params["riskId"];
  return {
    rule,
    severity: RULE_SEVERITY[rule],
    sheet: reason.sheet ?? "",
    cell: reason.cell ?? "",
    ...(typeof riskId === "string" ? { riskId } : {}),
    params,
  };
}

/** The params with their codes in words. */
function wordedParams(reason: ReadinessReason, lang: Lang): Params {
  const { params } = reason;
  const worded: Record<string, string | number> = { ...params };
  if (params["id"] === undefined && params["row"] !== undefined) {
    worded["id"] = t(lang, "readiness.unnamedRow", { row: params["row"] });
  }
  const required = params["required"];
  if (isRequiredKey(required)) worded["required"] = t(lang, `readiness.required.${required}`);
  const rule = params["rule"];
  if (reason.code.endsWith(".finding") && isRuleCode(rule)) {
    worded["finding"] = findingMessage(wrappedFinding(reason, rule), lang);
  }
  return worded;
}

/**
 * A reason's message: what is wrong and what to do, in `lang` (the code itself when it has no message).
 * @example readinessReasonMessage({ code: "soa.exclusion.unjustified", sheet: "适用性声明", cell: "H12",
 *   params: { row: 12, controlId: "8.30" } }, "zh-CN")
 * // "控制措施8.30被删减但没有删减理由。请说明不需要该控制措施的原因（“不适用”不算理由）。"
 */
export function readinessReasonMessage(reason: ReadinessReason, lang: Lang): string {
  return messageIn(
    messages(lang),
    messages("en"),
    `readiness.reason.${reason.code}`,
    wordedParams(reason, lang),
  );
}

/**
 * An item's title.
 * @example readinessItemTitle("soa", "zh-CN") // "适用性声明（SoA）"
 */
export function readinessItemTitle(key: ReadinessItemKey, lang: Lang): string {
  return t(lang, `readiness.items.${key}`);
}

/**
 * A status in words.
 * @example readinessStatusLabel("incomplete", "en") // "Incomplete"
 */
export function readinessStatusLabel(status: ReadinessStatus, lang: Lang): string {
  return t(lang, `readiness.status.${status}`);
}
