/**
 * Items 4 and 5, 风险评估方法 and 风险接受准则: the workbook states its methodology, and with it the
 * acceptance criterion (the methodology sheet cannot hold one without the other).
 */
import type { ReadinessInput } from "../types";
import { missing, READY, type RuleOutcome } from "./ruleKit";

/**
 * Methodology: missing when the workbook has no methodology sheet; ready otherwise.
 * @example methodologyRule({ ...input, methodology: undefined }) // { status: "missing", reasons: [{ code: "methodology.missing", params: {} }] }
 */
export function methodologyRule(input: ReadinessInput): RuleOutcome {
  return input.methodology ? READY : missing({ code: "methodology.missing", params: {} });
}

/**
 * Acceptance criteria: missing without a methodology (which states the criterion); ready otherwise.
 * @example acceptanceRule({ ...input, methodology: undefined }) // { status: "missing", reasons: [{ code: "acceptance.missing", params: {} }] }
 */
export function acceptanceRule(input: ReadinessInput): RuleOutcome {
  return input.methodology ? READY : missing({ code: "acceptance.missing", params: {} });
}
