/**
 * Item 2, 覆盖范围与删减说明: the ISMS scope stated and approved, every exclusion justified.
 */
import { isBoilerplateJustification } from "../../soa";
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
 * Scope: missing without a row of kind "scope"; incomplete when a scope row has no description or no
 * approval (who and when), or an exclusion has no justification ("N/A" is none).
 * @example scopeRule({ ...input, registers: { scope: { sheet: "范围", cell: "A1", headers: {}, rows: [] } } })
 * // { status: "missing", reasons: [{ code: "scope.missing", sheet: "范围", cell: "A1", params: {} }] }
 */
export function scopeRule(input: ReadinessInput): RuleOutcome {
  const register = input.registers.scope;
  const rows = rowsOf(register);
  const reasons = new ReasonList();
  let stated = false;
  for (const row of rows) {
    const kind = valueOf(row, "kind");
    const params = rowParams(row, ["itemId", "description"]);
    if (kind === "scope") {
      stated = true;
      if (valueOf(row, "description") === undefined) {
        reasons.add(rowReason("scope.description.missing", row, "description", params));
      }
      const unsigned = (["approvedBy", "approvalDate"] as const).find(
        (field) => valueOf(row, field) === undefined,
      );
      if (unsigned) reasons.add(rowReason("scope.unapproved", row, unsigned, params));
    } else if (kind === "exclusion" && isBoilerplateJustification(valueOf(row, "justification"))) {
      reasons.add(rowReason("scope.exclusion.unjustified", row, "justification", params));
    }
  }
  if (!stated) return missing(registerReason("scope.missing", register));
  return reasons.outcome();
}
