/**
 * The fake `Excel.ChartCollection`, `Excel.Chart`, `Excel.ChartTitle`, `Excel.ChartSeriesCollection` and
 * `Excel.ChartSeries` (per sheet): add from a source range (one series per column or row, named
 * "Series<n>", without categories, as `add` infers them from numbers only), getItem by name (case
 * insensitive; a missing chart fails at sync), getItemOrNullObject, the title, series added and set
 * (values and categories from one row or column), the position and delete. Charts cannot be added,
 * changed or deleted on a protected sheet unless its protection allows editing objects. The state keeps
 * what a chart shows: its type, title, series (name, values and categories as A1 ranges, sheet-qualified
 * only when on another sheet) and the cells it covers.
 */
import { cellKey, formatAddress, formatRect, parseRect, splitSheet, type Rect } from "./fakeAddress";
import { assertAllowed } from "./fakeProtection";
import { FakeRange, type RangeTarget } from "./fakeRange";
import {
  collectionNames,
  FakeBatch,
  FakeClientObject,
  FakeOfficeError,
  invalidArgument,
  notFound,
} from "./fakeRequest";
import {
  findSheet,
  type FakeChart as ChartRecord,
  type FakeChartSeries as SeriesRecord,
  type FakeSheet,
  type FakeWorkbookState,
} from "./fakeState";
import type { SheetTarget } from "./fakeWorksheetParts";

export interface ChartTarget {
  readonly workbook: FakeWorkbookState;
  readonly sheet: FakeSheet;
  readonly chart: ChartRecord;
}

export interface SeriesTarget extends ChartTarget {
  readonly series: SeriesRecord;
}

/** Chart types the fake draws (a subset of `Excel.ChartType`); others are refused as unsupported. */
const CHART_TYPES: readonly string[] = [
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "Line",
  "LineMarkers",
  "Pie",
  "Radar",
  "RadarMarkers",
  "RadarFilled",
];
const SERIES_BY: readonly string[] = ["Auto", "Columns", "Rows"];

function assertEditObjects(sheet: FakeSheet, what: string): void {
  assertAllowed(sheet, "allowEditObjects", what);
}

/** A range argument as the chart records it: plain on the chart's sheet, qualified on another. */
function rangeText(chartSheet: FakeSheet, target: RangeTarget): string {
  return target.sheet === chartSheet
    ? formatRect(target.rect)
    : formatAddress(target.sheet.name, target.rect);
}

/** A cell or range argument (`Range` or an A1 address on the chart's sheet) at sync time. */
function rectOf(sheet: FakeSheet, argument: FakeRange | string, what: string): Rect {
  if (typeof argument !== "string") {
    const target = FakeRange.targetOf(argument);
    if (target.sheet !== sheet) throw invalidArgument(`${what} on another sheet`);
    return target.rect;
  }
  const parts = splitSheet(argument);
  const rect = parseRect(parts.cells);
  if (!rect || (parts.sheet !== null && parts.sheet.toLowerCase() !== sheet.name.toLowerCase()))
    throw invalidArgument(`${what} ${argument}`);
  return rect;
}

/** What a cell argument looks like in a request: its address, or a reference to a range proxy. */
function addressOf(argument: FakeRange | string): string {
  return typeof argument === "string" ? argument : "(range)";
}

/** One row or one column, as series values and categories must be. */
function lineOf(range: FakeRange, what: string): RangeTarget {
  const target = FakeRange.targetOf(range);
  if (target.rect.rowCount > 1 && target.rect.columnCount > 1) throw invalidArgument(`${what}: not one line`);
  return target;
}

export class FakeChartTitle extends FakeClientObject<ChartTarget> {
  protected readonly scalarProperties = ["text"];
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => ChartTarget | null,
  ) {
    super(batch, path);
  }
  protected locate(): ChartTarget | null {
    return this.find();
  }
  protected snapshot({ chart }: ChartTarget): unknown {
    return chart.title;
  }
  get text(): string {
    return this.read("text");
  }
  set text(text: string) {
    this.queue("text", text, ({ sheet, chart }) => {
      assertEditObjects(sheet, "chart.title");
      chart.title = text;
    });
  }
}

