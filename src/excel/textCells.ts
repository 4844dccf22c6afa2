/**
 * Keeping text as text. Office.js enters what is written to `Range.values` / `Range.formulas` the way
 * Excel enters typed input: "=..." and "@..." become formulas, "-5" and "+1" numbers or formulas,
 * "0012" the number 12, "TRUE" a boolean, "1/2" a date. A plan's plain string is always text, so any
 * string Excel could reinterpret is written with a leading apostrophe: Excel stores the rest as text
 * (the apostrophe is the cell's quote prefix, not part of the value) and leaves the number format alone.
 */
import { isFormula, type PlanCell } from "../workbook/plan";

const MONTH_FIRST = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s\-/.,]*\d/i;

/**
 * Would Excel turn this string into something other than the same text?
 * @example needsTextGuard("=HYPERLINK(\"http://x\",\"y\")") // true
 * @example needsTextGuard("Server room") // false
 */
export function needsTextGuard(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "") return false;
  // Excel ignores leading spaces when it decides, and reads full-width forms (＝, －, １, ￥) as their
  // ASCII counterparts, which Chinese input methods produce.
  if (/^[=+\-@'＝＋－＠＇]/.test(trimmed)) return true;
  if (/^[\d.,(#$€£¥%０-９．，（＄￥％]/.test(trimmed)) return true;
  return /^(true|false)$/i.test(trimmed) || MONTH_FIRST.test(trimmed);
}

/** What a value of `Range.formulas` holds. */
export type CellInput = string | number | boolean;

/**
 * One plan cell as written through `Range.formulas`: formulas as "=...", text guarded where needed,
 * blanks as "" (which clears the cell; `null` would leave it unchanged).
 * @example cellInput("-5") // "'-5"
 * @example cellInput(formula("=SUM(A1:A3)")) // "=SUM(A1:A3)"
 */
export function cellInput(cell: PlanCell | undefined): CellInput {
  if (cell === null || cell === undefined) return "";
  if (isFormula(cell)) return cell.formula;
  if (typeof cell === "string") return needsTextGuard(cell) ? `'${cell}` : cell;
  return cell;
}
