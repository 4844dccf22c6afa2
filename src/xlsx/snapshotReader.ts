/**
 * Reads an ExcelJS workbook into a WorkbookSnapshot: each sheet's used area (values, and formulas when
 * asked), its tables and merged areas. The metadata sheet is not content and is left out.
 */
import ExcelJS from "exceljs";
import type { ReadOptions } from "../workbook/port";
import type { RawValue, SheetData } from "../workbook/sheetData";
import { rangeAddress } from "./a1Address";
import { cellFormula, cellRawValue } from "./cellValues";
import { worksheetTables } from "./excelJsShim";
import { METADATA_SHEET } from "./metadataStore";

interface ReadCell {
  readonly row: number;
  readonly column: number;
  readonly value: RawValue;
  readonly formula: string | undefined;
}

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

function collectCells(sheet: ExcelJS.Worksheet, withFormulas: boolean, date1904: boolean) {
  const cells: ReadCell[] = [];
  const merges = new Map<string, Bounds>();
  const bounds: Bounds = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return trackMerge(merges, cell);
      const value = cellRawValue(cell, date1904);
      const formula = withFormulas ? cellFormula(cell) : undefined;
      if (value === "" && formula === undefined) return;
      cells.push({ row: rowNumber - 1, column: columnNumber - 1, value, formula });
      grow(bounds, rowNumber - 1, columnNumber - 1);
    });
  });
  const merged = [...merges.values()].map((a) => rangeAddress(a.top, a.left, a.bottom, a.right));
  return { cells, bounds, merged };
}

function grid(rows: number, columns: number): RawValue[][] {
  return Array.from({ length: rows }, () => new Array<RawValue>(columns).fill(""));
}

/** One worksheet as SheetData; an empty sheet has no rows and starts at A1. */
export function readSheet(sheet: ExcelJS.Worksheet, withFormulas: boolean, date1904 = false): SheetData {
  const { cells, bounds, merged } = collectCells(sheet, withFormulas, date1904);
  const tables = worksheetTables(sheet).map((table) => ({ name: table.name, address: table.tableRef }));
  if (cells.length === 0) {
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
  for (const cell of cells) {
    const r = cell.row - bounds.top;
    const c = cell.column - bounds.left;
    const valueRow = values[r];
    if (valueRow) valueRow[c] = cell.value;
    const formulaRow = formulas?.[r];
    if (formulaRow) formulaRow[c] = cell.formula ?? cell.value;
  }
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
