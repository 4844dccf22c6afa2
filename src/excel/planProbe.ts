/**
 * Before a plan is written: one batched look at the workbook (sheets, tables, names, our metadata part),
 * and a second only when a planned sheet or table already exists (used ranges, protection, where the
 * tables are, and the names of the charts on a sheet whose plan has charts). A "create" sheet that already holds data, or a protected sheet, stops the apply here,
 * before anything is written.
 */
import { isMetadataSheet } from "../workbook/metadata";
import type { WorkbookPlan } from "../workbook/plan";
import { PortError } from "../workbook/port";
import { splitAddress } from "../workbook/cells/cellAddress";
import { ISMS_METADATA_NAMESPACE } from "../workbook/metadata";
import type { SheetStart } from "./sheetWrites";
import type { WorkbookStart } from "./workbookWrites";

export interface PlanProbe {
  /** By planned sheet name. */
  readonly sheets: ReadonlyMap<string, SheetStart>;
  readonly workbook: WorkbookStart;
  /** By planned sheet name (sheets whose plan has charts): the names of the charts already on it. */
  readonly charts: ReadonlyMap<string, readonly string[]>;
}

const lower = (text: string): string => text.toLowerCase();

interface ExistingSheet {
  readonly name: string;
  readonly mode: "create" | "update";
  readonly used: Excel.Range;
  readonly protection: Excel.WorksheetProtection;
  /** Loaded only when the plan has charts for the sheet. */
  readonly charts: Excel.ChartCollection | undefined;
}

/** Throws the first reason the plan may not touch an existing sheet. */
function assertWritable(existing: readonly ExistingSheet[], ours: ReadonlySet<string>): void {
  for (const sheet of existing) {
    if (sheet.mode === "create" && !sheet.used.isNullObject && !ours.has(lower(sheet.name))) {
      throw new PortError("port.sheetExists", `sheet "${sheet.name}" already holds data`, sheet.name);
    }
    if (sheet.protection.protected) {
      throw new PortError("port.sheetProtected", `sheet "${sheet.name}" is protected`, sheet.name);
    }
  }
}

/**
 * Looks at the workbook for `plan` in one or two syncs. `ours` names sheets (lower case) an earlier
 * attempt of the same apply created: they may hold data without being "existing" sheets.
 */
export async function probePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  ours: ReadonlySet<string>,
): Promise<PlanProbe> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  const parts = context.workbook.customXmlParts.getByNamespace(ISMS_METADATA_NAMESPACE).load("items/id");
  await context.sync();

  const plannedTables = new Set(
    plan.sheets.flatMap((sheet) => sheet.tables.map((table) => lower(table.name))),
  );
  const existing: ExistingSheet[] = [];
  for (const sheet of plan.sheets) {
    const found = worksheets.items.find((item) => lower(item.name) === lower(sheet.name));
    if (!found) continue;
    const used = found.getUsedRangeOrNullObject(true).load("address");
    const protection = found.protection.load("protected");
    const charts = sheet.charts === undefined ? undefined : found.charts.load("items/name");
    existing.push({ name: sheet.name, mode: sheet.mode, used, protection, charts });
  }
  const tableRanges = tables.items
    .filter((table) => plannedTables.has(lower(table.name)))
    .map((table) => ({ name: table.name, range: table.getRange().load("address") }));
  if (existing.length > 0 || tableRanges.length > 0) await context.sync();
  assertWritable(existing, ours);

  const existingNames = new Set(existing.map((sheet) => lower(sheet.name)));
  const sheets = new Map<string, SheetStart>();
  for (const sheet of plan.sheets) {
    const own = new Set(sheet.tables.map((table) => lower(table.name)));
    const replaceTables = tableRanges
      .filter(
        (table) =>
          own.has(lower(table.name)) && lower(splitAddress(table.range.address).sheet) === lower(sheet.name),
      )
      .map((table) => table.name);
    sheets.set(sheet.name, { add: !existingNames.has(lower(sheet.name)), replaceTables });
  }
  const planNames = new Set(plan.names.map((name) => lower(name.name)));
  const charts = new Map(
    existing.map((sheet) => [sheet.name, sheet.charts?.items.map((chart) => chart.name) ?? []] as const),
  );
  return {
    sheets,
    charts,
    workbook: {
      existingNames: new Set(
        names.items.map((item) => lower(item.name)).filter((name) => planNames.has(name)),
      ),
      metadataPartIds: parts.items.map((part) => part.id),
      metadataSheet: worksheets.items.some((sheet) => isMetadataSheet(sheet.name)),
    },
  };
}
