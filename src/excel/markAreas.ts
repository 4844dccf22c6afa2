/**
 * Where the marks of `highlight` go, as few rectangles as the cells allow: a cell with an error and a
 * warning is marked as an error only, cells of one severity next to each other down a column become one
 * run, and equal runs in neighbouring columns one rectangle. Fewer rectangles are fewer conditional
 * formats for Excel to keep and for a person to see in the rules manager; findings of one rule down a
 * column (owners missing in rows 5 to 40) become a single format.
 */
import { parseCellA1, rectAddress } from "../workbook/cells/cellAddress";
import { PortError, type CellMark } from "../workbook/port";

export type MarkSeverity = CellMark["severity"];

/** One rectangle of marked cells of one severity on one sheet. */
export interface MarkArea {
  readonly sheet: string;
  readonly severity: MarkSeverity;
  /** A1, without the sheet ("H5:H40", "C7"). */
  readonly address: string;
}

interface MarkedCell {
  readonly row: number;
  readonly column: number;
  readonly severity: MarkSeverity;
}

interface Run {
  readonly column: number;
  readonly top: number;
  readonly bottom: number;
}

/** Runs of consecutive rows, column by column (columns and rows ascending). */
function columnRuns(cells: readonly { row: number; column: number }[]): Run[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: Run[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === cell.column && last.bottom + 1 === cell.row) {
      runs[runs.length - 1] = { ...last, bottom: cell.row };
    } else runs.push({ column: cell.column, top: cell.row, bottom: cell.row });
  }
  return runs;
}

interface Rectangle {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** Runs with the same rows in neighbouring columns, joined into rectangles. */
function rectangles(runs: readonly Run[]): Rectangle[] {
  const byRows = new Map<string, number[]>();
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    byRows.set(key, [...(byRows.get(key) ?? []), run.column]);
  }
  const rects: Rectangle[] = [];
  for (const [key, columns] of byRows) {
    const [top = 0, bottom = 0] = key.split(":").map(Number);
    let first = columns[0] ?? 0;
    columns.forEach((column, i) => {
      const next = columns[i + 1];
      if (next === column + 1) return;
      rects.push({ row: top, column: first, rows: bottom - top + 1, columns: column - first + 1 });
      if (next !== undefined) first = next;
    });
  }
  return rects.sort((a, b) => a.column - b.column || a.row - b.row);
}

/**
 * The marks as rectangles, sheet by sheet (in the order the sheets first appear), errors before warnings.
 * Sheets are matched without regard to case, as Excel names them. A cell that is not an A1 address is a
 * broken invariant (findings always name a cell) and throws.
 * @example markAreas([{ sheet: "Plan", cell: "H5", severity: "error" }, { sheet: "Plan", cell: "H6", severity: "error" }])
 * // [{ sheet: "Plan", severity: "error", address: "H5:H6" }]
 */
export function markAreas(marks: readonly CellMark[]): MarkArea[] {
  const sheets = new Map<string, { name: string; cells: Map<string, MarkedCell> }>();
  for (const mark of marks) {
    const at = parseCellA1(mark.cell);
    if (!at) throw new PortError("port.unknown", `not a cell address: "${mark.cell}"`, mark.sheet);
    const key = mark.sheet.toLowerCase();
    const sheet = sheets.get(key) ?? { name: mark.sheet, cells: new Map<string, MarkedCell>() };
    sheets.set(key, sheet);
    const cellKey = `${at.row}:${at.column}`;
    const before = sheet.cells.get(cellKey);
    if (before?.severity !== "error") sheet.cells.set(cellKey, { ...at, severity: mark.severity });
  }
  return [...sheets.values()].flatMap(({ name, cells }) =>
    (["error", "warning"] as const).flatMap((severity) =>
      rectangles(columnRuns([...cells.values()].filter((cell) => cell.severity === severity))).map(
        (rect) => ({
          sheet: name,
          severity,
          address: rectAddress(rect.row, rect.column, rect.rows, rect.columns),
        }),
      ),
    ),
  );
}
