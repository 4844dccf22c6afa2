/**
 * What the Workbook panel asks of the workbook, as plain data and promises. The composition root binds it
 * to the operations and the Office.js port; tests bind it to fakes. Components never see a port.
 */
import type { MethodId, StandardVersion } from "../domain/methodology/types";
import type { Lang } from "../i18n";
import type { ConflictChoice } from "../operations/createWorkbook";
import type { WorkbookStatus } from "../operations/workbookStatus";
import type { SheetKey } from "../workbook/plan";

export { ISMS_SHEET_KEYS as ISMS_SHEETS } from "../workbook/metadata";
export type { ConflictChoice, WorkbookStatus };

export interface CreateRequest {
  readonly lang: Lang;
  readonly standard: StandardVersion;
  readonly method: MethodId;
  readonly sample: boolean;
}

/** What a create would change, shown before anything is written (it cannot be undone with Ctrl+Z). */
export interface PlanPreview {
  readonly sheets: readonly { readonly key: SheetKey; readonly name: string; readonly rows: number }[];
  /** Sheets that already exist with data: never overwritten; the user may write beside them. */
  readonly conflicts: readonly string[];
}

/** Created (the sheets written), or stopped before writing because sheets with data are in the way. */
export type CreateOutcome =
  | { readonly status: "created"; readonly written: readonly string[] }
  | { readonly status: "conflict"; readonly conflicts: readonly string[] };

export interface WorkbookActions {
  status(): Promise<WorkbookStatus>;
  preview(request: CreateRequest): Promise<PlanPreview>;
  create(request: CreateRequest, onConflict: ConflictChoice): Promise<CreateOutcome>;
}
