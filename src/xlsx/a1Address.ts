/**
 * A1 addresses for the .xlsx port: plans and snapshots use 0-based row/column numbers, files use
 * "B3" and "'Risk register'!$B$3:$B$7".
 */

import { cellA1, columnLetters, quotedSheet } from "../workbook/cells/cellAddress";

/** One definition of column letters, cell addresses and sheet quoting, shared with the workbook model. */
export { columnLetters, quotedSheet };

/** 0-based row and column → "B3". */
export const cellAddress = cellA1;

/** 0-based corners (inclusive) → "A1:K31". */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** "A1" or "$A$1" → 0-based row and column; undefined when it is not a cell address. */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match?.[1] || !match[2]) return undefined;
  let column = 0;
  for (const char of match[1].toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}
