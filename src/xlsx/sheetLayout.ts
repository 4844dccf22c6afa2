/**
 * One sheet's cells laid out as SheetData, whichever reader found them (the part scanner or ExcelJS's
 * model): the used area is the smallest rectangle around the cells that hold a value (or, when formulas
 * are read, a formula); an empty sheet has no rows and starts at A1.
 */
import type { RawValue, SheetData, TableData } from "../workbook/sheetData";

/** Visits every cell a reader found, with its 0-based position, value and formula ("=…" or undefined). */
export type CellVisitor = (row: number, column: number, value: RawValue, formula: string | undefined) => void;

/** Calls `visit` for every cell; called twice (once to measure the used area, once to fill it). */
export type EachCell = (visit: CellVisitor) => void;

export interface SheetFrame {
  readonly name: string;
  readonly tables: readonly TableData[];
  readonly merged: readonly string[];
}

function grid(rows: number, columns: number): RawValue[][] {
  return Array.from({ length: rows }, () => new Array<RawValue>(columns).fill(""));
}

/**
 * @example
 *   layOutSheet({ name: "S", tables: [], merged: [] }, false, (visit) => visit(1, 1, 5, undefined));
 *   // { name: "S", row: 1, column: 1, values: [[5]], tables: [], merged: [] }
 */
export function layOutSheet(frame: SheetFrame, withFormulas: boolean, eachCell: EachCell): SheetData {
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  eachCell((row, column, value, formula) => {
    if (value === "" && !(withFormulas && formula !== undefined)) return;
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  });
  const base = { name: frame.name, tables: frame.tables, merged: frame.merged };
  if (bottom < 0)
    return { ...base, row: 0, column: 0, values: [], ...(withFormulas ? { formulas: [] } : {}) };
  const width = right - left + 1;
  const values = grid(bottom - top + 1, width);
  const formulas = withFormulas ? grid(values.length, width) : undefined;
  eachCell((row, column, value, formula) => {
    // Blank cells outside the used area (a styled "" cell) are left out.
    if (row < top || row > bottom || column < left || column > right) return;
    (values[row - top] ?? [])[column - left] = value;
    const formulaRow = formulas?.[row - top];
    if (formulaRow) formulaRow[column - left] = formula ?? value;
  });
  return { ...base, row: top, column: left, values, ...(formulas ? { formulas } : {}) };
}
