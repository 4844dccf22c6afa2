/**
 * The fast read-only open: a workbook's snapshot read straight from the zip parts instead of through
 * ExcelJS's model, which on a large register costs seconds and hundreds of megabytes. It gives
 * exactly the snapshot the ExcelJS path gives; a file it does not fully understand gives undefined,
 * and the port then reads it with ExcelJS (so errors are reported the same way).
 */
import { parseMetadataJson } from "../workbook/metadata";
import type { IsmsMetadata } from "../workbook/plan";
import type { ReadOptions } from "../workbook/port";
import type { RawValue, SheetData, WorkbookSnapshot } from "../workbook/sheetData";
import { METADATA_MARKER, METADATA_SHEET, readMetadataPart } from "./metadataStore";
import { dateStyles, PackageParts, sharedStrings, workbookSheets } from "./packageScan";
import { sharedFormulaTranslator } from "./sharedFormulas";
import { scanSheet, type ScannedSheet } from "./sheetScan";
import type { ZipEntry } from "./zipDirectory";
import { Unscannable } from "./xmlText";

/** A workbook read from its parts: every sheet's cells (with formulas) and the metadata. */
export interface ScannedWorkbook {
  readonly sheets: readonly ScannedSheet[];
  readonly metadata: IsmsMetadata | null;
}

/** The metadata sheet's JSON, read as the ExcelJS path reads it (column A's text from A2 on). */
function metadataFromSheet(sheet: ScannedSheet | undefined): IsmsMetadata | null {
  if (!sheet) return null;
  const { rows, columns, values, formulas, isText } = sheet.cells;
  const columnA = columns.flatMap((column, index) => (column === 0 ? [index] : []));
  if (sheet.merged.length > 0 || columnA.some((i) => !isText[i] || formulas[i] !== undefined)) {
    throw new Unscannable("metadata sheet");
  }
  const marker = columnA.find((i) => rows[i] === 0);
  if (marker === undefined || values[marker] !== METADATA_MARKER) return null;
  return parseMetadataJson(columnA.map((i) => (rows[i] === 0 ? "" : String(values[i]))).join(""));
}

/**
 * Reads a workbook from its zip parts; undefined when the file needs ExcelJS to be read right.
 * @example
 *   const scanned = scanWorkbook(bytes, zipEntries(bytes) ?? []);
 *   if (scanned) console.log(snapshotOf(scanned, { formulas: true }).sheets.length);
 */
export function scanWorkbook(bytes: Buffer, entries: readonly ZipEntry[]): ScannedWorkbook | undefined {
  try {
    const parts = new PackageParts(bytes, entries);
    const { sheets, date1904 } = workbookSheets(parts);
    const context = {
      strings: sharedStrings(parts),
      dateStyles: dateStyles(parts),
      date1904,
      translate: sharedFormulaTranslator(),
    };
    const scanned = sheets.map((sheet) => scanSheet(parts, sheet.name, sheet.part, context));
    const metadata =
      metadataFromSheet(scanned.find((sheet) => sheet.name === METADATA_SHEET)) ??
      readMetadataPart(bytes, entries);
    return { sheets: scanned.filter((sheet) => sheet.name !== METADATA_SHEET), metadata };
  } catch (error) {
    if (error instanceof Unscannable) return undefined;
    throw error;
  }
}

function grid(rows: number, columns: number): RawValue[][] {
  return Array.from({ length: rows }, () => new Array<RawValue>(columns).fill(""));
}

/** One scanned sheet as SheetData, laid out as snapshotReader.ts lays out the ExcelJS model. */
function sheetData(sheet: ScannedSheet, withFormulas: boolean): SheetData {
  const cells = sheet.cells;
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  for (let i = 0; i < cells.length; i++) {
    if (cells.values[i] === "" && !(withFormulas && cells.formulas[i] !== undefined)) continue;
    const [row, column] = [cells.rows[i] ?? 0, cells.columns[i] ?? 0];
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  const base = { name: sheet.name, tables: sheet.tables, merged: sheet.merged };
  if (bottom < 0)
    return { ...base, row: 0, column: 0, values: [], ...(withFormulas ? { formulas: [] } : {}) };
  const values = grid(bottom - top + 1, right - left + 1);
  const formulas = withFormulas ? grid(values.length, right - left + 1) : undefined;
  // Same assignments as snapshotReader.ts, cell by cell, so even its edge cases come out alike.
  for (let i = 0; i < cells.length; i++) {
    const [row, column, value] = [
      (cells.rows[i] ?? 0) - top,
      (cells.columns[i] ?? 0) - left,
      cells.values[i] ?? "",
    ];
    const valueRow = values[row];
    if (valueRow) valueRow[column] = value;
    const formulaRow = formulas?.[row];
    if (formulaRow) formulaRow[column] = cells.formulas[i] ?? value;
  }
  return { ...base, row: top, column: left, values, ...(formulas ? { formulas } : {}) };
}

/** The snapshot a read with these options gives. */
export function snapshotOf(scanned: ScannedWorkbook, options: ReadOptions = {}): WorkbookSnapshot {
  const wanted = options.sheets ? new Set(options.sheets) : undefined;
  return {
    sheets: scanned.sheets
      .filter((sheet) => !wanted || wanted.has(sheet.name))
      .map((sheet) => sheetData(sheet, options.formulas === true)),
    metadata: scanned.metadata,
  };
}
