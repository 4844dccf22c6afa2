/**
 * How Excel treats what Office.js writes through `Range.values` / `Range.formulas`: like text typed into
 * the cell. "=..." becomes a formula, "@SUM(A1)" becomes "=SUM(A1)", "-5" and "12%" become numbers,
 * "TRUE" a boolean; a leading apostrophe or a cell formatted as Text ("@") keeps the text as typed.
 * Dates typed as text are not parsed by the fake.
 */
import { emptyCell, type FakeCell, type FakeValue } from "./fakeState";

const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(%?)\s*$/;

function setConstant(cell: FakeCell, value: FakeValue, quotePrefix = false): void {
  cell.value = value;
  cell.formula = null;
  if (quotePrefix) cell.quotePrefix = true;
  else delete cell.quotePrefix;
}

function setFormula(cell: FakeCell, formula: string): void {
  // The fake does not calculate: a formula cell reads back as "" through `values`.
  cell.value = "";
  cell.formula = formula;
  delete cell.quotePrefix;
}

function enterText(cell: FakeCell, text: string): void {
  if (cell.numberFormat === "@") return setConstant(cell, text);
  if (text.startsWith("'")) return setConstant(cell, text.slice(1), true);
  if (text.startsWith("=") && text.length > 1) return setFormula(cell, text);
  if (text.startsWith("@") && text.length > 1) return setFormula(cell, `=${text.slice(1)}`);
  const number = NUMBER.exec(text);
  if (number) {
    const parsed = Number(text.trim().replace(/%$/, ""));
    return setConstant(cell, number[4] === "%" ? parsed / 100 : parsed);
  }
  if ((text.startsWith("+") || text.startsWith("-")) && text.length > 1) return setFormula(cell, `=${text}`);
  if (/^(true|false)$/i.test(text)) return setConstant(cell, text.toLowerCase() === "true");
  setConstant(cell, text);
}

/**
 * Enters one input into a cell the way Excel does. `null` leaves the cell as it is (Office.js skips
 * null entries); anything that is not a string, number or boolean is rejected by the caller.
 */
export function enterInput(cell: FakeCell, input: FakeValue | null): void {
  if (input === null) return;
  if (typeof input === "string") return enterText(cell, input);
  setConstant(cell, input);
}

/** What `Range.formulas` reports for a cell: the formula, or the constant. */
export function formulaOf(cell: FakeCell | undefined): FakeValue {
  const found = cell ?? emptyCell();
  return found.formula ?? found.value;
}

/** A plain JS value accepted in a values/formulas matrix, or null when Excel would reject it. */
export function asInput(raw: unknown): FakeValue | null | undefined {
  if (raw === null || typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean")
    return raw;
  return undefined;
}
