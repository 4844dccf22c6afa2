/**
 * ExcelJS cell values → the raw values a port reports (what Excel's Range.values would give):
 * formula cells give their cached result, dates become serial numbers, rich text is flattened,
 * errors are their "#N/A" text, merged-away cells are blank.
 */
import ExcelJS from "exceljs";
import type { RawValue } from "../workbook/sheetData";

const MS_PER_DAY = 86_400_000;
/** Days from the 1900 date system's day 0 (1899-12-30, counting Excel's phantom 1900-02-29) to 1970-01-01. */
const EPOCH_1900 = 25_569;
/** The 1904 date system starts 1,462 days later. */
const OFFSET_1904 = 1_462;

/** A JavaScript date as ExcelJS reads it (UTC) → Excel serial number. */
export function dateToSerial(date: Date, date1904 = false): number {
  return date.getTime() / MS_PER_DAY + EPOCH_1900 - (date1904 ? OFFSET_1904 : 0);
}

type Scalar = string | number | boolean | Date | null | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

function richText(value: Record<string, unknown>): string | undefined {
  const runs = value.richText;
  if (!Array.isArray(runs)) return undefined;
  return runs.map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : "")).join("");
}

/** Any ExcelJS value (or formula result) → RawValue. */
export function toRawValue(value: unknown, date1904 = false): RawValue {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (!isRecord(value)) {
    const scalar = value as Scalar;
    return typeof scalar === "string" || typeof scalar === "number" || typeof scalar === "boolean"
      ? scalar
      : "";
  }
  if (typeof value.error === "string") return value.error;
  const rich = richText(value);
  if (rich !== undefined) return rich;
  if ("formula" in value || "sharedFormula" in value) return toRawValue(value.result, date1904);
  if ("hyperlink" in value) return toRawValue(value.text, date1904);
  return "";
}

/** The cell's raw value; a merged-away cell is blank as in Excel. */
export function cellRawValue(cell: ExcelJS.Cell, date1904 = false): RawValue {
  if (cell.type === ExcelJS.ValueType.Merge) return "";
  return toRawValue(cell.value, date1904);
}

/** Moves a shared formula's master text by rows and columns (see sharedFormulas.ts). */
export type SharedFormulaTranslator = (master: string, rows: number, columns: number) => string | undefined;

/** A shared-formula cell's text through the translator, which parses each master once. */
function translatedFormula(cell: ExcelJS.Cell, translate: SharedFormulaTranslator): string | undefined {
  const value = cell.value;
  if (!isRecord(value) || typeof value.sharedFormula !== "string" || value.formula) return undefined;
  const master = cell.worksheet.getCell(value.sharedFormula);
  const text = master.formula;
  if (!text) return undefined;
  return translate(text, Number(cell.row) - Number(master.row), Number(cell.col) - Number(master.col));
}

/** "=A1*B1" for a formula cell (shared formulas translated), else undefined. */
export function cellFormula(cell: ExcelJS.Cell, translate?: SharedFormulaTranslator): string | undefined {
  if (cell.type !== ExcelJS.ValueType.Formula) return undefined;
  const text = (translate && translatedFormula(cell, translate)) ?? cell.formula;
  return text ? `=${text}` : undefined;
}
