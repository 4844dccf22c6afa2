/**
 * Shared formulas, archive re-packing and shared cell styles: a register column with one formula per
 * row is written once and reads back row by row exactly as planned; a column that could be read
 * differently stays cell by cell; the re-packed archive holds the same parts; restyling one cell never
 * restyles another.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { formula, type PlanCell, type WorkbookPlan } from "../../src/workbook/plan";
import { XlsxSnapshotReader, XlsxWorkbookPort } from "../../src/xlsx";
import { styleCell } from "../../src/xlsx/cellWriting";
import { cellFormula } from "../../src/xlsx/cellValues";
import { formulaMovedDown } from "../../src/workbook/cells/formulaMove";
import { sharedFormulaMasters, sharedFormulaTranslator } from "../../src/xlsx/sharedFormulas";
import { zipEntries, zipEntryData } from "../../src/xlsx/zipDirectory";
import { repackZip } from "../../src/xlsx/zipRepack";

const dir = mkdtempSync(path.join(tmpdir(), "isms-shared-"));

describe("formulaMovedDown", () => {
  it.each([
    ["A2*2", 3, "A5*2"],
    ["$A$2+A$2+$A2", 1, "$A$2+A$2+$A3"],
    ["SUM(B2:C2)", 2, "SUM(B4:C4)"],
    ["INDEX(ISMS_MatrixL,H2,I2)", 1, "INDEX(ISMS_MatrixL,H3,I3)"],
    ["LOG10(A2)", 1, "LOG10(A3)"],
    ["'Risk register'!B2", 4, "'Risk register'!B6"],
    ["ABCD2+1E3", 1, "ABCD2+1E3"],
  ])("moves %s down %d rows to %s", (text, rows, expected) => {
    expect(formulaMovedDown(text, rows)).toBe(expected);
  });
});

describe("sharedFormulaTranslator", () => {
  const master = "A2+$B$2+C$2+$D2+SUM(E2:F2)+Sheet2!G2+ISMS_Scale+LOG(H2)";

  it.each([
    ["H3", 1, 0],
    ["J2", 0, 2],
    ["K7", 5, 3],
  ])("reads the clone at %s as ExcelJS translates it", (address) => {
    const sheet = XlsxWorkbookPort.create().workbook.addWorksheet("S");
    sheet.getCell("H2").value = { formula: master };
    const clone = sheet.getCell(address);
    clone.value = { sharedFormula: "H2" };
    expect(cellFormula(clone, sharedFormulaTranslator())).toBe(cellFormula(clone));
  });

  it("gives undefined for a reference moved off the sheet", () => {
    expect(sharedFormulaTranslator()("A2*2", -2, 0)).toBeUndefined();
  });
});

function column(texts: readonly string[]): PlanCell[][] {
  return texts.map((text) => [formula(text)]);
}

describe("sharedFormulaMasters", () => {
  it.each<[string, readonly string[], string | undefined]>([
    ["the same formula moved down", ["=A2*2", "=A3*2", "=A4*2"], "C2"],
    ["a row that differs", ["=A2*2", "=A3*2", "=A4*3"], undefined],
    ["a row that is not moved", ["=A2*2", "=A2*2"], undefined],
    ["digits inside a text literal", ['=IF(A2="A1","x","")', '=IF(A3="A1","x","")'], undefined],
    ["a whole-row range", ["=SUM(2:2)+A2", "=SUM(3:3)+A3"], undefined],
    ["a single row", ["=A2*2"], undefined],
  ])("%s", (_, texts, expected) => {
    expect(sharedFormulaMasters(column(texts), 1, 2, 1)).toEqual([expected]);
  });

  it("leaves columns of values alone", () => {
    expect(
      sharedFormulaMasters(
        [
          [1, formula("=A2")],
          [2, formula("=A3")],
        ],
        1,
        0,
        2,
      ),
    ).toEqual([undefined, "B2"]);
  });
});

function registerPlan(rows: number): WorkbookPlan {
  const body = Array.from({ length: rows }, (_, i) => [i + 1, formula(`=IF(A${i + 2}="","",A${i + 2}*2)`)]);
  return {
    sheets: [
      {
        key: "risks",
        name: "Register",
        mode: "create",
        blocks: [],
        tables: [
          {
            name: "ISMS_Risks",
            row: 0,
            column: 0,
            columns: [
              { key: "n", header: "N", numberFormat: "0" },
              { key: "twice", header: "Twice" },
            ],
            rows: body,
          },
        ],
        validations: [],
        conditionalFormats: [],
        hyperlinks: [{ address: "A3", targetSheet: "Register", targetAddress: "A1", text: "link" }],
      },
    ],
    names: [],
  };
}

describe("a table column with one formula per row", () => {
  it("is saved as one shared formula and reads back as each row's formula", async () => {
    const port = XlsxWorkbookPort.create();
    await port.apply(registerPlan(50));
    const file = path.join(dir, "shared.xlsx");
    await port.save(file);
    const opened = await XlsxSnapshotReader.open(file);
    const [sheet] = (await opened.read({ formulas: true })).sheets;
    const formulas = sheet?.formulas ?? [];
    expect(formulas.slice(1).map((row) => row[1])).toEqual(
      Array.from({ length: 50 }, (_, i) => `=IF(A${i + 2}="","",A${i + 2}*2)`),
    );
    const bytes = await port.toBuffer();
    const xml = zipEntryData(bytes, findEntry(bytes, "xl/worksheets/sheet1.xml"));
    expect(xml?.toString("utf8")).toContain('<f t="shared" ref="B2:B51" si="0">');
  });

  it("does not share a column that links are written over", async () => {
    const plan = registerPlan(3);
    const [sheetPlan] = plan.sheets;
    const [link] = sheetPlan?.hyperlinks ?? [];
    if (!sheetPlan || !link) throw new Error("plan without sheet or link");
    const linked: WorkbookPlan = {
      ...plan,
      sheets: [{ ...sheetPlan, hyperlinks: [{ ...link, address: "B3" }] }],
    };
    const port = XlsxWorkbookPort.create();
    await port.apply(linked);
    const bytes = await port.toBuffer();
    const xml = zipEntryData(bytes, findEntry(bytes, "xl/worksheets/sheet1.xml"))?.toString("utf8");
    expect(xml).not.toContain('t="shared"');
    expect(xml).toContain(`<hyperlink ref="B3" location="'Register'!A1" display="link"/>`);
  });
});

function findEntry(bytes: Buffer, name: string) {
  const entry = zipEntries(bytes)?.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`${name} missing`);
  return entry;
}

describe("repackZip", () => {
  it.each(["store", "deflate"] as const)("keeps every part byte for byte (%s)", async (method) => {
    const port = XlsxWorkbookPort.create();
    await port.apply(registerPlan(20));
    const original = await port.toBuffer();
    const repacked = repackZip(original, method);
    if (!repacked) throw new Error("not repacked");
    const parts = (bytes: Buffer) =>
      (zipEntries(bytes) ?? []).map((entry) => [entry.name, zipEntryData(bytes, entry)?.toString("base64")]);
    expect(parts(repacked)).toEqual(parts(original));
    const methods = (zipEntries(repacked) ?? [])
      .filter((entry) => entry.size > 0)
      .map((entry) => entry.method);
    expect(new Set(methods)).toEqual(new Set([method === "store" ? 0 : 8]));
  });

  it("gives up on an archive whose entry does not inflate to its recorded size", async () => {
    const bytes = Buffer.from(await XlsxWorkbookPort.create().toBuffer());
    const entry = findEntry(bytes, "xl/workbook.xml");
    bytes.writeUInt32LE(entry.size + 1, centralSizeOffset(bytes, entry.name));
    expect(repackZip(bytes, "store")).toBeUndefined();
  });
});

/** Where the central directory records the uncompressed size of the named entry. */
function centralSizeOffset(bytes: Buffer, name: string): number {
  const at = bytes.lastIndexOf(Buffer.from(name, "utf8"));
  return at - 46 + 24;
}

describe("styleCell", () => {
  it("restyles a cell that shares its style without restyling the others", async () => {
    const port = XlsxWorkbookPort.create();
    const sheet = port.workbook.addWorksheet("S");
    const shared = { numFmt: "0" };
    const [a, b] = [sheet.getCell("A1"), sheet.getCell("A2")];
    styleCell(a, shared);
    styleCell(b, shared);
    expect(a.style).toBe(b.style);
    styleCell(b, { font: { bold: true } });
    expect(a.style).toEqual({ numFmt: "0" });
    expect(b.style).toEqual({ numFmt: "0", font: { bold: true } });
  });
});
