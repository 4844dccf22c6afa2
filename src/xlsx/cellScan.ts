/**
 * One `<c>` element's value and formula, decided the way ExcelJS's cell reader decides them
 * (types s, str, inlineStr, b, e and numbers; dates by the cell's number format; shared formulas
 * through their master), then flattened as cellValues.ts flattens ExcelJS values.
 */
import type { RawValue } from "../workbook/sheetData";
import { dateToSerial, type SharedFormulaTranslator } from "./cellValues";
import { attributeReader, elementContent, excelJsXmlDecode, Unscannable, xmlText } from "./xmlText";

export interface CellContext {
  readonly strings: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
  readonly translate: SharedFormulaTranslator;
  /** Cells with an external hyperlink: ExcelJS reports their formula's result as plain text. */
  readonly hyperlinks: ReadonlySet<string>;
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
const FORMULA = /<f(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;

/** A number in a date-formatted cell, through ExcelJS's Date (rounded to the millisecond) and back. */
function throughDate(serial: number, date1904: boolean): number {
  const ms = Math.round((serial - 25_569 + (date1904 ? 1_462 : 0)) * MS_PER_DAY);
  return dateToSerial(new Date(Math.abs(ms) > LATEST_DATE_MS ? NaN : ms), date1904);
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
    if (/<r[\s>]|<rPh[\s>]/.test(inline)) throw new Unscannable("rich inline string");
    return xmlText(elementContent(inline, "t") ?? "") || undefined;
  }
  const match = VALUE.exec(inside);
  return match?.[1] ? xmlText(match[1]) || undefined : undefined;
}

/** The cached result of a formula cell, as ExcelJS types it. */
function formulaResult(text: string, attributes: CellAttributes, context: CellContext): RawValue {
  if (attributes.t === "str") return excelJsXmlDecode(text);
  if (attributes.t === "b") return parseInt(text, 10) !== 0;
  if (attributes.t === "e") return text;
  const number = parseFloat(text);
  return isDateCell(attributes, context) ? throughDate(number, context.date1904) : number;
}

function plainValue(text: string, attributes: CellAttributes, context: CellContext): RawValue {
  switch (attributes.t) {
    case "s": {
      const shared = context.strings[parseInt(text, 10)];
      if (shared === undefined) throw new Unscannable("shared string index");
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
    case undefined:
    case "n": {
      const number = parseFloat(text);
      return isDateCell(attributes, context) ? throughDate(number, context.date1904) : number;
    }
    default:
      throw new Unscannable(`cell type ${attributes.t}`);
  }
}

/** An `<f>` tag's attributes. */
const formulaAttributes = attributeReader(["t", "si", "ref"]);

/** The formula text ("=…"), with a shared formula's member translated from its master. */
function formulaText(
  tag: string,
  body: string,
  at: { readonly row: number; readonly column: number },
  context: CellContext,
): string | undefined {
  const attributes = formulaAttributes(tag);
  if (attributes.t !== "shared") return body ? `=${body}` : undefined;
  const group = attributes.si ?? "";
  if (attributes.ref !== undefined) {
    if (!body) throw new Unscannable("shared formula master without text");
    context.masters.set(group, { text: body, row: at.row, column: at.column });
    return `=${body}`;
  }
  const master = context.masters.get(group);
  if (body || !master) throw new Unscannable("shared formula member");
  const moved = context.translate(master.text, at.row - master.row, at.column - master.column);
  if (moved === undefined) throw new Unscannable("shared formula leaves the sheet");
  return `=${moved}`;
}

/**
 * The cell's content; undefined for a styled empty cell, "merge" for an unstyled empty one (ExcelJS
 * takes it for a merged-away cell).
 */
export function cellContent(
  inside: string,
  attributes: CellAttributes,
  context: CellContext,
  at: { readonly row: number; readonly column: number },
): CellContent | "merge" | undefined {
  const text = inside ? valueText(inside, attributes.t) : undefined;
  const formula = inside.includes("<f") ? FORMULA.exec(inside) : null;
  const body = formula ? xmlText(formula[2] ?? "") : "";
  const isFormula = formula !== null && (body !== "" || /\bt=/.test(formula[1] ?? ""));
  if (isFormula) {
    if (attributes.t === "inlineStr") throw new Unscannable("inline string formula result");
    const value = text ? formulaResult(text, attributes, context) : "";
    if (typeof value !== "number" && text && isDateCell(attributes, context)) {
      throw new Unscannable("non-number result in a date cell");
    }
    if (context.hyperlinks.has(attributes.r ?? "")) throw new Unscannable("hyperlinked formula");
    const source = formulaText(formula[1] ?? "", body, at, context);
    return { row: at.row, column: at.column, value, formula: source, isText: false };
  }
  if (text !== undefined) {
    const value = plainValue(text, attributes, context);
    const isText = typeof value === "string" && attributes.t !== "e";
    return { row: at.row, column: at.column, value, formula: undefined, isText };
  }
  return parseInt(attributes.s ?? "", 10) ? undefined : "merge";
}
