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
import { formulaTemplate, movedTemplate, type FormulaTemplate } from "../workbook/cells/formulaMove";

import { fileFormula } from "./cellWriting";

const TEXT_LITERAL = /"(?:[^"]|"")*"/g;
/** A whole-row range such as "3:7" (names and references already blanked out). */
const ROW_RANGE = /\$?\d+:\$?\d+/;
const NAME_OR_REFERENCE = /[A-Za-z_$][A-Za-z0-9_.$]*/g;

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
    if (!template) templates.set(master, (template = formulaTemplate(master)));
    return movedTemplate(template, rows, columns);
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
  const template = formulaTemplate(master);
  return rows.every((row, offset) => {
    const cell = row[index];
    return isFormula(cell) && fileFormula(cell.formula) === movedTemplate(template, offset);
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
