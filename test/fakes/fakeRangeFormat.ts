/**
 * The fake `Excel.RangeFormat` with its fill, font, borders and protection: column width and row height
 * (in points, as Office.js measures them), wrap, vertical and horizontal alignment, fill colour, bold,
 * font colour, cell borders (fakeRangeBorders.ts) and whether cells are locked. Reads report the top-left
 * cell, except `protection.locked` (null when the range is mixed). On a protected sheet, changes need the
 * matching protection option (allowFormatCells, ...).
 */
import { cellKey, forEachCell } from "./fakeAddress";
import {
  assertAllowed,
  assertUnprotected,
  lockState,
  setLocked,
  type FakeProtectionOption,
} from "./fakeProtection";
import type { LocateRange, RangeTarget } from "./fakeRange";
import { FakeRangeBorderCollection } from "./fakeRangeBorders";
import { FakeBatch, FakeClientObject, invalidArgument } from "./fakeRequest";
import { cellAt, emptyCell, type FakeCell } from "./fakeState";

/** Excel's default column width (8.43 characters) and row height, in points. */
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

type VerticalAlignment = "Top" | "Center" | "Bottom" | "Justify" | "Distributed";
type HorizontalAlignment =
  "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed";
const VERTICAL: readonly string[] = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const HORIZONTAL: readonly string[] = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];

function assertTargetAllows(target: RangeTarget, option: FakeProtectionOption, what: string): void {
  assertAllowed(target.sheet, option, what);
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
      assertTargetAllows(target, "allowFormatCells", op);
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

/** Whether cells are locked (they all are in a new sheet); it matters once the sheet is protected. */
export class FakeFormatProtection extends FakeStyleProxy {
  protected readonly scalarProperties = ["locked"];
  protected snapshot({ sheet, rect }: RangeTarget): unknown {
    const state = lockState(sheet, rect);
    return state === "mixed" ? null : state === "locked";
  }
  /** True or false when every cell agrees, null when the range is mixed. */
  get locked(): boolean | null {
    return this.read("locked");
  }
  /** Excel refuses to lock or unlock cells while their sheet is protected. A whole sheet is one area. */
  set locked(locked: boolean) {
    this.queue("protection.locked", locked, ({ sheet, rect }) => {
      assertUnprotected(sheet, "protection.locked");
      setLocked(sheet, rect, locked);
    });
  }
}

export class FakeRangeFormat extends FakeStyleProxy {
  protected readonly scalarProperties = [
    "columnWidth",
    "rowHeight",
    "wrapText",
    "verticalAlignment",
    "horizontalAlignment",
  ];
  protected override readonly navigationProperties = ["fill", "font", "borders", "protection"];
  protected snapshot(target: RangeTarget, property: string): unknown {
    const { sheet, rect } = target;
    if (property === "columnWidth") return sheet.columnWidths[rect.column] ?? DEFAULT_COLUMN_WIDTH;
    if (property === "rowHeight") return sheet.rowHeights[rect.row] ?? DEFAULT_ROW_HEIGHT;
    if (property === "verticalAlignment") return topLeft(target).verticalAlignment ?? "Bottom";
    if (property === "horizontalAlignment") return topLeft(target).horizontalAlignment ?? "General";
    return topLeft(target).wrap ?? false;
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  /** Sets the width of every column the range spans. */
  set columnWidth(points: number) {
    this.queue("columnWidth", points, (target) => {
      assertTargetAllows(target, "allowFormatColumns", "columnWidth");
      for (let c = 0; c < target.rect.columnCount; c++)
        target.sheet.columnWidths[target.rect.column + c] = points;
    });
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.queue("rowHeight", points, (target) => {
      assertTargetAllows(target, "allowFormatRows", "rowHeight");
      for (let r = 0; r < target.rect.rowCount; r++) target.sheet.rowHeights[target.rect.row + r] = points;
    });
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.styleCells("wrapText", wrap, (cell) => (cell.wrap = wrap));
  }
  get verticalAlignment(): VerticalAlignment {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(alignment: VerticalAlignment) {
    this.styleCells("verticalAlignment", alignment, (cell) => {
      if (!VERTICAL.includes(alignment)) throw invalidArgument(`verticalAlignment ${String(alignment)}`);
      cell.verticalAlignment = alignment;
    });
  }
  get horizontalAlignment(): HorizontalAlignment {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(alignment: HorizontalAlignment) {
    this.styleCells("horizontalAlignment", alignment, (cell) => {
      if (!HORIZONTAL.includes(alignment)) throw invalidArgument(`horizontalAlignment ${String(alignment)}`);
      cell.horizontalAlignment = alignment;
    });
  }
  get borders(): FakeRangeBorderCollection {
    return this.child(
      "borders",
      () => new FakeRangeBorderCollection(this.batch, `${this.path}.borders`, () => this.locate()),
    );
  }
  get fill(): FakeRangeFill {
    return this.child("fill", () => new FakeRangeFill(this.batch, `${this.path}.fill`, () => this.locate()));
  }
  get font(): FakeRangeFont {
    return this.child("font", () => new FakeRangeFont(this.batch, `${this.path}.font`, () => this.locate()));
  }
  get protection(): FakeFormatProtection {
    return this.child(
      "protection",
      () => new FakeFormatProtection(this.batch, `${this.path}.protection`, () => this.locate()),
    );
  }
}
