/**
 * Parts of the fake `Excel.Worksheet` that hold sheet-level state: protection and freeze panes.
 */
import { parseRect } from "./fakeAddress";
import { defaultProtectionOptions, type FakeProtectionOptions } from "./fakeProtection";
import { FakeBatch, FakeClientObject, FakeProxy, invalidArgument } from "./fakeRequest";
import type { FakeSheet, FakeWorkbookState } from "./fakeState";

export interface SheetTarget {
  readonly workbook: FakeWorkbookState;
  readonly sheet: FakeSheet;
}

const OPTION_NAMES = Object.keys(defaultProtectionOptions());
const SELECTION_MODES: readonly string[] = ["Normal", "Unlocked", "None"];

/** Options given to `protect()`, checked as Excel checks them, over the defaults. */
function protectionOptions(given: Partial<FakeProtectionOptions> | null | undefined): FakeProtectionOptions {
  const options = defaultProtectionOptions();
  for (const [name, value] of Object.entries(given ?? {})) {
    if (value === undefined || value === null) continue;
    if (!OPTION_NAMES.includes(name)) throw invalidArgument(`protection option ${name}`);
    if (name === "selectionMode") {
      if (typeof value !== "string" || !SELECTION_MODES.includes(value))
        throw invalidArgument("selectionMode");
      options.selectionMode = value;
    } else {
      if (typeof value !== "boolean") throw invalidArgument(`protection option ${name}`);
      options[name as Exclude<keyof FakeProtectionOptions, "selectionMode">] = value;
    }
  }
  return options;
}

/**
 * `Excel.WorksheetProtection`: `protect(options?, password?)`, `unprotect(password?)`, and the loadable
 * `protected` and `options`. Protecting a protected sheet, or unprotecting an unprotected one, changes
 * nothing; unprotecting with a wrong password fails with "InvalidArgument".
 */
export class FakeWorksheetProtection extends FakeClientObject<SheetTarget> {
  protected readonly scalarProperties = ["protected", "options"];
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => SheetTarget | null,
  ) {
    super(batch, path);
  }
  protected locate(): SheetTarget | null {
    return this.find();
  }
  protected snapshot({ sheet }: SheetTarget, property: string): unknown {
    if (property === "protected") return sheet.protection !== null;
    return { ...(sheet.protection?.options ?? defaultProtectionOptions()) };
  }
  get protected(): boolean {
    return this.read("protected");
  }
  get options(): FakeProtectionOptions {
    return this.read("options");
  }
  protect(options?: Partial<FakeProtectionOptions> | null, password?: string): void {
    this.queue("protect", { options, password }, ({ sheet }) => {
      const checked = protectionOptions(options);
      if (sheet.protection) return;
      sheet.protection = { options: checked, password: password ? password : null };
    });
  }
  unprotect(password?: string): void {
    this.queue("unprotect", { password }, ({ sheet }) => {
      if (!sheet.protection) return;
      if (sheet.protection.password !== null && sheet.protection.password !== password)
        throw invalidArgument("the password is incorrect");
      sheet.protection = null;
    });
  }
}

/** `Excel.WorksheetFreezePanes`, which has no `load` in Office.js. */
export class FakeFreezePanes extends FakeProxy<SheetTarget> {
  protected readonly scalarProperties = [];
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => SheetTarget | null,
  ) {
    super(batch, path);
  }
  protected locate(): SheetTarget | null {
    return this.find();
  }
  protected snapshot(): unknown {
    return null;
  }
  freezeRows(count = 1): void {
    this.queue("freezeRows", count, ({ sheet }) => (sheet.freeze = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.queue("freezeColumns", count, ({ sheet }) => (sheet.freeze = { rows: 0, columns: count }));
  }
  /** Freezes the rows and columns of an address anchored at A1 (the fake takes addresses only). */
  freezeAt(frozenRange: string): void {
    this.queue("freezeAt", frozenRange, ({ sheet }) => {
      const rect = typeof frozenRange === "string" ? parseRect(frozenRange) : null;
      if (!rect) throw invalidArgument(`freezeAt(${String(frozenRange)})`);
      sheet.freeze = { rows: rect.row + rect.rowCount, columns: rect.column + rect.columnCount };
    });
  }
  unfreeze(): void {
    this.queue("unfreeze", null, ({ sheet }) => (sheet.freeze = null));
  }
}
