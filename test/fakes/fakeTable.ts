/**
 * The fake `Excel.Table` and `Excel.TableCollection` (per sheet and workbook-wide): add over a range
 * whose first row holds the headers, names unique across the workbook, header/body/whole ranges, rows.add,
 * and the table's worksheet (loadable through the collection: "items/worksheet/name"). Tables cannot be
 * added, grown or removed on a protected sheet.
 */
import { cellKey, parseRect, splitSheet, type Rect } from "./fakeAddress";
import { enterInput } from "./fakeInput";
import { FakeRange } from "./fakeRange";
import { FakeWorksheet } from "./fakeWorksheet";
import { assertUnprotected } from "./fakeProtection";
import {
  collectionNames,
  FakeBatch,
  FakeClientObject,
  FakeOfficeError,
  invalidArgument,
  notFound,
} from "./fakeRequest";
import {
  cellAt,
  findSheet,
  hasContent,
  type FakeSheet,
  type FakeTable as TableRecord,
  type FakeValue,
  type FakeWorkbookState,
} from "./fakeState";

export interface TableScope {
  readonly workbook: FakeWorkbookState;
  /** One sheet for `worksheet.tables`, every sheet for `workbook.tables`. */
  readonly sheets: readonly FakeSheet[];
}

export interface TableTarget {
  readonly workbook: FakeWorkbookState;
  readonly sheet: FakeSheet;
  readonly table: TableRecord;
}

export function findTable(
  workbook: FakeWorkbookState,
  name: string,
  sheets: readonly FakeSheet[] = workbook.sheets,
): TableTarget | null {
  const wanted = name.toLowerCase();
  for (const sheet of sheets) {
    const table = sheet.tables.find((candidate) => candidate.name.toLowerCase() === wanted);
    if (table) return { workbook, sheet, table };
  }
  return null;
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

export class FakeTableRowCollection extends FakeClientObject<TableTarget> {
  protected readonly scalarProperties = ["count"];
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => TableTarget | null,
  ) {
    super(batch, path);
  }
  protected locate(): TableTarget | null {
    return this.find();
  }
  protected snapshot({ table }: TableTarget): unknown {
    return table.rect.rowCount - 1;
  }
  get count(): number {
    return this.read("count");
  }
  /** Appends rows at the end of the table (the fake ignores `index`). */
  add(index: number | null | undefined, values: readonly (readonly FakeValue[])[]): void {
    this.queue("add", { index, values }, ({ sheet, table }) => {
      assertUnprotected(sheet, "table.rows.add");
      const start = table.rect.row + table.rect.rowCount;
      values.forEach((row, r) => {
        if (row.length !== table.rect.columnCount) throw invalidArgument("row width");
        row.forEach((value, c) => enterInput(cellAt(sheet, start + r, table.rect.column + c), value));
      });
      table.rect = { ...table.rect, rowCount: table.rect.rowCount + values.length };
    });
  }
}

export class FakeTable extends FakeClientObject<TableTarget> {
  protected readonly scalarProperties = ["name", "style"];
  protected override readonly navigationProperties = ["rows", "worksheet"];
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => TableTarget | null,
    nullable = false,
  ) {
    super(batch, path, nullable);
  }
  protected locate(): TableTarget | null {
    return this.find();
  }
  protected snapshot({ table }: TableTarget, property: string): unknown {
    return property === "name" ? table.name : (table.style ?? "TableStyleMedium2");
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queue("name", name, ({ workbook, table }) => {
      const clash = findTable(workbook, name);
      if (clash && clash.table !== table)
        throw new FakeOfficeError("ItemAlreadyExists", `A table named '${name}' exists.`);
      // Excel keeps defined names and table names in one namespace.
      if (workbook.names.some((item) => item.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError("InvalidArgument", `A defined name '${name}' exists.`);
      table.name = name;
    });
  }
  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.queue("style", style, ({ table }) => (table.style = style));
  }
  get rows(): FakeTableRowCollection {
    return this.child(
      "rows",
      () => new FakeTableRowCollection(this.batch, `${this.path}.rows`, () => this.locate()),
    );
  }
  /** The sheet the table is on. */
  get worksheet(): FakeWorksheet {
    return this.child(
      "worksheet",
      () =>
        new FakeWorksheet(this.batch, `${this.path}.worksheet`, () => {
          const found = this.locate();
          return found ? { workbook: found.workbook, sheet: found.sheet } : null;
        }),
    );
  }
  getRange(): FakeRange {
    return this.part("getRange()", (rect) => rect);
  }
  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange()", (rect) => ({ ...rect, rowCount: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange()", (rect) => ({
      ...rect,
      row: rect.row + 1,
      rowCount: Math.max(1, rect.rowCount - 1),
    }));
  }
  /** Removes the table together with its cells' contents. */
  delete(): void {
    this.queue("delete", null, ({ sheet, table }) => {
      assertUnprotected(sheet, "table.delete");
      sheet.tables = sheet.tables.filter((other) => other !== table);
      for (let r = 0; r < table.rect.rowCount; r++) {
        for (let c = 0; c < table.rect.columnCount; c++)
          delete sheet.cells[cellKey(table.rect.row + r, table.rect.column + c)];
      }
    });
  }
  /** Removes the table, keeping its cells. */
  convertToRange(): void {
    this.queue("convertToRange", null, ({ sheet, table }) => {
      assertUnprotected(sheet, "table.convertToRange");
      sheet.tables = sheet.tables.filter((other) => other !== table);
    });
  }
  private part(step: string, reshape: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(this.batch, `${this.path}.${step}`, () => {
      const { workbook, sheet, table } = this.target();
      return { workbook, sheet, rect: reshape(table.rect) };
    });
  }
}

