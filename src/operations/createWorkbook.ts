/**
 * Use case: create the linked ISMS sheets in the open workbook (or a file), in two steps the pane shows
 * apart: a preview built against the workbook as it is (nothing written), then applying exactly the plan
 * that was previewed. A sheet that already holds data is never overwritten: the preview lists the
 * conflicts and the plan that would write beside them; applying with "stop" returns the conflicts as a
 * value. The command runs both steps at once (createWorkbook).
 */
import {
  buildWorkbookPlan,
  type CreateWorkbookOptions,
  type PlanBuild,
} from "../workbook/layout/buildWorkbookPlan";
import { localIsoDate } from "./timing";
import type { SheetConflict } from "../workbook/layout/sheetConflicts";
import type { WorkbookPlan } from "../workbook/plan";
import type { ApplyResult, WorkbookPort } from "../workbook/port";
import { describePlan, type PlanSummary } from "./describePlan";

export { buildWorkbookPlan, type CreateWorkbookOptions, type PlanBuild };
export type { SheetConflict };

type Renamed = readonly { readonly key: string; readonly from: string; readonly to: string }[];

/** What a create would do, before anything is written. */
export interface WorkbookPreview {
  /** The plan when nothing is in the way; null when sheets with data are. */
  readonly plan: WorkbookPlan | null;
  /** Sheets with data in the way of the plan (never overwritten). */
  readonly conflicts: readonly SheetConflict[];
  /** The plan that writes beside the conflicting sheets, and the names it uses; null without conflicts. */
  readonly beside: { readonly plan: WorkbookPlan; readonly renamed: Renamed } | null;
  /** The plan that would be written (the beside plan when there are conflicts). */
  readonly summary: PlanSummary;
}

export type ConflictChoice = "stop" | "beside";

export type CreateWorkbookResult =
  | {
      readonly status: "created";
      readonly plan: WorkbookPlan;
      readonly summary: PlanSummary;
      readonly applied: ApplyResult;
      /** Conflicts resolved by writing beside, and the names used. */
      readonly conflicts: readonly SheetConflict[];
      readonly renamed: Renamed;
    }
  | { readonly status: "conflict"; readonly conflicts: readonly SheetConflict[] };

/**
 * Reads only what a create needs to know (which sheets and tables exist, and whether a sheet holds data:
 * the first rows of each sheet, never whole registers) and builds the plan.
 * @example (await previewWorkbook(port, { lang: "en", standard: "2022", method: "atv" })).conflicts // []
 */
export async function previewWorkbook(
  port: WorkbookPort,
  options: CreateWorkbookOptions,
): Promise<WorkbookPreview> {
  const existing = await port.read({ readInFull: () => false });
  const dated = { ...options, date: options.date ?? localIsoDate() };
  const asked = buildWorkbookPlan({ ...dated, onConflict: "report" }, existing);
  if (asked.ok) return { plan: asked.plan, conflicts: [], beside: null, summary: describePlan(asked.plan) };
  const beside = buildWorkbookPlan({ ...dated, onConflict: "beside" }, existing);
  if (!beside.ok) throw new Error("Invariant: writing beside always finds free names");
  return {
    plan: null,
    conflicts: asked.conflicts,
    beside: { plan: beside.plan, renamed: beside.renamed },
    summary: describePlan(beside.plan),
  };
}

/**
 * Applies the previewed plan, without reading the workbook again (the port still refuses, before writing
 * anything, a sheet that gained data since the preview).
 */
export async function applyPreview(
  port: WorkbookPort,
  preview: WorkbookPreview,
  onConflict: ConflictChoice,
): Promise<CreateWorkbookResult> {
  const chosen = preview.plan
    ? { plan: preview.plan, renamed: [] }
    : onConflict === "beside"
      ? preview.beside
      : null;
  if (!chosen) return { status: "conflict", conflicts: preview.conflicts };
  const applied = await port.apply(chosen.plan);
  return {
    status: "created",
    plan: chosen.plan,
    summary: describePlan(chosen.plan),
    applied,
    conflicts: preview.conflicts,
    renamed: chosen.renamed,
  };
}

/**
 * Preview and apply in one go (the command).
 * @example await createWorkbook(port, { lang: "zh-CN", standard: "2022", method: "li", sample: true })
 * // { status: "created", summary: { sheets: [...] }, ... }
 */
export async function createWorkbook(
  port: WorkbookPort,
  options: CreateWorkbookOptions,
): Promise<CreateWorkbookResult> {
  const preview = await previewWorkbook(port, options);
  return applyPreview(port, preview, options.onConflict === "beside" ? "beside" : "stop");
}
