/**
 * Events in the fake host: `Worksheet.onChanged` (ExcelApi 1.7). As in Office.js, `add` and `remove`
 * take effect with the request that carries them (a failed sync registers nothing), the handlers belong
 * to the sheet (they follow it across a rename), and a handler runs after the change, never inside the
 * request that made it. The host fires the event when a batch writes values or formulas, or clears
 * cells, and when a test plays a person's edit (`FakeExcel.edit`, `FakeExcel.fireChanged`).
 */
import { FakeBatch, notFound } from "./fakeRequest";
import type { SheetTarget } from "./fakeWorksheetParts";

/** `Excel.WorksheetChangedEventArgs`: what the fake says about a change (no `details`, no ranges). */
export interface FakeWorksheetChangedEventArgs {
  readonly type: "WorksheetChanged";
  readonly changeType: "RangeEdited";
  /** "Local": this session (a person here, or an add-in); "Remote": a co-author. */
  readonly source: "Local" | "Remote";
  readonly worksheetId: string;
  /** The changed cells, without the sheet ("B3", "A2:C9"). */
  readonly address: string;
}

export type FakeChangedHandler = (args: FakeWorksheetChangedEventArgs) => Promise<unknown>;

/** The handlers registered with the host, by sheet id; not an Office.js class. */
export class FakeEventRegistry {
  readonly #handlers = new Map<string, FakeChangedHandler[]>();
  /** What handlers threw or rejected with (Office.js logs it and goes on), for tests to look at. */
  readonly errors: unknown[] = [];

  add(sheetId: string, handler: FakeChangedHandler): void {
    this.#handlers.set(sheetId, [...(this.#handlers.get(sheetId) ?? []), handler]);
  }

  /** Removes one registration of `handler` (none when it is not registered). */
  remove(sheetId: string, handler: FakeChangedHandler): void {
    const handlers = [...(this.#handlers.get(sheetId) ?? [])];
    const index = handlers.lastIndexOf(handler);
    if (index >= 0) handlers.splice(index, 1);
    this.#handlers.set(sheetId, handlers);
  }

  /** Handlers registered for a sheet, or for every sheet. */
  count(sheetId?: string): number {
    if (sheetId !== undefined) return this.#handlers.get(sheetId)?.length ?? 0;
    return [...this.#handlers.values()].reduce((sum, handlers) => sum + handlers.length, 0);
  }

  /** Calls the sheet's handlers after the current task; resolves once every one has settled. */
  async fire(args: FakeWorksheetChangedEventArgs): Promise<void> {
    const handlers = [...(this.#handlers.get(args.worksheetId) ?? [])];
    await Promise.all(
      handlers.map((handler) =>
        Promise.resolve()
          .then(() => handler(args))
          .catch((error: unknown) => {
            this.errors.push(error);
          }),
      ),
    );
  }
}

/** `OfficeExtension.EventHandlerResult`: removes its handler once. */
export class FakeEventHandlerResult {
  #handler: FakeChangedHandler | null;
  constructor(
    private readonly handlers: FakeWorksheetChangedEvents,
    handler: FakeChangedHandler,
  ) {
    this.#handler = handler;
  }
  remove(): void {
    if (this.#handler === null) return;
    this.handlers.remove(this.#handler);
    this.#handler = null;
  }
}

/** `Worksheet.onChanged`: `OfficeExtension.EventHandlers<Excel.WorksheetChangedEventArgs>`. */
export class FakeWorksheetChangedEvents {
  constructor(
    private readonly batch: FakeBatch,
    private readonly path: string,
    private readonly locate: () => SheetTarget | null,
  ) {}

  add(handler: FakeChangedHandler): FakeEventHandlerResult {
    this.queue("add", (registry, sheetId) => registry.add(sheetId, handler));
    return new FakeEventHandlerResult(this, handler);
  }

  remove(handler: FakeChangedHandler): void {
    this.queue("remove", (registry, sheetId) => registry.remove(sheetId, handler));
  }

  /** A registration command: it needs the sheet and ExcelApi 1.7, and counts only once the request succeeded. */
  private queue(op: string, change: (registry: FakeEventRegistry, sheetId: string) => void): void {
    this.batch.enqueue({ path: this.path, op }, () => {
      this.batch.requireApi("ExcelApi", "1.7");
      const target = this.locate();
      if (target === null) throw notFound(this.path);
      const registry = this.batch.events;
      this.batch.deliver(null, () => change(registry, target.sheet.id));
    });
  }
}
