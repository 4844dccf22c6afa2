/**
 * Renders a TablePlan as an Excel table (ExcelJS addTable): header row in the workbook's language,
 * the rows, and each column's number format, wrap and width.
 */
import type ExcelJS from "exceljs";
import type { PlanCell, TablePlan } from "../workbook/plan";
import { cellAddress, parseCellAddress } from "./a1Address";
import { excelValue, styleCell } from "./cellWriting";
import { worksheetTables } from "./excelJsShim";

const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

function columnStyle(column: TablePlan["columns"][number]): Partial<ExcelJS.Style> | undefined {
  if (!column.numberFormat && !column.wrap) return undefined;
  return {
    ...(column.numberFormat ? { numFmt: column.numberFormat } : {}),
    ...(column.wrap ? { alignment: { wrapText: true, vertical: "top" } } : {}),
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
  const [from, to] = existing.tableRef.split(":").map(parseCellAddress);
  if (!from || !to) return;
  for (let row = from.row; row <= to.row; row++) {
    for (let column = from.column; column <= to.column; column++) {
      sheet.getCell(row + 1, column + 1).value = null;
    }
  }
}

/** Writes the table; returns the number of cells written (header included). */
export function renderTable(sheet: ExcelJS.Worksheet, table: TablePlan): number {
  removeExistingTable(sheet, table.name);
  const rows = tableRows(table);
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(table.row, table.column),
    headerRow: true,
    style: {
      theme: (table.style ?? DEFAULT_TABLE_STYLE) as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows: rows.map((row) => table.columns.map((_, index) => excelValue(row[index] ?? null))),
  });
  styleColumns(sheet, table, rows.length);
  return (rows.length + 1) * table.columns.length;
}

function styleColumns(sheet: ExcelJS.Worksheet, table: TablePlan, rowCount: number): void {
  table.columns.forEach((column, index) => {
    const columnNumber = table.column + index + 1;
    if (column.width) sheet.getColumn(columnNumber).width = column.width;
    const style = columnStyle(column);
    if (!style) return;
    for (let row = 1; row <= rowCount; row++)
      styleCell(sheet.getCell(table.row + row + 1, columnNumber), style);
  });
}
