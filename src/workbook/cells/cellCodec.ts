/**
 * One cell in each direction, by column type: a typed field value → the PlanCell a port writes, and a
 * raw value a port read → the typed value plus, when something had to be repaired or was lost, a
 * problem code.
 */
import { scanControlRefs } from "../../domain/catalog/controlIds";
import type { Lang } from "../../i18n/types";
import type { PlanCell } from "../plan";
import type { WorkbookProblemCode } from "../problems";
import type { ColumnSchema } from "../schema/columnSchema";
import {
  LEVEL_NAMES,
  TREATMENT_OPTIONS,
  TREATMENT_STATUSES,
  termKey,
  termLabel,
  YES_NO,
  type Term,
} from "../schema/vocabulary";
import type { RawValue } from "../sheetData";
import { isoToSerial, isPlausibleSerial, parseDateText, serialToIso } from "./excelDates";

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
 */
export function readCell(column: ColumnSchema, raw: RawValue): CellReading {
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
      return numericControlId({ value: controlTokens(displayText(raw)) }, raw);
    case "option":
      return known(termKey(TREATMENT_OPTIONS, displayText(raw)));
    case "status":
      return known(termKey(TREATMENT_STATUSES, displayText(raw)));
    case "boolean":
      return typeof raw === "boolean" ? { value: raw } : readYesNo(displayText(raw));
    default:
      return column.controlIds
        ? numericControlId({ value: displayText(raw) }, raw)
        : { value: displayText(raw) };
  }
}

/** A word of a closed vocabulary, or a warning: text nobody can act on must not vanish silently. */
function known(value: string | null): CellReading {
  return value === null ? { problem: "workbook.term.unknown" } : { value };
}

/** Excel stores a typed 5.10 as the number 5.1: the id may already be wrong, so say how to keep it. */
function numericControlId(reading: CellReading, raw: RawValue): CellReading {
  return typeof raw === "number" ? { ...reading, problem: "workbook.control.numeric" } : reading;
}

function readYesNo(text: string): CellReading {
  const key = termKey(YES_NO, text);
  return key === null ? {} : { value: key === "yes" };
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
  if (reading.ok) return { value: reading.iso, problem: "workbook.date.text" };
  return { problem: reading.code === "ambiguous" ? "workbook.date.ambiguous" : "workbook.date.invalid" };
}

/** Control references in a cell, as written: 2022 ids, 2013 ids, and unknown tokens, in order. */
export function controlTokens(text: string): readonly string[] {
  return scanControlRefs(text).map((ref) => (ref.kind === "unknown" ? ref.token : ref.id));
}
