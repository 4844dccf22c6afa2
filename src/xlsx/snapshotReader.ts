/**
 * Reads an ExcelJS workbook (the writable port's model, or the ExcelJS baseline of the reader) into
 * a WorkbookSnapshot and a WorkbookOutline: each content sheet's used area (values, and formulas when
 * asked), its tables and merged areas. The metadata sheet is not content: it is read only for the
 * metadata and left out of the sheets.
 */
import ExcelJS from "exceljs";
import { rangeA1, type CellArea } from "../workbook/cells/cellAddress";
import { isMetadataSheet } from "../workbook/metadata";
import type { IsmsMetadata } from "../workbook/plan";
import type { ReadOptions, WorkbookOutline } from "../workbook/port";
import type { SheetData, WorkbookSnapshot } from "../workbook/sheetData";
import { cellFormula, cellRawValue } from "./cellValues";
import { worksheetTables } from "./excelJsShim";
import { metadataInSheet } from "./metadataStore";
import { sharedFormulaTranslator } from "./sharedFormulas";
import { layOutSheet } from "./sheetLayout";

type Area = { -readonly [K in keyof CellArea]: CellArea[K] };

/** The merged areas, from the merged-away cells (ExcelJS keeps no public list of merges). */
function mergedAreas(sheet: ExcelJS.Worksheet): string[] {
  const areas = new Map<string, Area>();
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type !== ExcelJS.ValueType.Merge) return;
      const master = cell.master;
      const [top, left] = [Number(master.row) - 1, Number(master.col) - 1];
      const area = areas.get(master.address) ?? { top, left, bottom: top, right: left };
      area.bottom = Math.max(area.bottom, Number(cell.row) - 1);
      area.right = Math.max(area.right, Number(cell.col) - 1);
      areas.set(master.address, area);
    });
  });
  return [...areas.values()].map(rangeA1);
}

/** One worksheet as SheetData; dates as serial numbers of the 1900 date system, whatever the workbook's. */
export function readSheet(sheet: ExcelJS.Worksheet, withFormulas: boolean): SheetData {
  const translate = withFormulas ? sharedFormulaTranslator() : undefined;
  const tables = worksheetTables(sheet).map((table) => ({ name: table.name, address: table.tableRef }));
  const frame = { name: sheet.name, tables, merged: mergedAreas(sheet) };
  return layOutSheet(frame, withFormulas, (visit) => {
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const formula = translate ? cellFormula(cell, translate) : undefined;
        visit(rowNumber - 1, columnNumber - 1, cellRawValue(cell), formula);
      });
    });
  });
}

function contentSheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((sheet) => !isMetadataSheet(sheet.name));
}

/**
 * The snapshot of an ExcelJS workbook; `legacyMetadata` gives the metadata when the workbook has no
 * metadata sheet (the custom XML part ExcelJS does not load).
 */
export function excelJsSnapshot(
  workbook: ExcelJS.Workbook,
  options: ReadOptions,
  legacyMetadata: () => IsmsMetadata | null,
): WorkbookSnapshot {
  const wanted = options.sheets ? new Set(options.sheets) : undefined;
  const metadataSheet = workbook.worksheets.find((sheet) => isMetadataSheet(sheet.name));
  return {
    sheets: contentSheets(workbook)
      .filter((sheet) => !wanted || wanted.has(sheet.name))
      .map((sheet) => readSheet(sheet, options.formulas === true)),
    ...metadataOf(metadataInSheet(metadataSheet && readSheet(metadataSheet, false)), legacyMetadata),
  };
}

function metadataOf(
  inSheet: IsmsMetadata | null,
  legacy: () => IsmsMetadata | null,
): Pick<WorkbookSnapshot, "metadata" | "metadataInSheet"> {
  return inSheet
    ? { metadata: inSheet, metadataInSheet: true }
    : { metadata: legacy(), metadataInSheet: false };
}

/** Sheet and table names of an ExcelJS workbook, the metadata sheet left out. */
export function excelJsOutline(workbook: ExcelJS.Workbook): WorkbookOutline {
  return {
    sheets: contentSheets(workbook).map((sheet) => ({
      name: sheet.name,
      tables: worksheetTables(sheet).map((table) => table.name),
    })),
  };
}