export class FakeChartSeries extends FakeClientObject<SeriesTarget> {
  protected readonly scalarProperties = ["name"];
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => SeriesTarget | null,
  ) {
    super(batch, path);
  }
  protected locate(): SeriesTarget | null {
    return this.find();
  }
  protected snapshot({ series }: SeriesTarget): unknown {
    return series.name;
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queue("name", name, ({ sheet, series }) => {
      assertEditObjects(sheet, "series.name");
      series.name = name;
    });
  }
  /** The series' values: one row or column. */
  setValues(sourceData: FakeRange): void {
    this.queue("setValues", null, ({ sheet, series }) => {
      assertEditObjects(sheet, "series.setValues");
      series.values = rangeText(sheet, lineOf(sourceData, "values"));
    });
  }
  /** The series' categories (the X axis labels): one row or column. */
  setXAxisValues(sourceData: FakeRange): void {
    this.queue("setXAxisValues", null, ({ sheet, series }) => {
      assertEditObjects(sheet, "series.setXAxisValues");
      series.categories = rangeText(sheet, lineOf(sourceData, "categories"));
    });
  }
  delete(): void {
    this.queue("delete", null, ({ sheet, chart, series }) => {
      assertEditObjects(sheet, "series.delete");
      chart.series = chart.series.filter((other) => other !== series);
    });
  }
}

export class FakeChartSeriesCollection extends FakeClientObject<ChartTarget> {
  protected readonly scalarProperties = ["count"];
  #items: FakeChartSeries[] | null = null;
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => ChartTarget | null,
  ) {
    super(batch, path);
  }
  protected locate(): ChartTarget | null {
    return this.find();
  }
  protected snapshot({ chart }: ChartTarget): unknown {
    return chart.series.length;
  }
  protected override resolveLoad(target: ChartTarget, names: readonly string[]): void {
    const { own, items: wanted } = collectionNames(names, this.scalarProperties);
    if (own.length > 0) super.resolveLoad(target, own);
    const items = target.chart.series.map((series, index) => {
      const item = new FakeChartSeries(this.batch, `${this.path}.items[${index}]`, () =>
        target.chart.series.includes(series) ? { ...target, series } : null,
      );
      FakeClientObject.preload(item, { ...target, series }, wanted);
      return item;
    });
    this.batch.deliver(null, () => (this.#items = items));
  }
  get items(): FakeChartSeries[] {
    if (this.#items === null)
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.#items;
  }
  get count(): number {
    return this.read("count");
  }

  /** A new, empty series (no values, no categories) at the end, or at `index`. */
  add(name?: string, index?: number): FakeChartSeries {
    let created: SeriesTarget | null = null;
    this.queue("add", { name, index }, (target) => {
      assertEditObjects(target.sheet, "series.add");
      const { chart } = target;
      const at = index ?? chart.series.length;
      if (!Number.isInteger(at) || at < 0 || at > chart.series.length) throw invalidArgument("series index");
      const series: SeriesRecord = {
        name: name ?? `Series${chart.series.length + 1}`,
        values: null,
        categories: null,
      };
      chart.series.splice(at, 0, series);
      created = { ...target, series };
    });
    return new FakeChartSeries(this.batch, `${this.path}.add(${name ?? ""})`, () => created);
  }

  /** The series at `index`; out of range fails at sync. */
  getItemAt(index: number): FakeChartSeries {
    let found: SeriesRecord | null = null;
    return new FakeChartSeries(this.batch, `${this.path}.getItemAt(${index})`, () => {
      const target = this.target();
      found ??= target.chart.series[index] ?? null;
      if (!found || !target.chart.series.includes(found)) throw notFound(`series ${index}`);
      return { ...target, series: found };
    });
  }
}

export class FakeChart extends FakeClientObject<ChartTarget> {
  protected readonly scalarProperties = ["name", "chartType"];
  protected override readonly navigationProperties = ["title", "series"];
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => ChartTarget | null,
    nullable = false,
  ) {
    super(batch, path, nullable);
  }
  protected locate(): ChartTarget | null {
    return this.find();
  }
  protected snapshot({ chart }: ChartTarget, property: string): unknown {
    return property === "name" ? chart.name : chart.type;
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queue("name", name, ({ sheet, chart }) => {
      assertEditObjects(sheet, "chart.name");
      if (typeof name !== "string" || name.trim() === "") throw invalidArgument("chart name");
      chart.name = name;
    });
  }
  get chartType(): string {
    return this.read("chartType");
  }
  get title(): FakeChartTitle {
    return this.child(
      "title",
      () => new FakeChartTitle(this.batch, `${this.path}.title`, () => this.locate()),
    );
  }
  get series(): FakeChartSeriesCollection {
    return this.child(
      "series",
      () => new FakeChartSeriesCollection(this.batch, `${this.path}.series`, () => this.locate()),
    );
  }
  /**
   * Moves the chart to `startCell` and, with `endCell`, sizes it to cover every cell up to the end
   * cell's bottom-right corner. Addresses are on the chart's sheet.
   */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const payload = { startCell: addressOf(startCell), endCell: endCell && addressOf(endCell) };
    this.queue("setPosition", payload, ({ sheet, chart }) => {
      assertEditObjects(sheet, "chart.setPosition");
      const start = rectOf(sheet, startCell, "startCell");
      chart.topLeft = cellKey(start.row, start.column);
      if (endCell === undefined) return;
      const end = rectOf(sheet, endCell, "endCell");
      const bottom = end.row + end.rowCount - 1;
      const right = end.column + end.columnCount - 1;
      if (bottom < start.row || right < start.column) throw invalidArgument("endCell before startCell");
      chart.bottomRight = cellKey(bottom, right);
    });
  }
  delete(): void {
    this.queue("delete", null, ({ sheet, chart }) => {
      assertEditObjects(sheet, "chart.delete");
      sheet.charts = sheet.charts.filter((other) => other !== chart);
    });
  }
}

