/**
 * Renders a whole WorkbookPlan into an ExcelJS workbook: checks first that no "create" sheet would
 * overwrite data and that no sheet to get charts holds pictures (then writes nothing), then sheets,
 * defined names, metadata (re-added last, so it is never the active sheet) and the active sheet. Charts
 * are kept beside the model and written into the package when it is saved (chartParts.ts).
 */
import type ExcelJS from "exceljs";
import {
  planCells,
  type CellBlock,
  type CellUpdatePlan,
  type NamedRangePlan,
  type SheetPlan,
  type RangeWritePlan,
  type TableAppendPlan,
  type WorkbookPlan,
} from "../workbook/plan";
import { PortError, type ApplyResult } from "../workbook/port";
import { parseCellA1, parseRange, quotedSheet, rangeA1 } from "../workbook/cells/cellAddress";
import type { PackageWrites } from "./bulkPackage";
import { foldLinks, materialize, type DeferredBody } from "./bulkRows";
import { excelStyle, excelValue, styleCell } from "./cellWriting";
import { addLinks } from "./internalLinks";
import { writeMetadataSheet } from "./metadataStore";
import { renderProtection } from "./protectionRendering";
import { renderSheetFeatures } from "./sheetFeatures";
import { recordFormulas } from "./tableParts";
import { renderTable } from "./tableRendering";

function hasData(sheet: ExcelJS.Worksheet): boolean {
  return sheet.actualRowCount > 0;
}

/**
 * Throws port.sheetExists for the first "create" sheet that already holds data, and port.unknown for a
 * sheet that is to get charts but holds pictures (both would need the sheet's one drawing part).
 */
function assertCreatable(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  for (const sheetPlan of plan.sheets) {
    const existing = workbook.getWorksheet(sheetPlan.name);
    if (sheetPlan.mode === "create" && existing && hasData(existing)) {
      throw new PortError("port.sheetExists", `sheet "${sheetPlan.name}" already holds data`, sheetPlan.name);
    }
    if (sheetPlan.charts?.length && existing && existing.getImages().length > 0) {
      const detail = `sheet "${sheetPlan.name}" holds pictures; charts cannot be added to it`;
      throw new PortError("port.unknown", detail, sheetPlan.name);
    }
  }
}

function renderBlock(sheet: ExcelJS.Worksheet, block: CellBlock): void {
  const style = block.style ? excelStyle(block.style) : undefined;
  block.cells.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = sheet.getCell(block.row + r + 1, block.column + c + 1);
      cell.value = excelValue(value);
      if (style) styleCell(cell, style);
    });
  });
}

/** 0-based columns where links are written over what the tables put there. */
function linkColumns(plan: SheetPlan): Set<number> {
  const columns = new Set<number>();
  for (const link of plan.hyperlinks) {
    const cell = parseCellA1(link.address);
    if (cell) columns.add(cell.column);
  }
  return columns;
}

function renderSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, writes: PackageWrites): void {
  const sheet = workbook.getWorksheet(plan.name) ?? workbook.addWorksheet(plan.name);
  for (const block of plan.blocks) renderBlock(sheet, block);
  const overwritten = linkColumns(plan);
  const bodies: DeferredBody[] = [];
  const defer = writes.bodies && ((body: DeferredBody) => bodies.push(body));
  for (const table of plan.tables) {
    renderTable(sheet, table, overwritten, defer);
    recordFormulas(writes.tableFormulas, table);
  }
  // Bulk rows are appended after the sheet's last row: only one body, with nothing below its rows
  // but links on every row of a column; otherwise they go into the model now, before the links.
  const [body, ...others] = bodies;
  const alone = body && others.length === 0 && sheet.rowCount <= body.firstRow;
  const kept = alone ? foldLinks(body, plan.hyperlinks) : undefined;
  if (body && kept) writes.bodies?.push(body);
  else materialize(workbook, bodies);
  addLinks(writes.links, plan.name, plan.hyperlinks);
  if (plan.rowHeights?.length) writes.rowHeights.set(plan.name, plan.rowHeights);
  if (plan.charts !== undefined) writes.charts.set(plan.name, plan.charts);
  renderSheetFeatures(sheet, { ...plan, hyperlinks: kept ?? plan.hyperlinks });
  renderProtection(workbook, sheet, plan, writes.bodies);
}

/**
 * Defines the plan's names, each replacing a name of the same name (an update replaces rather than extends).
 * ExcelJS keeps a name as the set of its cells and gives back its ranges only by walking every cell of every
 * name, so the names are set all at once: one walk, not one per name (on a 10,000-risk register, where a
 * name spans a column, that walk made the names the costliest part of a write).
 */
