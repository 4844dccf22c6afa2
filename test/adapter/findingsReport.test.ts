/**
 * "Write report": the findings sheet written through the Office.js port (over the strict fake) is the
 * sheet the .xlsx port writes, cell for cell (values, table, links, conditional formats, print setup);
 * each link points at its finding's cell; writing again replaces our earlier report, and a person's sheet
 * of the same name is never written into.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createWorkbook, type CreateWorkbookOptions } from "../../src/operations/createWorkbook";
import { validateTreatmentPlan } from "../../src/operations/validateTreatmentPlan";
import { FINDINGS_TABLE, writeFindingsReport } from "../../src/operations/validationReport";
import { quotedSheet } from "../../src/workbook/cells/cellAddress";
import type { SheetData } from "../../src/workbook/sheetData";
import { XlsxSnapshotReader, XlsxWorkbookPort } from "../../src/xlsx";
import { cellKey, type FakeSheet } from "../fakes";
import { fakePrintSetup, filePrintSetups } from "../support/printSetup";
import { fileFeatures, formatKey, rectA1 } from "../support/workbookBridge";
import { portOver, sheetOf } from "./portHarness";

const dir = mkdtempSync(path.join(tmpdir(), "isms-findings-"));
let files = 0;

async function savedReader(bytes: Buffer): Promise<XlsxSnapshotReader> {
  const file = path.join(dir, `findings-${++files}.xlsx`);
  writeFileSync(file, bytes);
  return XlsxSnapshotReader.open(file);
}

/** Every non-empty cell as address → the value's JSON. */
function cellsOf(sheet: SheetData | undefined): Record<string, string> {
  const cells: Record<string, string> = {};
  sheet?.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "") cells[cellKey(sheet.row + r, sheet.column + c)] = JSON.stringify(value);
    }),
  );
  return cells;
}

function fakeFeatures(sheet: FakeSheet) {
  return {
    conditionalFormats: sheet.conditionalFormats
      .map((f) =>
        formatKey(
          rectA1(f.rect),
          f.type === "Custom" ? "expression" : "cellValue",
          f.type === "Custom" ? null : f.operator,
          [f.formula1, f.formula2].filter((x): x is string => x !== null),
          (f.fill ?? "").toUpperCase(),
        ),
      )
      .sort(),
    links: Object.entries(sheet.hyperlinks)
      .map(([address, link]) => `${address}|${link.documentReference ?? ""}`)
      .sort(),
  };
}

const OPTIONS: CreateWorkbookOptions = {
  lang: "zh-CN",
  standard: "2022",
  method: "gbt-matrix",
  sample: true,
};
const CHECK = { today: "2026-04-01", lang: "zh-CN" } as const;

