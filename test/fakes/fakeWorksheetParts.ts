/**
 * Parts of the fake `Excel.Worksheet` that hold sheet-level state: protection and freeze panes.
 */
import { parseRect } from "./fakeAddress";
import { FakeBatch, FakeClientObject, invalidArgument } from "./fakeRequest";
import type { FakeSheet, FakeWorkbookState } from "./fakeState";

export interface SheetTarget {
  readonly workbook: FakeWorkbookState;
  readonly sheet: FakeSheet;
}

export class FakeWorksheetProtection extends FakeClientObject<SheetTarget> {
  protected readonly scalarProperties = ["protected"];
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
  protected snapshot({ sheet }: SheetTarget): unknown {
    return sheet.protected;
  }
  get protected(): boolean {
    return this.read("protected");
  }
  protect(): void {
    this.queue("protect", null, ({ sheet }) => (sheet.protected = true));
  }
  unprotect(): void {
    this.queue("unprotect", null, ({ sheet }) => (sheet.protected = false));
  }
}

export class FakeFreezePanes extends FakeClientObject<SheetTarget> {
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
  freezeRows(count: number): void {
    this.queue("freezeRows", count, ({ sheet }) => (sheet.freeze = { rows: count, columns: 0 }));
  }
  freezeColumns(count: number): void {
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
