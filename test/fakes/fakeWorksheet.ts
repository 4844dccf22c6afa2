/**
 * The fake `Excel.Worksheet` and `Excel.WorksheetCollection`: add/getItem/getItemOrNullObject, the used
 * range, freeze panes, protection, visibility, tab colour, charts, activation and the `onChanged` event.
 * A worksheet proxy keeps pointing at the same sheet after a rename, as Office.js proxies do. Sheet protection does not stop a
 * sheet from being renamed, recoloured, hidden or deleted (that is the workbook's structure protection).
 */
import { MAX_COLUMNS, MAX_ROWS, parseRect, splitSheet, type Rect } from "./fakeAddress";
import { FakeChartCollection } from "./fakeChart";
import { FakeWorksheetChangedEvents } from "./fakeEvents";
import { FakePageLayout } from "./fakePageLayout";
import { FakeRange, type RangeTarget } from "./fakeRange";
import {
  collectionNames,
  FakeBatch,
  FakeClientObject,
  FakeOfficeError,
  invalidArgument,
  notFound,
} from "./fakeRequest";
import { emptySheet, findSheet, usedRect, type FakeVisibility, type FakeWorkbookState } from "./fakeState";
import { FakeTableCollection } from "./fakeTable";
import { FakeFreezePanes, FakeWorksheetProtection, type SheetTarget } from "./fakeWorksheetParts";

export type { SheetTarget } from "./fakeWorksheetParts";

let nextSheetId = 1;
export const newSheetId = (): string => `{fake-sheet-${nextSheetId++}}`;

const VISIBILITIES: readonly string[] = ["Visible", "Hidden", "VeryHidden"];

function invalidOperation(message: string): FakeOfficeError {
  return new FakeOfficeError("InvalidOperation", message);
}

