/**
 * The fake Excel host: backing state (seeded from plain data, inspectable after a run), request
 * statistics (syncs, bytes per request), the 5 MB request limit of Excel on the web, and simulated
 * cell-edit mode. `fakeExcelRun(host)` has the shape of `Excel.run`; the one cast that hands the fake to
 * code as an `Excel.RequestContext` lives here, next to compile-time checks that every member the fake
 * offers exists on the Office.js type it stands for.
 */
import { parseRect } from "./fakeAddress";
import { enterInput } from "./fakeInput";
import { FakeBatch, FakeOfficeError, type FakeRequestSink } from "./fakeRequest";
import { cellAt, emptySheet, type FakeWorkbookState, type SheetSeed, type WorkbookSeed } from "./fakeState";
import { FakeWorkbook, namespaceOf } from "./fakeWorkbook";
import { newSheetId } from "./fakeWorksheet";

/** Excel on the web rejects requests of 5 MB or more. */
export const WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /** Reject any request over 5 MB with "RequestPayloadSizeLimitExceeded", as Excel on the web does. */
  readonly webPayloadLimit?: boolean;
}

const encoder = new TextEncoder();

/** UTF-8 size of the JSON of a request's payloads: an approximation of what goes over the wire. */
export function requestBytes(payloads: readonly unknown[]): number {
  return encoder.encode(JSON.stringify(payloads)).length;
}

function seedSheet(seed: SheetSeed, index: number) {
  const sheet = emptySheet(newSheetId(), seed.name);
  sheet.protected = seed.protected ?? false;
  (seed.rows ?? []).forEach((row, r) =>
    row.forEach((value, c) => value !== null && enterInput(cellAt(sheet, r, c), value)),
  );
  for (const table of seed.tables ?? []) {
    const rect = parseRect(table.address);
    if (!rect) throw new Error(`seed: bad table address ${table.address} (sheet ${index})`);
    sheet.tables.push({ name: table.name, rect });
  }
  return sheet;
}

/** A state built from plain data: rows from A1, strings starting with "=" entered as formulas. */
export function seedWorkbook(seed: WorkbookSeed = {}): FakeWorkbookState {
  const sheets = (seed.sheets ?? [{ name: "Sheet1" }]).map(seedSheet);
  return {
    sheets,
    names: [],
    customXmlParts: (seed.customXmlParts ?? []).map((part, i) => ({
      id: `{seed-part-${i + 1}}`,
      namespaceUri: part.namespaceUri || namespaceOf(part.xml),
      xml: part.xml,
    })),
    activeSheet: sheets[0]?.name ?? null,
    selection: null,
  };
}

/** One workbook as a fake host sees it, with what every request cost. */
export class FakeExcel implements FakeRequestSink {
  readonly state: FakeWorkbookState;
  /** Bytes of each request, in order; its length is the number of `sync()` calls. */
  readonly requests: number[] = [];
  #editModeSyncs = 0;
  #editModeDelay = 0;

  constructor(
    seed: WorkbookSeed = {},
    private readonly options: FakeExcelOptions = {},
  ) {
    this.state = seedWorkbook(seed);
  }

  get syncCount(): number {
    return this.requests.length;
  }
  get maxRequestBytes(): number {
    return this.requests.reduce((max, bytes) => Math.max(max, bytes), 0);
  }
  get totalRequestBytes(): number {
    return this.requests.reduce((sum, bytes) => sum + bytes, 0);
  }

  /** Forget the counts (e.g. after seeding through the port). */
  resetCounters(): void {
    this.requests.length = 0;
  }

  /**
   * `count` syncs fail as when a user is typing in a cell, starting after `afterSyncs` more syncs
   * went through (0: the very next one).
   */
  simulateCellEditMode(count: number, afterSyncs = 0): void {
    this.#editModeSyncs = count;
    this.#editModeDelay = afterSyncs;
  }

  accept(payloads: readonly unknown[]): void {
    const bytes = requestBytes(payloads);
    this.requests.push(bytes);
    if (this.#editModeDelay > 0) this.#editModeDelay--;
    else if (this.#editModeSyncs > 0) {
      this.#editModeSyncs--;
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    if (this.options.webPayloadLimit && bytes > WEB_REQUEST_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit.`,
      );
    }
  }
}

/** The fake `Excel.RequestContext`: a workbook proxy and `sync()`. */
export class FakeRequestContext {
  readonly #batch: FakeBatch;
  readonly workbook: FakeWorkbook;
  constructor(host: FakeExcel) {
    this.#batch = new FakeBatch(host);
    this.workbook = new FakeWorkbook(this.#batch, host.state);
  }
  async sync(): Promise<void> {
    await Promise.resolve();
    this.#batch.flush();
  }
}

/** The one typed shim: where the fake is handed to code that expects Office.js. */
export function asRequestContext(context: FakeRequestContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}

/** The shape of `Excel.run` the port takes. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run` over the fake: a fresh context per batch, as in Office.js. */
export function fakeExcelRun(host: FakeExcel): ExcelRun {
  return (batch) => batch(asRequestContext(new FakeRequestContext(host)));
}
