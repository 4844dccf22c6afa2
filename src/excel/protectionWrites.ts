/**
 * Sheet protection through Office.js. A sheet plan's computed cells are filled grey; a plan that protects
 * its sheet first unlocks the whole sheet (one format for every cell, `getRange().format.protection`),
 * locks its computed cells again, and protects it without a password with the product's options
 * (SHEET_PROTECTION). All of it as small writes packed into the apply's requests: no sync of its own.
 *
 * The add-in's later writes into a sheet it protected (refreshed SoA cells, appended risks, the marks of
 * findings) are guarded within each request that carries them: the request first unprotects the sheet
 * and last protects it again, so protection never costs a sync. Only sheets the product protected are
 * guarded: where a port looks at a sheet's protection anyway (the marks' read), by the product's own
 * options; where a plan writes without a look (an SoA refresh, gaps sent to the register), by the
 * metadata's record (`IsmsMetadata.protected`). A sheet a person protected with a password refuses the
 * unprotect: the request fails there, the sheets it had unprotected are protected again (one look and
 * one request, on that failure only), and the failure is reported as port.sheetProtected for that sheet.
 */
import { COMPUTED_FILL, SHEET_PROTECTION, type SheetProtection } from "../workbook/layout/protectionPlan";
import type { SheetPlan } from "../workbook/plan";
import { PortError } from "../workbook/port";
import { officeErrorCode } from "./officeErrors";
import { sheetProxy, smallWrite, type Write } from "./sheetWrites";

/** The product's protection as Office.js options (ExcelApi 1.2; the two edit options 1.7). */
export const OFFICE_PROTECTION_OPTIONS = {
  allowAutoFilter: SHEET_PROTECTION.autoFilter,
  allowDeleteColumns: SHEET_PROTECTION.deleteColumns,
  allowDeleteRows: SHEET_PROTECTION.deleteRows,
  allowEditObjects: SHEET_PROTECTION.editObjects,
  allowEditScenarios: SHEET_PROTECTION.editScenarios,
  allowFormatCells: SHEET_PROTECTION.formatCells,
  allowFormatColumns: SHEET_PROTECTION.formatColumns,
  allowFormatRows: SHEET_PROTECTION.formatRows,
  allowInsertColumns: SHEET_PROTECTION.insertColumns,
  allowInsertHyperlinks: SHEET_PROTECTION.insertHyperlinks,
  allowInsertRows: SHEET_PROTECTION.insertRows,
  allowPivotTables: SHEET_PROTECTION.pivotTables,
  allowSort: SHEET_PROTECTION.sort,
  selectionMode: selectionMode(SHEET_PROTECTION),
} as const satisfies Required<Excel.WorksheetProtectionOptions>;

function selectionMode(allows: SheetProtection): "Normal" | "Unlocked" | "None" {
  if (allows.selectLockedCells) return "Normal";
  return allows.selectUnlockedCells ? "Unlocked" : "None";
}

type OptionName = keyof typeof OFFICE_PROTECTION_OPTIONS;
const OPTION_NAMES = Object.keys(OFFICE_PROTECTION_OPTIONS) as OptionName[];

/**
 * Whether a protected sheet's options are exactly the product's: how the port tells its own protection
 * from a person's where it has the options at hand. Options Excel leaves out count as Excel's defaults.
 * @example isProductProtection(OFFICE_PROTECTION_OPTIONS) // true
 * @example isProductProtection({ selectionMode: "Normal" }) // false (nothing allowed: Excel's default protection)
 */
export function isProductProtection(options: Excel.WorksheetProtectionOptions): boolean {
  return OPTION_NAMES.every((name) =>
    name === "selectionMode"
      ? (options.selectionMode ?? "Normal") === OFFICE_PROTECTION_OPTIONS.selectionMode
      : (options[name] ?? false) === OFFICE_PROTECTION_OPTIONS[name],
  );
}

/** getItem, protection, the call. */
const GUARD_COMMANDS = 3;

function unprotectWrite(sheet: string): Write {
  return smallWrite(
    { unprotect: sheet },
    (context) => sheetProxy(context, sheet).protection.unprotect(),
    GUARD_COMMANDS,
  );
}

function protectWrite(sheet: string): Write {
  return smallWrite(
    { protect: sheet, options: OFFICE_PROTECTION_OPTIONS },
    (context) => sheetProxy(context, sheet).protection.protect(OFFICE_PROTECTION_OPTIONS),
    GUARD_COMMANDS,
  );
}

/** Locks (or unlocks) `address` on `sheet`: getItem, getRange, format, protection, the set. */
function lockWrite(sheet: string, address: string | undefined, locked: boolean): Write {
  return smallWrite(
    { sheet, address, locked },
    (context) => {
      const target = sheetProxy(context, sheet);
      const range = address === undefined ? target.getRange() : target.getRange(address);
      range.format.protection.locked = locked;
    },
    5,
  );
}

function fillWrite(sheet: string, address: string): Write {
  return smallWrite(
    { sheet, address, fill: COMPUTED_FILL },
    (context) => (sheetProxy(context, sheet).getRange(address).format.fill.color = COMPUTED_FILL),
    5,
  );
}

/**
 * What a sheet plan says about its computed cells and its protection, as writes that go after every other
 * write of the plan: the computed cells filled; with `protect`, the whole sheet unlocked, the computed
 * cells locked again, then the sheet protected. Nothing for a plan that says neither.
 */