describe("the findings report through both ports", () => {
  const both = (async () => {
    const office = portOver();
    const file = XlsxWorkbookPort.create();
    await createWorkbook(office.port, OPTIONS);
    await createWorkbook(file, OPTIONS);
    const report = await validateTreatmentPlan(office.port, CHECK);
    const fileReport = await validateTreatmentPlan(file, CHECK);
    office.host.resetCounters();
    const written = await writeFindingsReport(office.port, report, "zh-CN");
    const syncs = office.host.syncCount;
    const fileWritten = await writeFindingsReport(file, fileReport, "zh-CN");
    const bytes = await file.toBuffer();
    return { ...office, file, report, fileReport, written, fileWritten, syncs, bytes };
  })();

  it("validates the same, and writes the report under the same name in 3 syncs", async () => {
    const { report, fileReport, written, fileWritten, syncs, host } = await both;
    expect(report.findings.length).toBeGreaterThan(3);
    expect(report.findings).toEqual(fileReport.findings);
    expect(written).toEqual(fileWritten);
    expect(written).toMatchObject({ sheet: "检查结果", replaced: false });
    // The outline, the apply's probe, one request.
    expect(syncs).toBe(3);
    expect(host.state.activeSheet).toBe("检查结果");
  });

  it("writes the same cells and the same table", async () => {
    const { port, bytes, written } = await both;
    const [office] = (await port.read({ sheets: [written.sheet] })).sheets;
    const [saved] = (await (await savedReader(bytes)).read({ sheets: [written.sheet] })).sheets;
    expect(Object.keys(cellsOf(office)).length).toBeGreaterThan(10);
    expect(cellsOf(office)).toEqual(cellsOf(saved));
    expect(office?.tables).toEqual(saved?.tables);
    expect(office?.tables.map((table) => table.name)).toEqual([FINDINGS_TABLE]);
  });

  it("writes the same links and conditional formats, and prints the same", async () => {
    const { host, bytes, written } = await both;
    const file = (await fileFeatures(bytes)).get(written.sheet);
    const office = fakeFeatures(sheetOf(host, written.sheet));
    expect(office.links.length).toBeGreaterThan(3);
    expect(office).toEqual({
      conditionalFormats: [...(file?.conditionalFormats ?? [])].sort(),
      links: [...(file?.links ?? [])].sort(),
    });
    expect(fakePrintSetup(sheetOf(host, written.sheet))).toEqual(
      (await filePrintSetups(bytes)).get(written.sheet),
    );
  });

  it("links each finding to its own cell, which is where the finding is", async () => {
    const { host, report, written } = await both;
    const sheet = sheetOf(host, written.sheet);
    expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
    const rows = report.findings.map((_, i) => {
      const at = (column: string) => sheet.cells[`${column}${i + 2}`]?.value;
      return { sheet: at("D"), cell: at("E"), link: sheet.hyperlinks[`E${i + 2}`]?.documentReference };
    });
    for (const row of rows) expect(row.link).toBe(`${quotedSheet(String(row.sheet))}!${String(row.cell)}`);
    const places = (list: readonly { sheet?: unknown; cell?: unknown }[]) =>
      list.map((place) => `${String(place.sheet)}!${String(place.cell)}`).sort();
    expect(places(rows)).toEqual(places(report.findings));
    expect(Object.keys(sheet.hyperlinks)).toHaveLength(report.findings.length);
  });
});

describe("writing the report again", () => {
  async function withReport() {
    const under = portOver();
    await createWorkbook(under.port, { ...OPTIONS, lang: "en" });
    const check = { ...CHECK, lang: "en" } as const;
    const report = await validateTreatmentPlan(under.port, check);
    const written = await writeFindingsReport(under.port, report, "en");
    return { ...under, check, report, written };
  }

  it("replaces the earlier report, on its sheet, even renamed, and leaves no stale row or link", async () => {
    const { host, port, check, report, written } = await withReport();
    expect(written.sheet).toBe("Validation findings");
    const renamed = "Findings for the audit";
    sheetOf(host, written.sheet).name = renamed;
    const fewer = { ...report, findings: report.findings.slice(0, 2) };
    host.resetCounters();
    const again = await writeFindingsReport(port, fewer, "en");
    expect(again).toMatchObject({ sheet: renamed, replaced: true });
    expect(host.syncCount).toBeLessThanOrEqual(4);
    const sheet = sheetOf(host, renamed);
    expect(sheet.tables).toEqual([
      expect.objectContaining({ name: FINDINGS_TABLE, rect: expect.objectContaining({ rowCount: 3 }) }),
    ]);
    expect(Object.keys(sheet.cells).filter((address) => Number(address.replace(/^[A-Z]+/, "")) > 3)).toEqual(
      [],
    );
    expect(Object.keys(sheet.hyperlinks).sort()).toEqual(["E2", "E3"]);
    expect(host.state.sheets.filter((s) => s.tables.some((t) => t.name === FINDINGS_TABLE))).toHaveLength(1);
    // Validating again reads the same findings: the report is not taken for a register or a plan.
    expect((await validateTreatmentPlan(port, check)).findings).toEqual(report.findings);
  });

  it("writes beside a person's own sheet of the same name, which stays as it was", async () => {
    const under = portOver({ sheets: [{ name: "Validation findings", rows: [["my notes"]] }] });
    await createWorkbook(under.port, { ...OPTIONS, lang: "en" });
    const report = await validateTreatmentPlan(under.port, { ...CHECK, lang: "en" });
    const before = JSON.stringify(sheetOf(under.host, "Validation findings"));
    const written = await writeFindingsReport(under.port, report, "en");
    expect(written).toMatchObject({ sheet: "Validation findings (2)", replaced: false });
    expect(JSON.stringify(sheetOf(under.host, "Validation findings"))).toBe(before);
    expect(sheetOf(under.host, "Validation findings (2)").tables[0]?.name).toBe(FINDINGS_TABLE);
  });
});
