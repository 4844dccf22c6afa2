/** OfficeWorkbookPort.apply against the fake host: batching, chunking, text kept as text, no overwrite. */
import { createWorkbook } from "../../src/operations/createWorkbook";
import { ISMS_METADATA_NAMESPACE, METADATA_SHEET, metadataFromSheetRows } from "../../src/workbook/metadata";
import { PortError } from "../../src/workbook/port";
import { WEB_REQUEST_LIMIT_BYTES } from "../fakes";
import { portOver, rejection, sheetOf } from "./portHarness";
import { RISK_SHEET, RISK_TABLE, riskWorkbookPlan } from "./portPlans";

const FOUR_MB = 4 * 1024 * 1024;

describe("OfficeWorkbookPort.apply: constant number of syncs", () => {
  it.each([10, 1000])("creates a %i-row risk sheet in at most 4 syncs", async (rows) => {
    const { host, port } = portOver();
    await port.apply(riskWorkbookPlan({ rows }));
    expect(host.syncCount).toBeLessThanOrEqual(4);
    expect(sheetOf(host, RISK_SHEET).tables).toEqual([
      { name: RISK_TABLE, rect: { row: 1, column: 0, rowCount: rows + 1, columnCount: 8 } },
    ]);
  });

  it("sends 50,000 rows × 20 columns under the 5 MB limit, in chunks of at most 4 MB", async () => {
    const { host, port } = portOver({}, { webPayloadLimit: true });
    await port.apply(riskWorkbookPlan({ rows: 50_000, columns: 20 }));
    const sheet = sheetOf(host, RISK_SHEET);
    expect(sheet.cells.A50002?.value).toBe("R-50000");
    expect(sheet.cells.T50002?.value).toBe("note 19 for risk 50000");
    expect(host.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    expect(port.lastApplyRequests).toBeGreaterThan(1);
    // One probe sync (the workbook had no such sheet) plus one sync per request, nothing else.
    expect(host.syncCount).toBe(1 + port.lastApplyRequests);
  });

  it("cuts requests by bytes, so a smaller budget means more (and smaller) requests", async () => {
    const { host, port } = portOver({}, { budget: 200_000 });
    await port.apply(riskWorkbookPlan({ rows: 5000 }));
    expect(port.lastApplyRequests).toBeGreaterThan(3);
    expect(host.maxRequestBytes).toBeLessThanOrEqual(200_000 + 2_000);
  });
});

describe("OfficeWorkbookPort.apply: what lands in the workbook", () => {
  const apply = async () => {
    const under = portOver({ sheets: [{ name: "Cover", rows: [["Client"]] }] });
    await under.port.apply(riskWorkbookPlan({ rows: 3 }));
    return { host: under.host, sheet: sheetOf(under.host, RISK_SHEET) };
  };

  it("writes the title block with its style and the table with headers, values and formulas", async () => {
    const { sheet } = await apply();
    expect(sheet.cells.A1).toMatchObject({ value: "Risk register", bold: true, fill: "#DDEBF7" });
    expect(sheet.cells.A2?.value).toBe("Risk ID");
    expect(sheet.cells.A3?.value).toBe("R-00001");
    expect(sheet.cells.B3?.value).toBe(1);
    expect(sheet.cells.D3).toMatchObject({ formula: "=B3*C3", numberFormat: "0" });
  });

  it("sets widths, wrap, freeze panes and tab colour", async () => {
    const { sheet } = await apply();
    expect(sheet.columnWidths[0]).toBeCloseTo((12 * 7 + 5) * 0.75);
    expect(sheet.columnWidths[4]).toBeCloseTo((40 * 7 + 5) * 0.75);
    expect(sheet.cells.E3?.wrap).toBe(true);
    expect(sheet.freeze).toEqual({ rows: 2, columns: 1 });
    expect(sheet.tabColor).toBe("#C00000");
  });

  it("adds the list validation and both kinds of conditional format", async () => {
    const { sheet } = await apply();
    expect(sheet.validations).toEqual([
      {
        rect: { row: 2, column: 1, rowCount: 3, columnCount: 2 },
        list: { source: "1,2,3,4,5", inCellDropDown: true },
        ignoreBlanks: true,
        errorMessage: "1–5",
        errorStyle: "Stop",
      },
    ]);
    expect(
      sheet.conditionalFormats.map(({ type, operator, formula1, fill }) => ({
        type,
        operator,
        formula1,
        fill,
      })),
    ).toEqual([
      { type: "CellValue", operator: "GreaterThanOrEqual", formula1: "=15", fill: "#FF0000" },
      { type: "Custom", operator: null, formula1: '=$D3=""', fill: "#FFFF00" },
    ]);
  });

  it("links to a cell, defines the name, stores the metadata sheet and activates the sheet", async () => {
    const { host, sheet } = await apply();
    expect(sheet.hyperlinks.H1).toEqual({ documentReference: "'Risks'!A2", textToDisplay: "Top" });
    expect(host.state.names).toEqual([{ name: "ISMS_RiskIds", formula: "='Risks'!$A$3:$A$5" }]);
    const meta = sheetOf(host, METADATA_SHEET);
    expect(meta.visibility).toBe("VeryHidden");
    expect(meta.cells.A1?.value).toBe("isms-metadata");
    expect(metadataFromSheetRows([[meta.cells.A1?.value], [meta.cells.A2?.value]])?.sheets[0]?.table).toBe(
      "ISMS_Risks",
    );
    expect(host.state.customXmlParts).toEqual([]);
    expect(host.state.activeSheet).toBe(RISK_SHEET);
  });

  it("replaces a legacy metadata part of ours with the sheet, leaving other parts alone", async () => {
    const { host, port } = portOver({
      customXmlParts: [
        { namespaceUri: ISMS_METADATA_NAMESPACE, xml: `<m xmlns="${ISMS_METADATA_NAMESPACE}">{}</m>` },
        { namespaceUri: "urn:other", xml: '<o xmlns="urn:other"/>' },
      ],
    });
    await port.apply(riskWorkbookPlan({ rows: 2 }));
    expect(host.state.customXmlParts.map((part) => part.namespaceUri)).toEqual(["urn:other"]);
    expect((await port.read()).metadata?.sheets[0]?.key).toBe("risks");
  });

  it("reports the sheets written and the cells written", async () => {
    const { port } = portOver();
    expect(await port.apply(riskWorkbookPlan({ rows: 3 }))).toEqual({
      sheets: [RISK_SHEET],
      cells: 1 + 8 * 4,
    });
  });
});

describe("OfficeWorkbookPort.apply: text stays text", () => {
  const hostile = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://x","y")',
    "-5",
    "+1",
    "@SUM(A1)",
    "0012",
    "TRUE",
    "'quoted",
  ];
  it.each(hostile)("keeps %s as the same text", async (text) => {
    const { host, port } = portOver();
    await port.apply(riskWorkbookPlan({ rows: 1, description: () => text }));
    expect(sheetOf(host, RISK_SHEET).cells.E3).toMatchObject({ value: text, formula: null });
  });

  it("writes a Formula plan cell as a formula", async () => {
    const { host, port } = portOver();
    await port.apply(riskWorkbookPlan({ rows: 1, description: () => ({ formula: "=1+1" }) }));
    expect(sheetOf(host, RISK_SHEET).cells.E3).toMatchObject({ formula: "=1+1" });
  });
});

