/**
 * Item 9, 适用性声明 (SoA): every control decided, every exclusion justified, and every applicable control
 * in place by the certification audit (or planned for it, not overdue).
 */
import { isBoilerplateJustification, parseStatus } from "../../soa";
import type { ReadinessInput, ReadinessReason, SoaRow } from "../types";
import { isoDay, missing, ReasonList, rowReason, sheetReason, type RuleOutcome } from "./ruleKit";

/** Where an applicable control that is not implemented stands against today and the audit. */
function planReason(row: SoaRow, controlId: string, input: ReadinessInput): ReadinessReason | undefined {
  const base = { row: row.row, controlId };
  const planned = isoDay(row.plannedDate);
  if (planned === undefined) return rowReason("soa.planned.missing", row, "plannedDate", base);
  if (planned < input.today) {
    return rowReason("soa.planned.overdue", row, "plannedDate", {
      ...base,
      plannedDate: planned,
      today: input.today,
    });
  }
  if (input.auditDate === undefined) {
    return planned > input.today
      ? rowReason("soa.planned.pending", row, "plannedDate", {
          ...base,
          plannedDate: planned,
          today: input.today,
        })
      : undefined;
  }
  return planned > input.auditDate
    ? rowReason("soa.planned.afterAudit", row, "plannedDate", {
        ...base,
        plannedDate: planned,
        auditDate: input.auditDate,
      })
    : undefined;
}

/**
 * SoA: missing without SoA rows; incomplete when a control has no applicability decision, an exclusion
 * no justification, an applicable control no readable status, or an applicable control not implemented
 * has no planned date, is overdue, or is planned after the audit date (after today when none is set).
 * @example soaRule({ ...input, soa: [] }) // { status: "missing", reasons: [{ code: "soa.missing", sheet: "适用性声明", params: {} }] }
 */
export function soaRule(input: ReadinessInput): RuleOutcome {
  if (input.soa.length === 0) return missing(sheetReason("soa.missing", input.sheets.soa));
  const reasons = new ReasonList();
  for (const row of input.soa) {
    const controlId = row.controlId?.trim();
    if (!controlId) continue;
    const params = { row: row.row, controlId };
    if (row.applicable === undefined) {
      reasons.add(rowReason("soa.applicability.missing", row, "applicable", params));
    } else if (!row.applicable) {
      if (isBoilerplateJustification(row.justification)) {
        reasons.add(rowReason("soa.exclusion.unjustified", row, "justification", params));
      }
    } else {
      const status = parseStatus(row.status);
      if (status === undefined) {
        reasons.add(
          rowReason("soa.status.missing", row, "status", {
            ...params,
            status: row.text["status"]?.trim() || "—",
          }),
        );
      } else if (status !== "implemented") {
        const reason = planReason(row, controlId, input);
        if (reason) reasons.add(reason);
      }
    }
  }
  return reasons.outcome();
}
