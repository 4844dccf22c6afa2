/**
 * WorkbookPort: the one interface operations use to touch a workbook. The Office port (src/excel)
 * and the .xlsx port (src/xlsx) implement it; operations never know which one they hold.
 */
import type { WorkbookPlan } from "./plan";
import type { WorkbookSnapshot } from "./sheetData";

export interface ReadOptions {
  /** Read formulas as well as values. */
  readonly formulas?: boolean;
  /** Only these sheets (by name); all when absent. */
  readonly sheets?: readonly string[];
}

export interface ApplyResult {
  /** Sheets created or written. */
  readonly sheets: readonly string[];
  /** Cells written (values and formulas). */
  readonly cells: number;
}

export interface WorkbookPort {
  /** Everything an operation needs, in one batched read. */
  read(options?: ReadOptions): Promise<WorkbookSnapshot>;
  /** Render a plan. Throws a PortError (never a raw host error). */
  apply(plan: WorkbookPlan): Promise<ApplyResult>;
  /** Move the selection to a cell (the pane's jump-to-cell). Optional: files have no selection. */
  select?(sheet: string, address: string): Promise<void>;
}

export type PortErrorCode =
  | "port.sheetExists"
  | "port.sheetProtected"
  | "port.cellEditMode"
  | "port.requestTooLarge"
  | "port.sheetMissing"
  | "port.notAWorkbook"
  | "port.fileMissing"
  | "port.unknown";

/** A host failure mapped to a stable code at the port; the message text lives in i18n. */
export class PortError extends Error {
  constructor(
    readonly code: PortErrorCode,
    readonly detail: string,
    readonly sheet?: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = "PortError";
  }
}