describe("OfficeWorkbookPort.apply: an existing sheet with data is never overwritten", () => {
  const seed = { sheets: [{ name: RISK_SHEET, rows: [["typed by a person"]] }] };

  it("refuses a create over a sheet with data, naming the sheet", async () => {
    const { port } = portOver(seed);
    const error = await rejection(port.apply(riskWorkbookPlan({ rows: 10 })));
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ code: "port.sheetExists", sheet: RISK_SHEET });
  });

  it("writes nothing at all when it refuses (only the probe went out)", async () => {
    const { host, port } = portOver(seed);
    const before = JSON.stringify(host.state);
    await rejection(port.apply(riskWorkbookPlan({ rows: 10 })));
    expect(JSON.stringify(host.state)).toBe(before);
    expect(host.syncCount).toBe(2);
  });

  it("writes into an existing sheet that is empty", async () => {
    const { host, port } = portOver({ sheets: [{ name: RISK_SHEET }] });
    await port.apply(riskWorkbookPlan({ rows: 2 }));
    expect(host.state.sheets.map((sheet) => sheet.name)).toEqual([RISK_SHEET, METADATA_SHEET]);
    expect(sheetOf(host, RISK_SHEET).cells.A3?.value).toBe("R-00001");
  });

  it("replaces its own table when a sheet is updated, leaving no stale rows", async () => {
    const { host, port } = portOver();
    await port.apply(riskWorkbookPlan({ rows: 5 }));
    await port.apply(riskWorkbookPlan({ rows: 2, mode: "update" }));
    const sheet = sheetOf(host, RISK_SHEET);
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.tables[0]?.rect.rowCount).toBe(3);
    expect(sheet.cells.A7).toBeUndefined();
    expect(host.state.sheets.filter((s) => s.name === METADATA_SHEET)).toHaveLength(1);
    expect(host.state.names).toHaveLength(1);
  });
});

describe("OfficeWorkbookPort.apply: the web request limit", () => {
  it("reports a request Excel refuses as port.requestTooLarge", async () => {
    const { port } = portOver({}, { webPayloadLimit: true, budget: 4 * WEB_REQUEST_LIMIT_BYTES });
    const error = await rejection(port.apply(riskWorkbookPlan({ rows: 50_000, columns: 10 })));
    expect(error.code).toBe("port.requestTooLarge");
  });
});

describe("OfficeWorkbookPort.apply: lists a person may go beyond", () => {
  it("warns rather than refuses on the register's threat, vulnerability and owner lists", async () => {
    const { host, port } = portOver();
    await createWorkbook(port, { lang: "zh-CN", standard: "2022", method: "atv" });
    const register = sheetOf(host, "风险评估表");
    const styles = register.validations.map((v) => [v.list?.source, v.errorStyle]);
    expect(styles).toEqual(
      expect.arrayContaining([
        ["=ISMS_ThreatNames", "Warning"],
        ["=ISMS_VulnerabilityNames", "Warning"],
        ["=OFFSET(ISMS_People,0,0,MAX(1,COUNTA(ISMS_People)),1)", "Warning"],
        ["=ISMS_AssetIds", "Stop"],
      ]),
    );
    const threat = register.validations.find((v) => v.list?.source === "=ISMS_ThreatNames");
    expect(threat?.errorMessage).toContain("威胁库");
    // Without the sample, the libraries are there all the same.
    expect(Object.keys(sheetOf(host, "威胁").cells).length).toBeGreaterThan(100);
  });
});
