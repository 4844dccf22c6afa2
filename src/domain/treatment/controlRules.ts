/**
 * Rules on a plan row's Annex A controls (附录A控制措施): a reduce treatment names at least one; every id
 * is a control of the workbook's edition; a 2013 id in a 2022 workbook is named with its 2022 ids.
 */
import { scanControlRefs, type ControlRef } from "../catalog";
import { finding } from "./findingPlace";
import type { PlanScope } from "./planScope";
import type { Finding, TreatmentRow } from "./types";

function refsOf(cell: string, scope: PlanScope): readonly ControlRef[] {
  let refs = scope.controlRefs.get(cell);
  if (refs === undefined) {
    refs = scanControlRefs(cell);
    scope.controlRefs.set(cell, refs);
  }
  return refs;
}

/** The row's control cells as written: the parsed list, or the raw text when nothing was parsed. */
function controlCells(row: TreatmentRow): readonly string[] {
  if (row.controls && row.controls.length > 0) return row.controls;
  const typed = row.text["controls"]?.trim();
  return typed ? [typed] : [];
}

/** Distinct values, first appearance first, joined for a message. */
function listed(values: readonly string[]): string {
  return [...new Set(values)].join(", ");
}

/**
 * Control findings of one plan row, appended to `out`, in the order missing, unknown, legacy.
 * @example a 2022 workbook's reduce row with controls ["A.9.2.3"] → one treatment.control.legacy
 * // params { value: "A.9.2.3", ids: "8.2" }
 */
export function controlFindings(
  row: TreatmentRow,
  id: string | undefined,
  scope: PlanScope,
  out: Finding[],
): void {
  const cells = controlCells(row);
  if (cells.length === 0) {
    if (row.option === "reduce") out.push(finding("treatment.control.missing", row, "controls", id));
    return;
  }
  const unknown: string[] = [];
  const legacy: string[] = [];
  const mapped: string[] = [];
  for (const cell of cells) {
    for (const ref of refsOf(cell, scope)) {
      if (ref.kind === "unknown") unknown.push(ref.token);
      else if (ref.kind === scope.standard) continue;
      else if (ref.kind === "2022") unknown.push(ref.id);
      else {
        legacy.push(ref.id);
        mapped.push(...ref.ids2022);
      }
    }
  }
  if (unknown.length > 0) {
    out.push(
      finding("treatment.control.unknown", row, "controls", id, {
        value: listed(unknown),
        standard: scope.standard,
      }),
    );
  }
  if (legacy.length > 0) {
    out.push(
      finding("treatment.control.legacy", row, "controls", id, {
        value: listed(legacy),
        ids: listed(mapped),
      }),
    );
  }
}
