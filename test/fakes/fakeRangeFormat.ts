/**
 * The fake `Excel.RangeFormat` with its fill and font: column width and row height (in points, as
 * Office.js measures them), wrap, fill colour, bold and font colour. Reads report the top-left cell.
 */
import { cellKey, forEachCell } from "./fakeAddress";
import type { LocateRange, RangeTarget } from "./fakeRange";
import { assertWritable, FakeBatch, FakeClientObject } from "./fakeRequest";
import { cellAt, emptyCell, type FakeCell } from "./fakeState";

/** Excel's default column width (8.43 characters) and row height, in points. */
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

function assertTargetWritable(target: RangeTarget): void {
  assertWritable(target.sheet);
}

function topLeft(target: RangeTarget): FakeCell {
  return target.sheet.cells[cellKey(target.rect.row, target.rect.column)] ?? emptyCell();
}

/** Applies a style change to every cell of the range at sync time. */
abstract class FakeStyleProxy extends FakeClientObject<RangeTarget> {
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly locateRange: LocateRange,
  ) {
    super(batch, path);
  }
  protected locate(): RangeTarget | null {
    return this.locateRange();
  }
  protected styleCells(op: string, value: unknown, apply: (cell: FakeCell) => void): void {
    this.queue(op, value, (target) => {
      assertTargetWritable(target);
      forEachCell(target.rect, (row, column) => apply(cellAt(target.sheet, row, column)));
    });
  }
}

export class FakeRangeFill extends FakeStyleProxy {
  protected readonly scalarProperties = ["color"];
  protected snapshot(target: RangeTarget): unknown {
    return topLeft(target).fill ?? "#FFFFFF";
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.styleCells("fill.color", color, (cell) => (cell.fill = color));
  }
  clear(): void {
    this.styleCells("fill.clear", null, (cell) => delete cell.fill);
  }
}

export class FakeRangeFont extends FakeStyleProxy {
  protected readonly scalarProperties = ["bold", "color"];
  protected snapshot(target: RangeTarget, property: string): unknown {
    const cell = topLeft(target);
    return property === "bold" ? (cell.bold ?? false) : (cell.fontColor ?? "#000000");
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.styleCells("font.bold", bold, (cell) => (cell.bold = bold));
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.styleCells("font.color", color, (cell) => (cell.fontColor = color));
  }
}

export class FakeRangeFormat extends FakeStyleProxy {
  protected readonly scalarProperties = ["columnWidth", "rowHeight", "wrapText"];
  protected snapshot(target: RangeTarget, property: string): unknown {
    const { sheet, rect } = target;
    if (property === "columnWidth") return sheet.columnWidths[rect.column] ?? DEFAULT_COLUMN_WIDTH;
    if (property === "rowHeight") return sheet.rowHeights[rect.row] ?? DEFAULT_ROW_HEIGHT;
    return topLeft(target).wrap ?? false;
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  /** Sets the width of every column the range spans. */
  set columnWidth(points: number) {
    this.queue("columnWidth", points, (target) => {
      assertTargetWritable(target);
      for (let c = 0; c < target.rect.columnCount; c++)
        target.sheet.columnWidths[target.rect.column + c] = points;
    });
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.queue("rowHeight", points, (target) => {
      assertTargetWritable(target);
      for (let r = 0; r < target.rect.rowCount; r++) target.sheet.rowHeights[target.rect.row + r] = points;
    });
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.styleCells("wrapText", wrap, (cell) => (cell.wrap = wrap));
  }
  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.batch, `${this.path}.fill`, () => this.locate());
  }
  get font(): FakeRangeFont {
    return new FakeRangeFont(this.batch, `${this.path}.font`, () => this.locate());
  }
}
