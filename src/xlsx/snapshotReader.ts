/**
 * Reads an ExcelJS workbook into a WorkbookSnapshot: each sheet's used area (values, and formulas when
 * asked), its tables and merged areas. The metadata sheet is not content and is left out.
 */
import ExcelJS from "exceljs";
import type { ReadOptions } from "../workbook/port";
import type { RawValue, SheetData } from "../workbook/sheetData";
import { rangeAddress } from "./a1Address";
import { cellFormula, cellRawValue, type SharedFormulaTranslator } from "./cellValues";
import { worksheetTables } from "./excelJsShim";
import { METADATA_SHEET } from "./metadataStore";
import { sharedFormulaTranslator } from "./sharedFormulas";

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function grow(bounds: Bounds, row: number, column: number): void {
  bounds.top = Math.min(bounds.top, row);
  bounds.left = Math.min(bounds.left, column);
  bounds.bottom = Math.max(bounds.bottom, row);
  bounds.right = Math.max(bounds.right, column);
}

/** Extends the merged area of a merged-away cell (ExcelJS keeps no public list of merges). */
function trackMerge(areas: Map<string, Bounds>, cell: ExcelJS.Cell): void {
  const master = cell.master;
  const top = Number(master.row) - 1;
  const left = Number(master.col) - 1;
  const area = areas.get(master.address) ?? { top, left, bottom: top, right: left };
  grow(area, Number(cell.row) - 1, Number(cell.col) - 1);
  areas.set(master.address, area);
}

/** Visits every cell that holds something (merged-away cells excepted), in row order. */
function eachFilledCell(
  sheet: ExcelJS.Worksheet,
  visit: (cell: ExcelJS.Cell, row: number, column: number) => void,
) {
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.type !== ExcelJS.ValueType.Merge) visit(cell, rowNumber - 1, columnNumber - 1);
    });
  });
}

/** The used area and the merged areas, in one pass that keeps no cell. */
function survey(sheet: ExcelJS.Worksheet, translate: SharedFormulaTranslator | undefined, date1904: boolean) {
  const merges = new Map<string, Bounds>();
  const bounds: Bounds = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) trackMerge(merges, cell);
      else if (
        cellRawValue(cell, date1904) !== "" ||
        (translate && cellFormula(cell, translate) !== undefined)
      ) {
        grow(bounds, Number(cell.row) - 1, Number(cell.col) - 1);
      }
    });
  });
  const merged = [...merges.values()].map((a) => rangeAddress(a.top, a.left, a.bottom, a.right));
  return { bounds, merged };
}

function grid(rows: number, columns: number): RawValue[][] {
  return Array.from({ length: rows }, () => new Array<RawValue>(columns).fill(""));
}

/**
 * One worksheet as SheetData; an empty sheet has no rows and starts at A1. Values go straight into
 * their grid (a second pass after the survey) rather than through a list of every cell first.
 */
export function readSheet(sheet: ExcelJS.Worksheet, withFormulas: boolean, date1904 = false): SheetData {
  const translate = withFormulas ? sharedFormulaTranslator() : undefined;
  const { bounds, merged } = survey(sheet, translate, date1904);
  const tables = worksheetTables(sheet).map((table) => ({ name: table.name, address: table.tableRef }));
  if (bounds.bottom < 0) {
    return {
      name: sheet.name,
      row: 0,
      column: 0,
      values: [],
      ...(withFormulas ? { formulas: [] } : {}),
      tables,
      merged,
    };
  }
  const values = grid(bounds.bottom - bounds.top + 1, bounds.right - bounds.left + 1);
  const formulas = withFormulas ? grid(values.length, values[0]?.length ?? 0) : undefined;
  eachFilledCell(sheet, (cell, row, column) => {
    const value = cellRawValue(cell, date1904);
    const valueRow = values[row - bounds.top];
    if (valueRow) valueRow[column - bounds.left] = value;
    const formulaRow = formulas?.[row - bounds.top];
    if (formulaRow) formulaRow[column - bounds.left] = cellFormula(cell, translate) ?? value;
  });
  return {
    name: sheet.name,
    row: bounds.top,
    column: bounds.left,
    values,
    ...(formulas ? { formulas } : {}),
    tables,
    merged,
  };
}

/** Every content sheet of the workbook (or the ones named), in tab order. */
export function readSheets(workbook: ExcelJS.Workbook, options: ReadOptions = {}): SheetData[] {
  const wanted = options.sheets ? new Set(options.sheets) : undefined;
  const date1904 = workbook.properties.date1904 === true;
  return workbook.worksheets
    .filter((sheet) => sheet.name !== METADATA_SHEET && (!wanted || wanted.has(sheet.name)))
    .map((sheet) => readSheet(sheet, options.formulas === true, date1904));
}
