/**
 * WorkbookPort: the one interface operations use to touch a workbook. The Office port (src/excel)
 * and the .xlsx port (src/xlsx) implement it; operations never know which one they hold.
 */
import type { WorkbookPlan } from "./plan";
import type { SheetData, WorkbookSnapshot } from "./sheetData";

/**
 * What a read asks for (the read budget). A port reads every wanted sheet's first rows (its head) in one
 * batch, sized to stay under the host's response limit, and the rest of a sheet only when `readInFull`
 * says so for its head (every sheet when absent). A sheet read only in part says how far it goes
 * (SheetData.extent), so nothing is lost in silence.
 */
export interface ReadOptions {
  /** Read formulas as well as values. */
  readonly formulas?: boolean;
  /** Only these sheets (by name); all when absent. */
  readonly sheets?: readonly string[];
  /**
   * Whether to read the rest of a sheet, judged from its head. Absent: every sheet is read in full. Ports
   * that hold the whole file anyway (.xlsx) may read more than asked, never less.
   */
  readonly readInFull?: (head: SheetData) => boolean;
}

/** A sheet as the outline sees it: no cell is read. */
export interface SheetOutline {
  readonly name: string;
  /** Table names on the sheet. */
  readonly tables: readonly string[];
}

/** The workbook's sheets and tables, without reading a cell: what the pane's status needs. */
export interface WorkbookOutline {
  /** Every sheet but the metadata sheet, in tab order. */
  readonly sheets: readonly SheetOutline[];
}

export interface ApplyResult {
  /** Sheets created or written. */
  readonly sheets: readonly string[];
  /** Cells written (values and formulas). */
  readonly cells: number;
}

export interface WorkbookPort {
  /** Sheet and table names only (the Office port: one sync). */
  outline(): Promise<WorkbookOutline>;
  /** What an operation needs, in one batched read (plus one request per further ~4 MB of cells). */
  read(options?: ReadOptions): Promise<WorkbookSnapshot>;
  /** Render a plan. Throws a PortError (never a raw host error). */
  apply(plan: WorkbookPlan): Promise<ApplyResult>;
  /** Move the selection to a cell (the pane's jump-to-cell). Optional: files have no selection. */
  select?(sheet: string, address: string): Promise<void>;
  /**
   * Mark cells (the validator's findings) with a fill that overlays the cells' own formatting and never
   * changes it, replacing the marks of the previous call; an empty list removes them. Optional: files
   * are not marked.
   */
  highlight?(marks: readonly CellMark[]): Promise<void>;
  /**
   * Call `onChange` after edits to the named sheets (each edit may call it; the caller debounces).
   * Resolves to a function that stops watching. Optional: files do not change under us.
   */
  watch?(sheets: readonly string[], onChange: () => void): Promise<() => Promise<void>>;
}

/** A cell to mark, and how strongly. */
export interface CellMark {
  readonly sheet: string;
  /** A1 address on the sheet. */
  readonly cell: string;
  readonly severity: "error" | "warning";
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
