/**
 * The plan of a new workbook as the layout builds it (computed columns protected, unless the options turn
 * protection off): what the port tests write and then look at.
 */
import { buildWorkbookPlan, type CreateWorkbookOptions } from "../../src/workbook/layout/buildWorkbookPlan";
import type { WorkbookPlan } from "../../src/workbook/plan";

export function newWorkbookPlan(options: CreateWorkbookOptions): WorkbookPlan {
  const build = buildWorkbookPlan(options);
  if (!build.ok) throw new Error("a new workbook has no conflicts");
  return build.plan;
}
