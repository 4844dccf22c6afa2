/**
 * Item 11, 记录清单: the records the standard requires listed, each with an owner (who keeps it) and a
 * location (where an auditor finds it).
 */
import { REQUIRED_INFORMATION } from "../requiredInformation";
import type { ReadinessInput } from "../types";
import { rowsForClause } from "./documentApproval";
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
 * Record list: missing without a records register or rows; incomplete when a required record is not
 * listed, or a listed record has no owner or no location.
 * @example recordsRule({ ...input, registers: {} }) // { status: "missing", reasons: [{ code: "records.missing", params: {} }] }
 */
export function recordsRule(input: ReadinessInput): RuleOutcome {
  const register = input.registers.records;
  const rows = rowsOf(register);
  if (register === undefined || rows.length === 0)
    return missing(registerReason("records.missing", register));
  const reasons = new ReasonList();
  for (const info of REQUIRED_INFORMATION) {
    if (info.kind !== "record") continue;
    if (rowsForClause(rows, info.clause, info.number, (row) => row.values.recordId).length === 0) {
      reasons.add(
        registerReason("records.required.missing", register, {
          required: info.key,
          clause: info.clause,
          number: info.number,
        }),
      );
    }
  }
  for (const row of rows) {
    const params = rowParams(row, ["recordId", "title"]);
    if (valueOf(row, "owner") === undefined)
      reasons.add(rowReason("records.owner.missing", row, "owner", params));
    if (valueOf(row, "location") === undefined) {
      reasons.add(rowReason("records.location.missing", row, "location", params));
    }
  }
  return reasons.outcome();
}
