/**
 * Rules on a plan row's planned completion date (计划完成日期): present (except for an accepted risk,
 * which has nothing to complete), a real date, within the methodology's deadline from the assessment
 * (normally 90 days: the method's 完成时间最好不超过3个月), and not passed while the work is open.
 */
import { finding } from "./findingPlace";
import { isoDay, isoFromDay } from "./isoDates";
import type { PlanScope } from "./planScope";
import type { Finding, FindingParams, TreatmentRow } from "./types";

/**
 * Due-date findings of one plan row, appended to `out`. `assessedOn` is the day the deadline counts
 * from (the risk's assessment date, else the input's, else today).
 * @example due 2026-07-30 on a risk assessed 2026-03-02, 90-day deadline → treatment.due.late
 * // params { dueDate: "2026-07-30", days: 150, limit: 90, assessedOn: "2026-03-02", latest: "2026-05-31" }
 */
export function dueDateFindings(
  row: TreatmentRow,
  id: string | undefined,
  assessedOn: number | undefined,
  scope: PlanScope,
  out: Finding[],
): void {
  const limit = scope.methodology.treatmentDeadlineDays;
  // Built only for a finding: most rows have none.
  const deadline = (): FindingParams =>
    assessedOn === undefined || !Number.isFinite(limit)
      ? { limit }
      : { limit, assessedOn: isoFromDay(assessedOn), latest: isoFromDay(assessedOn + limit) };
  const typed = row.text["dueDate"]?.trim() ?? "";
  if (row.dueDate === undefined && typed === "") {
    if (row.option !== "accept") out.push(finding("treatment.due.missing", row, "dueDate", id, deadline()));
    return;
  }
  const due = isoDay(row.dueDate);
  if (due === undefined) {
    const value = typed === "" ? (row.dueDate ?? "") : typed;
    out.push(finding("treatment.due.invalid", row, "dueDate", id, { value, ...deadline() }));
    return;
  }
  const dueDate = isoFromDay(due);
  if (assessedOn !== undefined && due - assessedOn > limit) {
    out.push(
      finding("treatment.due.late", row, "dueDate", id, { dueDate, days: due - assessedOn, ...deadline() }),
    );
  }
  const open = row.status !== "done" && row.status !== "verified";
  if (open && scope.today !== undefined && due < scope.today) {
    const days = scope.today - due;
    out.push(
      finding("treatment.due.overdue", row, "dueDate", id, { dueDate, today: isoFromDay(scope.today), days }),
    );
  }
}
