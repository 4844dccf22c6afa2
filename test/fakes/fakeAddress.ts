/**
 * A1 addresses for the fake Excel host: parse "B3", "A1:C10", "C:C", "'Risk register'!$A$1:$K$31" into
 * 0-based rectangles and format them back the way Excel reports `Range.address`. Kept apart from the
 * port's own address code on purpose, so a bug in one cannot hide the same bug in the other.
 */

/** A rectangle of cells, 0-based. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Excel's grid size: addresses beyond it are invalid, whole columns run to the last row. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3" → its key in the cell map (the cell's A1 address). */
export function cellKey(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

interface Corner {
  readonly row: number | null;
  readonly column: number | null;
}

function parseCorner(text: string): Corner | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!match || (match[1] === "" && match[2] === "")) return null;
  const letters = match[1] ?? "";
  const digits = match[2] ?? "";
  return {
    column: letters === "" ? null : columnIndex(letters),
    row: digits === "" ? null : Number(digits) - 1,
  };
}

/** The sheet part and the cell part of an address ("'A b'!A1" → ["A b", "A1"]). */
export function splitSheet(address: string): { sheet: string | null; cells: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cells: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, cells: address.slice(bang + 1) };
}

/** Parses the cell part of an address; null when Excel would reject it (InvalidArgument). */
export function parseRect(cells: string): Rect | null {
  const [first = "", second = first, extra] = cells.split(":");
  if (extra !== undefined) return null;
  const a = parseCorner(first);
  const b = parseCorner(second);
  if (!a || !b) return null;
  const top = Math.min(a.row ?? 0, b.row ?? 0);
  const bottom = a.row === null || b.row === null ? MAX_ROWS - 1 : Math.max(a.row, b.row);
  const left = Math.min(a.column ?? 0, b.column ?? 0);
  const right = a.column === null || b.column === null ? MAX_COLUMNS - 1 : Math.max(a.column, b.column);
  if (bottom >= MAX_ROWS || right >= MAX_COLUMNS) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * "A1:C3" (or "B2" for one cell), without the sheet. Whole rows read "1:2000" and whole columns "A:C",
 * as Excel reports them (the whole sheet is "1:1048576").
 */
export function formatRect(rect: Rect): string {
  if (rect.column === 0 && rect.columnCount === MAX_COLUMNS)
    return `${rect.row + 1}:${rect.row + rect.rowCount}`;
  if (rect.row === 0 && rect.rowCount === MAX_ROWS)
    return `${columnLetters(rect.column)}:${columnLetters(rect.column + rect.columnCount - 1)}`;
  const start = cellKey(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return start;
  return `${start}:${cellKey(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

/** The address as `Range.address` reports it: "Sheet1!A1:C3", quoting names that need it. */
export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatRect(rect)}`;
}

/** The cells two rectangles share, or null when they do not meet. */
export function intersectRects(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const bottom = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const right = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (bottom <= row || right <= column) return null;
  return { row, column, rowCount: bottom - row, columnCount: right - column };
}

/** Each cell of a rectangle, row by row. */
export function forEachCell(
  rect: Rect,
  visit: (row: number, column: number, r: number, c: number) => void,
): void {
  for (let r = 0; r < rect.rowCount; r++) {
    for (let c = 0; c < rect.columnCount; c++) visit(rect.row + r, rect.column + c, r, c);
  }
}
