/**
 * Renders a whole WorkbookPlan into an ExcelJS workbook: checks first that no "create" sheet would
 * overwrite data (then writes nothing), then sheets, defined names, metadata (re-added last, so it is
 * never the active sheet) and the active sheet.
 */
import type ExcelJS from "exceljs";
import type { CellBlock, NamedRangePlan, SheetPlan, WorkbookPlan } from "../workbook/plan";
import { PortError, type ApplyResult } from "../workbook/port";
import { parseCellAddress, quotedSheet } from "./a1Address";
import { foldLinks, materialize, type DeferredBody } from "./bulkRows";
import { excelStyle, excelValue, styleCell } from "./cellWriting";
import { writeMetadataSheet } from "./metadataStore";
import { hyperlinkFormula, renderSheetFeatures } from "./sheetFeatures";
import { renderTable } from "./tableRendering";

function hasData(sheet: ExcelJS.Worksheet): boolean {
  return sheet.actualRowCount > 0;
}

/** Throws port.sheetExists for the first "create" sheet that already holds data. */
function assertCreatable(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  for (const sheetPlan of plan.sheets) {
    const existing = workbook.getWorksheet(sheetPlan.name);
    if (sheetPlan.mode === "create" && existing && hasData(existing)) {
      throw new PortError("port.sheetExists", `sheet "${sheetPlan.name}" already holds data`, sheetPlan.name);
    }
  }
}

function renderBlock(sheet: ExcelJS.Worksheet, block: CellBlock): number {
  const style = block.style ? excelStyle(block.style) : undefined;
  let cells = 0;
  block.cells.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = sheet.getCell(block.row + r + 1, block.column + c + 1);
      cell.value = excelValue(value);
      if (style) styleCell(cell, style);
      cells++;
    });
  });
  return cells;
}

/** 0-based columns where links are written over what the tables put there. */
function linkColumns(plan: SheetPlan): Set<number> {
  const columns = new Set<number>();
  for (const link of plan.hyperlinks) {
    const cell = parseCellAddress(link.address);
    if (cell) columns.add(cell.column);
  }
  return columns;
}

function renderSheet(workbook: ExcelJS.Workbook, plan: SheetPlan, deferred?: DeferredBody[]): number {
  const sheet = workbook.getWorksheet(plan.name) ?? workbook.addWorksheet(plan.name);
  let cells = 0;
  for (const block of plan.blocks) cells += renderBlock(sheet, block);
  const overwritten = linkColumns(plan);
  const bodies: DeferredBody[] = [];
  const defer = deferred && ((body: DeferredBody) => bodies.push(body));
  for (const table of plan.tables) cells += renderTable(sheet, table, overwritten, defer);
  // Bulk rows are appended after the sheet's last row: only one body, with nothing below its rows
  // but links on every row of a column; otherwise they go into the model now, before the links.
  const [body, ...others] = bodies;
  const alone = body && others.length === 0 && sheet.rowCount <= body.firstRow;
  const links = alone ? foldLinks(body, plan.hyperlinks, hyperlinkFormula) : undefined;
  if (body && links) deferred?.push(body);
  else materialize(workbook, bodies);
  return (
    cells +
    renderSheetFeatures(sheet, { ...plan, hyperlinks: links ?? plan.hyperlinks }) +
    (plan.hyperlinks.length - (links ?? plan.hyperlinks).length)
  );
}

function addName(workbook: ExcelJS.Workbook, name: NamedRangePlan): void {
  // ExcelJS keeps names as cell sets; drop the old definition so an update replaces rather than extends.
  workbook.definedNames.model = workbook.definedNames.model.filter((existing) => existing.name !== name.name);
  workbook.definedNames.add(`${quotedSheet(name.sheet)}!${name.address}`, name.name);
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
 * Writes a plan into the workbook; with `deferred`, long table bodies are collected there to be
 * written in bulk when saved (see bulkRows.ts) instead of cell by cell.
 * @example
 *   applyPlan(workbook, { sheets: [riskSheetPlan], names: [] }); // { sheets: ["风险评估表"], cells: 412 }
 */
export function applyPlan(
  workbook: ExcelJS.Workbook,
  plan: WorkbookPlan,
  deferred?: DeferredBody[],
): ApplyResult {
  assertCreatable(workbook, plan);
  let cells = 0;
  for (const sheetPlan of plan.sheets) cells += renderSheet(workbook, sheetPlan, deferred);
  plan.names.forEach((name) => addName(workbook, name));
  if (plan.metadata) writeMetadataSheet(workbook, plan.metadata);
  activate(workbook, plan.activate);
  return { sheets: plan.sheets.map((sheet) => sheet.name), cells };
}
