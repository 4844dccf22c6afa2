/**
 * The charts of a SheetPlan as sized writes for Office.js, packed into the same requests as the rest of
 * the plan (no sync of their own). A chart is added from its first series' values, then every series is
 * set explicitly (name, values, categories), whatever `add` inferred from the range; then the title and
 * the position. Charts the plan writes are named `ISMS_Chart_<n>` per sheet, and the ones a former apply
 * left (the probe lists them) are deleted first, so applying a plan again replaces them instead of
 * stacking new ones. Series are set through ExcelApi 1.7 (`series.add`, `setValues`, `setXAxisValues`).
 */
import type { ChartPlan, SheetPlan } from "../workbook/plan";
import { cellA1 } from "../workbook/cells/cellAddress";
import { sheetProxy, smallWrite, type Write } from "./sheetWrites";

/** `Excel.ChartType` as the string `charts.add` takes. */
type ChartTypeName = Parameters<Excel.ChartCollection["add"]>[0];

const CHART_TYPES = { bar: "ColumnClustered", radar: "Radar" } as const satisfies Record<
  ChartPlan["kind"],
  ChartTypeName
>;

/** The prefix of the names of the charts plans write; such charts belong to the plan of their sheet. */
export const CHART_NAME_PREFIX = "ISMS_Chart_";

/** The name of a sheet's n-th planned chart (0-based index). */
export function chartName(index: number): string {
  return `${CHART_NAME_PREFIX}${index + 1}`;
}

/** True for a chart name a plan wrote. */
export function isPlanChart(name: string): boolean {
  return name.startsWith(CHART_NAME_PREFIX);
}

/** Commands one series costs: the series proxy, name, two getRange, setValues and setXAxisValues. */
const SERIES_COMMANDS = 6;
/** Commands of the chart itself: sheet, charts, source getRange, add, name, title, title.text, series, setPosition. */
const CHART_COMMANDS = 9;

function seriesOf(
  sheet: Excel.Worksheet,
  chart: Excel.Chart,
  plan: ChartPlan,
): (series: ChartPlan["series"][number], index: number) => void {
  return (series, index) => {
    const target = index === 0 ? chart.series.getItemAt(0) : chart.series.add(series.name);
    target.name = series.name;
    target.setValues(sheet.getRange(series.values));
    target.setXAxisValues(sheet.getRange(plan.categories));
  };
}

function chartWrite(sheetName: string, plan: ChartPlan, index: number): Write {
  const name = chartName(index);
  return smallWrite(
    { name, plan },
    (context) => {
      const sheet = sheetProxy(context, sheetName);
      const [first] = plan.series;
      const source = sheet.getRange(first?.values ?? plan.categories);
      const chart = sheet.charts.add(CHART_TYPES[plan.kind], source, "Columns");
      chart.name = name;
      if (first === undefined) chart.series.getItemAt(0).delete();
      plan.series.forEach(seriesOf(sheet, chart, plan));
      chart.title.text = plan.title;
      const { row, column, rows, columns } = plan.anchor;
      chart.setPosition(
        cellA1(row, column),
        cellA1(row + Math.max(1, rows) - 1, column + Math.max(1, columns) - 1),
      );
    },
    CHART_COMMANDS + SERIES_COMMANDS * plan.series.length,
  );
}

/**
 * The chart writes of one sheet: the charts a former apply of a plan wrote on it (`existing`: their
 * names, from the probe) deleted, then the plan's charts added. A sheet plan without `charts` leaves
 * the sheet's charts alone.
 */
export function chartWrites(plan: SheetPlan, existing: readonly string[]): Write[] {
  if (plan.charts === undefined) return [];
  const deletions = existing
    .filter(isPlanChart)
    .map((name) =>
      smallWrite(name, (context) => sheetProxy(context, plan.name).charts.getItem(name).delete()),
    );
  return [...deletions, ...plan.charts.map((chart, index) => chartWrite(plan.name, chart, index))];
}
