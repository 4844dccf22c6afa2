/**
 * Applying a WorkbookPlan through Office.js in a constant number of syncs: the probe (1–2 syncs), then
 * the writes packed into requests under the byte budget (1 sync each; a plan of normal size is one
 * request, each further ~3.5 MB of cells adds one). Nothing is written before the probe has passed.
 */
import { changesExistingOnly, planCells, type WorkbookPlan } from "../workbook/plan";
import { appendWrites, rangeWrites, updateWrite } from "./existingWrites";
import type { ApplyResult } from "../workbook/port";
import { chartWrites } from "./chartWrites";
import { probePlan, type PlanProbe } from "./planProbe";
import { printWrites } from "./printWrites";
import { packRequests } from "./requestBudget";
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
  requests: readonly (readonly Write[])[],
  afterFirst: () => void = () => undefined,
): Promise<void> {
  const [first, ...rest] = requests;
  if (!first) return;
  queueRequest(context, first);
  await context.sync();
  afterFirst();
  return sendRequests(context, rest, () => undefined);
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
  // never point at a name that is not there yet.
  const writes: Write[] = [
    ...plan.sheets.map((sheet) => structureWrite(sheet, startOf(sheet.name))),
    ...workbookWrites(plan, probe.workbook),
    ...plan.sheets.flatMap((sheet) => [
      ...sheetWrites(sheet, budget),
      ...sheetRuleWrites(sheet),
      ...chartWrites(sheet, probe.charts.get(sheet.name) ?? []),
      ...printWrites(sheet),
    ]),
    ...(plan.writes ?? []).flatMap((write) => rangeWrites(write, budget)),
    ...(plan.appends ?? []).flatMap((append) => appendWrites(append, budget)),
    ...(plan.updates ?? []).map(updateWrite),
  ];
  const requests = packRequests(writes, budget);
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
