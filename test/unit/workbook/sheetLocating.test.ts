/**
 * Finding the columns of a sheet when the header row is not what the product wrote: a generic "No."
 * column beside the real id, columns moved after the metadata was written, a table whose headers name
 * nothing we know.
 */
import { defaultMethodology } from "../../../src/domain/methodology";
import { buildWorkbookPlan } from "../../../src/workbook/layout/buildWorkbookPlan";
import { absoluteA1, cellA1, columnLetters } from "../../../src/workbook/cells/cellAddress";
import { parseWorkbook } from "../../../src/workbook/read/parseWorkbook";
import { sampleRecords } from "../../../src/workbook/sample/sampleRecords";
import type { RawValue, SheetData, WorkbookSnapshot } from "../../../src/workbook/sheetData";
import { snapshotOf } from "./planToSnapshot";

function sheet(name: string, values: RawValue[][], tables: SheetData["tables"] = []): SheetData {
  return { name, row: 0, column: 0, values, tables };
}

const read = (sheets: SheetData[]) => parseWorkbook({ sheets, metadata: null });
const codes = (parsed: ReturnType<typeof read>) => parsed.problems.map((p) => p.code);

describe("a generic running-number column beside the real id column", () => {
  it.each([
    ["序号 left of 风险编号", ["序号", "风险编号", "资产", "威胁", "脆弱性"], "B"],
    ["序号 right of 风险编号", ["风险编号", "序号", "资产", "威胁", "脆弱性"], "A"],
    ["No. left of Risk ID", ["No.", "Risk ID", "Asset", "Threat", "Vulnerability"], "B"],
    ["ID left of Risk ID", ["ID", "Risk ID", "Asset", "Threat", "Vulnerability"], "B"],
  ])("%s: the real id column wins", (_, headers, column) => {
    const row: RawValue[] = headers.map((h) =>
      /序号|No\.|^ID$/.test(h) ? 1 : h.includes("编号") || h === "Risk ID" ? "R-001" : "x",
    );
    const parsed = read([sheet("风险", [headers, row])]);
    expect(parsed.sheets.risks?.columns["riskId"]).toBe(column);
    expect(parsed.risks.map((r) => r.riskId)).toEqual(["R-001"]);
    expect(codes(parsed)).not.toContain("workbook.header.duplicate");
  });

  it("is still the id when nothing better names one", () => {
    const parsed = read([
      sheet("风险", [
        ["序号", "资产", "威胁", "脆弱性"],
        ["R-7", "服务器", "断电", "无UPS"],
      ]),
    ]);
    expect(parsed.risks.map((r) => r.riskId)).toEqual(["R-7"]);
  });

  it("does the same for the asset register", () => {
    const parsed = read([
      sheet("资产", [
        ["序号", "资产编号", "资产名称", "资产类别"],
        [1, "A-01", "客户数据库", "数据"],
      ]),
    ]);
    expect(parsed.assets.map((a) => a.assetId)).toEqual(["A-01"]);
    expect(codes(parsed)).not.toContain("workbook.header.duplicate");
  });

  it("still reports two columns that both carry the column's own header", () => {
    const parsed = read([
      sheet("风险", [
        ["风险编号", "Risk ID", "资产", "威胁"],
        ["R-1", "R-2", "x", "y"],
      ]),
    ]);
    expect(parsed.risks.map((r) => r.riskId)).toEqual(["R-1"]);
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({ code: "workbook.header.duplicate", cell: "B1" }),
    );
  });

  it("prefers the column's own header to a specific alias further left, and reports the alias", () => {
    const parsed = read([
      sheet("风险", [
        ["风险ID", "风险编号", "资产", "威胁"],
        ["old", "R-1", "x", "y"],
      ]),
    ]);
    expect(parsed.risks.map((r) => r.riskId)).toEqual(["R-1"]);
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({ code: "workbook.header.duplicate", cell: "A1" }),
    );
  });
});

describe("a workbook whose columns moved after the metadata was written", () => {
  const build = buildWorkbookPlan({ lang: "en", standard: "2022", method: "li", sample: true });
  if (!build.ok) throw new Error("a new workbook has no conflicts");
  const snapshot = snapshotOf(build.plan);
  const expected = sampleRecords("en", defaultMethodology("li")).risks?.[0];

  /** The risk register with two of its columns swapped (headers and data), the table as wide as before. */
  function withRiskColumns(edit: (row: RawValue[], isHeader: boolean) => RawValue[]): WorkbookSnapshot {
    return {
      ...snapshot,
      sheets: snapshot.sheets.map((s) =>
        s.name === "Risk register" ? { ...s, values: s.values.map((row, i) => edit([...row], i === 0)) } : s,
      ),
    };
  }
  const swap = (a: number, b: number) => (row: RawValue[]) => {
    const first = row[a] ?? "";
    row[a] = row[b] ?? "";
    row[b] = first;
    return row;
  };
  const riskHeaders = snapshot.sheets.find((s) => s.name === "Risk register")?.values[0] ?? [];
  const threatAt = riskHeaders.indexOf("Threat");
  const vulnerabilityAt = riskHeaders.indexOf("Vulnerability");

  it("follows the headers to the moved columns", () => {
    const parsed = parseWorkbook(withRiskColumns(swap(threatAt, vulnerabilityAt)));
    expect(parsed.sheets.risks?.via).toBe("metadata");
    expect(parsed.sheets.risks?.columns["threat"]).toBe(columnLetters(vulnerabilityAt));
    expect(parsed.risks[0]).toMatchObject({
      threat: expected?.threat,
      vulnerability: expected?.vulnerability,
    });
  });

  it("keeps a renamed header's column by position while following a moved one", () => {
    const parsed = parseWorkbook(
      withRiskColumns((row, isHeader) => {
        swap(threatAt, vulnerabilityAt)(row);
        if (isHeader) row[0] = "Reference code";
        return row;
      }),
    );
    expect(parsed.risks[0]).toMatchObject({ riskId: expected?.riskId, threat: expected?.threat });
  });

  it("keeps every column by position when headers were only renamed", () => {
    const parsed = parseWorkbook(
      withRiskColumns((row, isHeader) => {
        if (isHeader) row[threatAt] = "What could go wrong";
        return row;
      }),
    );
    expect(parsed.risks[0]).toMatchObject({ riskId: expected?.riskId, threat: expected?.threat });
  });
});

describe("a table recognised by its name whose headers name no column", () => {
  const table = sheet(
    "Data",
    [
      ["foo", "bar", "baz"],
      [1, 2, 3],
    ],
    [{ name: "ISMS_Risks", address: "B3:D4" }],
  );
  const shifted: SheetData = { ...table, row: 2, column: 1 };

  it("reports the missing required columns at the table's first header, and reads no records", () => {
    const parsed = read([shifted]);
    expect(parsed.risks).toEqual([]);
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({ code: "workbook.column.missing", sheet: "Data", cell: "B3" }),
    );
  });
});

describe("A1 addresses refuse positions that are not cells", () => {
  it.each([Infinity, -Infinity, NaN, -1, 1.5])("columnLetters(%p) throws", (column) => {
    expect(() => columnLetters(column)).toThrow(/column/);
  });

  it.each([
    [Infinity, 0],
    [-1, 0],
    [0, NaN],
  ])("cellA1(%p, %p) throws", (row, column) => {
    expect(() => cellA1(row, column)).toThrow();
    expect(() => absoluteA1(row, column)).toThrow();
  });

  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [16383, "XFD"],
  ])("columnLetters(%p) is %p", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });
});
