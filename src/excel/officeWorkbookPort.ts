/**
 * WorkbookPort over Office.js: the only code that talks to Excel from the task pane. It takes a function
 * shaped like `Excel.run`, so the pane passes `Excel.run` and tests pass the fake host's run.
 */
import type { WorkbookPlan } from "../workbook/plan";
import {
  PortError,
  type ApplyResult,
  type CellMark,
  type ReadOptions,
  type WorkbookOutline,
  type WorkbookPort,
} from "../workbook/port";
import type { WorkbookSnapshot } from "../workbook/sheetData";
import { highlightOnce } from "./cellMarks";
import { MERGED_AREAS_API } from "./mergedAreas";
import { realWait, toPortError, withCellEditRetry, type Wait } from "./officeErrors";
import { applyPlanOnce } from "./planApply";
import { DEFAULT_REQUEST_BUDGET_BYTES, DEFAULT_WRITE_BUDGET_BYTES } from "./requestBudget";
import { watchSheets } from "./sheetWatch";
import { readOutline, readSnapshot } from "./snapshotRead";

/** Head sizes tried in turn when a workbook's first read batch is too large for the host. */
const HEAD_SCALES = [1, 0.1, 0.01] as const;

/**
 * Office.js batches are not transactions: when an apply fails after its first request, the sheets it
 * created stay. Say which, so the person knows what to remove (or keep) before trying again.
 */
function partlyWritten(error: unknown, plan: WorkbookPlan, ours: ReadonlySet<string>): PortError {
  const mapped = toPortError(error);
  const created = plan.sheets
    .filter((sheet) => ours.has(sheet.name.toLowerCase()))
    .map((sheet) => sheet.name);
  if (created.length === 0) return mapped;
  return new PortError(
    mapped.code,
    `${mapped.detail} [sheets already created: ${created.join(", ")}]`,
    mapped.sheet,
  );
}

/** The shape of `Excel.run` the port needs. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The shape of `Office.context.requirements.isSetSupported` the port needs. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/**
 * The host's own answer, asked at each read (Office.js is ready by then); false where Office.js is not
 * loaded at all (a benchmark or a test without a host).
 */
const officeIsSetSupported: IsSetSupported = (name, minVersion) =>
  typeof Office !== "undefined" &&
  (Office as Partial<typeof Office>).context?.requirements.isSetSupported(name, minVersion) === true;

export interface OfficePortOptions {
  /** Pause between cell-edit-mode retries; tests pass one that does not sleep. */
  readonly wait?: Wait;
  /** Estimated bytes one request may carry (Excel on the web rejects 5 MB). */
  readonly requestBudgetBytes?: number;
  /**
   * Which requirement sets the host has (merged areas need ExcelApi 1.13; the manifest asks for 1.9).
   * Defaults to `Office.context.requirements.isSetSupported`; tests pass the fake host's.
   */
  readonly isSetSupported?: IsSetSupported;
}

/**
 * @example
 * const port = new OfficeWorkbookPort((batch) => Excel.run(batch));
 * const snapshot = await port.read({ formulas: true });
 */
export class OfficeWorkbookPort implements WorkbookPort {
  private readonly wait: Wait;
  private readonly budget: number;
  private readonly writeBudget: number;
  private readonly isSetSupported: IsSetSupported;
  /** Requests the last apply sent (one sync each), for the pane's diagnostics and the benchmarks. */
  lastApplyRequests = 0;
  /** Requests the last highlight sent after its two reads (one sync each). */
  lastHighlightRequests = 0;

  constructor(
    private readonly run: ExcelRun,
    options: OfficePortOptions = {},
  ) {
    this.wait = options.wait ?? realWait;
    this.budget = options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;
    this.writeBudget = options.requestBudgetBytes ?? DEFAULT_WRITE_BUDGET_BYTES;
    this.isSetSupported = options.isSetSupported ?? officeIsSetSupported;
  }

  outline(): Promise<WorkbookOutline> {
    return withCellEditRetry(() => this.run((context) => readOutline(context)), this.wait);
  }

  /**
   * Reads within the budget (see snapshotRead.ts). Should the first batch still be too large for the host
   * (sheets of very long rows), it is tried again with smaller heads before the error is reported.
   * Merged areas are asked for where the host has ExcelApi 1.13. Excel gives up on a range of more
   * than 512 merged areas (how it fails is not documented): a read that asked for them and failed for a
   * reason the port has no name for (`port.unknown`) is tried once more without them, so many merges
   * cost the reader its merge information (it then guesses header groups), never the read.
   */
  read(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    const attempt = async (scales: readonly number[], merged: boolean): Promise<WorkbookSnapshot> => {
      const [scale = 1, ...smaller] = scales;
      try {
        return await withCellEditRetry(
          () => this.run((context) => readSnapshot(context, options, this.budget, scale, merged)),
          this.wait,
        );
      } catch (error) {
        if (smaller.length > 0 && error instanceof PortError && error.code === "port.requestTooLarge") {
          return attempt(smaller, merged);
        }
        if (merged && error instanceof PortError && error.code === "port.unknown") {
          return attempt(scales, false);
        }
        throw error;
      }
    };
    return attempt(HEAD_SCALES, this.isSetSupported(MERGED_AREAS_API.name, MERGED_AREAS_API.version));
  }

  async apply(plan: WorkbookPlan): Promise<ApplyResult> {
    const ours = new Set<string>();
    const result = await withCellEditRetry(
      () => this.run((context) => applyPlanOnce(context, plan, this.writeBudget, ours)),
      this.wait,
    ).catch((error: unknown) => {
      throw partlyWritten(error, plan, ours);
    });
    this.lastApplyRequests = result.requests;
    return { sheets: result.sheets, cells: result.cells };
  }

  /** Activates `sheet` and selects `address` on it (the pane's jump-to-cell). */
  async select(sheet: string, address: string): Promise<void> {
    await withCellEditRetry(
      () =>
        this.run(async (context) => {
          const target = context.workbook.worksheets.getItem(sheet);
          target.activate();
          target.getRange(address).select();
          await context.sync();
        }),
      this.wait,
      { sheet },
    );
  }

  /**
   * Replaces the marks of the previous call (found by their formula, see cellMarks.ts) with `marks`; an
   * empty list only removes them. Two syncs to read, then one per request (10 or 1,000 marks: one).
   */
  async highlight(marks: readonly CellMark[]): Promise<void> {
    const result = await withCellEditRetry(
      () => this.run((context) => highlightOnce(context, marks, this.budget)),
      this.wait,
    );
    this.lastHighlightRequests = result.requests;
  }

  /** Calls `onChange` after each change to the named sheets until the returned function is called (sheetWatch.ts). */
  watch(sheets: readonly string[], onChange: () => void): Promise<() => Promise<void>> {
    return watchSheets(this.run, this.wait, sheets, onChange);
  }
}
