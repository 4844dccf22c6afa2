/**
 * The fake `Excel.Range`: values, formulas and number formats land in the backing sheet only when the
 * request is synced; reads need `load` + `sync`. Derived ranges (getCell, getResizedRange, ...) are
 * located lazily, so a range taken from a used range that does not exist yet still resolves at sync.
 * `getIntersectionOrNullObject` of a null object is a null object too. Merged cells: fakeRangeAreas.ts.
 * Writing values or formulas, or clearing contents, raises the sheet's `onChanged` (fakeEvents.ts).
 */
import {
  cellKey,
  forEachCell,
  formatAddress,
  formatRect,
  intersectRects,
  parseRect,
  splitSheet,
  type Rect,
} from "./fakeAddress";
import { asInput, enterInput, formulaOf } from "./fakeInput";
import { assertAllowed, assertEditable, assertUnprotected, setLocked } from "./fakeProtection";
import {
  FakeRangeAreas,
  assertNotIntoMerged,
  mergeRange,
  mergedAreasTarget,
  unmergeRange,
} from "./fakeRangeAreas";
import { FakeRangeFormat } from "./fakeRangeFormat";
import { FakeConditionalFormatCollection } from "./fakeConditionalFormats";
import { FakeDataValidation } from "./fakeRangeRules";
import { FakeBatch, FakeClientObject, invalidArgument } from "./fakeRequest";
import {
  cellAt,
  emptyCell,
  type FakeHyperlink,
  type FakeSheet,
  type FakeValue,
  type FakeWorkbookState,
  usedRect,
} from "./fakeState";

