/**
 * A sheet's head and the rest of it, for the Office.js read: the window of first rows read in the first
 * batch (long for ISMS sheets, a bounded corner for others), and what follows it cut into row slices
 * sized from the head's measured bytes per row, packed into requests under the budget, one sync each.
 */
import type { RawValue, TableData } from "../workbook/sheetData";
import { jsonBytes } from "./requestBudget";

/** Rows read in the first batch from a sheet that holds an ISMS table (a 1,000-row plan and the register of some 1,300 risks it comes from, in one read). */
export const ISMS_HEAD_ROWS = 1500;
/** Rows read in the first batch from any other sheet, at least: enough to find a header row. */
export const OTHER_HEAD_ROWS = 60;
const OTHER_HEAD_COLUMNS = "CV"; // 100 columns
const OTHER_HEAD_COLUMN_COUNT = 100;
/** A cell of another sheet's head is assumed to cost this much in the response, before any is measured. */
const OTHER_CELL_BYTES = 16;
/** The share of a request's budget the heads of other sheets may take together. */
const OTHER_HEADS_SHARE = 0.5;

/**
 * Rows of each other sheet's head: as many as half the budget allows for all of them at 100 columns
 * (a client's register of a few hundred rows is read whole in the first batch), never fewer than 60
 * nor more than an ISMS sheet's head.
 * @example otherHeadRows(3, 4_000_000) // 416
 */
export function otherHeadRows(sheets: number, budget: number): number {
  const share =
    (budget * OTHER_HEADS_SHARE) / (Math.max(1, sheets) * OTHER_HEAD_COLUMN_COUNT * OTHER_CELL_BYTES);
  return Math.max(OTHER_HEAD_ROWS, Math.min(ISMS_HEAD_ROWS, Math.floor(share)));
}
/** Later rows may be wider than the head's: slices are sized for this much more than the head's average row. */
const ROW_BYTES_MARGIN = 1.25;

/** Office.js types values loosely (untyped 2-D arrays); anything that is not a string, number or boolean reads as text. */
export function rawMatrix(matrix: readonly (readonly unknown[])[]): RawValue[][] {
  return matrix.map((row) =>
    row.map((value) =>
      typeof value === "string" || typeof value === "number" || typeof value === "boolean"
        ? value
        : value === null || value === undefined
          ? ""
          : JSON.stringify(value),
    ),
  );
}

export interface SheetRead {
  readonly name: string;
  readonly ours: boolean;
  readonly used: Excel.Range;
  readonly head: Excel.Range;
  /** The sheet's merged areas (mergedAreas.ts), null when not asked for. */
  readonly merged: Excel.RangeAreas | null;
  readonly tables: readonly TableData[];
}

/** One row slice still to read after the head. */
export interface RestSlice {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly bytes: number;
}

export interface Cells {
  /** 0-based sheet row and column of values[0][0]. */
  row: number;
  column: number;
  values: RawValue[][];
  formulas: RawValue[][] | undefined;
}

/** The head window of a sheet, as whole rows (ISMS sheets) or a bounded corner (others). */
export function headWindow(ours: boolean, scale: number, otherRows = OTHER_HEAD_ROWS): string {
  if (ours) return `1:${Math.max(1, Math.floor(ISMS_HEAD_ROWS * scale))}`;
  return `A1:${OTHER_HEAD_COLUMNS}${Math.max(1, Math.floor(otherRows * scale))}`;
}

export function headCells(read: SheetRead, withFormulas: boolean): Cells {
  const { used, head } = read;
  if (head.isNullObject) {
    const at = used.isNullObject ? { row: 0, column: 0 } : { row: used.rowIndex, column: used.columnIndex };
    return { ...at, values: [], formulas: withFormulas ? [] : undefined };
  }
  return {
    row: head.rowIndex,
    column: head.columnIndex,
    values: rawMatrix(head.values),
    formulas: withFormulas ? rawMatrix(head.formulas) : undefined,
  };
}

/**
 * Row slices of what follows the head, each sized to fit the budget by the head's average row. A head
 * narrower than the used range (a bounded corner of a wide sheet) is dropped and the sheet read whole.
 */
export function restSlices(read: SheetRead, cells: Cells, budget: number): RestSlice[] {
  const { used, head } = read;
  if (used.isNullObject) return [];
  const whole =
    head.isNullObject || (head.columnIndex === used.columnIndex && head.columnCount === used.columnCount);
  const done = head.isNullObject || !whole ? 0 : head.rowIndex + head.rowCount - used.rowIndex;
  if (done >= used.rowCount) return [];
  const measured = cells.values.reduce(
    (sum, row, i) => sum + jsonBytes(row) + (cells.formulas ? jsonBytes(cells.formulas[i]) : 0),
    0,
  );
  // A row never costs less than a few bytes a cell, whatever the head held.
  const floor = used.columnCount * (cells.formulas ? 8 : 4);
  const perRow = Math.max(floor, measured / Math.max(1, cells.values.length)) * ROW_BYTES_MARGIN;
  const perSlice = Math.max(1, Math.floor(budget / perRow));
  const slices: RestSlice[] = [];
  for (let start = done; start < used.rowCount; start += perSlice) {
    const rows = Math.min(perSlice, used.rowCount - start);
    slices.push({
      sheet: read.name,
      row: used.rowIndex + start,
      column: used.columnIndex,
      rows,
      columns: used.columnCount,
      bytes: Math.ceil(rows * perRow),
    });
  }
  return slices;
}

/**
 * The slices in the order they are packed into requests: every sheet's full slices first, then the
 * last, shorter slice of each. Packed in sheet order, each sheet's short tail would hold a request of
 * its own next to the next sheet's full slice; put last, the tails share requests. A sheet's slices
 * keep their order (its tail is its last slice either way), which `readRest` relies on.
 * @example tailsLast([a1, a2, b1, b2]) // [a1, b1, a2, b2]
 */
export function tailsLast(slices: readonly RestSlice[]): RestSlice[] {
  const last = new Map<string, RestSlice>();
  for (const slice of slices) last.set(slice.sheet, slice);
  const tails = new Set(last.values());
  return [...slices.filter((slice) => !tails.has(slice)), ...slices.filter((slice) => tails.has(slice))];
}

/** Makes room for the rest: a head that will be read again whole is dropped. */
export function prepareRest(cells: Cells, first: RestSlice): void {
  if (first.row !== cells.row + cells.values.length || first.column !== cells.column) {
    cells.row = first.row;
    cells.column = first.column;
    cells.values = [];
    if (cells.formulas) cells.formulas = [];
  }
}

/** Reads the rest slices, one request per packed group, one sync each. */
export async function readRest(
  context: Excel.RequestContext,
  requests: readonly (readonly RestSlice[])[],
  withFormulas: boolean,
  into: Map<string, Cells>,
): Promise<void> {
  const [first, ...others] = requests;
  if (!first) return;
  const loaded = first.map((slice) => ({
    slice,
    range: context.workbook.worksheets
      .getItem(slice.sheet)
      .getRangeByIndexes(slice.row, slice.column, slice.rows, slice.columns)
      .load(withFormulas ? "values, formulas" : "values"),
  }));
  await context.sync();
  for (const { slice, range } of loaded) {
    const cells = into.get(slice.sheet);
    if (!cells) continue;
    cells.values.push(...rawMatrix(range.values));
    if (withFormulas) cells.formulas?.push(...rawMatrix(range.formulas));
  }
  return readRest(context, others, withFormulas, into);
}
