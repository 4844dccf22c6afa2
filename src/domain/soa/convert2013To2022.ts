/**
 * Carrying a 2013 SoA across to ISO/IEC 27001:2022 through ISO/IEC 27002:2022 Table B.1: one-to-one
 * controls keep their entries; where several 2013 controls merged into one 2022 control, their entries are
 * joined (each text labelled with its 2013 id) and the control is flagged for review.
 */
import { controlById, controls, mapping2013To2022 } from "../catalog";
import { joinRows } from "./soaPrevious";
import type { SoaPreviousRow } from "./types";

/** A 2022 control whose entry was joined from several 2013 entries. */
export interface SoaReview {
  readonly id2022: string;
  readonly from: readonly string[];
}

export interface SoaConversion {
  /** One row per 2022 control that had a 2013 entry, in 2022 order; then rows that named no 2013 control, as typed. */
  readonly rows: readonly SoaPreviousRow[];
  readonly review: readonly SoaReview[];
}

/**
 * A 2013 SoA as rows of a 2022 SoA, ready to be the `previous` of deriveSoa.
 * @example
 * convert2013To2022([
 *   { controlId: "A.12.4.1", status: "已实施", documents: "日志管理程序" },
 *   { controlId: "A.12.4.3", status: "部分实施", documents: "管理员日志规范" },
 * ])
 * // { rows: [{ controlId: "8.15", status: "partial",
 * //            documents: "A.12.4.1: 日志管理程序\nA.12.4.3: 管理员日志规范" }],
 * //   review: [{ id2022: "8.15", from: ["A.12.4.1", "A.12.4.3"] }] }
 */
export function convert2013To2022(previous2013Rows: readonly SoaPreviousRow[]): SoaConversion {
  const sources = new Map<string, { label: string; row: SoaPreviousRow }[]>();
  const unmapped: SoaPreviousRow[] = [];
  for (const row of previous2013Rows) {
    const control = controlById(row.controlId?.trim() ?? "", "2013");
    const targets = control ? mapping2013To2022(control.id) : [];
    if (!control || targets.length === 0) {
      if (row.controlId?.trim()) unmapped.push(row);
      continue;
    }
    for (const id2022 of targets) {
      const list = sources.get(id2022) ?? [];
      list.push({ label: control.id, row });
      sources.set(id2022, list);
    }
  }
  const rows: SoaPreviousRow[] = [];
  const review: SoaReview[] = [];
  for (const { id } of controls("2022")) {
    const from = sources.get(id);
    if (!from) continue;
    rows.push(joinRows(id, from));
    const ids = [...new Set(from.map(({ label }) => label))];
    if (ids.length > 1) review.push({ id2022: id, from: ids });
  }
  return { rows: [...rows, ...unmapped], review };
}
