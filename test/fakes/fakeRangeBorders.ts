/**
 * The fake `Excel.RangeBorderCollection` and `Excel.RangeBorder` of a range's format: `getItem(side)`
 * gives one side, whose line style, weight and colour land on sync on the cells that side touches — the
 * outer edges on the range's outer cells, "InsideVertical" / "InsideHorizontal" between its cells. Each
 * cell keeps its four lines, so a test can ask how any cell is outlined. Reads report the top-left cell's
 * line on that side. Unknown sides, styles and weights fail at sync with "InvalidArgument", as in Excel.
 */
import { cellKey, type Rect } from "./fakeAddress";
import { assertAllowed } from "./fakeProtection";
import type { LocateRange, RangeTarget } from "./fakeRange";
import { FakeBatch, FakeClientObject, invalidArgument } from "./fakeRequest";
import { cellAt, type FakeBorderLine, type FakeCellEdge } from "./fakeState";

type Side = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";
type LineStyle =
  "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot";
type LineWeight = "Hairline" | "Thin" | "Medium" | "Thick";

const SIDES: readonly string[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
];
const STYLES: readonly string[] = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
const WEIGHTS: readonly string[] = ["Hairline", "Thin", "Medium", "Thick"];

/** A side no one set: no line, Excel's default weight and colour. */
const NO_LINE: FakeBorderLine = { style: "None", weight: "Thin", color: "#000000" };

/** The cells a side touches and the edge of each it draws. */
function touched(side: Side, rect: Rect): { row: number; column: number; edge: FakeCellEdge }[] {
  const cells: { row: number; column: number; edge: FakeCellEdge }[] = [];
  const last = { row: rect.row + rect.rowCount - 1, column: rect.column + rect.columnCount - 1 };
  for (let row = rect.row; row <= last.row; row++) {
    for (let column = rect.column; column <= last.column; column++) {
      const add = (edge: FakeCellEdge) => cells.push({ row, column, edge });
      if (side === "EdgeTop" && row === rect.row) add("top");
      if (side === "EdgeBottom" && row === last.row) add("bottom");
      if (side === "EdgeLeft" && column === rect.column) add("left");
      if (side === "EdgeRight" && column === last.column) add("right");
      if (side === "InsideVertical") {
        if (column > rect.column) add("left");
        if (column < last.column) add("right");
      }
      if (side === "InsideHorizontal") {
        if (row > rect.row) add("top");
        if (row < last.row) add("bottom");
      }
    }
  }
  return cells;
}

/** The line of the range's top-left cell a side shows (none for an inside side of a single row or column). */
function readLine(side: Side, { sheet, rect }: RangeTarget): FakeBorderLine {
  const inside =
    side === "InsideVertical" ? rect.columnCount > 1 : side === "InsideHorizontal" ? rect.rowCount > 1 : true;
  const first = touched(side, rect)[0];
  if (!inside || !first) return NO_LINE;
  return sheet.cells[cellKey(first.row, first.column)]?.borders?.[first.edge] ?? NO_LINE;
}

export class FakeRangeBorder extends FakeClientObject<RangeTarget> {
  protected readonly scalarProperties = ["sideIndex", "style", "weight", "color"];
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly locateRange: LocateRange,
    private readonly side: Side,
  ) {
    super(batch, path);
  }
  protected locate(): RangeTarget | null {
    if (!SIDES.includes(this.side)) throw invalidArgument(`border index ${String(this.side)}`);
    return this.locateRange();
  }
  protected snapshot(target: RangeTarget, property: string): unknown {
    if (property === "sideIndex") return this.side;
    return readLine(this.side, target)[property as keyof FakeBorderLine];
  }
  private setLine(property: keyof FakeBorderLine, value: string, allowed?: readonly string[]): void {
    this.queue(`borders.${this.side}.${property}`, value, (target) => {
      if (!SIDES.includes(this.side)) throw invalidArgument(`border index ${String(this.side)}`);
      if (allowed && !allowed.includes(value)) throw invalidArgument(`border ${property} ${String(value)}`);
      assertAllowed(target.sheet, "allowFormatCells", `border ${property}`);
      for (const { row, column, edge } of touched(this.side, target.rect)) {
        const cell = cellAt(target.sheet, row, column);
        const line = cell.borders?.[edge] ?? NO_LINE;
        cell.borders = { ...cell.borders, [edge]: { ...line, [property]: value } };
      }
    });
  }
  get sideIndex(): Side {
    return this.read("sideIndex");
  }
  get style(): LineStyle {
    return this.read("style");
  }
  set style(style: LineStyle) {
    this.setLine("style", style, STYLES);
  }
  get weight(): LineWeight {
    return this.read("weight");
  }
  set weight(weight: LineWeight) {
    this.setLine("weight", weight, WEIGHTS);
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.setLine("color", color);
  }
}

export class FakeRangeBorderCollection extends FakeClientObject<RangeTarget> {
  protected readonly scalarProperties: readonly string[] = [];
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
  protected snapshot(): unknown {
    return undefined;
  }
  /** One side of the range's cells (an unknown side fails at sync); the diagonals are not modelled. */
  getItem(index: Side): FakeRangeBorder {
    return new FakeRangeBorder(this.batch, `${this.path}.getItem(${index})`, this.locateRange, index);
  }
}
