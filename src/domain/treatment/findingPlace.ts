/**
 * A finding and the cell it points at: the cell of the field to fix; when the sheet has no column for
 * that field, the row's risk id cell; else the row's first cell.
 */
import { RULE_SEVERITY, type Finding, type FindingParams, type RowPlace, type RuleCode } from "./types";

/** Column letters → column number ("A" → 1, "AB" → 28); 0 when the address has none. */
function columnNumber(address: string): number {
  let column = 0;
  for (const char of address.replace(/\$/g, "").toUpperCase()) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

/** The leftmost cell of the row, or column A of the row when it records no cells. */
function firstCell(place: RowPlace): string {
  let first: string | undefined;
  for (const address of Object.values(place.cells)) {
    if (first === undefined || columnNumber(address) < columnNumber(first)) first = address;
  }
  return first ?? `A${place.row}`;
}

/**
 * The A1 address to point at for `field` on a row.
 * @example cellOf({ sheet: "Plan", row: 7, cells: { riskId: "A7", owner: "H7" }, text: {} }, "dueDate") // "A7"
 */
export function cellOf(place: RowPlace, field: string): string {
  return place.cells[field] ?? place.cells["riskId"] ?? firstCell(place);
}

/** The risk id as written, or undefined when the cell is blank. */
export function writtenId(id: string | undefined): string | undefined {
  const trimmed = id?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Builds a finding of `rule` at `field` of a row. Every finding's params carry the row (so a message
 * can name a row that has no risk id) and the risk id when there is one.
 */
export function finding(
  rule: RuleCode,
  place: RowPlace,
  field: string,
  riskId: string | undefined,
  params?: FindingParams,
): Finding {
  // Filled in place: a plan of 10,000 rows can have as many findings, and spreads would triple the garbage.
  const all: Record<string, string | number> = { row: place.row };
  if (riskId !== undefined) all["riskId"] = riskId;
  if (params) Object.assign(all, params);
  const severity = RULE_SEVERITY[rule];
  const cell = cellOf(place, field);
  return riskId === undefined
    ? { rule, severity, sheet: place.sheet, cell, params: all }
    : { rule, severity, sheet: place.sheet, cell, riskId, params: all };
}
