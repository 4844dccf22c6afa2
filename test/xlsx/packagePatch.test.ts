/**
 * Plans that only change cells of existing sheets are patched into the file's package: the cells read back
 * as planned (through our reader and through ExcelJS), replaced cells keep their style, new rows take the
 * style of the row above, tables grow over appended rows, the metadata sheet is rewritten whole, the
 * calculation chain is dropped and the workbook recalculates on load — and every part the plan does not
 * touch (other sheets, the gap sheet's charts) is byte for byte what it was. Other plans are refused.
 */
import { readWithExcelJs } from "../support/excelJsReader";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { createWorkbook } from "../../src/operations/createWorkbook";
import { metadataFromSheetRows } from "../../src/workbook/metadata";
import { formula, type IsmsMetadata, type WorkbookPlan } from "../../src/workbook/plan";
import { XlsxSnapshotReader, XlsxWorkbookPort, patchPackage } from "../../src/xlsx";

const dir = mkdtempSync(path.join(tmpdir(), "isms-patch-"));

async function newWorkbook(): Promise<Buffer> {
  const port = XlsxWorkbookPort.create();
  const created = await createWorkbook(port, { lang: "en", standard: "2022", method: "atv", sample: true });
  if (created.status !== "created") throw new Error("not created");
  return port.toBuffer();
}

async function entries(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const all = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file) all.set(name, await file.async("nodebuffer"));
  }
  return all;
}

async function sheetPart(bytes: Buffer, sheet: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].find((m) => m[0].includes(` name="${sheet}"`))?.[0];
  const id = / r:id="([^"]+)"/.exec(tag ?? "")?.[1];
  if (!id) throw new Error(`no sheet ${sheet}`);
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

const SOA = "Statement of Applicability";
const CHANGES = "SoA changes";

