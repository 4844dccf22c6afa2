/** A1 addresses from 0-based rows and columns, as both ports and every formula use them. */

/**
 * Column letters of a 0-based column index.
 * @example columnLetters(0) // "A"; columnLetters(27) // "AB"
 */
export function columnLetters(column: number): string {
  cellIndex(column, "column");
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A 0-based row or column index, refused when it is not one: a non-finite index would never end the
 * letter loop, so a caller's broken arithmetic fails here instead of exhausting memory.
 */
function cellIndex(index: number, what: "row" | "column"): number {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`Invariant: a ${what} index is a non-negative integer, got ${index}`);
  }
  return index;
}

/** @example cellA1(1, 2) // "C2" */
export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${cellIndex(row, "row") + 1}`;
}

/** @example absoluteA1(1, 2) // "$C$2" */
export function absoluteA1(row: number, column: number): string {
  return `$${columnLetters(column)}$${cellIndex(row, "row") + 1}`;
}

/** A column segment, e.g. columnRange(2, 1, 1000) // "C2:C1001"; absolute gives "$C$2:$C$1001". */
export function columnRange(column: number, firstRow: number, lastRow: number, absolute = false): string {
  return absolute
    ? `${absoluteA1(firstRow, column)}:${absoluteA1(lastRow, column)}`
    : `${cellA1(firstRow, column)}:${cellA1(lastRow, column)}`;
}

/** A sheet name quoted for a reference or a defined name, quotes doubled: "It's" → "'It''s'". */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A sheet name as a formula reference: quoted when it is not a plain identifier. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : quotedSheet(name);
}

/** The 0-based top-left row and column of an A1 address or range ("B3", "B3:K40"); null when malformed. */
export function parseA1(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(address.replace(/^.*!/, ""));
  if (!match || !match[1] || !match[2]) return null;
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The 0-based corners of an A1 range ("B3:K40", or a single cell); null when malformed. */
export function parseRange(address: string): CellArea | null {
  const [first, second] = address.replace(/^.*!/, "").split(":");
  const start = first ? parseA1(first) : null;
  const end = second ? parseA1(second) : start;
  if (!start || !end) return null;
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

/**
 * One cell address and nothing else ("B3", "$B$3"): no sheet, no range, no text around it; null otherwise.
 * @example parseCellA1("B3") // { row: 2, column: 1 }; parseCellA1("B3:C4") // null
 */
export function parseCellA1(address: string): { row: number; column: number } | null {
  return /^\$?[A-Za-z]{1,3}\$?[1-9]\d*$/.test(address) ? parseA1(address) : null;
}

/** 0-based corners (inclusive) → "A1:K31", the inverse of parseRange. */
export function rangeA1(area: CellArea): string {
  return `${cellA1(area.top, area.left)}:${cellA1(area.bottom, area.right)}`;
}

/**
 * 0-based rectangle → "B3:K31" (or "B3" for one cell).
 * @example rectAddress(2, 1, 29, 10) // "B3:K31"
 */
export function rectAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const start = cellA1(row, column);
  if (rowCount === 1 && columnCount === 1) return start;
  return `${start}:${cellA1(row + rowCount - 1, column + columnCount - 1)}`;
}

/**
 * Splits a sheet-qualified address (as Excel reports `Range.address`) into the sheet name and the cells.
 * @example splitAddress("'Risk register'!A1:K31") // { sheet: "Risk register", cells: "A1:K31" }
 */
export function splitAddress(address: string): { readonly sheet: string; readonly cells: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", cells: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, cells: address.slice(bang + 1) };
}

/**
 * The area two corner cells span, whichever corner comes first.
 * @example spanOf({ row: 6, column: 2 }, { row: 3, column: 2 }) // { top: 3, left: 2, bottom: 6, right: 2 }
 */
export function spanOf(
  a: { readonly row: number; readonly column: number },
  b: { readonly row: number; readonly column: number },
): CellArea {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** Columns of a sheet (XFD), for row-major positions. */
const SHEET_COLUMNS = 16_384;

/**
 * Row-major position of a merged area's first merged-away cell (right of its first cell, or below it):
 * the order both ports list merged areas in.
 */
export function firstMergedAway(area: CellArea): number {
  return area.right > area.left
    ? area.top * SHEET_COLUMNS + area.left + 1
    : (area.top + 1) * SHEET_COLUMNS + area.left;
}
