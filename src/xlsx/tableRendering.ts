/**
 * Renders a TablePlan as an Excel table (ExcelJS addTable): header row in the workbook's language (with
 * its own cell formatting, for readers that draw no table styles), the rows, and each column's number
 * format, wrap and width.
 */
import type ExcelJS from "exceljs";
import { isFormula, type PlanCell, type TablePlan } from "../workbook/plan";
import { cellA1, columnLetters, parseRange, rangeA1 } from "../workbook/cells/cellAddress";
import { BULK_ROWS, isBulkWritable, KEPT_ROWS, type DeferredBody } from "./bulkRows";
import { excelStyle, excelValue, fileColumnWidth, fileFormula, styleCell } from "./cellWriting";
import { sharedFormulaMaster, worksheetTables } from "./excelJsShim";
import { sharedFormulaMasters } from "./sharedFormulas";

const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

/**
 * A body column's style: its number format, wrap, and every cell aligned to the top of its row, so a short
 * value stands level with the first line of a wrapped text beside it (as the Office port writes it).
 */
function columnStyle(column: TablePlan["columns"][number]): Partial<ExcelJS.Style> {
  return {
    ...(column.numberFormat ? { numFmt: column.numberFormat } : {}),
    alignment: {
      vertical: "top",
      ...(column.wrap ? { wrapText: true } : {}),
      ...(column.centered ? { horizontal: "center" } : {}),
    },
  };
}

/** Excel needs at least one data row in a table; an empty register gets one blank row. */
function tableRows(table: TablePlan): (readonly PlanCell[])[] {
  return table.rows.length > 0 ? [...table.rows] : [table.columns.map(() => null)];
}

/** Clears what an earlier version of the same table left on the sheet, so an update starts clean. */
function removeExistingTable(sheet: ExcelJS.Worksheet, name: string): void {
  const existing = worksheetTables(sheet).find((table) => table.name === name);
  if (!existing) return;
  sheet.removeTable(name);
  const area = parseRange(existing.tableRef);
  if (!area) return;
  for (let row = area.top; row <= area.bottom; row++) {
    for (let column = area.left; column <= area.right; column++) {
      sheet.getCell(row + 1, column + 1).value = null;
    }
  }
}

/**
 * The body as ExcelJS values: a column whose rows all hold the same formula moved down is written
 * as one shared formula (first row the master, the others refer to it), unless the caller writes
 * over cells of that column afterwards (`overwritten`: 0-based sheet columns).
 */
function bodyValues(
  table: TablePlan,
  rows: readonly (readonly PlanCell[])[],
  overwritten: ReadonlySet<number>,
) {
  const masters = sharedFormulaMasters(rows, table.row + 1, table.column, table.columns.length).map(
    (master, index) => (overwritten.has(table.column + index) ? undefined : master),
  );
  const lastRow = table.row + rows.length + 1;
  return rows.map((row, offset) =>
    table.columns.map((_, index) => {
      const master = masters[index];
      const value = row[index] ?? null;
      if (!master) return excelValue(value);
      if (offset > 0) return { sharedFormula: master };
      const ref = `${master}:${columnLetters(table.column + index)}${lastRow}`;
      return isFormula(value) ? sharedFormulaMaster(fileFormula(value.formula), ref) : excelValue(value);
    }),
  );
}

/** A long body's rows after the kept ones, to be written in bulk (see bulkRows.ts). */
function deferredBody(
  sheet: ExcelJS.Worksheet,
  table: TablePlan,
  values: ExcelJS.CellValue[][],
  kept: number,
) {
  const last = table.column + table.columns.length - 1;
  return {
    sheet: sheet.name,
    table: table.name,
    column: table.column,
    firstRow: table.row + 1 + kept,
    rows: values.slice(kept),
    writtenRef: rangeA1({ top: table.row, left: table.column, bottom: table.row + kept, right: last }),
    fullRef: rangeA1({ top: table.row, left: table.column, bottom: table.row + values.length, right: last }),
  };
}

/**
 * Writes the table; returns the number of cells written (header included). `overwritten` names the
 * 0-based sheet columns where the caller writes other cells over the table afterwards; with `defer`,
 * a long body keeps only its first rows in the model and hands the rest to `defer`.
 */
export function renderTable(
  sheet: ExcelJS.Worksheet,
  table: TablePlan,
  overwritten: ReadonlySet<number> = new Set(),
  defer?: (body: DeferredBody) => void,
): number {
  removeExistingTable(sheet, table.name);
  const rows = tableRows(table);
  const values = bodyValues(table, rows, overwritten);
  // Kept rows reach down to whatever else the sheet holds, so the deferred rows come after it all.
  const keep = Math.max(KEPT_ROWS, sheet.rowCount - table.row - 1);
  const bulk =
    defer !== undefined && rows.length > Math.max(BULK_ROWS, keep) && isBulkWritable(values.slice(keep));
  const kept = bulk ? values.slice(0, keep) : values;
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellA1(table.row, table.column),
    headerRow: true,
    style: {
      theme: (table.style ?? DEFAULT_TABLE_STYLE) as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows: kept,
  });
  styleColumns(sheet, table, kept.length);
  styleHeader(sheet, table);
  if (bulk) defer(deferredBody(sheet, table, values, keep));
  return (rows.length + 1) * table.columns.length;
}

/** The header row's own formatting, one style object shared by its cells. */
function styleHeader(sheet: ExcelJS.Worksheet, table: TablePlan): void {
  if (!table.headerStyle) return;
  const style = excelStyle(table.headerStyle);
  table.columns.forEach((_, index) =>
    styleCell(sheet.getCell(table.row + 1, table.column + index + 1), style),
  );
}

function styleColumns(sheet: ExcelJS.Worksheet, table: TablePlan, rowCount: number): void {
  table.columns.forEach((column, index) => {
    const columnNumber = table.column + index + 1;
    if (column.width) sheet.getColumn(columnNumber).width = fileColumnWidth(column.width);
    const style = columnStyle(column);
    for (let row = 1; row <= rowCount; row++)
      styleCell(sheet.getCell(table.row + row + 1, columnNumber), style);
  });
}
