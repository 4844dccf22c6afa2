/**
 * What a plan will do, in numbers the pane shows before anything changes: each sheet with its table,
 * rows and columns, and the totals.
 */
import { t } from "../i18n";
import type { Lang } from "../i18n/types";
import { plannedCells, type SheetKey, type SheetPlan, type WorkbookPlan } from "../workbook/plan";

export interface SheetSummary {
  readonly key: SheetKey;
  readonly name: string;
  readonly mode: "create" | "update";
  readonly tables: readonly { readonly name: string; readonly rows: number; readonly columns: number }[];
  /** Data rows of the sheet's tables. */
  readonly rows: number;
  readonly columns: number;
  readonly cells: number;
  readonly validations: number;
  readonly conditionalFormats: number;
  readonly hyperlinks: number;
}

export interface PlanSummary {
  readonly sheets: readonly SheetSummary[];
  readonly names: number;
  readonly cells: number;
}

function sheetSummary(sheet: SheetPlan): SheetSummary {
  const tables = sheet.tables.map((table) => ({
    name: table.name,
    rows: table.rows.length,
    columns: table.columns.length,
  }));
  return {
    key: sheet.key,
    name: sheet.name,
    mode: sheet.mode,
    tables,
    rows: tables.reduce((n, table) => n + table.rows, 0),
    columns: tables.reduce((n, table) => n + table.columns, 0),
    cells: plannedCells(sheet),
    validations: sheet.validations.length,
    conditionalFormats: sheet.conditionalFormats.length,
    hyperlinks: sheet.hyperlinks.length,
  };
}

/**
 * The summary of a plan.
 * @example describePlan(plan).sheets.map((s) => `${s.name}: ${s.rows}`) // ["方法: 5", "资产清单: 20", …]
 */
export function describePlan(plan: WorkbookPlan): PlanSummary {
  const sheets = plan.sheets.map(sheetSummary);
  return { sheets, names: plan.names.length, cells: sheets.reduce((n, s) => n + s.cells, 0) };
}

/** The summary as lines in the workbook's language, one per sheet, then the totals. */
export function describePlanLines(plan: WorkbookPlan, lang: Lang): string[] {
  const summary = describePlan(plan);
  return [
    ...summary.sheets.map((s) =>
      t(lang, s.mode === "update" ? "workbook.describe.sheetUpdate" : "workbook.describe.sheet", {
        name: s.name,
        rows: s.rows,
        columns: s.columns,
      }),
    ),
    t(lang, "workbook.describe.names", { count: summary.names }),
    t(lang, "workbook.describe.total", { sheets: summary.sheets.length, cells: summary.cells }),
  ];
}
