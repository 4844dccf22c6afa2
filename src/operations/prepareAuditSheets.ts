/**
 * Use case: prepare the internal audit and the management review from the workbook's own work. One read
 * (the ISMS sheets and the registers whole), then the audit programme (内审方案) and the checklist
 * (内审检查表) generated from the SoA's applicable controls, the gap analysis and the risk register, the
 * nonconformity log (不符合项及纠正措施) added when the workbook has none, and the management review input
 * pack (管理评审输入) filled with the workbook's counts; one apply. Sheets that exist are merged in place:
 * generated columns refreshed, everything a person typed kept, their own rows untouched.
 */
import type { Standard } from "../domain/catalog";
import type { Registers } from "../domain/readiness/types";
import type { Lang } from "../i18n";
import {
  mergeInPlace,
  mergeRegisterRows,
  type GeneratedRegister,
  type InPlaceMerge,
} from "../workbook/layout/auditMerge";
import { auditChecklistRows, auditProgrammeRows, type AuditSources } from "../workbook/layout/auditSheets";
import { registerSheetPlan } from "../workbook/layout/registerSheets";
import { reviewCounts, reviewPackRows, type ReviewCounts } from "../workbook/layout/reviewPack";
import { findConflicts, placeBeside } from "../workbook/layout/sheetConflicts";
import type {
  CellUpdatePlan,
  IsmsMetadata,
  RangeWritePlan,
  SheetPlan,
  TableAppendPlan,
  WorkbookPlan,
} from "../workbook/plan";
import type { ApplyResult, WorkbookPort } from "../workbook/port";
import { looksLikeRegisterSheet, readRegisters } from "../workbook/read/readRegisters";
import { looksLikeIsmsSheet } from "../workbook/read/sheetLocator";
import type { RegisterFields, RegisterRecords } from "../workbook/records";
import { readingSchemas } from "../workbook/schema/readingSchemas";
import type { WorkbookSnapshot } from "../workbook/sheetData";
import { workbookBasisOf } from "./workbookBasis";

export interface PrepareAuditOptions {
  /** The language of new sheets when the workbook records none. */
  readonly lang: Lang;
  /** ISO date (YYYY-MM-DD) the pack is prepared on. */
  readonly today: string;
}

/** What happened to one sheet. */
export interface PreparedSheet {
  readonly key: GeneratedRegister | "nonconformities";
  readonly sheet: string;
  /** "created": a new sheet; "updated": the workbook's own sheet merged in place. */
  readonly action: "created" | "updated";
  /** Rows the generation added. */
  readonly added: number;
  /** Existing rows whose generated columns changed. */
  readonly updated: number;
}

export interface AuditPreparation {
  readonly preparedOn: string;
  readonly standard: Standard;
  readonly sheets: readonly PreparedSheet[];
  /** What the review pack says, counted from the workbook (after the checklist merge). */
  readonly counts: ReviewCounts;
  /** The checklist's requirements: clauses 4–10, then the SoA's applicable controls. */
  readonly checklist: readonly string[];
  readonly plan: WorkbookPlan;
}

/** The registers' rows in their plain form. */
function plainRegisters(registers: Registers): RegisterRecords {
  return Object.fromEntries(
    Object.entries(registers).map(([key, register]) => [
      key,
      (register?.rows ?? []).map((row: { readonly values: object }) => row.values),
    ]),
  );
}

function sheetLang(snapshot: WorkbookSnapshot, fallback: Lang): Lang {
  const recorded = snapshot.metadata?.lang;
  return recorded === "zh-CN" || recorded === "en" ? recorded : fallback;
}

interface Pieces {
  readonly sheets: SheetPlan[];
  readonly updates: CellUpdatePlan[];
  readonly writes: RangeWritePlan[];
  readonly appends: TableAppendPlan[];
  readonly report: PreparedSheet[];
}

function place<K extends GeneratedRegister>(
  key: K,
  generated: readonly RegisterFields<K>[],
  registers: Registers,
  snapshot: WorkbookSnapshot,
  lang: Lang,
  pieces: Pieces,
): void {
  const register = registers[key];
  const sheet = register && snapshot.sheets.find((s) => s.name === register.sheet);
  const merged: InPlaceMerge | undefined =
    register && sheet ? mergeInPlace(key, { register, sheet }, generated, lang) : undefined;
  if (register && merged) {
    pieces.updates.push(...merged.updates);
    pieces.writes.push(...merged.writes);
    pieces.appends.push(...merged.appends);
    pieces.report.push({
      key,
      sheet: register.sheet,
      action: "updated",
      added: merged.added,
      updated: merged.updated,
    });
    return;
  }
  // No register, or one in a plain range: a new sheet, carrying what that range holds.
  const existing = (register?.rows ?? []).map((row) => row.values as RegisterFields<K>);
  const rows = register ? mergeRegisterRows(key, existing, generated).rows : generated;
  const plan = registerSheetPlan({ key, lang, rows });
  pieces.sheets.push(plan);
  pieces.report.push({
    key,
    sheet: plan.name,
    action: "created",
    added: rows.length - existing.length,
    updated: 0,
  });
}

