/**
 * The fake Excel host: backing state (seeded from plain data, inspectable after a run), request
 * statistics (requests, bytes per request and per response), the 5 MB request and response limits of
 * Excel on the web, and simulated cell-edit mode. `fakeExcelRun(host)` has the shape of `Excel.run`,
 * including its final sync; the one cast that hands the fake to code as an `Excel.RequestContext` lives
 * here. The host has the requirement sets it is told (a current Excel on the web by default): a command
 * of a set it lacks fails with "ApiNotFound", and `isSetSupported` answers as Office.js does for the
 * same host. `fakeTyping.ts` checks that every member the fake offers exists on the Office.js type it
 * stands for. Event handlers the port registers (`Worksheet.onChanged`) live with the host, and a test
 * plays a person's edit with `edit` or `fireChanged` (fakeEvents.ts).
 */
import { formatRect, parseRect } from "./fakeAddress";
import { FakeEventRegistry } from "./fakeEvents";
import { enterInput } from "./fakeInput";
import { assertEditable, defaultProtectionOptions, setLocked } from "./fakeProtection";
import { mergeArea } from "./fakeRangeAreas";
import { FakeBatch, FakeOfficeError, jsonBytes, type FakeRequestSink } from "./fakeRequest";
import {
  cellAt,
  emptySheet,
  findSheet,
  type FakeSheet,
  type FakeValue,
  type FakeWorkbookState,
  type SheetSeed,
  type WorkbookSeed,
} from "./fakeState";
import { DEFAULT_REQUIREMENT_SETS, fakeIsSetSupported } from "./fakeRequirements";
import { FakeWorkbook, namespaceOf } from "./fakeWorkbook";
import { newSheetId } from "./fakeWorksheet";

/** Excel on the web rejects requests, and fails responses, of 5 MB or more. */
export const WEB_REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const WEB_RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /**
   * As Excel on the web: reject a request of 5 MB or more with "RequestPayloadSizeLimitExceeded" (nothing
   * runs), and fail a request whose response would be 5 MB or more with "ResponsePayloadSizeLimitExceeded"
   * (its commands ran; nothing it loaded arrives).
   */
  readonly webPayloadLimit?: boolean;
  /**
   * The requirement sets the host supports and the highest version of each (default: a current Excel on
   * the web, DEFAULT_REQUIREMENT_SETS). `{ ExcelApi: "1.12" }` is a host without merged areas.
   */
  readonly requirementSets?: Readonly<Record<string, string>>;
}

/** UTF-8 size of the JSON of a request's payloads: an approximation of what goes over the wire. */
export function requestBytes(payloads: readonly unknown[]): number {
  return jsonBytes(payloads);
}

function seedSheet(seed: SheetSeed, index: number) {
  const sheet = emptySheet(newSheetId(), seed.name);
  (seed.rows ?? []).forEach((row, r) =>
    row.forEach((value, c) => value !== null && enterInput(cellAt(sheet, r, c), value)),
  );
  for (const address of seed.merged ?? []) {
    const rect = parseRect(address);
    if (!rect) throw new Error(`seed: bad merged address ${address} (sheet ${index})`);
    mergeArea(sheet, rect);
  }
  for (const address of seed.unlocked ?? []) {
    const rect = parseRect(address);
    if (!rect) throw new Error(`seed: bad unlocked address ${address} (sheet ${index})`);
    setLocked(sheet, rect, false);
  }
  if (seed.protected || seed.protectionOptions) {
    sheet.protection = {
      options: { ...defaultProtectionOptions(), ...seed.protectionOptions },
      password: null,
    };
  }
  sheet.visibility = seed.visibility ?? "Visible";
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
    activeSheet: sheets.find((sheet) => sheet.visibility === "Visible")?.name ?? null,
    selection: null,
  };
}

/** One workbook as a fake host sees it, with what every request cost. */
export class FakeExcel implements FakeRequestSink {
  readonly state: FakeWorkbookState;
  /**
   * Bytes of each request, in order; its length is the number of round trips (a `sync()` with nothing
   * queued makes none, as in Office.js; the final sync of `Excel.run` makes one when commands are left).
   */
  readonly requests: number[] = [];
  /** Bytes of each request's response (the values it loaded), aligned with `requests`; 0 when it failed. */
  readonly responses: number[] = [];
  /** `Office.context.requirements.isSetSupported` for this host. */
  readonly isSetSupported: (name: string, minVersion?: string | number) => boolean;
  /** Event handlers registered through `Worksheet.onChanged`, by sheet. */
  readonly events = new FakeEventRegistry();
  #editModeSyncs = 0;
  #editModeDelay = 0;

