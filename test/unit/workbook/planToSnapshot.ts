/**
 * Test support: what a port would read back after rendering a plan, without Excel. Values land where
 * the plan puts them; a formula cell reads as the value `evaluate` gives it ("" unless told).
 */
import { cellA1 } from "../../../src/workbook/cells/cellAddress";
import { isFormula, type PlanCell, type SheetPlan, type WorkbookPlan } from "../../../src/workbook/plan";
import type { RawValue, SheetData, WorkbookSnapshot } from "../../../src/workbook/sheetData";

export type Evaluate = (sheet: SheetPlan, tableColumnKey: string | null, formula: string) => RawValue;

function put(grid: RawValue[][], row: number, column: number, value: RawValue): void {
  while (grid.length <= row) grid.push([]);
  const line = grid[row] as RawValue[];
  while (line.length <= column) line.push("");
  line[column] = value;
}

function raw(cell: PlanCell, evaluate: () => RawValue): RawValue {
  if (isFormula(cell)) return evaluate();
  return cell === null ? "" : cell;
}

export function sheetDataOf(sheet: SheetPlan, evaluate: Evaluate = () => ""): SheetData {
  const grid: RawValue[][] = [];
  for (const block of sheet.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) =>
        put(
          grid,
          block.row + r,
          block.column + c,
          raw(cell, () => evaluate(sheet, null, isFormula(cell) ? cell.formula : "")),
        ),
      ),
    );
  }
  const tables = sheet.tables.map((table) => {
    table.columns.forEach((column, c) => put(grid, table.row, table.column + c, column.header));
    table.rows.forEach((line, r) =>
      line.forEach((cell, c) =>
        put(
          grid,
          table.row + 1 + r,
          table.column + c,
          raw(cell, () =>
            evaluate(sheet, table.columns[c]?.key ?? null, isFormula(cell) ? cell.formula : ""),
          ),
        ),
      ),
    );
    const bottom = table.row + Math.max(1, table.rows.length);
    return {
      name: table.name,
      address: `${cellA1(table.row, table.column)}:${cellA1(bottom, table.column + table.columns.length - 1)}`,
    };
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  const values = grid.map((line) => [...line, ...Array<RawValue>(width - line.length).fill("")]);
  return { name: sheet.name, row: 0, column: 0, values, tables };
}

export function snapshotOf(plan: WorkbookPlan, evaluate?: Evaluate, withMetadata = true): WorkbookSnapshot {
  return {
    sheets: plan.sheets.map((s) => sheetDataOf(s, evaluate)),
    metadata: withMetadata ? (plan.metadata ?? null) : null,
  };
}

/** A sheet without its table: how a workbook saved by a tool that drops tables reads. */
export function withoutTables(sheet: SheetData): SheetData {
  return { ...sheet, tables: [] };
}
