/**
 * Charts of a WorkbookPlan through the Office.js port, against the fake: they land with the planned type,
 * series, categories, title and position; applying again replaces them; and a plan with charts takes the
 * same number of syncs as without.
 */
import type { ChartPlan, SheetPlan, WorkbookPlan } from "../../src/workbook/plan";
import { FakeExcel, fakeExcelRun, type FakeChart } from "../fakes";
import { portOn, portOver, rejection, sheetOf } from "./portHarness";

const SHEET = "Gap analysis";

const BAR: ChartPlan = {
  kind: "bar",
  title: "Score by clause",
  categories: "B3:B9",
  series: [
    { name: "Current", values: "C3:C9" },
    { name: "Target", values: "D3:D9" },
  ],
  anchor: { row: 1, column: 5, rows: 15, columns: 8 },
};

const RADAR: ChartPlan = {
  kind: "radar",
  title: "Annex A themes",
  categories: "B12:B15",
  series: [{ name: "Current", values: "C12:C15" }],
  anchor: { row: 17, column: 5, rows: 16, columns: 8 },
};

function gapSheet(charts: readonly ChartPlan[] | undefined, mode: "create" | "update" = "create"): SheetPlan {
  const clauses = ["4", "5", "6", "7", "8", "9", "10"].map((id, i) => [`Clause ${id}`, 0.5 + i * 0.05, 0.9]);
  const themes = ["Organizational", "People", "Physical", "Technological"].map((t, i) => [t, 0.4 + i * 0.1]);
  return {
    key: "gap",
    name: SHEET,
    mode,
    blocks: [
      { row: 0, column: 1, cells: [["Gap analysis"]], style: { bold: true } },
      { row: 1, column: 1, cells: [["Clause", "Current", "Target"], ...clauses] },
      { row: 10, column: 1, cells: [["Theme", "Current"], ...themes] },
    ],
    tables: [],
    validations: [],
    conditionalFormats: [],
    hyperlinks: [],
    ...(charts === undefined ? {} : { charts }),
  };
}

const planOf = (sheet: SheetPlan): WorkbookPlan => ({ sheets: [sheet], names: [] });

const chartsOf = (host: FakeExcel): FakeChart[] => sheetOf(host, SHEET).charts;

describe("charts through the Office.js port", () => {
  it("adds each chart with its type, series, categories, title and position", async () => {
    const { host, port } = portOver();
    await port.apply(planOf(gapSheet([BAR, RADAR])));
    expect(chartsOf(host)).toEqual([
      {
        name: "ISMS_Chart_1",
        type: "ColumnClustered",
        title: "Score by clause",
        series: [
          { name: "Current", values: "C3:C9", categories: "B3:B9" },
          { name: "Target", values: "D3:D9", categories: "B3:B9" },
        ],
        topLeft: "F2",
        bottomRight: "M16",
      },
      {
        name: "ISMS_Chart_2",
        type: "Radar",
        title: "Annex A themes",
        series: [{ name: "Current", values: "C12:C15", categories: "B12:B15" }],
        topLeft: "F18",
        bottomRight: "M33",
      },
    ]);
  });

  it("replaces the charts it wrote when the plan is applied again, and leaves other charts alone", async () => {
    const { host, port } = portOver();
    await port.apply(planOf(gapSheet([BAR, RADAR])));
    // A chart a person added by hand.
    await fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.charts.add("Line", sheet.getRange("C3:C9"), "Columns");
      await context.sync();
    });
    await port.apply(planOf(gapSheet([{ ...BAR, title: "Again" }, RADAR], "update")));
    expect(chartsOf(host).map((chart) => [chart.name, chart.title])).toEqual([
      ["Chart 1", ""],
      ["ISMS_Chart_1", "Again"],
      ["ISMS_Chart_2", "Annex A themes"],
    ]);
    await port.apply(planOf(gapSheet([RADAR], "update")));
    expect(chartsOf(host).map((chart) => [chart.name, chart.type])).toEqual([
      ["Chart 1", "Line"],
      ["ISMS_Chart_1", "Radar"],
    ]);
  });

  it("leaves the sheet's charts alone when the plan has no charts", async () => {
    const { host, port } = portOver();
    await port.apply(planOf(gapSheet([BAR])));
    await port.apply(planOf(gapSheet(undefined, "update")));
    expect(chartsOf(host).map((chart) => chart.name)).toEqual(["ISMS_Chart_1"]);
  });

  it("applies a plan with charts in as many syncs as the same plan without, new or again", async () => {
    const syncs = async (charts: readonly ChartPlan[] | undefined) => {
      const { host, port } = portOver();
      await port.apply(planOf(gapSheet(charts)));
      const created = host.syncCount;
      host.resetCounters();
      await port.apply(planOf(gapSheet(charts, "update")));
      return { created, again: host.syncCount, requests: port.lastApplyRequests };
    };
    const without = await syncs(undefined);
    const withCharts = await syncs([BAR, RADAR]);
    expect(withCharts).toEqual(without);
    // New: the probe (one sync) and one request; again: the probe (two syncs) and one request.
    expect(withCharts).toEqual({ created: 2, again: 3, requests: 1 });
  });

  it("keeps charts in requests under the budget, packed with the cells", async () => {
    const { host, port } = portOn(new FakeExcel(), { budget: 4_000 });
    await port.apply(planOf(gapSheet([BAR, RADAR])));
    expect(chartsOf(host)).toHaveLength(2);
    expect(host.maxRequestBytes).toBeLessThanOrEqual(4_000 + 2_000);
    expect(host.syncCount).toBe(1 + port.lastApplyRequests);
  });
});