describe("a plan patched into the package", () => {
  let original: Buffer;
  let patched: Buffer;
  let metadata: IsmsMetadata;

  beforeAll(async () => {
    original = await newWorkbook();
    writeFileSync(path.join(dir, "original.xlsx"), original);
    const read = await (await XlsxSnapshotReader.open(path.join(dir, "original.xlsx"))).read();
    if (!read.metadata) throw new Error("no metadata");
    metadata = { ...read.metadata, lang: "en-patched" };
    const plan: WorkbookPlan = {
      sheets: [],
      names: [],
      writes: [
        {
          sheet: SOA,
          row: 11,
          column: 6,
          cells: [["from the test"], [formula('=IFERROR(1/0,"x")')], [null]],
        },
      ],
      updates: [
        { sheet: SOA, address: "B2", value: "7.0" },
        { sheet: SOA, address: "Q1", value: "=not a formula" },
      ],
      appends: [
        {
          sheet: CHANGES,
          table: "ISMS_SoAChanges",
          row: 2,
          column: 0,
          rows: [
            ["2.0", "2026-12-01", "5.1", "line one"],
            ["2.0", "2026-12-01", "5.2", "line two"],
          ],
        },
      ],
      metadata,
      metadataInPlace: true,
    };
    const result = patchPackage(original, plan);
    if (!result) throw new Error("not patched");
    patched = result;
    writeFileSync(path.join(dir, "patched.xlsx"), patched);
  });

  it("writes the cells as planned, read by our reader", async () => {
    const snapshot = await (
      await XlsxSnapshotReader.open(path.join(dir, "patched.xlsx"))
    ).read({ formulas: true });
    const soa = snapshot.sheets.find((s) => s.name === SOA);
    const at = (r: number, c: number) => soa?.values[r - (soa?.row ?? 0)]?.[c - (soa?.column ?? 0)];
    expect([at(11, 6), at(13, 6), at(1, 1), at(0, 16)]).toEqual([
      "from the test",
      "",
      "7.0",
      "=not a formula",
    ]);
    expect(soa?.formulas?.[12 - (soa?.row ?? 0)]?.[6 - (soa?.column ?? 0)]).toBe('=IFERROR(1/0,"x")');
    const changes = snapshot.sheets.find((s) => s.name === CHANGES);
    expect(changes?.tables).toEqual([{ name: "ISMS_SoAChanges", address: "A1:D4" }]);
    expect(changes?.values.slice(2).map((row) => row[3])).toEqual(["line one", "line two"]);
    expect(snapshot.metadata).toEqual(metadata);
  });

  it("writes what ExcelJS reads the same way", async () => {
    const workbook = await readWithExcelJs(patched);
    const soa = workbook.getWorksheet(SOA);
    expect(soa?.getCell("G12").value).toBe("from the test");
    expect(soa?.getCell("G13").value).toEqual({ formula: 'IFERROR(1/0,"x")' });
    expect(soa?.getCell("Q1").value).toBe("=not a formula");
    const meta = workbook.getWorksheet("_isms_meta");
    const rows: unknown[][] = [];
    meta?.eachRow({ includeEmpty: true }, (row) => rows.push([row.getCell(1).value ?? ""]));
    expect(metadataFromSheetRows(rows)).toEqual(metadata);
  });

  it("keeps the style of replaced cells and gives new rows the style of the row above", async () => {
    const [before, after] = [await entries(original), await entries(patched)];
    const soaPart = await sheetPart(original, SOA);
    const style = (xml: string, ref: string) => new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(xml)?.[1];
    const [was, is] = [before.get(soaPart)?.toString() ?? "", after.get(soaPart)?.toString() ?? ""];
    // B2 existed and keeps its style; G12 was blank (no cell) and takes the style of the cell above it.
    expect(style(is, "B2")).toBe(style(was, "B2"));
    expect(style(is, "G12")).toBe(style(was, "G12") ?? style(was, "G11"));
    const changesPart = await sheetPart(original, CHANGES);
    const changes = after.get(changesPart)?.toString() ?? "";
    expect(style(changes, "D4")).toBe(style(changes, "D2"));
  });

  it("keeps every part it does not touch byte for byte, the gap sheet's charts included", async () => {
    const [before, after] = [await entries(original), await entries(patched)];
    const touched = new Set([
      await sheetPart(original, SOA),
      await sheetPart(original, CHANGES),
      await sheetPart(original, "_isms_meta"),
      "xl/workbook.xml",
    ]);
    const tables = [...before.keys()].filter((name) => name.startsWith("xl/tables/"));
    let kept = 0;
    for (const [name, data] of before) {
      if (touched.has(name) || tables.includes(name)) continue;
      expect({ name, same: after.get(name)?.equals(data) }).toEqual({ name, same: true });
      kept++;
    }
    expect(kept).toBeGreaterThan(10);
    expect([...after.keys()].filter((name) => name.startsWith("xl/charts/"))).toHaveLength(2);
    expect(after.get("xl/workbook.xml")?.toString()).toContain('fullCalcOnLoad="1"');
  });

  it("drops a calculation chain, its relationship and its content type", async () => {
    const zip = await JSZip.loadAsync(original);
    zip.file(
      "xl/calcChain.xml",
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    );
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const withChain = await zip.generateAsync({ type: "nodebuffer" });
    const result = patchPackage(withChain, {
      sheets: [],
      names: [],
      updates: [{ sheet: SOA, address: "B2", value: "2.0" }],
    });
    const after = await entries(result ?? Buffer.alloc(0));
    expect(after.has("xl/calcChain.xml")).toBe(false);
    expect(after.get("xl/_rels/workbook.xml.rels")?.toString()).not.toContain("calcChain");
    expect(after.get("[Content_Types].xml")?.toString()).not.toContain("calcChain");
  });

  it("refuses plans that create sheets, names or links, and sheets or tables that are not there", () => {
    const sheet = {
      key: "soa",
      name: "New",
      mode: "create",
      blocks: [],
      tables: [],
      validations: [],
      conditionalFormats: [],
      hyperlinks: [],
    } as const;
    expect(patchPackage(original, { sheets: [sheet], names: [] })).toBeUndefined();
    expect(
      patchPackage(original, { sheets: [], names: [{ name: "X", sheet: SOA, address: "$A$1" }] }),
    ).toBeUndefined();
    const link = { targetSheet: SOA, targetAddress: "A1" };
    expect(
      patchPackage(original, {
        sheets: [],
        names: [],
        updates: [{ sheet: SOA, address: "A1", value: "x", link }],
      }),
    ).toBeUndefined();
    expect(
      patchPackage(original, {
        sheets: [],
        names: [],
        updates: [{ sheet: "Nowhere", address: "A1", value: "x" }],
      }),
    ).toBeUndefined();
    const append = { sheet: CHANGES, table: "ISMS_Nothing", row: 2, column: 0, rows: [["x"]] };
    expect(patchPackage(original, { sheets: [], names: [], appends: [append] })).toBeUndefined();
    expect(patchPackage(Buffer.from("not a zip"), { sheets: [], names: [] })).toBeUndefined();
  });
});
