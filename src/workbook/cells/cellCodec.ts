/**
 * One cell in each direction, by column type: a typed field value → the PlanCell a port writes, and a
 * raw value a port read → the typed value plus, when something had to be repaired, was read in a way
 * worth knowing, or was lost, a problem code.
 */
import { scanControlRefs, type ControlRef } from "../../domain/catalog/controlIds";
import type { Lang, Params } from "../../i18n/types";
import type { PlanCell } from "../plan";
import type { WorkbookProblemCode } from "../problems";
import type { ColumnSchema } from "../schema/columnSchema";
import {
  LEVEL_NAMES,
  normaliseWord,
  PARTIAL_YES,
  TREATMENT_OPTIONS,
  TREATMENT_STATUSES,
  termKey,
  termLabel,
  YES_NO,
  type Term,
} from "../schema/vocabulary";
import type { RawValue } from "../sheetData";
import { isoToSerial, isPlausibleSerial, parseDateText, serialToIso } from "./excelDates";
import { controlIdFromNumber, type NumericControlId } from "./numericControlId";
import { splitOption } from "./optionText";

export { controlIdFromNumber, type NumericControlId } from "./numericControlId";
export { splitOption, type OptionText } from "./optionText";

/** A field value as records hold it: text, number, yes/no, a list of control ids, or an ISO date string. */
export type FieldValue = string | number | boolean | readonly string[];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The cell written for a field value. Text stays text: the plan never turns a string into a formula.
 * @example planCell(optionColumn, "reduce", "zh-CN") // "降低"
 */
export function planCell(column: ColumnSchema, value: FieldValue | undefined, lang: Lang): PlanCell {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.join(", ");
  switch (column.type) {
    case "date":
      return typeof value === "string" && ISO_DATE.test(value) ? isoToSerial(value) : scalar(value);
    case "option":
      return labelOf(TREATMENT_OPTIONS, value, lang);
    case "status":
      return labelOf(TREATMENT_STATUSES, value, lang);
    case "boolean":
      return typeof value === "boolean" ? termLabel(YES_NO, value ? "yes" : "no", lang) : scalar(value);
    default:
      return scalar(value);
  }
}

function scalar(value: string | number | boolean | readonly string[]): PlanCell {
  return Array.isArray(value) ? value.join(", ") : (value as string | number | boolean);
}

function labelOf<K extends string>(terms: readonly Term<K>[], value: FieldValue, lang: Lang): PlanCell {
  const term = terms.find((t) => t.key === value);
  return term ? term.label[lang] : scalar(value);
}

export interface CellReading {
  readonly value?: FieldValue;
  readonly problem?: WorkbookProblemCode;
  /**
   * Message parameters the cell alone knows (`date`, `id`, `ids`, or `value` when the message names
   * part of the cell); the reader adds the cell's text as `value` and its column as `column` beneath them.
   */
  readonly params?: Params;
  /**
   * Values for other columns of the same row, by column key: text written in an option cell is kept as
   * `{ measures: "部署WAF" }`. The reader writes them where that column is empty.
   */
  readonly spill?: Readonly<Record<string, FieldValue>>;
}

/** What else the row tells about a cell. */
export interface CellContext {
  /** The row's control title, which tells 5.30 from 5.3 when Excel stored the id as a number. */
  readonly title?: string;
}

const ERROR_VALUE =
  /^#(N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|UNKNOWN!)$/;

/** True for the error values Excel, LibreOffice and WPS show in a cell. */
export function isErrorValue(raw: RawValue): boolean {
  return typeof raw === "string" && ERROR_VALUE.test(raw.trim());
}

/** The text a person sees in a cell ("" when blank). */
export function displayText(raw: RawValue): string {
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return String(raw).trim();
}

/**
 * The typed value of a raw cell under its column's type.
 * @example readCell(dateColumn, "2026/3/1") // { value: "2026-03-01", problem: "workbook.date.text" }
 * @example readCell(optionColumn, "降低：部署WAF") // { value: "reduce", spill: { measures: "部署WAF" }, problem: "workbook.option.freeText" }
 */
export function readCell(column: ColumnSchema, raw: RawValue, context: CellContext = {}): CellReading {
  if (raw === "" || (typeof raw === "string" && raw.trim() === "")) return {};
  if (isErrorValue(raw)) return { problem: "workbook.cell.error" };
  switch (column.type) {
    case "number":
    case "rating":
      return readNumber(raw);
    case "level":
      return readLevel(raw);
    case "date":
      return readDate(raw);
    case "controls":
      return readControls(raw, context);
    case "option":
      return readOption(displayText(raw));
    case "status":
      return known(termKey(TREATMENT_STATUSES, displayText(raw)));
    case "boolean":
      return readYesNo(raw);
    default:
      if (column.controlIds && typeof raw === "number") {
        const numeric = controlIdFromNumber(raw, context.title);
        return { value: numeric.id, ...numericProblem(numeric) };
      }
      return { value: displayText(raw) };
  }
}

/** A word of a closed vocabulary, or a warning: text nobody can act on must not vanish silently. */
function known(value: string | null): CellReading {
  return value === null ? { problem: "workbook.term.unknown" } : { value };
}

