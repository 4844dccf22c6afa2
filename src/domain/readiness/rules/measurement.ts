/**
 * Item 14, 体系度量: the objectives measured (9.1): each with a result and the date it was measured.
 */
import type { ReadinessInput } from "../types";
import {
  missing,
  ReasonList,
  registerReason,
  rowParams,
  rowReason,
  rowsOf,
  valueOf,
  type RuleOutcome,
} from "./ruleKit";

/**
 * Measurement: missing without objectives; incomplete while an objective has no result or no date measured.
 * @example measurementRule({ ...input, registers: {} }) // { status: "missing", reasons: [{ code: "measurement.missing", params: {} }] }
 */
export function measurementRule(input: ReadinessInput): RuleOutcome {
  const register = input.registers.objectives;
  const rows = rowsOf(register);
  if (rows.length === 0) return missing(registerReason("measurement.missing", register));
  const reasons = new ReasonList();
  for (const row of rows) {
    const params = rowParams(row, ["objectiveId", "objective"]);
    if (valueOf(row, "result") === undefined)
      reasons.add(rowReason("measurement.result.missing", row, "result", params));
    if (valueOf(row, "measuredOn") === undefined) {
      reasons.add(rowReason("measurement.measuredOn.missing", row, "measuredOn", params));
    }
  }
  return reasons.outcome();
}