export class FakeWorksheet extends FakeClientObject<SheetTarget> {
  protected readonly scalarProperties = ["name", "id", "tabColor", "position", "visibility"];
  protected override readonly navigationProperties = [
    "protection",
    "freezePanes",
    "tables",
    "charts",
    "pageLayout",
  ];

  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => SheetTarget | null,
    nullable = false,
  ) {
    super(batch, path, nullable);
  }
  protected locate(): SheetTarget | null {
    return this.find();
  }
  protected snapshot({ workbook, sheet }: SheetTarget, property: string): unknown {
    if (property === "position") return workbook.sheets.indexOf(sheet);
    return sheet[property as "name" | "id" | "tabColor" | "visibility"];
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queue("name", name, ({ workbook, sheet }) => {
      const clash = findSheet(workbook, name);
      if (clash && clash !== sheet)
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${name}' exists.`);
      if (workbook.activeSheet === sheet.name) workbook.activeSheet = name;
      sheet.name = name;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(color: string) {
    this.queue("tabColor", color, ({ sheet }) => (sheet.tabColor = color));
  }
  get visibility(): FakeVisibility {
    return this.read("visibility");
  }
  /**
   * "Visible" | "Hidden" | "VeryHidden". A workbook keeps at least one visible sheet; hiding the active
   * sheet activates the next visible one.
   */
  set visibility(visibility: FakeVisibility) {
    this.queue("visibility", visibility, ({ workbook, sheet }) => {
      if (!VISIBILITIES.includes(visibility)) throw invalidArgument(`visibility ${String(visibility)}`);
      if (visibility !== "Visible") {
        const others = workbook.sheets.filter((other) => other !== sheet && other.visibility === "Visible");
        if (others.length === 0)
          throw invalidOperation("A workbook must contain at least one visible worksheet.");
        if (workbook.activeSheet?.toLowerCase() === sheet.name.toLowerCase()) {
          const index = workbook.sheets.indexOf(sheet);
          const next =
            workbook.sheets.slice(index + 1).find((other) => others.includes(other)) ??
            others[others.length - 1];
          workbook.activeSheet = next?.name ?? null;
        }
      }
      sheet.visibility = visibility;
    });
  }
  get protection(): FakeWorksheetProtection {
    return this.child(
      "protection",
      () => new FakeWorksheetProtection(this.batch, `${this.path}.protection`, () => this.locate()),
    );
  }
  get freezePanes(): FakeFreezePanes {
    return this.child(
      "freezePanes",
      () => new FakeFreezePanes(this.batch, `${this.path}.freezePanes`, () => this.locate()),
    );
  }
  get tables(): FakeTableCollection {
    return this.child(
      "tables",
      () =>
        new FakeTableCollection(this.batch, `${this.path}.tables`, () => {
          const { workbook, sheet } = this.target();
          return { workbook, sheets: [sheet] };
        }),
    );
  }

  get charts(): FakeChartCollection {
    return this.child(
      "charts",
      () => new FakeChartCollection(this.batch, `${this.path}.charts`, () => this.target()),
    );
  }

  get pageLayout(): FakePageLayout {
    return this.child(
      "pageLayout",
      () => new FakePageLayout(this.batch, `${this.path}.pageLayout`, () => this.locate()),
    );
  }

  /** Occurs when data changes on the sheet (ExcelApi 1.7); see fakeEvents.ts. */
  get onChanged(): FakeWorksheetChangedEvents {
    return this.child(
      "onChanged",
      () => new FakeWorksheetChangedEvents(this.batch, `${this.path}.onChanged`, () => this.locate()),
    );
  }

  /** Activates the sheet; a hidden sheet cannot be activated. */
  activate(): void {
    this.queue("activate", null, ({ workbook, sheet }) => {
      if (sheet.visibility !== "Visible") throw invalidOperation(`The sheet '${sheet.name}' is hidden.`);
      workbook.activeSheet = sheet.name;
    });
  }

  /** Deletes the sheet; the last visible sheet cannot go. */
  delete(): void {
    this.queue("delete", null, ({ workbook, sheet }) => {
      const visible = workbook.sheets.filter((other) => other !== sheet && other.visibility === "Visible");
      if (visible.length === 0)
        throw invalidOperation("A workbook must contain at least one visible worksheet.");
      workbook.sheets = workbook.sheets.filter((other) => other !== sheet);
      if (workbook.activeSheet?.toLowerCase() === sheet.name.toLowerCase())
        workbook.activeSheet = visible[0]?.name ?? null;
    });
  }

  /** A range by A1 address on this sheet; the whole sheet without one. */
  getRange(address?: string): FakeRange {
    return this.rangeAt(`getRange(${address ?? ""})`, () => {
      if (address === undefined) return { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
      const { sheet, cells } = splitSheet(address);
      const rect = parseRect(cells);
      if (!rect || (sheet !== null && sheet.toLowerCase() !== this.target().sheet.name.toLowerCase())) {
        throw invalidArgument(`address ${address}`);
      }
      return rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.rangeAt(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1)
        throw invalidArgument("indexes");
      return { row: startRow, column: startColumn, rowCount, columnCount };
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.rangeAt(`getUsedRange(${valuesOnly})`, () => {
      return usedRect(this.target().sheet, valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const path = `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`;
    return new FakeRange(
      this.batch,
      path,
      () => {
        const target = this.locate();
        const rect = target ? usedRect(target.sheet, valuesOnly) : null;
        return target && rect ? { ...target, rect } : null;
      },
      true,
    );
  }

  private rangeAt(step: string, rectOf: () => Rect): FakeRange {
    return new FakeRange(this.batch, `${this.path}.${step}`, (): RangeTarget => ({
      ...this.target(),
      rect: rectOf(),
    }));
  }
}

/** A locator that finds a sheet by name (or id) once, then follows it by id across renames. */
function sheetLocator(workbook: FakeWorkbookState, key: string): () => SheetTarget | null {
  let id: string | null = null;
  return () => {
    const sheet =
      id !== null
        ? workbook.sheets.find((candidate) => candidate.id === id)
        : (findSheet(workbook, key) ?? workbook.sheets.find((candidate) => candidate.id === key));
    if (!sheet) return null;
    id = sheet.id;
    return { workbook, sheet };
  };
}

export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbookState> {
  protected readonly scalarProperties = [];
  #items: FakeWorksheet[] | null = null;

  constructor(
    batch: FakeBatch,
    path: string,
    private readonly workbook: FakeWorkbookState,
  ) {
    super(batch, path);
  }
  protected locate(): FakeWorkbookState {
    return this.workbook;
  }
  protected snapshot(): unknown {
    return null;
  }
  protected override resolveLoad(workbook: FakeWorkbookState, names: readonly string[]): void {
    const { items: wanted } = collectionNames(names, this.scalarProperties);
    const items = workbook.sheets.map((sheet) => {
      const item = new FakeWorksheet(
        this.batch,
        `${this.path}.items[${sheet.id}]`,
        sheetLocator(workbook, sheet.id),
      );
      FakeClientObject.preload(item, { workbook, sheet }, wanted);
      return item;
    });
    this.batch.deliver(null, () => (this.#items = items));
  }

  get items(): FakeWorksheet[] {
    if (this.#items === null)
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.#items;
  }

  add(name?: string): FakeWorksheet {
    const sheetName = name ?? `Sheet${this.workbook.sheets.length + 1}`;
    this.queue("add", sheetName, (workbook) => {
      if (findSheet(workbook, sheetName)) {
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${sheetName}' already exists.`);
      }
      workbook.sheets.push(emptySheet(newSheetId(), sheetName));
    });
    return new FakeWorksheet(
      this.batch,
      `${this.path}.add(${sheetName})`,
      sheetLocator(this.workbook, sheetName),
    );
  }

  getItem(key: string): FakeWorksheet {
    const locate = sheetLocator(this.workbook, key);
    return new FakeWorksheet(this.batch, `${this.path}.getItem(${key})`, () => locate() ?? failMissing(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.batch,
      `${this.path}.getItemOrNullObject(${key})`,
      sheetLocator(this.workbook, key),
      true,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.batch, `${this.path}.getActiveWorksheet()`, () => {
      const name = this.workbook.activeSheet ?? this.workbook.sheets[0]?.name;
      const sheet = name === undefined ? undefined : findSheet(this.workbook, name);
      return sheet ? { workbook: this.workbook, sheet } : failMissing("active worksheet");
    });
  }
}

function failMissing(what: string): never {
  throw notFound(what);
}
