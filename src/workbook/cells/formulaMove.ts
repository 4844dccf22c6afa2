/**
 * Moving a formula as Excel does when it fills down or copies a cell: relative row and column numbers
 * change, absolute ones ("$A$1", "A$1") and names stay. One definition for the .xlsx port (shared
 * formulas) and the operations that extend a table with the formulas of its last row.
 */
import { columnLetters } from "./cellAddress";

/** Candidate references as Excel (and ExcelJS) find them in a formula. */
const REFERENCE_CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REFERENCE = /^(\$?)([a-z]+)(\$?)([1-9][0-9]*)$/i;
/** The last column Excel has; longer letter runs are names, not references. */
const LAST_COLUMN = "XFD";

function isColumnName(letters: string): boolean {
  const upper = letters.toUpperCase();
  return upper.length < 3 || (upper.length === 3 && upper <= LAST_COLUMN);
}

interface Reference {
  /** Column letters, upper-case. */
  readonly letters: string;
  /** 1-based column; undefined when the column is absolute. */
  readonly column: number | undefined;
  readonly rowFixed: boolean;
  readonly row: number;
}

/** A formula split at its cell references, so moving it is a join, not a new parse. */
export type FormulaTemplate = readonly (string | Reference)[];

function columnNumber(letters: string): number {
  let column = 0;
  for (const char of letters) column = column * 26 + (char.charCodeAt(0) - 64);
  return column;
}

function referenceOf(part: string): Reference | undefined {
  const reference = CELL_REFERENCE.exec(part);
  if (!reference?.[2] || !reference[4] || !isColumnName(reference[2])) return undefined;
  const letters = reference[2].toUpperCase();
  return {
    letters,
    column: reference[1] === "$" ? undefined : columnNumber(letters),
    rowFixed: reference[3] === "$",
    row: Number(reference[4]),
  };
}

/** A formula (file form, no "=") as a template whose references can be moved. */
export function formulaTemplate(formula: string): FormulaTemplate {
  const parts: (string | Reference)[] = [];
  let last = 0;
  for (const match of formula.matchAll(REFERENCE_CANDIDATE)) {
    const [text, , , part, call] = match;
    const reference = call || !part ? undefined : referenceOf(part);
    if (!reference || !part) continue;
    const end = match.index + text.length;
    parts.push(formula.slice(last, end - part.length), reference);
    last = end;
  }
  parts.push(formula.slice(last));
  return parts;
}

/** The template moved by rows and columns; undefined when a reference would leave the sheet. */
export function movedTemplate(template: FormulaTemplate, rows: number, columns = 0): string | undefined {
  let text = "";
  for (const part of template) {
    if (typeof part === "string") {
      text += part;
      continue;
    }
    const row = part.rowFixed ? part.row : part.row + rows;
    const column = part.column === undefined ? 0 : part.column + columns;
    if (row < 1 || (part.column !== undefined && column < 1)) return undefined;
    const letters = columns === 0 || part.column === undefined ? part.letters : columnLetters(column - 1);
    text += `${part.column === undefined ? "$" : ""}${letters}${part.rowFixed ? "$" : ""}${row}`;
  }
  return text;
}

/**
 * The formula (file form, no "=") moved down by `rows`: relative row numbers grow, all else stays.
 * @example formulaMovedDown("IF(F2=\"\",\"\",F2*G2)", 3) // "IF(F5=\"\",\"\",F5*G5)"
 */
export function formulaMovedDown(formula: string, rows: number): string | undefined {
  return movedTemplate(formulaTemplate(formula), rows);
}