/** Follows a table by its record once found, so renames in the same request keep working. */
function tableLocator(scope: () => TableScope, name: string): () => TableTarget | null {
  let found: TableTarget | null = null;
  return () => {
    if (found && found.sheet.tables.includes(found.table)) return found;
    const { workbook, sheets } = scope();
    found = findTable(workbook, name, sheets);
    return found;
  };
}

export class FakeTableCollection extends FakeClientObject<TableScope> {
  protected readonly scalarProperties = ["count"];
  #items: FakeTable[] | null = null;
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly scope: () => TableScope,
  ) {
    super(batch, path);
  }
  protected locate(): TableScope {
    return this.scope();
  }
  protected snapshot({ sheets }: TableScope): unknown {
    return sheets.reduce((sum, sheet) => sum + sheet.tables.length, 0);
  }
  protected override resolveLoad(scope: TableScope, names: readonly string[]): void {
    const { own, items: wanted } = collectionNames(names, this.scalarProperties);
    if (own.length > 0) super.resolveLoad(scope, own);
    const items = scope.sheets.flatMap((sheet) =>
      sheet.tables.map((table) => {
        const item = new FakeTable(
          this.batch,
          `${this.path}.items[${table.name}]`,
          tableLocator(() => scope, table.name),
        );
        FakeClientObject.preload(item, { workbook: scope.workbook, sheet, table }, wanted);
        return item;
      }),
    );
    this.batch.deliver(null, () => (this.#items = items));
  }
  get items(): FakeTable[] {
    if (this.#items === null)
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.#items;
  }
  get count(): number {
    return this.read("count");
  }

  /** Adds a table over `address` (its first row holds the headers). */
  add(address: string, hasHeaders: boolean): FakeTable {
    let created: TableTarget | null = null;
    this.queue("add", { address, hasHeaders }, ({ workbook, sheets }) => {
      if (!hasHeaders) throw invalidArgument("the fake models tables with headers only");
      const parts = splitSheet(address);
      const sheet = parts.sheet === null ? sheets[0] : findSheet(workbook, parts.sheet);
      const rect = parseRect(parts.cells);
      if (!sheet || !rect || rect.rowCount < 2) throw invalidArgument(`table address ${address}`);
      assertUnprotected(sheet, "tables.add");
      if (sheet.tables.some((table) => overlaps(table.rect, rect)))
        throw new FakeOfficeError("InvalidOperation", "Tables can't overlap.");
      const table: TableRecord = { name: nextTableName(workbook), rect };
      for (let c = 0; c < rect.columnCount; c++) {
        const header = cellAt(sheet, rect.row, rect.column + c);
        if (!hasContent(header)) enterInput(header, `Column${c + 1}`);
      }
      sheet.tables.push(table);
      created = { workbook, sheet, table };
    });
    return new FakeTable(this.batch, `${this.path}.add(${address})`, () => created);
  }

  getItem(name: string): FakeTable {
    const locate = tableLocator(this.scope, name);
    return new FakeTable(this.batch, `${this.path}.getItem(${name})`, () => {
      const found = locate();
      if (!found) throw notFound(`table ${name}`);
      return found;
    });
  }

  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(
      this.batch,
      `${this.path}.getItemOrNullObject(${name})`,
      tableLocator(this.scope, name),
      true,
    );
  }
}

function nextTableName(workbook: FakeWorkbookState): string {
  for (let n = 1; ; n++) if (!findTable(workbook, `Table${n}`)) return `Table${n}`;
}
