/**
 * One `<c>` element's value and formula, decided the way ExcelJS's cell reader decides them
 * (types s, str, inlineStr, b, e and numbers; dates by the cell's number format; shared formulas
 * through their master), then flattened as cellValues.ts flattens ExcelJS values; and what other
 * writers write that ExcelJS does not read, as Excel shows it: rich inline strings (runs joined),
 * ISO dates (`t="d"`), a text result in a date-formatted cell, an inline-string formula result, a
 * shared-formula member that cannot be given a formula (no master, a master without text, a reference
 * moved off the sheet): its cached value, with no formula.
 * Dates are serial numbers of the 1900 date system whatever system the workbook uses, so a date reads
 * the same from a 1904 workbook. A cell the scanner cannot make sense of (an unknown type, a `<v>` or
 * `<f>` left open, a shared-string index beyond the table) raises DamagedPart.
 */
import type { RawValue } from "../workbook/sheetData";
import { dateToSerial, type SharedFormulaTranslator } from "./cellValues";
import { attributeReader, DamagedPart, elementContent, excelJsXmlDecode, xmlText } from "./xmlText";

export interface CellContext {
  readonly strings: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
  readonly translate: SharedFormulaTranslator;
  /** Shared-formula group → its master's formula text and position. */
  readonly masters: Map<string, { readonly text: string; readonly row: number; readonly column: number }>;
}

export interface CellContent {
  readonly row: number;
  readonly column: number;
  readonly value: RawValue;
  /** "=A1*2" for a formula cell (shared formulas translated); undefined otherwise. */
  readonly formula: string | undefined;
  /** A text value: what ExcelJS's `cell.text` gives (the metadata sheet is read through it). */
  readonly isText: boolean;
}

interface CellAttributes {
  readonly r?: string;
  readonly s?: string;
  readonly t?: string;
}

const MS_PER_DAY = 86_400_000;
const LATEST_DATE_MS = 8.64e15;
const VALUE = /<v(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/v>)/;
const TEXT_ELEMENT = /<t(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/t>)/g;
const FORMULA = /<f(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
/** The start of a `<v>` or `<f>` (not of `<vertAlign>` or `<family>` in a rich-text run). */
const VALUE_START = /<v[\s/>]/;
const FORMULA_START = /<f[\s/>]/;

/**
 * A number in a date-formatted cell, through ExcelJS's Date (rounded to the millisecond) and back to
 * a serial number of the 1900 date system.
 */
function throughDate(serial: number, date1904: boolean): number {
  const ms = Math.round((serial - 25_569 + (date1904 ? 1_462 : 0)) * MS_PER_DAY);
  return dateToSerial(new Date(Math.abs(ms) > LATEST_DATE_MS ? NaN : ms));
}

/** An ISO 8601 date cell (`t="d"`) as a serial number (a date without a zone is taken as written); the text when it is no date. */
function isoDate(text: string): RawValue {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? text : dateToSerial(new Date(ms));
}

function isDateCell(attributes: CellAttributes, context: CellContext): boolean {
  const style = parseInt(attributes.s ?? "", 10);
  return Boolean(style) && context.dateStyles.has(style);
}

/** The text of `<v>` (or of an inline string's single `<t>`), undefined when there is none. */
function valueText(inside: string, type: string | undefined): string | undefined {
  if (type === "inlineStr") {
    const inline = elementContent(inside, "is");
    if (inline === undefined) return undefined;
    const runs = inline.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(TEXT_ELEMENT);
    return [...runs].map((run) => xmlText(run[1] ?? "")).join("") || undefined;
  }
  const match = VALUE.exec(inside);
  if (!match && VALUE_START.test(inside)) throw new DamagedPart("unclosed value");
  return match?.[1] ? xmlText(match[1]) || undefined : undefined;
}

/** The cached result of a formula cell, as ExcelJS types it. */
function formulaResult(text: string, attributes: CellAttributes, context: CellContext): RawValue {
  if (attributes.t === "str") return excelJsXmlDecode(text);
  if (attributes.t === "inlineStr") return text;
  if (attributes.t === "d") return isoDate(text);
  if (attributes.t === "b") return parseInt(text, 10) !== 0;
  if (attributes.t === "e") return text;
  const number = parseFloat(text);
  return isDateCell(attributes, context) ? throughDate(number, context.date1904) : number;
}

function plainValue(text: string, attributes: CellAttributes, context: CellContext): RawValue {
  switch (attributes.t) {
    case "s": {
      const shared = context.strings[parseInt(text, 10)];
      if (shared === undefined) throw new DamagedPart("shared string index");
      return shared;
    }
    case "str":
      return excelJsXmlDecode(text);
    case "inlineStr":
      return text;
    case "b":
      return parseInt(text, 10) !== 0;
    case "e":
      return text;
    case "d":
      return isoDate(text);
    case undefined:
    case "n": {
      const number = parseFloat(text);
      return isDateCell(attributes, context) ? throughDate(number, context.date1904) : number;
    }
    default:
      throw new DamagedPart(`cell type ${attributes.t}`);
  }
}

/** An `<f>` tag's attributes. */
const formulaAttributes = attributeReader(["t", "si", "ref"]);

/**
 * The formula text ("=…"), with a shared formula's member translated from its master; undefined when
 * there is none to give: no text, or a member whose master is missing (not written before it, or
 * written without text) or whose references would move off the sheet. The cell then keeps its value.
 */
function formulaText(
  tag: string,
  body: string,
  at: { readonly row: number; readonly column: number },
  context: CellContext,
): string | undefined {
  const attributes = formulaAttributes(tag);
  const group = attributes.si ?? "";
  if (attributes.t === "shared" && attributes.ref !== undefined) {
    if (body) context.masters.set(group, { text: body, row: at.row, column: at.column });
    else context.masters.delete(group);
    return body ? `=${body}` : undefined;
  }
  // A plain formula, or a member written with its own text.
  if (attributes.t !== "shared" || body) return body ? `=${body}` : undefined;
  const master = context.masters.get(group);
  if (!master) return undefined;
  const moved = context.translate(master.text, at.row - master.row, at.column - master.column);
  return moved === undefined ? undefined : `=${moved}`;
}

/** The cell's content; undefined for an empty cell. */
export function cellContent(
  inside: string,
  attributes: CellAttributes,
  context: CellContext,
  at: { readonly row: number; readonly column: number },
): CellContent | undefined {
  const text = inside ? valueText(inside, attributes.t) : undefined;
  const formula = inside.includes("<f") ? FORMULA.exec(inside) : null;
  if (!formula && inside.includes("<f") && FORMULA_START.test(inside))
    throw new DamagedPart("unclosed formula");
  const body = formula ? xmlText(formula[2] ?? "") : "";
  const isFormula = formula !== null && (body !== "" || /\bt=/.test(formula[1] ?? ""));
  if (isFormula) {
    const value = text ? formulaResult(text, attributes, context) : "";
    const source = formulaText(formula[1] ?? "", body, at, context);
    return { row: at.row, column: at.column, value, formula: source, isText: false };
  }
  if (text !== undefined) {
    const value = plainValue(text, attributes, context);
    const isText = typeof value === "string" && attributes.t !== "e";
    return { row: at.row, column: at.column, value, formula: undefined, isText };
  }
  return undefined;
}
