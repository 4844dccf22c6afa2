/** OfficeWorkbookPort error mapping, cell-edit retries and select. */
import { PortError } from "../../src/workbook/port";
import { fakeExcelRun } from "../fakes";
import { portOver, rejection, sheetOf } from "./portHarness";
import { RISK_SHEET, riskWorkbookPlan } from "./portPlans";

describe("OfficeWorkbookPort: Office errors become PortErrors", () => {
  it("refuses to touch a protected sheet before writing, naming it", async () => {
    const { host, port } = portOver({ sheets: [{ name: RISK_SHEET, protected: true }] });
    const error = await rejection(port.apply(riskWorkbookPlan({ rows: 2, mode: "update" })));
    expect(error).toMatchObject({ code: "port.sheetProtected", sheet: RISK_SHEET });
    expect(sheetOf(host, RISK_SHEET).cells).toEqual({});
  });

  it("maps AccessDenied from Excel (a sheet protected by another route) to port.sheetProtected", async () => {
    const { host, port } = portOver();
    await port.apply(riskWorkbookPlan({ rows: 2 }));
    // Protection set on another sheet the plan links to is only discovered by Excel at write time.
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.add("Locked");
      context.workbook.worksheets.getItem("Locked").protection.protect();
      await context.sync();
    });
    const plan = riskWorkbookPlan({ rows: 2, mode: "update" });
    const locked = {
      ...plan,
      sheets: [...plan.sheets, { ...plan.sheets[0]!, name: "Locked", tables: [], hyperlinks: [] }],
    };
    expect((await rejection(port.apply(locked))).code).toBe("port.sheetProtected");
  });

  it("maps ItemAlreadyExists (a table name used on another sheet) to port.sheetExists", async () => {
    const { port } = portOver();
    await port.apply(riskWorkbookPlan({ rows: 2 }));
    const error = await rejection(port.apply(riskWorkbookPlan({ rows: 2, sheet: "Risks 2" })));
    expect(error).toBeInstanceOf(PortError);
    expect(error.code).toBe("port.sheetExists");
  });

  it("maps an unknown Office error to port.unknown, keeping the host's code in the detail", async () => {
    const { port } = portOver();
    const plan = riskWorkbookPlan({ rows: 2 });
    const broken = {
      ...plan,
      sheets: [
        { ...plan.sheets[0]!, validations: [{ range: "not an address", source: ["a"], allowBlank: true }] },
      ],
    };
    const error = await rejection(port.apply(broken));
    expect(error).toMatchObject({ code: "port.unknown" });
    expect((error as PortError).detail).toMatch(/^InvalidArgument: /);
  });
});

describe("OfficeWorkbookPort: cell-edit mode", () => {
  it("retries with growing pauses and succeeds once editing ends", async () => {
    const { host, port, waits } = portOver();
    host.simulateCellEditMode(2);
    await port.apply(riskWorkbookPlan({ rows: 2 }));
    expect(waits).toEqual([250, 500]);
    expect(sheetOf(host, RISK_SHEET).cells.A3?.value).toBe("R-00001");
  });

  it("gives up after 3 retries with port.cellEditMode", async () => {
    const { host, port, waits } = portOver();
    host.simulateCellEditMode(4);
    expect((await rejection(port.apply(riskWorkbookPlan({ rows: 2 })))).code).toBe("port.cellEditMode");
    expect(waits).toEqual([250, 500, 1000]);
  });

  it("does not mistake a sheet it created in a failed attempt for someone else's data", async () => {
    const { host, port } = portOver({}, { budget: 100_000 });
    // Probe and first request go through; the second request hits cell-edit mode.
    host.simulateCellEditMode(1, 2);
    await port.apply(riskWorkbookPlan({ rows: 3000 }));
    const sheet = sheetOf(host, RISK_SHEET);
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.cells.A3002?.value).toBe("R-03000");
  });
});

describe("OfficeWorkbookPort: a failure after the first request", () => {
  it("names the sheets it had already created, since Office.js batches are not undone", async () => {
    const { host, port } = portOver({}, { budget: 100_000 });
    // Probe and first request (which creates the sheet) go through; editing then never ends.
    host.simulateCellEditMode(4, 2);
    const error = await rejection(port.apply(riskWorkbookPlan({ rows: 3000 })));
    expect(error).toMatchObject({ code: "port.cellEditMode" });
    expect((error as PortError).detail).toContain(`sheets already created: ${RISK_SHEET}`);
    expect(host.state.sheets.map((sheet) => sheet.name)).toContain(RISK_SHEET);
  });

  it("adds nothing to the message when it failed before creating anything", async () => {
    const { port } = portOver({ sheets: [{ name: RISK_SHEET, protected: true }] });
    const error = await rejection(port.apply(riskWorkbookPlan({ rows: 2, mode: "update" })));
    expect((error as PortError).detail).not.toContain("already created");
  });
});

describe("OfficeWorkbookPort.select", () => {
  it("activates the sheet and selects the cell", async () => {
    const { host, port } = portOver({ sheets: [{ name: "Cover" }, { name: RISK_SHEET }] });
    await port.select(RISK_SHEET, "E7");
    expect(host.state.activeSheet).toBe(RISK_SHEET);
    expect(host.state.selection).toEqual({ sheet: RISK_SHEET, address: "E7" });
  });

  it("reports a sheet that no longer exists as port.sheetMissing, naming it", async () => {
    const { port } = portOver();
    expect(await rejection(port.select("Gone", "A1"))).toMatchObject({
      code: "port.sheetMissing",
      sheet: "Gone",
    });
  });
});
