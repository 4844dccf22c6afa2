/**
 * The fast read-only open reads a workbook's snapshot straight from the file's parts: for every kind
 * of file the port meets it must give exactly the snapshot the ExcelJS path gives, and a file it does
 * not understand must still be read (through ExcelJS).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { metadataXml } from "../../src/workbook/metadata";
import { createWorkbook } from "../../src/operations/createWorkbook";
import type { ReadOptions } from "../../src/workbook/port";
import { XlsxSnapshotReader, XlsxWorkbookPort, type ReadPath } from "../../src/xlsx";
import { zipEntries, zipEntryData } from "../../src/xlsx/zipDirectory";
import { repoRoot } from "../support/root";
import { runIsms } from "../support/runIsms";
import { featurePlan, TRICKY_TEXT, zipArchive } from "../support/xlsxFixtures";

const dir = mkdtempSync(path.join(tmpdir(), "isms-fast-read-"));
const TEMPLATES = [
  "paybridges_ISO_27005_Risk_Register.xlsx",
  "paybridges_Statement_of_Applicability_SoA.xlsx",
  "ciso-assistant_risk_assessment_template.xlsx",
  "ciso-assistant_iso27001-2022.xlsx",
];
const READS: readonly ReadOptions[] = [{}, { formulas: true }];

async function expectSameSnapshots(file: string, via: ReadPath = "parts"): Promise<void> {
  const quick = await XlsxSnapshotReader.open(file);
  const full = await XlsxSnapshotReader.open(file, { via: "exceljs" });
  expect([quick.via, full.via]).toEqual([via, "exceljs"]);
  for (const options of READS) expect(await quick.read(options)).toEqual(await full.read(options));
  expect(await quick.outline()).toEqual(await full.outline());
}

async function writeNew(name: string, args: readonly string[]): Promise<string> {
  const file = path.join(dir, name);
  expect(await runIsms(["new", file, ...args])).toMatchObject({ code: 0 });
  return file;
}

describe("the fast read-only open gives the ExcelJS path's snapshot", () => {
  it.each(TEMPLATES)("public template %s", async (name) => {
    await expectSameSnapshots(path.join(repoRoot, "../shared/templates", name));
  });

  it.each([
    ["zh-CN", "gbt-matrix", false],
    ["zh-CN", "gbt-matrix", true],
    ["en", "li", false],
    ["en", "cia-max", true],
  ] as const)("isms new --lang %s --method %s (sample: %s)", async (lang, method, sample) => {
    const args = ["--lang", lang, "--method", method, ...(sample ? ["--sample"] : [])];
    await expectSameSnapshots(await writeNew(`${lang}-${method}-${String(sample)}.xlsx`, args));
  });

  it("a register of 1,000 risks", async () => {
    const port = XlsxWorkbookPort.create();
    const created = await createWorkbook(port, {
      lang: "en",
      standard: "2022",
      method: "atv",
      sample: true,
      sampleRisks: 1000,
    });
    expect(created.status).toBe("created");
    const file = path.join(dir, "thousand.xlsx");
    await port.save(file);
    await expectSameSnapshots(file);
  });

  it("dates, rich text, errors, booleans, merged areas, hyperlinks and awkward text", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Foreign");
    ws.getCell("B2").value = new Date(Date.UTC(2024, 0, 31, 13, 45, 10, 123));
    ws.getCell("C2").value = { richText: [{ text: "Risk " }, { text: "owner", font: { bold: true } }] };
    ws.getCell("D2").value = { error: "#N/A" };
    ws.getCell("E2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("F2").value = true;
    ws.getCell("G2").value = { text: "ISO", hyperlink: "https://www.iso.org" };
    ws.getCell("H2").value = { formula: 'IF(TRUE,"<&>","")', result: "<&>" };
    TRICKY_TEXT.forEach((text, index) => (ws.getCell(10 + index, 2).value = text));
    ws.getCell("C3").value = ' leading and trailing\nlines _x0041_ <&> "quoted" 风险处置计划 ';
    ws.getCell("D3").value = 0.1 + 0.2;
    ws.getCell("E3").value = "";
    ws.getCell("B4").value = "merged";
    ws.mergeCells("B4:D5");
    ws.mergeCells("F4:F6");
    ws.getCell("H9").numFmt = "0.00";
    workbook.addWorksheet("Empty", { state: "hidden" });
    const file = path.join(dir, "foreign.xlsx");
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    await expectSameSnapshots(file);
  });

  it("the metadata stored as the Office port's custom XML part", async () => {
    const plan = featurePlan("zh-CN");
    if (!plan.metadata) throw new Error("fixture changed");
    const port = XlsxWorkbookPort.create();
    await port.apply({ ...plan, metadata: undefined });
    const bytes = await port.toBuffer();
    const entries: Record<string, string> = {};
    for (const entry of zipEntries(bytes) ?? [])
      entries[entry.name] = zipEntryData(bytes, entry)?.toString("utf8") ?? "";
    entries["customXml/item1.xml"] = metadataXml(plan.metadata);
    const file = path.join(dir, "office-metadata.xlsx");
    writeFileSync(file, zipArchive(entries));
    await expectSameSnapshots(file);
    expect((await (await XlsxSnapshotReader.open(file)).read()).metadata).toEqual(plan.metadata);
  });

  it("falls back to ExcelJS for what it does not read itself (here a CDATA section)", async () => {
    const port = XlsxWorkbookPort.create();
    await port.apply(featurePlan("en"));
    const bytes = await port.toBuffer();
    const entries: Record<string, string> = {};
    for (const entry of zipEntries(bytes) ?? [])
      entries[entry.name] = zipEntryData(bytes, entry)?.toString("utf8") ?? "";
    const strings = entries["xl/sharedStrings.xml"] ?? "";
    entries["xl/sharedStrings.xml"] = strings.replace(/<t>([^<&]*)<\/t>/, "<t><![CDATA[$1]]></t>");
    const file = path.join(dir, "cdata.xlsx");
    writeFileSync(file, zipArchive(entries));
    await expectSameSnapshots(file, "exceljs");
  });
});
