/**
 * Shared formulas for table columns: a register column that holds the same formula on every row
 * ("=IF(J2=..." , "=IF(J3=...") is written once on its first row and referenced by the others
 * (`<f t="shared" si="0"/>`), as Excel itself saves it. On large registers this is most of the sheet
 * XML, so it decides how fast a file is written and read back and how much memory that takes.
 *
 * A column is shared only when every row's formula is exactly its first row's formula moved down,
 * under the reading both Excel and ExcelJS give it; anything that could be read differently (digits
 * inside a text literal, whole-row ranges) stays written cell by cell.
 */
import type { PlanCell } from "../workbook/plan";
import { isFormula } from "../workbook/plan";
import { columnLetters } from "../workbook/cells/cellAddress";
import { fileFormula } from "./cellWriting";

/** Candidate references as ExcelJS finds them when it translates a shared formula. */
const REFERENCE_CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REFERENCE = /^(\$?)([a-z]+)(\$?)([1-9][0-9]*)$/i;
/** The last column Excel has; longer letter runs are names, not references. */
const LAST_COLUMN = "XFD";
const TEXT_LITERAL = /"(?:[^"]|"")*"/g;
/** A whole-row range such as "3:7" (names and references already blanked out). */
const ROW_RANGE = /\$?\d+:\$?\d+/;
const NAME_OR_REFERENCE = /[A-Za-z_$][A-Za-z0-9_.$]*/g;

function isColumnName(letters: string): boolean {
  const upper = letters.toUpperCase();
  return upper.length < 3 || (upper.length === 3 && upper <= LAST_COLUMN);
}

interface Reference {
  /** Column letters, upper-case as ExcelJS writes them when it translates. */
  readonly letters: string;
  /** 1-based column; undefined when the column is absolute. */
  readonly column: number | undefined;
  readonly rowFixed: boolean;
  readonly row: number;
}

/** A formula split at its cell references, so moving it is a join, not a new parse. */
type FormulaTemplate = readonly (string | Reference)[];

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

function templateOf(formula: string): FormulaTemplate {
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
function moved(template: FormulaTemplate, rows: number, columns = 0): string | undefined {
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

/** The formula (file form, no "=") moved down by `rows`: relative row numbers grow, all else stays. */
export function formulaMovedDown(formula: string, rows: number): string | undefined {
  return moved(templateOf(formula), rows);
}

/**
 * Reads shared formulas the way ExcelJS translates them, with each master parsed once instead of
 * once per cell: `translate(master formula, rows, columns)` gives the formula of a cell that far from
 * the master (file form), or undefined when a reference would leave the sheet.
 * @example
 *   sharedFormulaTranslator()("A2*2", 3, 0); // "A5*2"
 */
export function sharedFormulaTranslator(): (
  master: string,
  rows: number,
  columns: number,
) => string | undefined {
  const templates = new Map<string, FormulaTemplate>();
  return (master, rows, columns) => {
    let template = templates.get(master);
    if (!template) templates.set(master, (template = templateOf(master)));
    return moved(template, rows, columns);
  };
}

/** Readings Excel and ExcelJS could disagree on: a digit in a text literal, or a whole-row range. */
function isUnambiguous(formula: string): boolean {
  const literals = formula.match(TEXT_LITERAL) ?? [];
  if (literals.some((literal) => /\d/.test(literal))) return false;
  return !ROW_RANGE.test(formula.replace(TEXT_LITERAL, '""').replace(NAME_OR_REFERENCE, "x"));
}

/** True when every row's cell in the column is the first row's formula moved down. */
function isSharedColumn(rows: readonly (readonly PlanCell[])[], index: number): boolean {
  const first = rows[0]?.[index];
  if (rows.length < 2 || !isFormula(first)) return false;
  const master = fileFormula(first.formula);
  if (!isUnambiguous(master)) return false;
  const template = templateOf(master);
  return rows.every((row, offset) => {
    const cell = row[index];
    return isFormula(cell) && fileFormula(cell.formula) === moved(template, offset);
  });
}

/**
 * For each column of a table body, the master cell's address when the column can be written as one
 * shared formula, else undefined. `firstRow` is the 0-based sheet row of the first body row.
 * @example
 *   sharedFormulaMasters([[formula("=A2*2")], [formula("=A3*2")]], 1, 0); // ["A2"]
 */
export function sharedFormulaMasters(
  rows: readonly (readonly PlanCell[])[],
  firstRow: number,
  firstColumn: number,
  columns: number,
): (string | undefined)[] {
  return Array.from({ length: columns }, (_, index) =>
    isSharedColumn(rows, index) ? `${columnLetters(firstColumn + index)}${firstRow + 1}` : undefined,
  );
}
