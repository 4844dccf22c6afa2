/**
 * Use case: is the ISMS ready for certification? From one read, the method's 16 items — roles, scope,
 * policy, the risk work, the SoA and the registers the method names — each ready, incomplete or missing,
 * with reasons that point at cells, and the items that block certification. Words in the chosen language.
 * The pane's Readiness panel and `isms readiness` run this same operation.
 */
import { assessReadiness, readinessItemTitle, readinessReasonMessage } from "../domain/readiness";
import type {
  ReadinessInput,
  ReadinessItemKey,
  ReadinessReason,
  ReadinessResult,
  ReadinessStatus,
  RegisterKey,
} from "../domain/readiness/types";
import type { Lang } from "../i18n";
import { cellA1, parseRange } from "../workbook/cells/cellAddress";
import type { WorkbookPort } from "../workbook/port";
import { looksLikeRegisterSheet, readRegisters } from "../workbook/read/readRegisters";
import { looksLikeIsmsSheet } from "../workbook/read/sheetLocator";
import { sheetKeyOfTable } from "../workbook/read/sheetStatus";
import { readingSchemas } from "../workbook/schema/readingSchemas";
import type { WorkbookSnapshot } from "../workbook/sheetData";
import { workbookBasisOf } from "./workbookBasis";

export interface ReadinessOptions {
  /** ISO date (YYYY-MM-DD) the workbook is judged on. */
  readonly today: string;
  /** ISO date of the certification audit: controls planned after it are not in place for it (today when absent). */
  readonly auditDate?: string;
  readonly lang: Lang;
}

/** A place in the workbook a reason points at: a sheet, and its cell when the rule knows one. */
export interface ReportedPlace {
  readonly sheet?: string;
  readonly cell?: string;
}

/** Why an item is not ready, with its words. */
export interface ReportedReason extends ReportedPlace {
  readonly code: string;
  readonly message: string;
}

export interface ReportedItem {
  /** 1..16, the method's numbering. */
  readonly id: number;
  readonly key: ReadinessItemKey;
  readonly title: string;
  readonly status: ReadinessStatus;
  readonly reasons: readonly ReportedReason[];
}

/** An item that blocks certification, with its first reason. */
export interface ReportedBlocker extends ReportedPlace {
  readonly id: number;
  readonly key: ReadinessItemKey;
  readonly title: string;
  readonly message: string;
}

/** Where the check found what it read (sheet names); absent when the workbook has none. */
export interface ReadinessSources {
  readonly methodology?: string;
  readonly risks?: string;
  readonly treatments?: string;
  readonly soa?: string;
  readonly registers: Readonly<Partial<Record<RegisterKey, string>>>;
}

export interface ReadinessReport {
  /** 0..1: ready items count 1, incomplete ½, missing 0, over 16. */
  readonly score: number;
  /** The 16 items in the method's order. */
  readonly items: readonly ReportedItem[];
  readonly blockers: readonly ReportedBlocker[];
  /** The rules' result, codes and parameters only. */
  readonly result: ReadinessResult;
  readonly sources: ReadinessSources;
}

/** A reason's place, absent fields left out (never `sheet: undefined`). */
function placeOf(reason: ReadinessReason): ReportedPlace {
  return {
    ...(reason.sheet === undefined ? {} : { sheet: reason.sheet }),
    ...(reason.cell === undefined ? {} : { cell: reason.cell }),
  };
}

/** The first cell of the methodology sheet's parameter table, where a reason about the method points. */
function methodCell(snapshot: WorkbookSnapshot, sheetName: string): string | undefined {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  const table = sheet?.tables.find((t) => sheetKeyOfTable(t.name) === "method");
  const area = table ? parseRange(table.address) : null;
  return area ? cellA1(area.top, area.left) : undefined;
}

/**
 * What the readiness rules read, from a snapshot: the risk work (register, plan, SoA), the methodology
 * the methodology sheet states, and the registers.
 * @example readinessInputOf(snapshot, { today: "2026-04-01", lang: "en" }).sheets.risks // "Risk register"
 */
export function readinessInputOf(snapshot: WorkbookSnapshot, options: ReadinessOptions): ReadinessInput {
  const { parsed, stated, standard } = workbookBasisOf(snapshot);
  const cell = stated ? methodCell(snapshot, stated.sheet) : undefined;
  const { risks, treatments, soa } = parsed.sheets;
  return {
    today: options.today,
    ...(options.auditDate ? { auditDate: options.auditDate } : {}),
    standard,
    ...(stated
      ? {
          methodology: {
            methodology: stated.methodology,
            sheet: stated.sheet,
            ...(cell ? { cell } : {}),
          },
        }
      : {}),
    sheets: {
      ...(risks ? { risks: risks.name } : {}),
      ...(treatments ? { treatments: treatments.name } : {}),
      ...(soa ? { soa: soa.name } : {}),
    },
    risks: parsed.risks,
    treatments: parsed.treatments,
    soa: parsed.soa,
    registers: readRegisters(snapshot).registers,
  };
}

function sourcesOf(input: ReadinessInput): ReadinessSources {
  const registers = Object.fromEntries(
    Object.entries(input.registers).map(([key, register]) => [key, register.sheet] as const),
  );
  return {
    ...(input.methodology ? { methodology: input.methodology.sheet } : {}),
    ...input.sheets,
    registers,
  };
}

/**
 * The readiness report of a snapshot, pure (the command and tests call it on a file's snapshot).
 * @example readinessOf(snapshot, { today: "2026-04-01", lang: "zh-CN" }).blockers[0]?.title // "体系的职责说明"
 */
export function readinessOf(snapshot: WorkbookSnapshot, options: ReadinessOptions): ReadinessReport {
  const input = readinessInputOf(snapshot, options);
  const result = assessReadiness(input);
  const { lang } = options;
  const message = (reason: ReadinessReason): string => readinessReasonMessage(reason, lang);
  return {
    score: result.score,
    items: result.items.map((item) => ({
      id: item.id,
      key: item.key,
      title: readinessItemTitle(item.key, lang),
      status: item.status,
      reasons: item.reasons.map((reason) => ({
        code: reason.code,
        message: message(reason),
        ...placeOf(reason),
      })),
    })),
    blockers: result.blockers.map((blocker) => ({
      id: blocker.id,
      key: blocker.key,
      title: readinessItemTitle(blocker.key, lang),
      message: message(blocker.reason),
      ...placeOf(blocker.reason),
    })),
    result,
    sources: sourcesOf(input),
  };
}

/**
 * Reads the workbook once — in full only the ISMS sheets and the registers — and judges the 16 items.
 * The Office port: two syncs (the sheets' heads, then the rest of those sheets) plus one per further
 * ~4 MB of cells.
 * @example (await checkReadiness(port, { today: "2026-04-01", lang: "en" })).score // 0.594 (the sample client)
 */
export async function checkReadiness(
  port: Pick<WorkbookPort, "read">,
  options: ReadinessOptions,
): Promise<ReadinessReport> {
  const schemas = readingSchemas();
  const snapshot = await port.read({
    readInFull: (head) => looksLikeIsmsSheet(head, schemas) || looksLikeRegisterSheet(head),
  });
  return readinessOf(snapshot, options);
}