function addNames(workbook: ExcelJS.Workbook, names: readonly NamedRangePlan[]): void {
  if (names.length === 0) return;
  const replaced = new Set(names.map((name) => name.name));
  const kept = workbook.definedNames.model.filter((existing) => !replaced.has(existing.name));
  const added = names.map((name) => ({
    name: name.name,
    ranges: [`${quotedSheet(name.sheet)}!${name.address}`],
  }));
  workbook.definedNames.model = [...kept, ...added];
}

function activate(workbook: ExcelJS.Workbook, sheetName: string | undefined): void {
  if (!sheetName) return;
  const index = workbook.worksheets.findIndex((sheet) => sheet.name === sheetName);
  if (index < 0) return;
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: "visible" },
  ];
}

/**
 * Writes a plan into the workbook. What the model cannot hold goes into `writes`, to be written into
 * the package when it is saved: the links, the charts, and (when `writes.bodies` is given) long table bodies,
 * instead of cell by cell (see bulkRows.ts).
 * @example
 *   applyPlan(workbook, { sheets: [riskSheetPlan], names: [] }, { bodies: [], links: new Map(), charts: new Map() });
 *   // { sheets: ["风险评估表"], cells: 412 }
 */
function existingSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new PortError("port.sheetMissing", `no sheet "${name}"`, name);
  return sheet;
}

/** Rows below a table, and the table (its range and filter) grown over them. */
function appendRows(workbook: ExcelJS.Workbook, append: TableAppendPlan): void {
  const sheet = existingSheet(workbook, append.sheet);
  const table = sheet.getTable(append.table) as unknown as
    { table: { tableRef?: string; autoFilterRef?: string } } | undefined;
  const area = table?.table.tableRef ? parseRange(table.table.tableRef) : null;
  if (!table || !area) throw new PortError("port.sheetMissing", `no table ${append.table}`, append.sheet);
  // Like Office's rows.add: a new row takes the formats of the row above (a date column stays dates, a
  // computed cell of a protected sheet stays grey and locked), as the package patch does; a cell that is
  // there already keeps its own, with the number format above when it has none.
  const above = (c: number) => sheet.getCell(append.row, append.column + c + 1).style;
  append.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const at = { row: append.row + r + 1, column: append.column + c + 1 };
      const created = sheet.findCell(at.row, at.column) === undefined;
      const cell = sheet.getCell(at.row, at.column);
      cell.value = excelValue(value);
      const style = above(c);
      // An unstyled cell above is not in the file: the new one keeps what its column gives it.
      if (created && Object.keys(style).length > 0) cell.style = style;
      else if (style.numFmt && !cell.numFmt) cell.style = { ...cell.style, numFmt: style.numFmt };
    }),
  );
  const grown = rangeA1({ ...area, bottom: Math.max(area.bottom, append.row + append.rows.length - 1) });
  table.table.tableRef = grown;
  if (table.table.autoFilterRef) table.table.autoFilterRef = grown;
}

function writeRange(workbook: ExcelJS.Workbook, write: RangeWritePlan): void {
  const sheet = existingSheet(workbook, write.sheet);
  write.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      sheet.getCell(write.row + r + 1, write.column + c + 1).value = excelValue(value);
    }),
  );
}

function updateCell(workbook: ExcelJS.Workbook, update: CellUpdatePlan, writes: PackageWrites): void {
  existingSheet(workbook, update.sheet).getCell(update.address).value = excelValue(update.value);
  if (update.link && typeof update.value === "string") {
    addLinks(writes.links, update.sheet, [{ address: update.address, text: update.value, ...update.link }]);
  }
}

export function applyPlan(
  workbook: ExcelJS.Workbook,
  plan: WorkbookPlan,
  writes: PackageWrites,
): ApplyResult {
  assertCreatable(workbook, plan);
  for (const sheetPlan of plan.sheets) renderSheet(workbook, sheetPlan, writes);
  for (const write of plan.writes ?? []) writeRange(workbook, write);
  for (const append of plan.appends ?? []) appendRows(workbook, append);
  for (const update of plan.updates ?? []) updateCell(workbook, update, writes);
  addNames(workbook, plan.names);
  if (plan.metadata) writeMetadataSheet(workbook, plan.metadata);
  activate(workbook, plan.activate);
  return { sheets: plan.sheets.map((sheet) => sheet.name), cells: planCells(plan) };
}