/** Excel stores a typed 5.10 as the number 5.1: say how the id was read and how to keep it. */
function numericProblem(numeric: NumericControlId): Pick<CellReading, "problem" | "params"> {
  if (!numeric.problem) return {};
  return numeric.problem === "workbook.control.numericFixed"
    ? { problem: numeric.problem, params: { id: numeric.id } }
    : { problem: numeric.problem };
}

/**
 * The control references of a cell, as written. 2013 ids stay as they are (a validator asks for them
 * to be rewritten) and are noted once per cell with the 2022 ids they map to.
 */
/** Words that say a cell names no control. */
const NO_CONTROL = new Set(["na", "none", "nil", "无", "暂无", "不适用"]);

function readControls(raw: RawValue, context: CellContext): CellReading {
  if (typeof raw === "number") {
    const numeric = controlIdFromNumber(raw, context.title);
    return { value: controlTokens(numeric.id), ...numericProblem(numeric) };
  }
  const text = displayText(raw);
  // "—", "/", "无", "N/A": the cell says there is no control, which is no value rather than a token.
  if (!/[\p{L}\p{N}]/u.test(text) || NO_CONTROL.has(normaliseWord(text))) return {};
  const refs = scanControlRefs(text);
  const value = refs.map(tokenOf);
  const legacy = refs.filter((ref) => ref.kind === "2013");
  if (legacy.length === 0) return { value };
  const distinct = (ids: readonly string[]): string => [...new Set(ids)].join(", ");
  return {
    value,
    problem: "workbook.control.legacy",
    params: {
      value: distinct(legacy.map((ref) => ref.id)),
      ids: distinct(legacy.flatMap((ref) => ref.ids2022)),
    },
  };
}

/** An option cell: the option it names, and any other text kept as the measures (with a note). */
function readOption(text: string): CellReading {
  const { option, measures } = splitOption(text);
  if (measures === undefined) return option ? { value: option } : { problem: "workbook.term.unknown" };
  return { ...(option ? { value: option } : {}), spill: { measures }, problem: "workbook.option.freeText" };
}

/**
 * A yes/no cell: TRUE/FALSE, 1/0, or a word of either language. "部分适用" / "Partially" reads as yes
 * with a note; any other word is reported, never dropped in silence.
 */
function readYesNo(raw: RawValue): CellReading {
  if (typeof raw === "boolean") return { value: raw };
  const text = displayText(raw).normalize("NFKC");
  if (text === "1" || text === "0") return { value: text === "1" };
  if (typeof raw === "number") return { problem: "workbook.term.unknown" };
  const word = normaliseWord(text);
  if (PARTIAL_YES.some((partial) => normaliseWord(partial) === word)) {
    return { value: true, problem: "workbook.yesNo.partial" };
  }
  const key = termKey(YES_NO, text);
  return key === null ? { problem: "workbook.term.unknown" } : { value: key === "yes" };
}

/** Thousands separators only in their places: "1,234" is a number, "2,5" (a decimal comma) is not. */
const GROUPED_NUMBER = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** A plain decimal: no hex, no exponent, no "Infinity", which Number() would all accept. */
const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

function readNumber(raw: RawValue): CellReading {
  if (typeof raw === "number") return { value: raw };
  const text = displayText(raw).normalize("NFKC").trim();
  const plain = GROUPED_NUMBER.test(text) ? text.replace(/,/g, "") : text;
  if (PLAIN_NUMBER.test(plain)) return { value: Number(plain), problem: "workbook.number.text" };
  return { problem: "workbook.number.invalid" };
}

/** A level is a number, or one of the level names (很低 … 很高 / Very low … Very high). */
function readLevel(raw: RawValue): CellReading {
  const reading = readNumber(raw);
  if (reading.value !== undefined) return reading;
  const named = termKey(LEVEL_NAMES, displayText(raw));
  return named === null ? { problem: "workbook.term.unknown" } : { value: Number(named) };
}

function readDate(raw: RawValue): CellReading {
  if (typeof raw === "number") {
    return isPlausibleSerial(raw) ? { value: serialToIso(raw) } : { problem: "workbook.date.invalid" };
  }
  const reading = parseDateText(displayText(raw));
  if (reading.ok && reading.monthOnly) {
    return { value: reading.iso, problem: "workbook.date.month", params: { date: reading.iso } };
  }
  if (reading.ok) return { value: reading.iso, problem: "workbook.date.text" };
  return { problem: reading.code === "ambiguous" ? "workbook.date.ambiguous" : "workbook.date.invalid" };
}

function tokenOf(ref: ControlRef): string {
  return ref.kind === "unknown" ? ref.token : ref.id;
}

/**
 * Control references in a cell, as written: 2022 ids, 2013 ids, and unknown tokens, in order; a range
 * is every id it spans.
 * @example controlTokens("A.5.15–A.5.18、A.9.2.3") // ["5.15", "5.16", "5.17", "5.18", "A.9.2.3"]
 */
export function controlTokens(text: string): readonly string[] {
  return scanControlRefs(text).map(tokenOf);
}
