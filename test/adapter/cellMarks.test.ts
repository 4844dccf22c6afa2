/**
 * OfficeWorkbookPort.highlight against the fake host: findings' cells marked with conditional formats
 * of our own (found again by their formula, by any port over the workbook), replaced on every call,
 * removed by an empty list, with a person's own formats and fills left exactly as they were; a constant
 * number of syncs whatever the number of marks.
 */
import { MARK_FILLS, MARK_FORMULAS, isMarkFormula } from "../../src/excel/cellMarks";
import { markAreas } from "../../src/excel/markAreas";
import { createWorkbook } from "../../src/operations/createWorkbook";
import { validateTreatmentPlan } from "../../src/operations/validateTreatmentPlan";
import { PortError, type CellMark } from "../../src/workbook/port";
import { defaultProtectionOptions, fakeExcelRun, type FakeConditionalFormat, type FakeExcel } from "../fakes";
import { portOn, portOver, rejection, sheetOf } from "./portHarness";

const FOUR_MB = 4 * 1024 * 1024;

const mark = (cell: string, severity: CellMark["severity"] = "error", sheet = "Plan"): CellMark => ({
  sheet,
  cell,
  severity,
});

const ours = (format: FakeConditionalFormat): boolean =>
  format.type === "Custom" && isMarkFormula(format.formula1 ?? "");

/** Our marks on a sheet as "address severity" (the severity read from the fill). */
function marksOn(host: FakeExcel, sheet = "Plan"): string[] {
  const severity = (fill: string | null) => (fill === MARK_FILLS.error ? "error" : "warning");
  return sheetOf(host, sheet)
    .conditionalFormats.filter(ours)
    .map((format) => `${rect(format)} ${severity(format.fill)}`)
    .sort();
}

function rect({ rect: r }: FakeConditionalFormat): string {
  const cell = (row: number, column: number) => `${String.fromCharCode(65 + column)}${row + 1}`;
  const start = cell(r.row, r.column);
  if (r.rowCount === 1 && r.columnCount === 1) return start;
  return `${start}:${cell(r.row + r.rowCount - 1, r.column + r.columnCount - 1)}`;
}

/**
 * A plan sheet with a person's own formatting on it: a conditional format over H2:H40 (blank owner in
 * green) and a blue fill on H7, both made through the API as a person's would be.
 */
async function personalWorkbook() {
  const under = portOver({
    sheets: [
      { name: "Register", rows: [["Risk ID"], ["R-1"]] },
      {
        name: "Plan",
        rows: [
          ["Risk ID", "Owner"],
          ["R-1", ""],
        ],
      },
    ],
  });
  await fakeExcelRun(under.host)(async (context) => {
    const rangeOf = (address: string) => context.workbook.worksheets.getItem("Plan").getRange(address);
    const own = rangeOf("H2:H40").conditionalFormats.add("Custom").custom;
    own.rule.formula = '=$H2=""';
    own.format.fill.color = "#00B050";
    rangeOf("H7").format.fill.color = "#DDEBF7";
    await context.sync();
  });
  under.host.resetCounters();
  return under;
}

describe("markAreas: as few rectangles as the cells allow", () => {
  it("joins a column's consecutive cells, and equal runs of neighbouring columns", () => {
    const cells = ["H5", "H6", "H7", "I5", "I6", "I7", "H9", "C3"].map((cell) => mark(cell));
    expect(markAreas(cells).map((area) => area.address)).toEqual(["C3", "H5:I7", "H9"]);
  });

  it("marks a cell with an error and a warning as an error, once", () => {
    const areas = markAreas([
      mark("H5", "warning"),
      mark("H5"),
      mark("H5", "warning"),
      mark("H6", "warning"),
    ]);
    expect(areas).toEqual([
      { sheet: "Plan", severity: "error", address: "H5" },
      { sheet: "Plan", severity: "warning", address: "H6" },
    ]);
  });

  it("takes sheet names in any case as one sheet, and keeps sheets apart", () => {
    const areas = markAreas([
      mark("A1", "error", "Plan"),
      mark("A2", "error", "PLAN"),
      mark("A3", "error", "Register"),
    ]);
    expect(areas).toEqual([
      { sheet: "Plan", severity: "error", address: "A1:A2" },
      { sheet: "Register", severity: "error", address: "A3" },
    ]);
  });

  it("refuses a cell that is not an A1 address", () => {
    expect(() => markAreas([mark("H5:H9")])).toThrow(PortError);
  });
});

