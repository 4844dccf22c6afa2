/**
 * Applying a WorkbookPlan through Office.js in a constant number of syncs: the probe (1–2 syncs), then
 * the writes packed into requests under the byte budget (1 sync each; a plan of normal size is one
 * request, each further ~3.5 MB of cells adds one). Nothing is written before the probe has passed.
 * Sheet protection costs no sync: a sheet's computed cells and protection are its last writes, and a sheet
 * the product protected is unprotected and protected again within each request that writes into it
 * (protectionWrites.ts).
 */
import { protectedSheets } from "../workbook/layout/protectionPlan";
import { changesExistingOnly, planCells, type WorkbookPlan } from "../workbook/plan";
import { appendWrites, rangeWrites, updateWrite } from "./existingWrites";
import type { ApplyResult } from "../workbook/port";
import { chartWrites } from "./chartWrites";
import { probePlan, type PlanProbe } from "./planProbe";
import { printWrites } from "./printWrites";
import {
  guardedRequests,
  guardsOf,
  onSheet,
  protectionWrites,
  syncGuarded,
  type Guard,
  type GuardedRequest,
  type SheetWrite,
} from "./protectionWrites";
import { sheetRuleWrites } from "./sheetRules";
import { sheetWrites, structureWrite, type SheetStart, type Write } from "./sheetWrites";
import { workbookWrites } from "./workbookWrites";

/** What one apply attempt did, for assertions and benchmarks. */
export interface ApplyStats {
  readonly requests: number;
}

const NO_CHANGE: SheetStart = { add: false, replaceTables: [] };

const NOTHING_PROBED: PlanProbe = {
  sheets: new Map(),
  workbook: { existingNames: new Set(), metadataPartIds: [], metadataSheet: false },
  charts: new Map(),
};

/** Starts a request: recalculation and repainting wait until its sync, as the host allows. */
function queueRequest(context: Excel.RequestContext, writes: readonly Write[]): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  for (const write of writes) write.queue(context);
}

/**
 * Sends requests one after another, one sync each. Recursion rather than a loop makes the bound
 * explicit: exactly `requests.length` syncs, and requests.length grows with bytes, never with rows.
 */
export async function sendRequests(
  context: Excel.RequestContext,
  requests: readonly GuardedRequest[],
  afterFirst: () => void = () => undefined,
): Promise<void> {
  const [first, ...rest] = requests;
  if (!first) return;
  queueRequest(context, first.writes);
  await syncGuarded(context, first.guards);
  afterFirst();
  return sendRequests(context, rest, () => undefined);
}

/**
 * The existing sheets a plan writes cells into (ranges, appended rows, single cells) that the metadata
 * records as protected by the product: each request that writes into one unprotects it first and protects
 * it again last. Planned sheets need none: the probe refuses a protected one before anything is written,
 * and a new one is protected by its own plan's last writes.
 */
function recordedGuards(plan: WorkbookPlan): Guard[] {
  const planned = new Set(plan.sheets.map((sheet) => sheet.name.toLowerCase()));
  const written = new Set(
    [...(plan.writes ?? []), ...(plan.appends ?? []), ...(plan.updates ?? [])].map((change) =>
      change.sheet.toLowerCase(),
    ),
  );
  return protectedSheets(plan.metadata)
    .filter((sheet) => written.has(sheet.name.toLowerCase()) && !planned.has(sheet.name.toLowerCase()))
    .map((sheet) => ({ sheet: sheet.name, reprotect: true }));
}

/**
 * One attempt at applying `plan`. `ours` (lower-case sheet names) is shared across attempts: sheets this
 * apply created are recorded once the first request (which holds every sheet creation) went through.
 */
export async function applyPlanOnce(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  budget: number,
  ours: Set<string>,
): Promise<ApplyResult & ApplyStats> {
  // A plan that only adds rows and sets cells creates nothing the probe would guard: a missing table or
  // sheet fails its own request (ItemNotFound → port.sheetMissing), so it costs no extra sync.
  const probe = changesExistingOnly(plan)
    ? {
        ...NOTHING_PROBED,
        workbook: { ...NOTHING_PROBED.workbook, metadataSheet: plan.metadataInPlace === true },
      }
    : await probePlan(context, plan, ours);
  const startOf = (name: string): SheetStart => probe.sheets.get(name) ?? NO_CHANGE;
  // Names right after the sheets exist, so list validations and formulas that refer to them (=ISMS_Levels)
  // never point at a name that is not there yet. Protection last, once every cell of its sheet is written.
  const writes: SheetWrite[] = [
    ...plan.sheets.map((sheet) => onSheet(sheet.name)(structureWrite(sheet, startOf(sheet.name)))),
    ...workbookWrites(plan, probe.workbook).map((write): SheetWrite => ({ write })),
    ...plan.sheets.flatMap((sheet) =>
      [
        ...sheetWrites(sheet, budget),
        ...sheetRuleWrites(sheet),
        ...chartWrites(sheet, probe.charts.get(sheet.name) ?? []),
        ...printWrites(sheet),
      ].map(onSheet(sheet.name)),
    ),
    ...(plan.writes ?? []).flatMap((write) => rangeWrites(write, budget).map(onSheet(write.sheet))),
    ...(plan.appends ?? []).flatMap((append) => appendWrites(append, budget).map(onSheet(append.sheet))),
    ...(plan.updates ?? []).map((update) => onSheet(update.sheet)(updateWrite(update))),
    ...plan.sheets.flatMap((sheet) => protectionWrites(sheet).map(onSheet(sheet.name))),
  ];
  const requests = guardedRequests(writes, guardsOf(recordedGuards(plan)), budget);
  const added = plan.sheets
    .filter((sheet) => startOf(sheet.name).add)
    .map((sheet) => sheet.name.toLowerCase());
  await sendRequests(context, requests, () => added.forEach((name) => ours.add(name)));
  return {
    sheets: plan.sheets.map((sheet) => sheet.name),
    cells: planCells(plan),
    requests: requests.length,
  };
}