function metadataWith(
  snapshot: WorkbookSnapshot,
  lang: Lang,
  standard: Standard,
  sheets: readonly SheetPlan[],
): IsmsMetadata {
  const base: IsmsMetadata = snapshot.metadata ?? { version: 1, lang, standard, sheets: [] };
  const added = new Set<string>(sheets.map((s) => s.key));
  return {
    ...base,
    sheets: [
      ...base.sheets.filter((s) => !added.has(s.key)),
      ...sheets.map((s) => ({
        key: s.key,
        name: s.name,
        table: s.tables[0]?.name ?? "",
        columns: s.tables[0]?.columns.map((c) => c.key) ?? [],
      })),
    ],
  };
}

/**
 * The audit and review sheets of a workbook already read, as a plan with what it does (pure).
 * @example auditPreparationOf(snapshot, { lang: "zh-CN", today: "2026-04-20" }).counts.nonconformities.open // 1
 */
export function auditPreparationOf(
  snapshot: WorkbookSnapshot,
  options: PrepareAuditOptions,
): AuditPreparation {
  const { parsed, standard, methodology } = workbookBasisOf(snapshot);
  const { registers } = readRegisters(snapshot);
  const plain = plainRegisters(registers);
  const lang = sheetLang(snapshot, options.lang);
  const sources: AuditSources = {
    lang,
    standard,
    methodology,
    soa: parsed.soa,
    gap: parsed.gap,
    risks: parsed.risks,
    treatments: parsed.treatments,
    registers: plain,
  };
  const checklist = auditChecklistRows(sources);
  const programme = auditProgrammeRows(sources);
  // The review counts what the checklist will hold: the judgements typed, and the rows now added.
  const judged = mergeRegisterRows("auditChecklist", plain.auditChecklist ?? [], checklist).rows;
  const counted = { ...sources, registers: { ...plain, auditChecklist: judged } };
  const counts = reviewCounts(counted);
  const pieces: Pieces = { sheets: [], updates: [], writes: [], appends: [], report: [] };
  place("auditProgramme", programme, registers, snapshot, lang, pieces);
  place("auditChecklist", checklist, registers, snapshot, lang, pieces);
  if (!registers.nonconformities) {
    const log = registerSheetPlan({ key: "nonconformities", lang, rows: [] });
    pieces.sheets.push(log);
    pieces.report.push({ key: "nonconformities", sheet: log.name, action: "created", added: 0, updated: 0 });
  }
  place("review", reviewPackRows(counted, counts), registers, snapshot, lang, pieces);
  const alone: WorkbookPlan = { sheets: pieces.sheets, names: [] };
  const placed = findConflicts(alone, snapshot).length > 0 ? placeBeside(alone, snapshot).plan : alone;
  const renamed = new Map(pieces.sheets.map((s, i) => [s.name, placed.sheets[i]?.name ?? s.name]));
  const plan: WorkbookPlan = {
    ...placed,
    ...(pieces.writes.length > 0 ? { writes: pieces.writes } : {}),
    ...(pieces.appends.length > 0 ? { appends: pieces.appends } : {}),
    ...(pieces.updates.length > 0 ? { updates: pieces.updates } : {}),
    ...(placed.sheets.length > 0
      ? {
          metadata: metadataWith(snapshot, lang, standard, placed.sheets),
          metadataInPlace: snapshot.metadataInSheet === true,
        }
      : {}),
  };
  const sheets = pieces.report.map((r) =>
    r.action === "created" ? { ...r, sheet: renamed.get(r.sheet) ?? r.sheet } : r,
  );
  return {
    preparedOn: options.today,
    standard,
    sheets,
    counts,
    checklist: checklist.map((row) => String(row.requirementId)),
    plan: { ...plan, activate: sheets.find((s) => s.key === "auditChecklist")?.sheet ?? "" },
  };
}

/** The one read the preparation needs: the ISMS sheets and the registers, whole. */
export function readForAudit(port: Pick<WorkbookPort, "read">): Promise<WorkbookSnapshot> {
  const schemas = readingSchemas();
  return port.read({
    readInFull: (head) => looksLikeIsmsSheet(head, schemas) || looksLikeRegisterSheet(head),
  });
}

/**
 * Reads the workbook once, prepares the audit programme, checklist, nonconformity log and review pack,
 * and applies them once.
 * @example (await prepareAuditSheets(port, { lang: "zh-CN", today: "2026-04-20" })).sheets.map((s) => s.action)
 */
export async function prepareAuditSheets(
  port: WorkbookPort,
  options: PrepareAuditOptions,
): Promise<AuditPreparation & { readonly applied: ApplyResult }> {
  const snapshot = await readForAudit(port);
  const preparation = auditPreparationOf(snapshot, options);
  return { ...preparation, applied: await port.apply(preparation.plan) };
}
