/** OfficeWorkbookPort.read against the fake host: two syncs whatever the size, tables, metadata by key. */
import { PortError } from "../../src/workbook/port";
import { fakeExcelRun } from "../fakes";
import { portOver, rejection } from "./portHarness";
import { RISK_SHEET, RISK_TABLE, riskWorkbookPlan } from "./portPlans";

describe("OfficeWorkbookPort.read", () => {
  it.each([10, 1000])("reads a workbook with a %i-row register in at most 2 syncs", async (rows) => {
    const { host, port } = portOver({ sheets: [{ name: "Cover", rows: [["Client", "ACME"]] }] });
    await port.apply(riskWorkbookPlan({ rows }));
    host.resetCounters();
    const snapshot = await port.read({ formulas: true });
    expect(host.syncCount).toBeLessThanOrEqual(2);
    const risks = snapshot.sheets.find((sheet) => sheet.name === RISK_SHEET);
    expect(risks?.values).toHaveLength(rows + 2);
    expect(risks?.tables).toEqual([{ name: RISK_TABLE, address: `A2:H${rows + 2}` }]);
  });

  it("reports where the used range starts and the formulas beside the values", async () => {
    const { port } = portOver({
      sheets: [
        {
          name: "S",
          rows: [
            [null, null],
            [null, "x", '=B2&"!"'],
          ],
        },
      ],
    });
    const [sheet] = (await port.read({ formulas: true })).sheets;
    expect(sheet).toEqual({
      name: "S",
      row: 1,
      column: 1,
      values: [["x", ""]],
      formulas: [["x", '=B2&"!"']],
      tables: [],
      merged: [],
    });
  });

  it("leaves formulas out when they were not asked for, and reads only the sheets named", async () => {
    const { port } = portOver({
      sheets: [
        { name: "A", rows: [[1]] },
        { name: "B", rows: [[2]] },
      ],
    });
    const snapshot = await port.read({ sheets: ["b"] });
    expect(snapshot.sheets).toEqual([
      { name: "B", row: 0, column: 0, values: [[2]], tables: [], merged: [] },
    ]);
  });

  it("reads an empty sheet as no values", async () => {
    const { port } = portOver({ sheets: [{ name: "Empty" }] });
    expect((await port.read()).sheets).toEqual([
      { name: "Empty", row: 0, column: 0, values: [], tables: [], merged: [] },
    ]);
  });

  it("reports no metadata for a workbook the add-in never wrote", async () => {
    const { port } = portOver();
    expect((await port.read()).metadata).toBeNull();
  });

  it("finds a renamed sheet by its key after the sheet and a header were renamed", async () => {
    const { host, port } = portOver();
    await port.apply(riskWorkbookPlan({ rows: 3 }));
    await fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem(RISK_SHEET);
      sheet.name = "风险评估表";
      sheet.getRange("A2").values = [["风险编号"]];
      await context.sync();
    });
    const snapshot = await port.read();
    expect(snapshot.metadata?.sheets[0]).toMatchObject({
      key: "risks",
      name: "风险评估表",
      table: RISK_TABLE,
    });
    expect(snapshot.metadata?.sheets[0]?.columns[0]).toBe("riskId");
    const renamed = snapshot.sheets.find((sheet) => sheet.name === "风险评估表");
    expect(renamed?.values[1]?.[0]).toBe("风险编号");
  });

  it("ignores a metadata part that was edited into something else", async () => {
    const { port } = portOver({
      customXmlParts: [
        {
          namespaceUri: "urn:isms-workbench:metadata",
          xml: '<ismsMetadata xmlns="urn:isms-workbench:metadata">{"version":2}</ismsMetadata>',
        },
      ],
    });
    expect((await port.read()).metadata).toBeNull();
  });

  it("maps a failed read to a PortError", async () => {
    const { host, port } = portOver();
    host.simulateCellEditMode(10);
    const error = await rejection(port.read());
    expect(error).toBeInstanceOf(PortError);
    expect(error.code).toBe("port.cellEditMode");
  });
});
