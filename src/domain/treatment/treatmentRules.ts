/**
 * Rules on the risk treatment plan (风险处置计划), one row at a time, checking the method's seven elements
 * in this order: the risk the row treats, a second row for it, the option (4 选 1), specific measures,
 * Annex A controls, owner, planned completion date; then management approval of an accepted risk above
 * the criterion, and the residual risk.
 */
import { controlFindings } from "./controlRules";
import { dueDateFindings } from "./dueDateRules";
import { finding, writtenId } from "./findingPlace";
import { isoDay } from "./isoDates";
import type { PlanScope } from "./planScope";
import { residualFindings } from "./residualRules";
import { riskKey } from "./riskKey";
import { criterionParams } from "./riskStanding";
import type { AssessedRisk } from "./riskRules";
import type { Finding, TreatmentRow } from "./types";

/**
 * Measures that say nothing specific: placeholders, and the option's own name written again. Kept
 * short on purpose; the reader already turns most placeholders into a blank.
 */
const EMPTY_MEASURES = new Set([
  "n/a",
  "na",
  "tbd",
  "tbc",
  "todo",
  "none",
  "无",
  "暂无",
  "待定",
  "未定",
  "略",
  "reduce",
  "avoid",
  "transfer",
  "accept",
  "mitigate",
  "降低",
  "规避",
  "转移",
  "接受",
  "降低风险",
  "规避风险",
  "转移风险",
  "接受风险",
]);

/**
 * True when the measures name nothing to do.
 * @example saysNothing("待定") // true
 * @example saysNothing("部署WAF并开启双因素认证") // false
 */
export function saysNothing(measures: string | undefined): boolean {
  const text = measures?.normalize("NFKC").trim().toLowerCase() ?? "";
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  return EMPTY_MEASURES.has(text.replace(/[\s.。!！]+$/u, ""));
}

function linkFindings(
  row: TreatmentRow,
  id: string | undefined,
  risk: AssessedRisk | undefined,
  scope: PlanScope,
  out: Finding[],
): void {
  if (id === undefined) {
    out.push(finding("treatment.risk.missing", row, "riskId", undefined));
    return;
  }
  if (!risk) out.push(finding("treatment.risk.unknown", row, "riskId", id));
  const key = riskKey(id);
  const firstRow = scope.firstRows.get(key);
  if (firstRow === undefined) scope.firstRows.set(key, row.row);
  else out.push(finding("treatment.duplicate", row, "riskId", id, { firstRow }));
}

function optionFindings(row: TreatmentRow, id: string | undefined, out: Finding[]): void {
  const typed = row.text["option"]?.trim() ?? "";
  if (row.option === undefined) {
    if (typed === "") out.push(finding("treatment.option.missing", row, "option", id));
    else out.push(finding("treatment.option.invalid", row, "option", id, { value: typed }));
    return;
  }
  if (row.option !== "accept" && saysNothing(row.measures)) {
    const option = typed === "" ? row.option : typed;
    out.push(finding("treatment.measure.missing", row, "measures", id, { option }));
  }
}

/** An accepted risk above the criterion needs management's approval: who and when. Returns whether it was reported. */
function acceptFindings(
  row: TreatmentRow,
  id: string | undefined,
  risk: AssessedRisk | undefined,
  scope: PlanScope,
  out: Finding[],
): boolean {
  if (row.option !== "accept" || risk?.standing.above !== true) return false;
  const by = row.acceptedBy?.trim();
  if (by && row.acceptedOn?.trim()) return false;
  const params = criterionParams(scope.methodology, risk.standing);
  out.push(finding("treatment.accept.unapproved", row, by ? "acceptedOn" : "acceptedBy", id, params));
  return true;
}

/** Nothing written on the row but the looked-up risk level: a blank row of the table, not a treatment. */
function isBlank(row: TreatmentRow): boolean {
  for (const key in row.text) if (key !== "level") return false;
  return (
    row.option === undefined &&
    row.measures === undefined &&
    row.owner === undefined &&
    row.dueDate === undefined &&
    (row.controls?.length ?? 0) === 0
  );
}

/** Findings of one plan row, appended to `out`. */
export function treatmentFindings(row: TreatmentRow, scope: PlanScope, out: Finding[]): void {
  const id = writtenId(row.riskId);
  if (id === undefined && isBlank(row)) return;
  const risk = id === undefined ? undefined : scope.risks.get(riskKey(id));
  linkFindings(row, id, risk, scope, out);
  optionFindings(row, id, out);
  controlFindings(row, id, scope, out);
  if (writtenId(row.owner) === undefined) out.push(finding("treatment.owner.missing", row, "owner", id));
  const assessedOn = isoDay(risk?.row.assessedOn) ?? scope.assessedOn;
  dueDateFindings(row, id, assessedOn, scope, out);
  const signedOff = acceptFindings(row, id, risk, scope, out);
  residualFindings(row, id, risk?.standing, signedOff, scope, out, risk?.row.ratings);
}