  constructor(
    seed: WorkbookSeed = {},
    private readonly options: FakeExcelOptions = {},
  ) {
    this.state = seedWorkbook(seed);
    this.isSetSupported = fakeIsSetSupported(options.requirementSets ?? DEFAULT_REQUIREMENT_SETS);
  }

  supports(name: string, minVersion: string): boolean {
    return this.isSetSupported(name, minVersion);
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
  get maxResponseBytes(): number {
    return this.responses.reduce((max, bytes) => Math.max(max, bytes), 0);
  }
  get totalResponseBytes(): number {
    return this.responses.reduce((sum, bytes) => sum + bytes, 0);
  }

  /** Forget the counts (e.g. after seeding through the port). */
  resetCounters(): void {
    this.requests.length = 0;
    this.responses.length = 0;
  }

  /**
   * `count` syncs fail as when a user is typing in a cell, starting after `afterSyncs` more syncs
   * went through (0: the very next one).
   */
  simulateCellEditMode(count: number, afterSyncs = 0): void {
    this.#editModeSyncs = count;
    this.#editModeDelay = afterSyncs;
  }

  /**
   * Raises `onChanged` on a sheet, as Excel does after a person changed `address` there (nothing in the
   * workbook changes); resolves once the handlers have run.
   */
  fireChanged(sheet: string, address: string, source: "Local" | "Remote" = "Local"): Promise<void> {
    const found = this.sheetNamed(sheet);
    const rect = parseRect(address);
    if (!rect) throw new Error(`fireChanged: bad address ${address}`);
    return this.events.fire({
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source,
      worksheetId: found.id,
      address: formatRect(rect),
    });
  }

  /**
   * A person types `value` into one cell (entered as Excel enters typed input), then `onChanged` fires. A
   * locked cell of a protected sheet refuses the typing, as Excel does ("AccessDenied").
   */
  edit(sheet: string, address: string, value: FakeValue): Promise<void> {
    const found = this.sheetNamed(sheet);
    const rect = parseRect(address);
    if (!rect || rect.rowCount !== 1 || rect.columnCount !== 1)
      throw new Error(`edit: not a cell: ${address}`);
    assertEditable(found, rect, "typing");
    enterInput(cellAt(found, rect.row, rect.column), value);
    return this.fireChanged(found.name, address);
  }

  private sheetNamed(name: string): FakeSheet {
    const found = findSheet(this.state, name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  accept(payloads: readonly unknown[]): void {
    const bytes = requestBytes(payloads);
    this.requests.push(bytes);
    this.responses.push(0);
    if (this.#editModeDelay > 0) this.#editModeDelay--;
    else if (this.#editModeSyncs > 0) {
      this.#editModeSyncs--;
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    if (this.options.webPayloadLimit && bytes >= WEB_REQUEST_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit.`,
      );
    }
  }

  respond(bytes: number): void {
    this.responses[this.responses.length - 1] = bytes;
    if (this.options.webPayloadLimit && bytes >= WEB_RESPONSE_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${bytes} bytes) has exceeded the limit.`,
      );
    }
  }
}

/** The fake `Excel.RequestContext`: a workbook proxy (built on first use) and `sync()`. */
export class FakeRequestContext {
  readonly #batch: FakeBatch;
  readonly #state: FakeWorkbookState;
  #workbook: FakeWorkbook | null = null;
  constructor(host: FakeExcel) {
    this.#batch = new FakeBatch(host);
    this.#state = host.state;
  }
  get workbook(): FakeWorkbook {
    this.#workbook ??= new FakeWorkbook(this.#batch, this.#state);
    return this.#workbook;
  }
  /** Sends what is queued; no round trip when nothing is. */
  async sync(): Promise<void> {
    await Promise.resolve();
    this.#batch.flush();
  }
}

/** What `Excel.run` does after the batch's promise resolves: flush what is still queued. */
async function finalSync(context: FakeRequestContext): Promise<void> {
  await context.sync();
}

/** The one typed shim: where the fake is handed to code that expects Office.js. */
export function asRequestContext(context: FakeRequestContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}

/** The shape of `Excel.run` the port takes. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * `Excel.run` over the fake: a fresh context per batch and, once the batch's promise resolves, a final
 * sync of whatever is still queued (its failure rejects the run), as in Office.js.
 */
export function fakeExcelRun(host: FakeExcel): ExcelRun {
  return async (batch) => {
    const context = new FakeRequestContext(host);
    const result = await batch(asRequestContext(context));
    await finalSync(context);
    return result;
  };
}