/** Where a range lives at sync time. */
export interface RangeTarget {
  readonly workbook: FakeWorkbookState;
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

export type LocateRange = () => RangeTarget | null;

type Matrix = readonly (readonly unknown[])[];

function checkedMatrix(rect: Rect, matrix: Matrix, what: string): (FakeValue | null)[][] {
  if (!Array.isArray(matrix) || matrix.length !== rect.rowCount) throw invalidArgument(`${what}: row count`);
  return matrix.map((row) => {
    if (!Array.isArray(row) || row.length !== rect.columnCount)
      throw invalidArgument(`${what}: column count`);
    return row.map((raw: unknown) => {
      const input = asInput(raw);
      if (input === undefined) throw invalidArgument(`${what}: unsupported value`);
      return input;
    });
  });
}

function readMatrix(
  target: RangeTarget,
  pick: (sheet: FakeSheet, row: number, column: number) => FakeValue,
): FakeValue[][] {
  const rows: FakeValue[][] = Array.from({ length: target.rect.rowCount }, () => []);
  forEachCell(target.rect, (row, column, r) => rows[r]?.push(pick(target.sheet, row, column)));
  return rows;
}

const cellOf = (sheet: FakeSheet, row: number, column: number) => sheet.cells[cellKey(row, column)];

function removeHyperlinks(sheet: FakeSheet, rect: Rect): void {
  for (const address of Object.keys(sheet.hyperlinks)) {
    const at = parseRect(address);
    if (at && intersectRects(at, rect)) delete sheet.hyperlinks[address];
  }
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly scalarProperties = [
    "address",
    "values",
    "formulas",
    "numberFormat",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "hyperlink",
  ];

  protected override readonly navigationProperties = ["format", "dataValidation", "conditionalFormats"];

  constructor(
    batch: FakeBatch,
    path: string,
    private readonly locateRange: LocateRange,
    nullable = false,
  ) {
    super(batch, path, nullable);
  }

  protected locate(): RangeTarget | null {
    return this.locateRange();
  }

  /** Where a range passed as an argument (a chart's source, a series' values) is, at sync time. */
  static targetOf(range: FakeRange): RangeTarget {
    return range.target();
  }

  protected snapshot(target: RangeTarget, property: string): unknown {
    const { sheet, rect } = target;
    switch (property) {
      case "address":
        return formatAddress(sheet.name, rect);
      case "values":
        return readMatrix(target, (s, row, column) => (cellOf(s, row, column) ?? emptyCell()).value);
      case "formulas":
        return readMatrix(target, (s, row, column) => formulaOf(cellOf(s, row, column)));
      case "numberFormat":
        return readMatrix(target, (s, row, column) => (cellOf(s, row, column) ?? emptyCell()).numberFormat);
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      default:
        return sheet.hyperlinks[cellKey(rect.row, rect.column)] ?? null;
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get values(): FakeValue[][] {
    return this.read("values");
  }
  set values(matrix: Matrix) {
    this.queueInputs("values", matrix);
  }

  get formulas(): FakeValue[][] {
    return this.read("formulas");
  }
  set formulas(matrix: Matrix) {
    this.queueInputs("formulas", matrix);
  }

  get numberFormat(): FakeValue[][] {
    return this.read("numberFormat");
  }
  set numberFormat(matrix: Matrix) {
    this.queue("numberFormat", matrix, ({ sheet, rect }) => {
      assertAllowed(sheet, "allowFormatCells", "numberFormat");
      const checked = checkedMatrix(rect, matrix, "numberFormat");
      forEachCell(rect, (row, column, r, c) => {
        const format = checked[r]?.[c];
        if (typeof format === "string") cellAt(sheet, row, column).numberFormat = format;
      });
    });
  }

  get hyperlink(): FakeHyperlink | null {
    return this.read("hyperlink");
  }
  set hyperlink(link: FakeHyperlink) {
    this.queue("hyperlink", link, ({ sheet, rect }) => {
      assertAllowed(sheet, "allowInsertHyperlinks", "hyperlink");
      if (link.textToDisplay !== undefined) assertEditable(sheet, rect, "hyperlink text");
      forEachCell(rect, (row, column) => {
        sheet.hyperlinks[cellKey(row, column)] = { ...link };
        if (link.textToDisplay !== undefined)
          enterInput(cellAt(sheet, row, column), `'${link.textToDisplay}`);
      });
    });
  }

  get format(): FakeRangeFormat {
    return this.child(
      "format",
      () => new FakeRangeFormat(this.batch, `${this.path}.format`, () => this.locate()),
    );
  }
  get dataValidation(): FakeDataValidation {
    return this.child(
      "dataValidation",
      () => new FakeDataValidation(this.batch, `${this.path}.dataValidation`, () => this.locate()),
    );
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.child(
      "conditionalFormats",
      () =>
        new FakeConditionalFormatCollection(this.batch, `${this.path}.conditionalFormats`, () =>
          this.locate(),
        ),
    );
  }

  /** Selects the range and activates its sheet. */
  select(): void {
    this.queue("select", null, ({ workbook, sheet, rect }) => {
      workbook.activeSheet = sheet.name;
      workbook.selection = { sheet: sheet.name, address: formatRect(rect) };
    });
  }

  /**
   * Clears contents (and formats for "All"/"Formats") of every cell in the range; "All" takes the links
   * too, and "Hyperlinks" (ExcelApi 1.7) only the links, leaving the text they showed.
   */
  clear(applyTo: "All" | "Contents" | "Formats" | "Hyperlinks" = "All"): void {
    this.queue("clear", applyTo, ({ sheet, rect }) => {
      if (applyTo === "Hyperlinks") {
        this.batch.requireApi("ExcelApi", "1.7");
        assertAllowed(sheet, "allowInsertHyperlinks", "clear hyperlinks");
        removeHyperlinks(sheet, rect);
        return;
      }
      if (applyTo !== "Formats") assertEditable(sheet, rect, "clear");
      if (applyTo !== "Contents") assertAllowed(sheet, "allowFormatCells", "clear formats");
      if (applyTo === "All") removeHyperlinks(sheet, rect);
      // Cleared formats are the Normal style's, whose cells are locked.
      if (applyTo !== "Contents") setLocked(sheet, rect, true);
      // Only cells that exist can change: walk those, so clearing a whole sheet stays cheap.
      for (const [key, cell] of Object.entries(sheet.cells)) {
        const at = parseRect(key);
        if (!at || !intersectRects(at, rect)) continue;
        if (applyTo === "All") delete sheet.cells[key];
        else if (applyTo === "Contents")
          sheet.cells[key] = { ...cell, value: "", formula: null, quotePrefix: false };
        else sheet.cells[key] = { ...emptyCell(), value: cell.value, formula: cell.formula };
      }
      if (applyTo !== "Formats") this.batch.changed(sheet.id, formatRect(rect));
    });
  }

  /**
   * Merges the range into one area, or each of its rows into one (`across`), keeping the top-left value
   * of each (ExcelApi 1.2). See fakeRangeAreas.ts for what is refused.
   */
  merge(across = false): void {
    this.queue("merge", across, ({ sheet, rect }) => {
      this.batch.requireApi("ExcelApi", "1.2");
      assertUnprotected(sheet, "merge");
      mergeRange(sheet, rect, across);
    });
  }

  /** Unmerges every merged area the range touches (ExcelApi 1.2). */
  unmerge(): void {
    this.queue("unmerge", null, ({ sheet, rect }) => {
      this.batch.requireApi("ExcelApi", "1.2");
      assertUnprotected(sheet, "unmerge");
      unmergeRange(sheet, rect);
    });
  }

  /**
   * The merged areas whose top-left cell is in this range (ExcelApi 1.13): a null object when there is
   * none, or when this range is itself a null object; a failure past 512 areas.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.batch,
      `${this.path}.getMergedAreasOrNullObject()`,
      () => {
        this.batch.requireApi("ExcelApi", "1.13");
        const target = this.locate();
        return target === null ? null : mergedAreasTarget(target.sheet, target.rect);
      },
      true,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive(`getCell(${row},${column})`, (rect) => ({
      row: rect.row + row,
      column: rect.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive(`getResizedRange(${deltaRows},${deltaColumns})`, (rect) => ({
      ...rect,
      rowCount: rect.rowCount + deltaRows,
      columnCount: rect.columnCount + deltaColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive(`getOffsetRange(${rowOffset},${columnOffset})`, (rect) => ({
      ...rect,
      row: rect.row + rowOffset,
      column: rect.column + columnOffset,
    }));
  }

  /**
   * The used range within this range (ExcelApi 1.4): the smallest rectangle of its cells that hold
   * something (a value or formula, when valuesOnly); a null object when none does.
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.batch,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const target = this.locate();
        const rect = target ? usedRect(target.sheet, valuesOnly, target.rect) : null;
        return target && rect ? { ...target, rect } : null;
      },
      true,
    );
  }

  /**
   * The cells this range shares with another (a range or an address on the same sheet: "A1:CV200",
   * whole rows "1:2000", whole columns "C:F"); a null object when they do not meet, or when this range
   * is itself a null object.
   */
  getIntersectionOrNullObject(anotherRange: FakeRange | string): FakeRange {
    const step = `getIntersectionOrNullObject(${typeof anotherRange === "string" ? anotherRange : anotherRange.path})`;
    return new FakeRange(
      this.batch,
      `${this.path}.${step}`,
      () => {
        const target = this.locate();
        if (target === null) return null;
        const other = this.rectOf(anotherRange, target);
        const rect = intersectRects(target.rect, other);
        return rect ? { ...target, rect } : null;
      },
      true,
    );
  }

  /** The rectangle of another range or an address, which must be on the sheet of `target`. */
  private rectOf(other: FakeRange | string, target: RangeTarget): Rect {
    if (typeof other !== "string") {
      const found = other.target();
      if (found.sheet !== target.sheet) throw invalidArgument("a range on another sheet");
      return found.rect;
    }
    const { sheet, cells } = splitSheet(other);
    const rect = parseRect(cells);
    if (!rect || (sheet !== null && sheet.toLowerCase() !== target.sheet.name.toLowerCase()))
      throw invalidArgument(`address ${other}`);
    return rect;
  }

  private derive(step: string, reshape: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(this.batch, `${this.path}.${step}`, () => {
      const target = this.target();
      const rect = reshape(target.rect);
      if (rect.row < 0 || rect.column < 0 || rect.rowCount < 1 || rect.columnCount < 1)
        throw invalidArgument(step);
      return { ...target, rect };
    });
  }

  private queueInputs(property: "values" | "formulas", matrix: Matrix): void {
    this.queue(property, matrix, ({ sheet, rect }) => {
      assertEditable(sheet, rect, property);
      const checked = checkedMatrix(rect, matrix, property);
      assertNotIntoMerged(sheet, rect, checked, property);
      forEachCell(rect, (row, column, r, c) => {
        const input = checked[r]?.[c] ?? null;
        if (input !== null) enterInput(cellAt(sheet, row, column), input);
      });
      this.batch.changed(sheet.id, formatRect(rect));
    });
  }
}
