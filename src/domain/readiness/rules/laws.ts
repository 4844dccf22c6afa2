/**
 * Item 16, 法律法规清单: the applicable laws and regulations identified, each owned and assessed for
 * compliance, and the SoA's control on legal requirements (5.31; 2013: A.18.1.1) applicable.
 */
import { canonicalId } from "../../soa";
import { COMPLIANCE_STATUSES, type ComplianceStatus, type ReadinessInput } from "../types";
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

/** The control that identifies legal, statutory, regulatory and contractual requirements, per standard. */
const LEGAL_CONTROLS: ReadonlySet<string> = new Set(["5.31", "A.18.1.1"]);

const isComplianceStatus = (value: string | undefined): value is ComplianceStatus =>
  (COMPLIANCE_STATUSES as readonly (string | undefined)[]).includes(value);

/**
 * Laws: missing without rows; incomplete while a law has no owner, is not assessed, is not (or only
 * partly) complied with, or the SoA excludes 5.31.
 * @example lawsRule({ ...input, registers: {} }) // { status: "missing", reasons: [{ code: "laws.missing", params: {} }] }
 */
export function lawsRule(input: ReadinessInput): RuleOutcome {
  const register = input.registers.laws;
  const rows = rowsOf(register);
  if (rows.length === 0) return missing(registerReason("laws.missing", register));
  const reasons = new ReasonList();
  for (const row of rows) {
    const params = rowParams(row, ["lawId", "name"]);
    if (valueOf(row, "owner") === undefined)
      reasons.add(rowReason("laws.owner.missing", row, "owner", params));
    const status = valueOf(row, "status");
    // A status that names no compliance status says nothing about compliance either.
    if (!isComplianceStatus(status) || status === "notAssessed") {
      reasons.add(rowReason("laws.unassessed", row, "status", params));
    } else if (status === "noncompliant" || status === "partial") {
      reasons.add(rowReason(`laws.${status}`, row, "status", params));
    }
  }
  for (const row of input.soa) {
    const id = canonicalId(row.controlId, input.standard);
    if (row.applicable === false && id !== undefined && LEGAL_CONTROLS.has(id.id)) {
      reasons.add(rowReason("laws.soa.excluded", row, "applicable", { row: row.row, controlId: id.id }));
    }
  }
  return reasons.outcome();
}
