/**
 * What the Validate panel does with a report besides showing it: write it into the workbook as a sheet
 * (the same through the pane and through a file). Waiting for a pause in a person's edits before
 * validating again is `debounced` (timing.ts).
 */
import type { Lang } from "../i18n";
import { findingsSheetPlan, placeFindingsSheet, type FindingsReport } from "../workbook/layout/findingsSheet";
import type { WorkbookPort } from "../workbook/port";

export { FINDINGS_TABLE, findingsSheetName } from "../workbook/layout/findingsSheet";

/** Where the report went. */
export interface WrittenReport {
  /** The sheet that holds it now. */
  readonly sheet: string;
  /** An earlier report of ours was written over (true), or a new sheet was added (false). */
  readonly replaced: boolean;
  /** Cells written. */
  readonly cells: number;
}

/**
 * Writes `report` as a findings sheet and shows it: over the earlier report (found by its table, even on
 * a renamed sheet), else on a new sheet, beside any sheet of the same name (a person's sheet is never
 * written into). The outline, then the apply: the Office port takes 3–4 syncs, whatever the report's size
 * within the request budget.
 * @example (await writeFindingsReport(port, report, "zh-CN")).sheet // "检查结果"
 */
export async function writeFindingsReport(
  port: Pick<WorkbookPort, "outline" | "apply">,
  report: FindingsReport,
  lang: Lang,
): Promise<WrittenReport> {
  const placement = placeFindingsSheet(await port.outline(), lang);
  const sheet = findingsSheetPlan(report, lang, placement.name, placement.mode);
  const result = await port.apply({ sheets: [sheet], names: [], activate: placement.name });
  return { sheet: placement.name, replaced: placement.mode === "update", cells: result.cells };
}
