/**
 * Use case: generate or refresh the Statement of Applicability (适用性声明) from the risk register's
 * existing controls and the treatment plan's selected controls, keeping everything a person typed. One
 * read (with formulas, so cells the refresh passes over are written back as they were), a preview of what
 * will change (newly applicable controls, conflicts, orphans, exclusions without a justification, the
 * change list of the new version), then the plan applied as previewed: in Excel three syncs in all for a
 * workbook's own SoA, however long the register.
 */
import type { Standard } from "../domain/catalog";
import type { SoaChange, SoaCounts, SoaFinding, SoaResult, SoaReview } from "../domain/soa";
import { t, type Lang } from "../i18n";
import type { SoaFindingCode } from "../domain/soa";
import { soaRefreshPlan, type SoaCell } from "../workbook/layout/soaRefresh";
import type { ApplyResult, WorkbookPort } from "../workbook/port";
import { parseWorkbook, type ParsedWorkbook } from "../workbook/read/parseWorkbook";
import { looksLikeIsmsSheet } from "../workbook/read/sheetLocator";
import { readingSchemas } from "../workbook/schema/readingSchemas";
import type { WorkbookPlan } from "../workbook/plan";
import type { WorkbookSnapshot } from "../workbook/sheetData";
import { localIsoDate } from "./timing";

export interface SoaOptions {
  readonly lang: Lang;
  /** The SoA's edition; the workbook's when absent. */
  readonly standard?: Standard;
  /** ISO date of the new version (today where the person is, when absent). */
  readonly date?: string;
}

/** A finding with its words and, where the control has a row already, the cell to jump to. */
export interface ReportedSoaFinding extends SoaFinding {
  readonly message: string;
  readonly sheet?: string;
  readonly cell?: string;
}

export interface SoaPreview {
  readonly standard: Standard;
  /** "refresh": the workbook's own SoA in place; "create": a new SoA sheet. */
  readonly mode: "refresh" | "create";
  /** The SoA sheet written. */
  readonly sheet: string;
  /** The version this generation makes (1, 2, …). */
  readonly version: number;
  readonly newlyApplicable: readonly string[];
  readonly conflicts: readonly ReportedSoaFinding[];
  readonly orphans: readonly ReportedSoaFinding[];
  readonly missingJustifications: readonly ReportedSoaFinding[];
  /** 2022 controls whose entries were joined from several 2013 controls. */
  readonly reviews: readonly SoaReview[];
  /** The change list's lines for this version. */
  readonly changes: readonly SoaChange[];
  readonly counts: SoaCounts;
  readonly result: SoaResult;
  /** What the preview will write. */
  readonly plan: WorkbookPlan;
}

const FINDING_WORDS: Readonly<Record<SoaFindingCode, "conflict" | "orphan" | "justificationMissing">> = {
  "soa.conflict": "conflict",
  "soa.orphan": "orphan",
  "soa.justification.missing": "justificationMissing",
};

/**
 * A finding's message in `lang`.
 * @example soaFindingMessage({ code: "soa.conflict", controlId: "8.8", risks: ["R-003"] }, "en") // "Control 8.8 is excluded, but risks R-003 require it. …"
 */
export function soaFindingMessage(finding: SoaFinding, lang: Lang): string {
  const separator = lang === "zh-CN" ? "、" : ", ";
  const params = {
    id: finding.controlId,
    risks: (finding.risks ?? []).join(separator),
    justification: finding.justification ?? "",
  };
  if (finding.code === "soa.justification.missing" && finding.justification)
    return t(lang, "workbook.soa.findings.justificationBoilerplate", params);
  return t(lang, `workbook.soa.findings.${FINDING_WORDS[finding.code]}`, params);
}

/** The preview of a workbook already read (the command reads its file once). */
export function soaPreviewOf(
  snapshot: WorkbookSnapshot,
  parsed: ParsedWorkbook,
  options: SoaOptions,
): SoaPreview {
  const refresh = soaRefreshPlan(snapshot, parsed, {
    lang: options.lang,
    date: options.date ?? localIsoDate(),
    ...(options.standard ? { standard: options.standard } : {}),
  });
  const report = (finding: SoaFinding): ReportedSoaFinding => {
    const at: SoaCell | undefined = refresh.cells.get(finding.controlId);
    return { ...finding, message: soaFindingMessage(finding, options.lang), ...(at ?? {}) };
  };
  const findings = (code: SoaFindingCode) =>
    refresh.result.findings.filter((f) => f.code === code).map(report);
  return {
    standard: refresh.standard,
    mode: refresh.mode,
    sheet: refresh.sheet,
    version: refresh.version,
    newlyApplicable: refresh.newlyApplicable,
    conflicts: findings("soa.conflict"),
    orphans: findings("soa.orphan"),
    missingJustifications: findings("soa.justification.missing"),
    reviews: refresh.reviews,
    changes: refresh.changes,
    counts: refresh.result.counts,
    result: refresh.result,
    plan: refresh.plan,
  };
}

/** The one read an SoA generation needs: the ISMS-looking sheets whole, with their formulas. */
export function readForSoa(port: Pick<WorkbookPort, "read">): Promise<WorkbookSnapshot> {
  const schemas = readingSchemas();
  return port.read({ formulas: true, readInFull: (head) => looksLikeIsmsSheet(head, schemas) });
}

/**
 * What generating the SoA would change, without changing anything.
 * @example (await previewSoa(port, { lang: "zh-CN" })).newlyApplicable // ["8.13", "8.24"]
 */
export async function previewSoa(port: Pick<WorkbookPort, "read">, options: SoaOptions): Promise<SoaPreview> {
  const snapshot = await readForSoa(port);
  return soaPreviewOf(snapshot, parseWorkbook(snapshot), options);
}

/** Writes what the preview showed (no second read). */
export function applySoa(port: Pick<WorkbookPort, "apply">, preview: SoaPreview): Promise<ApplyResult> {
  return port.apply(preview.plan);
}

/** Preview and apply in one go (the command, and the pane's "generate" without a look first). */
export async function generateSoa(
  port: WorkbookPort,
  options: SoaOptions,
): Promise<{ readonly preview: SoaPreview; readonly applied: ApplyResult }> {
  const preview = await previewSoa(port, options);
  return { preview, applied: await applySoa(port, preview) };
}

/**
 * The `isms soa --json` document (ARCHITECTURE.md): reasons and statuses as keys, risks as ids.
 * @example soaJson(preview).controls[0] // { id: "5.1", applicable: true, reasons: ["existingControl"], risks: ["R-002"], status: "implemented", justification: null }
 */
export function soaJson(preview: SoaPreview) {
  return {
    standard: preview.standard,
    version: preview.version,
    sheet: preview.sheet,
    controls: preview.result.entries.map((entry) => ({
      id: entry.id,
      applicable: entry.applicable ?? null,
      reasons: entry.reasons,
      risks: entry.risks,
      status: entry.status ?? null,
      justification: entry.justification ?? null,
      ...(entry.plannedDate ? { plannedDate: entry.plannedDate } : {}),
      ...(entry.legacy ? { legacy: true } : {}),
    })),
    counts: preview.counts,
    findings: [...preview.conflicts, ...preview.orphans, ...preview.missingJustifications].map((f) => ({
      code: f.code,
      controlId: f.controlId,
      message: f.message,
      ...(f.sheet ? { sheet: f.sheet, cell: f.cell } : {}),
    })),
    changes: preview.changes,
    reviews: preview.reviews,
  };
}