export function protectionWrites(plan: SheetPlan): Write[] {
  const ranges = plan.computedRanges ?? [];
  const fills = ranges.map((address) => fillWrite(plan.name, address));
  if (plan.protect !== true) return fills;
  return [
    lockWrite(plan.name, undefined, false),
    ...ranges.map((address) => lockWrite(plan.name, address, true)),
    ...fills,
    protectWrite(plan.name),
  ];
}

/** A write and the sheet whose cells it changes (none for workbook-wide writes: names, metadata). */
export interface SheetWrite {
  readonly sheet?: string;
  readonly write: Write;
}

/** Tags writes with their sheet. */
export const onSheet =
  (sheet: string) =>
  (write: Write): SheetWrite => ({ sheet, write });

/** A sheet a request unprotects before its writes; `reprotect`: and protects again after them. */
export interface Guard {
  readonly sheet: string;
  readonly reprotect: boolean;
}

/** One request: its writes, guards included, and its guards in the order it unprotects them. */
export interface GuardedRequest {
  readonly writes: readonly Write[];
  readonly guards: readonly Guard[];
}

/** A map of guards by lower-case sheet name. */
export function guardsOf(guards: readonly Guard[]): ReadonlyMap<string, Guard> {
  return new Map(guards.map((guard) => [guard.sheet.toLowerCase(), guard] as const));
}

function guardBytes(guard: Guard): number {
  return unprotectWrite(guard.sheet).bytes + (guard.reprotect ? protectWrite(guard.sheet).bytes : 0);
}

function guardedRequest(entries: readonly SheetWrite[], guards: readonly Guard[]): GuardedRequest {
  return {
    writes: [
      ...guards.map((guard) => unprotectWrite(guard.sheet)),
      ...entries.map((entry) => entry.write),
      ...guards.filter((guard) => guard.reprotect).map((guard) => protectWrite(guard.sheet)),
    ],
    guards,
  };
}

/**
 * Packs writes, in order, into requests of at most `budget` estimated bytes, as packRequests does, and
 * gives each request the guards of the sheets its writes touch, their bytes counted: without guards the
 * requests are exactly packRequests'.
 * @example guardedRequests([onSheet("Risks")(write)], guardsOf([{ sheet: "Risks", reprotect: true }]), budget)[0]?.writes.length // 3
 */
export function guardedRequests(
  writes: readonly SheetWrite[],
  guards: ReadonlyMap<string, Guard>,
  budget: number,
): GuardedRequest[] {
  const requests: GuardedRequest[] = [];
  let entries: SheetWrite[] = [];
  let touched = new Map<string, Guard>();
  let bytes = 0;
  const costOf = (entry: SheetWrite): { guard?: Guard; bytes: number } => {
    const guard = entry.sheet === undefined ? undefined : guards.get(entry.sheet.toLowerCase());
    const extra = guard && !touched.has(guard.sheet.toLowerCase()) ? guardBytes(guard) : 0;
    return { ...(guard ? { guard } : {}), bytes: entry.write.bytes + extra };
  };
  for (const entry of writes) {
    let cost = costOf(entry);
    if (entries.length > 0 && bytes + cost.bytes > budget) {
      requests.push(guardedRequest(entries, [...touched.values()]));
      entries = [];
      touched = new Map();
      bytes = 0;
      cost = costOf(entry);
    }
    if (cost.guard) touched.set(cost.guard.sheet.toLowerCase(), cost.guard);
    entries.push(entry);
    bytes += cost.bytes;
  }
  if (entries.length > 0) requests.push(guardedRequest(entries, [...touched.values()]));
  return requests;
}

/** Failures where the host refused the request whole: nothing of it ran, so nothing needs restoring. */
const NOTHING_RAN: ReadonlySet<string> = new Set([
  "InvalidOperationInCellEditMode",
  "RequestPayloadSizeLimitExceeded",
]);

/** Failures a refused unprotect gives (a password it was not given). */
const REFUSED: ReadonlySet<string> = new Set(["InvalidArgument", "AccessDenied"]);

/**
 * After a guarded request failed: the sheets it unprotected are protected again, and when the failure was
 * a sheet refusing to be unprotected (the first of its guards still protected), that sheet is named.
 * Returns the error to report; should restoring fail too, the request's own failure is reported.
 */
async function restoreAfter(
  context: Excel.RequestContext,
  guards: readonly Guard[],
  error: unknown,
): Promise<unknown> {
  try {
    const states = guards.map((guard) => ({
      guard,
      protection: sheetProxy(context, guard.sheet).protection.load("protected"),
    }));
    await context.sync();
    const open = states.filter((state) => state.guard.reprotect && !state.protection.protected);
    for (const { guard } of open)
      sheetProxy(context, guard.sheet).protection.protect(OFFICE_PROTECTION_OPTIONS);
    if (open.length > 0) await context.sync();
    const refused = states.find((state) => state.protection.protected)?.guard.sheet;
    const code = officeErrorCode(error);
    if (refused === undefined || code === null || !REFUSED.has(code)) return error;
    const detail = `${code}: sheet "${refused}" is protected by someone else (${error instanceof Error ? error.message : String(error)})`;
    return new PortError("port.sheetProtected", detail, refused);
  } catch {
    // Reporting the request's own failure matters more than why restoring after it failed too.
    return error;
  }
}

/**
 * Syncs a request that was queued, restoring the protection of its guarded sheets when it fails (see
 * the module's comment). No extra sync when it succeeds.
 */
export async function syncGuarded(context: Excel.RequestContext, guards: readonly Guard[]): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    const code = officeErrorCode(error);
    if (guards.length === 0 || (code !== null && NOTHING_RAN.has(code))) throw error;
    throw await restoreAfter(context, guards, error);
  }
}