function findChart(sheet: FakeSheet, name: string): ChartRecord | undefined {
  const wanted = name.toLowerCase();
  return sheet.charts.find((chart) => chart.name.toLowerCase() === wanted);
}

/** Follows a chart by its record once found, so a rename in the same request keeps working. */
function chartLocator(scope: () => SheetTarget, name: string): () => ChartTarget | null {
  let found: ChartTarget | null = null;
  return () => {
    if (found && found.sheet.charts.includes(found.chart)) return found;
    const { workbook, sheet } = scope();
    const chart = findChart(sheet, name);
    found = chart ? { workbook, sheet, chart } : null;
    return found;
  };
}

/** "Chart <n>", the first number no chart of the sheet uses. */
function nextChartName(sheet: FakeSheet): string {
  for (let n = 1; ; n++) if (!findChart(sheet, `Chart ${n}`)) return `Chart ${n}`;
}

/** One series per column ("Columns"; "Auto" when the range is at least as tall as wide) or per row. */
function inferredSeries(sheet: FakeSheet, source: RangeTarget, seriesBy: string): SeriesRecord[] {
  const { rect } = source;
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rect.rowCount >= rect.columnCount);
  const count = byColumns ? rect.columnCount : rect.rowCount;
  return Array.from({ length: count }, (_, index) => {
    const line: Rect = byColumns
      ? { ...rect, column: rect.column + index, columnCount: 1 }
      : { ...rect, row: rect.row + index, rowCount: 1 };
    return {
      name: `Series${index + 1}`,
      values: rangeText(sheet, { ...source, rect: line }),
      categories: null,
    };
  });
}

export class FakeChartCollection extends FakeClientObject<SheetTarget> {
  protected readonly scalarProperties = ["count"];
  #items: FakeChart[] | null = null;
  constructor(
    batch: FakeBatch,
    path: string,
    private readonly scope: () => SheetTarget,
  ) {
    super(batch, path);
  }
  protected locate(): SheetTarget {
    return this.scope();
  }
  protected snapshot({ sheet }: SheetTarget): unknown {
    return sheet.charts.length;
  }
  protected override resolveLoad(target: SheetTarget, names: readonly string[]): void {
    const { own, items: wanted } = collectionNames(names, this.scalarProperties);
    if (own.length > 0) super.resolveLoad(target, own);
    const items = target.sheet.charts.map((chart, index) => {
      const item = new FakeChart(this.batch, `${this.path}.items[${index}]`, () =>
        target.sheet.charts.includes(chart) ? { ...target, chart } : null,
      );
      FakeClientObject.preload(item, { ...target, chart }, wanted);
      return item;
    });
    this.batch.deliver(null, () => (this.#items = items));
  }
  get items(): FakeChart[] {
    if (this.#items === null)
      throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.#items;
  }
  get count(): number {
    return this.read("count");
  }

  /** A chart of `type` over `sourceData`, named "Chart <n>", not placed yet, titled "". */
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    let created: ChartTarget | null = null;
    this.queue("add", { type, seriesBy }, ({ workbook, sheet }) => {
      assertEditObjects(sheet, "charts.add");
      if (!CHART_TYPES.includes(type)) throw invalidArgument(`chart type ${type}`);
      if (!SERIES_BY.includes(seriesBy)) throw invalidArgument(`seriesBy ${seriesBy}`);
      const source = FakeRange.targetOf(sourceData);
      if (!findSheet(workbook, source.sheet.name)) throw notFound(`sheet ${source.sheet.name}`);
      const chart: ChartRecord = {
        name: nextChartName(sheet),
        type,
        title: "",
        series: inferredSeries(sheet, source, seriesBy),
        topLeft: null,
        bottomRight: null,
      };
      sheet.charts.push(chart);
      created = { workbook, sheet, chart };
    });
    return new FakeChart(this.batch, `${this.path}.add(${type})`, () => created);
  }

  getItem(name: string): FakeChart {
    const locate = chartLocator(this.scope, name);
    return new FakeChart(this.batch, `${this.path}.getItem(${name})`, () => {
      const found = locate();
      if (!found) throw notFound(`chart ${name}`);
      return found;
    });
  }

  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(
      this.batch,
      `${this.path}.getItemOrNullObject(${name})`,
      chartLocator(this.scope, name),
      true,
    );
  }
}
