/**
 * The few ExcelJS runtime shapes its typings leave out or get wrong, in one typed place: the loaded
 * table model (`getTables()` is typed as tuples but returns Table objects whose `model` holds the ref)
 * and the extra cell-is operators ExcelJS writes through unchanged.
 */
import type ExcelJS from "exceljs";

export interface TableModel {
  readonly name: string;
  /** Whole table including header (and totals) row, e.g. "A1:K31". */
  readonly tableRef: string;
}

interface TableWithModel {
  readonly model?: Partial<TableModel>;
}

/** Name and ref of every table on a worksheet, as loaded from a file or added by the port. */
export function worksheetTables(sheet: ExcelJS.Worksheet): readonly TableModel[] {
  const tables = sheet.getTables() as unknown as readonly TableWithModel[];
  return tables.flatMap(({ model }) =>
    model?.name && model.tableRef ? [{ name: model.name, tableRef: model.tableRef }] : [],
  );
}

/**
 * ExcelJS types `cellIs` operators as four values but writes any operator of the file format as is;
 * "greaterThanOrEqual" is one of them (ECMA-376 ST_ConditionalFormattingOperator).
 */
export function cellIsOperator(operator: string): ExcelJS.CellIsOperators {
  return operator as ExcelJS.CellIsOperators;
}

interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/**
 * The worksheet's range-level validations (untyped in ExcelJS, which types only the per-cell
 * `cell.dataValidation`); one entry for "E2:E1001" instead of a thousand cell entries.
 */
export function rangeValidations(sheet: ExcelJS.Worksheet): RangeValidations {
  return (sheet as unknown as { readonly dataValidations: RangeValidations }).dataValidations;
}

/**
 * The first cell of a shared formula with its whole range given, so ExcelJS need not widen the range
 * cell by cell while saving (its typings leave `shareType` and `ref` out, its writer reads them).
 */
export function sharedFormulaMaster(formula: string, ref: string): ExcelJS.CellFormulaValue {
  const master = { formula, shareType: "shared", ref };
  return master;
}

interface TableInternals {
  /** The table definition ExcelJS keeps, its rows included (untyped). */
  readonly table?: { readonly rows?: unknown[] };
  /** Recomputes the table's ranges from its rows (untyped). */
  validate?(): void;
}

/**
 * Appends rows to a table's definition and recomputes its ranges, without rewriting its cells (the
 * caller writes those): what `addTable` with every row would have left.
 */
export function appendTableRows(sheet: ExcelJS.Worksheet, name: string, rows: readonly unknown[]): void {
  const table = sheet.getTable(name) as unknown as TableInternals | undefined;
  const definition = table?.table?.rows;
  if (!table || !definition) return;
  for (const row of rows) definition.push(row);
  table.validate?.();
}
