/**
 * ISMS.MATRIX and ISMS.ACCEPTABLE: a cell of an editable risk matrix (the methodology sheet's ISMS_Matrix*
 * ranges) and the acceptance criterion check, for single cells or whole columns.
 */
import { defaultMethodology } from "../domain/methodology";
import { ratingProblem } from "../domain/risk";
import {
  anyBlank,
  argumentName,
  functionLang,
  invalidValueFor,
  isBlank,
  mapCells,
  numbersOf,
  rangeError,
  scalarOf,
} from "./shared";

/**
 * Looks up a risk matrix cell by row and column rating.
 * @customfunction MATRIX
 * @param row Row rating (1 = first row), a cell or a column.
 * @param column Column rating (1 = first column), a cell or a column.
 * @param matrix The matrix without headers (e.g. ISMS_MatrixL).
 * @returns The matrix cell.
 */
export function matrixLookup(row: unknown[][], column: unknown[][], matrix: unknown[][]): unknown[][] {
  const lang = functionLang();
  const cells = numbersOf(matrix);
  if (!cells)
    throw invalidValueFor(lang, "functions.errors.matrix", { argument: argumentName(lang, "matrix") });
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  return mapCells(lang, [row, column], ([r, c]) => {
    if (anyBlank([r, c])) return "";
    const rowProblem = ratingProblem(r, rows);
    if (rowProblem) return rangeError(lang, { code: rowProblem, argument: "row", min: 1, max: rows }, r);
    const columnProblem = ratingProblem(c, columns);
    if (columnProblem)
      return rangeError(lang, { code: columnProblem, argument: "column", min: 1, max: columns }, c);
    return cells[(r as number) - 1]?.[(c as number) - 1] ?? "";
  });
}

/**
 * TRUE when a risk level is within the acceptance criterion.
 * @customfunction ACCEPTABLE
 * @param level Risk level, a cell or a column.
 * @param [criterion] The highest acceptable level (default 2).
 * @returns TRUE when acceptable, FALSE when the risk needs treatment.
 */
export function acceptableLevel(level: unknown[][], criterion?: number): unknown[][] {
  const lang = functionLang();
  const methodology = defaultMethodology();
  const top = methodology.levels.length;
  const fallback = methodology.acceptance.basis === "level" ? methodology.acceptance.level : top;
  const limit = isBlank(criterion) ? fallback : scalarOf(criterion);
  const problem = ratingProblem(limit, top);
  if (problem) throw rangeError(lang, { code: problem, argument: "criterion", min: 1, max: top }, limit);
  return mapCells(lang, [level], ([x]) => {
    if (isBlank(x)) return "";
    const levelProblem = ratingProblem(x, top);
    if (levelProblem) return rangeError(lang, { code: levelProblem, argument: "level", min: 1, max: top }, x);
    return (x as number) <= (limit as number);
  });
}
