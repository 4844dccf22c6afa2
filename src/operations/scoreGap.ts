/**
 * Use case: score the gap analysis sheet (差距分析) of the open workbook or a file — the current management
 * level against the standard, per clause, per Annex A theme (2013: domain) and overall — from one read.
 * Ratings a person typed that are not on the scale are reported with their sheet and cell, never guessed.
 */
import {
  GAP_SCALES,
  gapRequirements,
  parseGapRating,
  scoreGap,
  type GapEntry,
  type GapScores,
  type GroupScore,
} from "../domain/gap";
import type { StandardVersion } from "../domain/methodology";
import type { Lang } from "../i18n/types";
import { themeGroupId } from "../workbook/layout/gapGroups";
import { gapSheetAddition } from "../workbook/layout/gapSheet";
import type { ApplyResult, WorkbookPort } from "../workbook/port";
import { readWorkbook, type ParsedWorkbook } from "./readWorkbook";

export interface GapProblem {
  readonly code: "gap.rating.notOnScale" | "gap.sheet.missing";
  readonly sheet: string;
  readonly cell: string;
  readonly value: string;
}

export interface GapReport {
  readonly standard: StandardVersion;
  /** The sheet scored, or null when the workbook has no gap analysis sheet. */
  readonly sheet: string | null;
  readonly scores: GapScores;
  readonly problems: readonly GapProblem[];
}

export interface ScoreGapOptions {
  /** Not-applicable rows leave the denominator (default) or count as meeting their target. */
  readonly notApplicable?: "exclude" | "atTarget";
}

/** A 2013 workbook names its controls "A.9.2.3"; 2022 ones have three parts at most ("A.5.1"). */
function standardOf(ids: readonly string[], recorded: string | undefined): StandardVersion {
  if (recorded === "2013" || recorded === "2022") return recorded;
  return ids.some((id) => /^A\.\d+\.\d+\.\d+$/.test(id)) ? "2013" : "2022";
}

/**
 * @example const { scores } = await scoreGapSheet(port); scores.overall.score // 0.46
 */
export async function scoreGapSheet(
  port: Pick<WorkbookPort, "read">,
  options: ScoreGapOptions = {},
): Promise<GapReport> {
  return gapReportOf(await readWorkbook(port), options);
}

/** The same from a workbook already read (the command has parsed its input). */
export function gapReportOf(parsed: ParsedWorkbook, options: ScoreGapOptions = {}): GapReport {
  const scale = GAP_SCALES.maturity;
  const rows = parsed.gap;
  const standard = standardOf(
    rows.map((row) => row.requirementId ?? ""),
    parsed.standard,
  );
  const problems: GapProblem[] = [];
  const entries: GapEntry[] = rows.flatMap((row) => {
    if (!row.requirementId) return [];
    const typed = row.text["currentRating"] ?? row.currentRating;
    const rating = parseGapRating(typed, scale);
    if ("problem" in rating) {
      problems.push({
        code: "gap.rating.notOnScale",
        sheet: row.sheet,
        cell: row.cells["currentRating"] ?? "",
        value: typed ?? "",
      });
      return [];
    }
    return [
      { requirementId: row.requirementId, current: rating.value, target: row.target, weight: row.weight },
    ];
  });
  const scores = scoreGap(gapRequirements(standard), entries, {
    scale,
    notApplicable: options.notApplicable ?? "exclude",
  });
  return { standard, sheet: parsed.sheets.gap?.name ?? null, scores, problems };
}

/** Annex A themes as the sheet names them ("A.5"), apart from the clause of the same number ("5"). */
export function themeGroup(theme: GroupScore): GroupScore {
  return { ...theme, id: themeGroupId(theme.id) };
}

/** The JSON of `isms gap --json` (ARCHITECTURE.md): scores as fractions 0..1, clause groups "4" … "10". */
export function gapJson(report: GapReport): unknown {
  const group = (g: GroupScore) => ({ id: g.id, score: g.score, target: g.target, gap: g.gap });
  return {
    standard: report.standard,
    sheet: report.sheet,
    overall: report.scores.overall.score,
    target: report.scores.overall.target,
    groups: [...report.scores.clauses, ...report.scores.themes.map(themeGroup)].map(group),
    gaps: report.scores.gaps.map((item) => ({
      id: item.requirementId,
      group: item.group,
      current: item.current,
      target: item.target,
      weight: item.weight,
      gap: item.gap,
      weighted: item.weighted,
    })),
    problems: report.problems,
  };
}

/**
 * Adds the gap analysis sheet to a workbook that has none (every requirement listed, ready to rate),
 * beside whatever it holds; the workbook's metadata gains the sheet.
 */
export async function addGapSheet(
  port: WorkbookPort,
  lang: Lang,
  standard?: StandardVersion,
): Promise<ApplyResult> {
  const existing = await port.read({ readInFull: () => false });
  const recorded = existing.metadata?.standard;
  const chosen = standard ?? (recorded === "2013" ? "2013" : "2022");
  return port.apply(gapSheetAddition(existing, lang, chosen));
}
