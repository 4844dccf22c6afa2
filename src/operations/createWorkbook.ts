/**
 * Use case: create the linked ISMS sheets in the open workbook (or a file). Reads the workbook first;
 * a sheet that already holds data is never overwritten: the result lists the conflicts, or, when asked,
 * the new sheets are written beside the old ones under free names.
 */
import {
  buildWorkbookPlan,
  type CreateWorkbookOptions,
  type PlanBuild,
} from "../workbook/build/buildWorkbookPlan";
import type { SheetConflict } from "../workbook/build/sheetConflicts";
import type { WorkbookPlan } from "../workbook/plan";
import type { ApplyResult, WorkbookPort } from "../workbook/port";
import { describePlan, type PlanSummary } from "./describePlan";

export { buildWorkbookPlan, type CreateWorkbookOptions, type PlanBuild };
export type { SheetConflict };

export type CreateWorkbookResult =
  | {
      readonly status: "created";
      readonly plan: WorkbookPlan;
      readonly summary: PlanSummary;
      readonly applied: ApplyResult;
      /** Conflicts resolved by writing beside, and the names used. */
      readonly conflicts: readonly SheetConflict[];
      readonly renamed: readonly { readonly key: string; readonly from: string; readonly to: string }[];
    }
  | { readonly status: "conflict"; readonly conflicts: readonly SheetConflict[] };

/**
 * Builds the plan against the workbook as it is and applies it through the port.
 * @example await createWorkbook(port, { lang: "zh-CN", standard: "2022", method: "li", sample: true })
 * // { status: "created", summary: { sheets: [...] }, ... }
 */
export async function createWorkbook(
  port: WorkbookPort,
  options: CreateWorkbookOptions,
): Promise<CreateWorkbookResult> {
  const existing = await port.read();
  const build = buildWorkbookPlan(options, existing);
  if (!build.ok) return { status: "conflict", conflicts: build.conflicts };
  const applied = await port.apply(build.plan);
  return {
    status: "created",
    plan: build.plan,
    summary: describePlan(build.plan),
    applied,
    conflicts: build.conflicts,
    renamed: build.renamed,
  };
}