describe("the fake's charts behave as Office.js's", () => {
  const seeded = () =>
    new FakeExcel({
      sheets: [
        {
          name: "S",
          rows: [
            ["a", 1, 2],
            ["b", 3, 4],
          ],
        },
      ],
    });

  it("adds a chart only at sync, one series per column, named Series<n>", async () => {
    const host = seeded();
    await fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:C2"), "Columns");
      expect(sheetOf(host, "S").charts).toEqual([]);
      chart.load("name");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
    });
    expect(sheetOf(host, "S").charts[0]?.series).toEqual([
      { name: "Series1", values: "B1:B2", categories: null },
      { name: "Series2", values: "C1:C2", categories: null },
    ]);
  });

  it("fails at sync on a missing chart, and gives a null object for getItemOrNullObject", async () => {
    const host = seeded();
    const error = await rejection(
      fakeExcelRun(host)(async (context) => {
        context.workbook.worksheets.getItem("S").charts.getItem("nope").delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    await fakeExcelRun(host)(async (context) => {
      const chart = context.workbook.worksheets.getItem("S").charts.getItemOrNullObject("nope");
      await context.sync();
      expect(chart.isNullObject).toBe(true);
    });
  });

  it("refuses series values that are not one row or column, and unknown chart types", async () => {
    const host = seeded();
    const twoD = await rejection(
      fakeExcelRun(host)(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        const chart = sheet.charts.add("Radar", sheet.getRange("B1:B2"), "Columns");
        chart.series.getItemAt(0).setValues(sheet.getRange("B1:C2"));
        await context.sync();
      }),
    );
    expect(twoD.code).toBe("InvalidArgument");
    const unknown = await rejection(
      fakeExcelRun(host)(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.charts.add("Invalid", sheet.getRange("B1:B2"), "Columns");
        await context.sync();
      }),
    );
    expect(unknown.code).toBe("InvalidArgument");
  });

  it("refuses charts on a protected sheet unless it allows editing objects", async () => {
    const add = (host: FakeExcel) =>
      fakeExcelRun(host)(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.charts.add("Radar", sheet.getRange("B1:B2"), "Columns");
        await context.sync();
      });
    const locked = new FakeExcel({ sheets: [{ name: "S", protected: true }] });
    expect((await rejection(add(locked))).code).toBe("AccessDenied");
    const open = new FakeExcel({
      sheets: [{ name: "S", protectionOptions: { allowEditObjects: true } }],
    });
    await add(open);
    expect(sheetOf(open, "S").charts).toHaveLength(1);
  });
});
