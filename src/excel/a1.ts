/**
 * A1 addresses as the Office.js port needs them: plans speak 0-based rows and columns, Office.js
 * speaks "B3:K31" and reports `Range.address` as "'Risk register'!B3:K31".
 */

import { columnLetters, quotedSheet } from "../workbook/cells/cellAddress";

/** Column letters and sheet quoting: one definition, shared with the workbook model. */
export { columnLetters, quotedSheet };

/**
 * 0-based rectangle → "B3:K31" (or "B3" for one cell).
 * @example rectAddress(2, 1, 29, 10) // "B3:K31"
 */
export function rectAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const start = `${columnLetters(column)}${row + 1}`;
  if (rowCount === 1 && columnCount === 1) return start;
  return `${start}:${columnLetters(column + columnCount - 1)}${row + rowCount}`;
}

/**
 * Splits an address Office.js reported into the sheet name and the cell part.
 * @example splitAddress("'Risk register'!A1:K31") // { sheet: "Risk register", cells: "A1:K31" }
 */
export function splitAddress(address: string): { readonly sheet: string; readonly cells: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", cells: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, cells: address.slice(bang + 1) };
}
