/**
 * Use case: which ISMS sheets the workbook has. Reads the outline only (sheet and table names: one sync in
 * Excel, no cell read), so showing the status costs the same for any size of workbook.
 */
import type { WorkbookPort } from "../workbook/port";
import { statusOfOutline, type WorkbookStatus } from "../workbook/read/sheetStatus";

export type { WorkbookStatus };

/** @example (await workbookStatus(port)).missing // ["soa", "gap"] */
export async function workbookStatus(port: WorkbookPort): Promise<WorkbookStatus> {
  return statusOfOutline(await port.outline());
}
