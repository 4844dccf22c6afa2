/**
 * A1 addresses for the .xlsx port: plans and snapshots use 0-based row/column numbers, files use
 * "B3" and "'Risk register'!$B$3:$B$7".
 */

/** 0-based column index → letters: 0 → "A", 27 → "AB". */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0-based row and column → "B3". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** 0-based corners (inclusive) → "A1:K31". */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** A sheet name as it must appear in a formula or a defined name: quoted, with quotes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "A1" or "$A$1" → 0-based row and column; undefined when it is not a cell address. */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match?.[1] || !match[2]) return undefined;
  let column = 0;
  for (const char of match[1].toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}
