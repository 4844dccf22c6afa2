/**
 * Items 12 and 13, 内审记录 and 内审不符合的整改: an internal audit carried out (a checklist with
 * judgements, the programme's audits done), and every nonconformity it found logged, analysed, acted on,
 * closed and verified.
 */
import type { ReadinessInput, RegisterRow } from "../types";
import {
  isoDay,
  missing,
  ReasonList,
  registerReason,
  rowParams,
  rowReason,
  rowsOf,
  valueOf,
  type RuleOutcome,
} from "./ruleKit";

/** A checklist judgement that is a nonconformity. */
const isNonconformity = (grade: string | undefined): boolean => grade === "major" || grade === "minor";

/** Whether the internal audit has judged anything yet. */
function audited(input: ReadinessInput): boolean {
  return rowsOf(input.registers.auditChecklist).some((row) => valueOf(row, "grade") !== undefined);
}

/**
 * Internal audit: missing while no checklist row has a judgement; incomplete while checklist rows are
 * not judged or the programme has audits not done.
 * @example internalAuditRule({ ...input, registers: {} }) // { status: "missing", reasons: [{ code: "internalAudit.missing", params: {} }] }
 */
export function internalAuditRule(input: ReadinessInput): RuleOutcome {
  const checklist = input.registers.auditChecklist;
  if (!audited(input)) return missing(registerReason("internalAudit.missing", checklist));
  const reasons = new ReasonList();
  for (const row of rowsOf(checklist)) {
    if (valueOf(row, "grade") === undefined) {
      reasons.add(
        rowReason("internalAudit.ungraded", row, "grade", rowParams(row, ["itemId", "requirementId"])),
      );
    }
  }
  for (const row of rowsOf(input.registers.auditProgramme)) {
    if (valueOf(row, "doneDate") === undefined) {
      const params = rowParams(row, ["auditId", "area"], { plannedDate: valueOf(row, "plannedDate") ?? "—" });
      reasons.add(rowReason("internalAudit.programme.notDone", row, "doneDate", params));
    }
  }
  return reasons.outcome();
}

/** A logged nonconformity's gaps: what the method's 不符合项 record needs, and its closure. */
function nonconformityGaps(row: RegisterRow<"nonconformities">, today: string, reasons: ReasonList): void {
  const params = rowParams(row, ["ncId"]);
  const fields = [
    ["cause", "correction.cause.missing"],
    ["correctiveAction", "correction.action.missing"],
    ["owner", "correction.owner.missing"],
    ["dueDate", "correction.due.missing"],
  ] as const;
  for (const [field, code] of fields) {
    if (valueOf(row, field) === undefined) reasons.add(rowReason(code, row, field, params));
  }
  if (valueOf(row, "status") === "closed") {
    const unverified = (["verification", "verifiedOn"] as const).find(
      (field) => valueOf(row, field) === undefined,
    );
    if (unverified) reasons.add(rowReason("correction.unverified", row, unverified, params));
    return;
  }
  const due = isoDay(valueOf(row, "dueDate"));
  if (due !== undefined && due < today) {
    reasons.add(rowReason("correction.overdue", row, "dueDate", { ...params, dueDate: due, today }));
  } else {
    reasons.add(
      rowReason("correction.open", row, "status", { ...params, status: row.text["status"]?.trim() || "—" }),
    );
  }
}

/**
 * Correction: missing while there is no internal audit; incomplete while a nonconformity of the
 * checklist is not in the log, or a logged one lacks its cause, corrective action, owner or due date, is
 * not closed (or overdue), or is closed without verification.
 * @example correctionRule({ ...input, registers: {} }) // { status: "missing", reasons: [{ code: "correction.missing", params: {} }] }
 */
export function correctionRule(input: ReadinessInput): RuleOutcome {
  if (!audited(input)) return missing(registerReason("correction.missing", input.registers.auditChecklist));
  const log = rowsOf(input.registers.nonconformities);
  const logged = new Set<string>();
  for (const row of log) {
    const id = valueOf(row, "ncId");
    if (id !== undefined) logged.add(id.toLowerCase());
  }
  const reasons = new ReasonList();
  for (const row of rowsOf(input.registers.auditChecklist)) {
    const grade = valueOf(row, "grade");
    if (!isNonconformity(grade)) continue;
    const ncId = valueOf(row, "ncId");
    const params = rowParams(row, ["itemId", "requirementId"], {
      grade: row.text["grade"]?.trim() || (grade ?? ""),
    });
    if (ncId === undefined) reasons.add(rowReason("correction.nc.unrecorded", row, "ncId", params));
    else if (!logged.has(ncId.toLowerCase())) {
      reasons.add(rowReason("correction.nc.unknown", row, "ncId", { ...params, ncId }));
    }
  }
  for (const row of log) {
    // A log row is a nonconformity unless it is graded as something else (an observation, say).
    const grade = valueOf(row, "grade");
    if (grade === undefined || isNonconformity(grade)) nonconformityGaps(row, input.today, reasons);
  }
  return reasons.outcome();
}