describe("OfficeWorkbookPort.highlight", () => {
  it("marks each finding's cell with a red or amber fill drawn over the cell", async () => {
    const { host, port } = await personalWorkbook();
    await port.highlight([mark("H7"), mark("H8"), mark("I4", "warning"), mark("B2", "error", "Register")]);
    expect(marksOn(host)).toEqual(["H7:H8 error", "I4 warning"]);
    expect(marksOn(host, "Register")).toEqual(["B2 error"]);
    const mine = sheetOf(host, "Plan").conditionalFormats.filter(ours);
    expect(mine.map((format) => format.formula1).sort()).toEqual([
      MARK_FORMULAS.error,
      MARK_FORMULAS.warning,
    ]);
    // Ours come first, so they show over the person's own conditional fill.
    expect(sheetOf(host, "Plan").conditionalFormats.at(-1)?.formula1).toBe('=$H2=""');
  });

  it("replaces the previous marks on every call, and an empty list clears them", async () => {
    const { host, port } = await personalWorkbook();
    await port.highlight([mark("H7"), mark("I4", "warning"), mark("B2", "error", "Register")]);
    await port.highlight([mark("H9", "warning")]);
    expect(marksOn(host)).toEqual(["H9 warning"]);
    expect(marksOn(host, "Register")).toEqual([]);
    await port.highlight([]);
    expect(marksOn(host)).toEqual([]);
  });

  it("leaves a person's own conditional format and fill exactly as they were", async () => {
    const { host, port } = await personalWorkbook();
    const before = JSON.stringify(host.state);
    await port.highlight([mark("H7"), mark("H8", "warning")]);
    const plan = sheetOf(host, "Plan");
    expect(plan.cells.H7?.fill).toBe("#DDEBF7");
    expect(plan.conditionalFormats.filter((format) => !ours(format))).toEqual([
      expect.objectContaining({ formula1: '=$H2=""', fill: "#00B050" }),
    ]);
    await port.highlight([]);
    expect(JSON.stringify(host.state)).toBe(before);
  });

  it("finds the marks again from a new port (the pane closed and opened), on a renamed sheet, and where Excel copied them", async () => {
    const { host, port } = await personalWorkbook();
    await port.highlight([mark("H7"), mark("I4", "warning")]);
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Plan").name = "Plan 2026";
      await context.sync();
    });
    // A person copied a marked cell to the register: Excel copies its conditional format with it.
    const copied = sheetOf(host, "Plan 2026").conditionalFormats.find(ours);
    if (!copied) throw new Error("a mark to copy");
    sheetOf(host, "Register").conditionalFormats.push({
      ...copied,
      rect: { row: 9, column: 2, rowCount: 1, columnCount: 1 },
    });
    // And made a format of their own that only looks like ours.
    sheetOf(host, "Register").conditionalFormats.push({
      ...copied,
      formula1: '=ISTEXT("ISMS finding: error") * 1',
      fill: "#123456",
    });

    const reopened = portOn(host).port;
    await reopened.highlight([]);
    expect(marksOn(host, "Plan 2026")).toEqual([]);
    expect(sheetOf(host, "Register").conditionalFormats.map((format) => format.fill)).toEqual(["#123456"]);
    expect(sheetOf(host, "Plan 2026").conditionalFormats.map((format) => format.formula1)).toEqual([
      '=$H2=""',
    ]);
  });

  it.each([10, 1000])("takes the same 3 syncs for %i marks, and 3 again to replace them", async (count) => {
    const { host, port } = await personalWorkbook();
    // Every other row, so no two marks join: one conditional format each.
    const marks = Array.from({ length: count }, (_, i) =>
      mark(`J${2 + 2 * i}`, i % 3 === 0 ? "warning" : "error"),
    );
    await port.highlight(marks);
    expect(host.syncCount).toBe(3);
    expect(port.lastHighlightRequests).toBe(1);
    expect(sheetOf(host, "Plan").conditionalFormats.filter(ours)).toHaveLength(count);
    expect(host.maxRequestBytes).toBeLessThan(FOUR_MB);

    host.resetCounters();
    await port.highlight(marks.map((m) => ({ ...m, cell: m.cell.replace("J", "K") })));
    expect(host.syncCount).toBe(3);
    expect(marksOn(host).every((entry) => entry.startsWith("K"))).toBe(true);
    expect(host.maxRequestBytes).toBeLessThan(FOUR_MB);
  });

  it("reads twice and writes nothing when there is nothing to mark or remove", async () => {
    const { host, port } = await personalWorkbook();
    const before = JSON.stringify(host.state);
    await port.highlight([]);
    expect(host.syncCount).toBe(2);
    expect(JSON.stringify(host.state)).toBe(before);
  });

  it("cuts many marks into requests under the budget", async () => {
    const { host, port } = portOver({ sheets: [{ name: "Plan" }] }, { budget: 100_000 });
    await port.highlight(Array.from({ length: 500 }, (_, i) => mark(`C${1 + 2 * i}`)));
    expect(port.lastHighlightRequests).toBeGreaterThan(1);
    expect(host.syncCount).toBe(2 + port.lastHighlightRequests);
    expect(host.maxRequestBytes).toBeLessThanOrEqual(100_000 + 2_000);
    expect(marksOn(host)).toHaveLength(500);
  });

  it("refuses a sheet that is not there, or a protected one, before writing anything", async () => {
    const { host, port } = await personalWorkbook();
    await port.highlight([mark("H7")]);
    const before = JSON.stringify(host.state);
    expect(await rejection(port.highlight([mark("A1", "error", "Gone")]))).toMatchObject({
      code: "port.sheetMissing",
      sheet: "Gone",
    });
    sheetOf(host, "Plan").protection = { options: defaultProtectionOptions(), password: null };
    expect(await rejection(port.highlight([]))).toMatchObject({ code: "port.sheetProtected", sheet: "Plan" });
    sheetOf(host, "Plan").protection = null;
    expect(JSON.stringify(host.state)).toBe(before);
  });

  it("tries again while a cell is being edited", async () => {
    const { host, port, waits } = await personalWorkbook();
    host.simulateCellEditMode(1, 2);
    await port.highlight([mark("H7")]);
    expect(waits).toEqual([250]);
    expect(marksOn(host)).toEqual(["H7 error"]);
  });
});

describe("marking the findings of a validated ISMS workbook", () => {
  it("marks every finding's cell over the workbook's own level colours, and clearing restores it exactly", async () => {
    const { host, port } = portOver();
    await createWorkbook(port, {
      lang: "zh-CN",
      standard: "2022",
      method: "gbt-matrix",
      sample: true,
      sampleRisks: 1000,
    });
    const report = await validateTreatmentPlan(port, { today: "2026-04-01", lang: "zh-CN" });
    const before = JSON.stringify(host.state);
    host.resetCounters();

    await port.highlight(report.findings.map(({ sheet, cell, severity }) => ({ sheet, cell, severity })));
    expect(host.syncCount).toBe(3);
    const marked = markAreas(report.findings);
    for (const sheet of new Set(report.findings.map((finding) => finding.sheet))) {
      expect(sheetOf(host, sheet).conditionalFormats.filter(ours)).toHaveLength(
        marked.filter((area) => area.sheet === sheet).length,
      );
    }
    expect(host.maxResponseBytes).toBeLessThan(FOUR_MB);

    await port.highlight([]);
    expect(JSON.stringify(host.state)).toBe(before);
  });
});
