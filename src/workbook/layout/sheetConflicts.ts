/**
 * Creating a sheet never overwrites one that holds data. A conflict is a planned sheet whose name is
 * taken by a sheet with data, or whose table name already exists; "beside" writes the new sheets under
 * free names ("风险评估表 (2)") and gives every ISMS table and name the same free suffix ("ISMS_Risks_2"),
 * rewriting the formulas and lists that refer to them.
 */
import { isIsmsTable } from "../metadata";
import type { SheetKey, SheetPlan, WorkbookPlan } from "../plan";
import { isFormula, type PlanCell } from "../plan";
import type { SheetData, WorkbookSnapshot } from "../sheetData";

export type ConflictReason = "sheetHasData" | "tableExists";

export interface SheetConflict {
  readonly key: SheetKey;
  /** The existing sheet in the way. */
  readonly sheet: string;
  readonly reason: ConflictReason;
  readonly table?: string;
}

/** Whether a sheet holds any value (a sheet read only in part says so by its extent). */
export function hasData(sheet: SheetData): boolean {
  if (sheet.extent && sheet.extent.rows > 0) return true;
  return sheet.values.some((row) => row.some((cell) => cell !== "" && cell !== null));
}

/** Conflicts between a plan and the workbook as it is. */
export function findConflicts(plan: WorkbookPlan, existing: WorkbookSnapshot): SheetConflict[] {
  const conflicts: SheetConflict[] = [];
  for (const sheet of plan.sheets) {
    const same = existing.sheets.find((s) => s.name.toLowerCase() === sheet.name.toLowerCase());
    if (same && hasData(same)) conflicts.push({ key: sheet.key, sheet: same.name, reason: "sheetHasData" });
    for (const table of sheet.tables) {
      const holder = existing.sheets.find((s) =>
        s.tables.some((t) => t.name.toLowerCase() === table.name.toLowerCase()),
      );
      if (holder && holder !== same)
        conflicts.push({ key: sheet.key, sheet: holder.name, reason: "tableExists", table: table.name });
    }
  }
  return conflicts;
}

/** "风险评估表 (2)", "(3)", … : the first name no sheet uses. */
export function freeSheetName(name: string, taken: ReadonlySet<string>, from = 2): string {
  for (let n = from; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The first suffix n ≥ 2 such that no ISMS table or name of the plan, suffixed "_n", exists yet. */
function freeSuffix(plan: WorkbookPlan, existing: WorkbookSnapshot): number {
  const tables = new Set(existing.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));
  const ours = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
  for (let n = 2; ; n++) if (ours.every((name) => !tables.has(`${name}_${n}`.toLowerCase()))) return n;
}

function hasIsmsTables(existing: WorkbookSnapshot): boolean {
  return existing.sheets.some((s) => s.tables.some((t) => isIsmsTable(t.name)));
}

const ISMS_IDENTIFIER = /\bISMS_[A-Za-z0-9]+\b(?!\()/g;

function renameIn(text: string, suffix: string): string {
  return text.replace(ISMS_IDENTIFIER, (name) => `${name}${suffix}`);
}

function renameCell(cell: PlanCell, suffix: string): PlanCell {
  return isFormula(cell) ? { formula: renameIn(cell.formula, suffix) } : cell;
}

function renameSheet(
  sheet: SheetPlan,
  name: string,
  suffix: string,
  sheetNames: ReadonlyMap<string, string>,
): SheetPlan {
  return {
    ...sheet,
    name,
    blocks: sheet.blocks.map((b) => ({
      ...b,
      cells: b.cells.map((row) => row.map((c) => renameCell(c, suffix))),
    })),
    tables: sheet.tables.map((table) => ({
      ...table,
      name: `${table.name}${suffix}`,
      rows: table.rows.map((row) => row.map((c) => renameCell(c, suffix))),
    })),
    validations: sheet.validations.map((v) => ({
      ...v,
      source: typeof v.source === "string" ? renameIn(v.source, suffix) : v.source,
    })),
    conditionalFormats: sheet.conditionalFormats.map((f) =>
      f.kind === "expression"
        ? { ...f, formula: renameIn(f.formula, suffix) }
        : { ...f, formula1: renameIn(f.formula1, suffix) },
    ),
    hyperlinks: sheet.hyperlinks.map((h) => ({
      ...h,
      targetSheet: sheetNames.get(h.targetSheet) ?? h.targetSheet,
    })),
  };
}

export interface BesidePlan {
  readonly plan: WorkbookPlan;
  readonly renamed: readonly { readonly key: SheetKey; readonly from: string; readonly to: string }[];
}

/**
 * The plan moved beside the existing sheets: taken sheet names get " (n)", and every ISMS table and
 * workbook name gets "_n" (formulas and lists follow), so nothing that exists is touched.
 * @example placeBeside(plan, snapshot).renamed[0] // { key: "risks", from: "风险评估表", to: "风险评估表 (2)" }
 */
export function placeBeside(plan: WorkbookPlan, existing: WorkbookSnapshot): BesidePlan {
  const taken = new Set(existing.sheets.map((s) => s.name.toLowerCase()));
  const withData = new Set(existing.sheets.filter(hasData).map((s) => s.name.toLowerCase()));
  // Tables and names are the workbook's: they need a suffix only when the workbook already has ISMS ones.
  const suffix = hasIsmsTables(existing) ? `_${freeSuffix(plan, existing)}` : "";
  const sheetNames = new Map<string, string>();
  for (const sheet of plan.sheets) {
    // An existing empty sheet is written into; one with data is left alone.
    const name = withData.has(sheet.name.toLowerCase()) ? freeSheetName(sheet.name, taken) : sheet.name;
    taken.add(name.toLowerCase());
    sheetNames.set(sheet.name, name);
  }
  const renamed = plan.sheets
    .filter((s) => sheetNames.get(s.name) !== s.name)
    .map((s) => ({ key: s.key, from: s.name, to: sheetNames.get(s.name) ?? s.name }));
  const sheets = plan.sheets.map((s) => {
    const name = sheetNames.get(s.name) ?? s.name;
    const moved = renameSheet(s, name, suffix, sheetNames);
    return name === s.name ? moved : { ...moved, mode: "create" as const };
  });
  const names = plan.names.map((n) => ({
    ...n,
    name: `${n.name}${suffix}`,
    sheet: sheetNames.get(n.sheet) ?? n.sheet,
  }));
  const metadata = plan.metadata && {
    ...plan.metadata,
    sheets: plan.metadata.sheets.map((s) => ({
      ...s,
      name: sheetNames.get(s.name) ?? s.name,
      table: s.table ? `${s.table}${suffix}` : s.table,
    })),
  };
  return {
    plan: {
      ...plan,
      sheets,
      names,
      ...(metadata ? { metadata } : {}),
      ...(plan.activate ? { activate: sheetNames.get(plan.activate) ?? plan.activate } : {}),
    },
    renamed,
  };
}
