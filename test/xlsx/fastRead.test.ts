/**
 * The part scanner is the one way XlsxSnapshotReader reads a file. Two checks of it:
 * - on every kind of file both read, it gives exactly the snapshot of the ExcelJS baseline (the reader's
 *   `via: "exceljs"`, which loads the file into ExcelJS's model), so it reads what ExcelJS reads;
 * - no file of the suite (the public templates, `isms new` outputs, the generated fixtures and the
 *   corpus) is read through ExcelJS: ExcelJS's load is watched while each is opened and read.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { metadataXml } from "../../src/workbook/metadata";
import { createWorkbook } from "../../src/operations/createWorkbook";
import type { WorkbookPlan } from "../../src/workbook/plan";
import type { ReadOptions } from "../../src/workbook/port";
import { XlsxSnapshotReader, XlsxWorkbookPort } from "../../src/xlsx";
import { zipEntries, zipEntryData } from "../../src/xlsx/zipDirectory";
import { edgeCasePackages, excelJsBase, rewrittenPackages } from "../support/foreignWorkbooks";
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
const templatePath = (name: string) => path.join(repoRoot, "../shared/templates", name);
const READS: readonly ReadOptions[] = [{}, { formulas: true }];

/** The scanner's snapshot and outline equal the ExcelJS baseline's. */
async function expectSameSnapshots(file: string): Promise<void> {
  const scanner = await XlsxSnapshotReader.open(file);
  const baseline = await XlsxSnapshotReader.open(file, { via: "exceljs" });
  expect([scanner.via, baseline.via]).toEqual(["parts", "exceljs"]);
  for (const options of READS) expect(await scanner.read(options)).toEqual(await baseline.read(options));
  expect(await scanner.outline()).toEqual(await baseline.outline());
}

async function writeNew(name: string, args: readonly string[]): Promise<string> {
  const file = path.join(dir, name);
  expect(await runIsms(["new", file, ...args])).toMatchObject({ code: 0 });
  return file;
}

/** A file written by the port from a plan, its parts then changed. */
async function rewrittenPlan(
  name: string,
  plan: WorkbookPlan,
  change: (parts: Record<string, string>) => void = () => undefined,
): Promise<string> {
  const port = XlsxWorkbookPort.create();
  await port.apply(plan);
  const bytes = await port.toBuffer();
  const parts: Record<string, string> = {};
  for (const entry of zipEntries(bytes) ?? []) {
    parts[entry.name] = zipEntryData(bytes, entry)?.toString("utf8") ?? "";
  }
  change(parts);
  const file = path.join(dir, name);
  writeFileSync(file, zipArchive(parts));
  return file;
}

describe("the part scanner gives the ExcelJS baseline's snapshot on files both read", () => {
  it.each(TEMPLATES)("public template %s", async (name) => {
    await expectSameSnapshots(templatePath(name));
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
    const metadata = plan.metadata;
    const file = await rewrittenPlan("office-metadata.xlsx", { ...plan, metadata: undefined }, (parts) => {
      parts["customXml/item1.xml"] = metadataXml(metadata);
    });
    await expectSameSnapshots(file);
    expect((await (await XlsxSnapshotReader.open(file)).read()).metadata).toEqual(metadata);
  });

  it("CDATA sections and character references read as the text they hold", async () => {
    // ExcelJS reads a CDATA shared string as empty: the scanner is compared with the baseline's reading
    // of the same file written without them.
    const plain = await rewrittenPlan("plain.xlsx", featurePlan("en"));
    const rewritten = await rewrittenPlan("cdata.xlsx", featurePlan("en"), (parts) => {
      let strings = parts["xl/sharedStrings.xml"] ?? "";
      for (const text of ["Method", "Reduce", "Risk ID"]) {
        if (!strings.includes(`<t>${text}</t>`)) throw new Error(`fixture changed: no ${text}`);
        strings = strings.replace(
          `<t>${text}</t>`,
          `<t><![CDATA[${text.slice(0, 2)}]]>&#${text.charCodeAt(2)};&#x${text.charCodeAt(3).toString(16)};<![CDATA[${text.slice(4)}]]></t>`,
        );
      }
      parts["xl/sharedStrings.xml"] = strings;
    });
    const scanner = await XlsxSnapshotReader.open(rewritten);
    const baseline = await XlsxSnapshotReader.open(plain, { via: "exceljs" });
    for (const options of READS) expect(await scanner.read(options)).toEqual(await baseline.read(options));
  });
});

describe("the part scanner is the one read path", () => {
  const files: string[] = [];
  let xlsxLoad: jest.SpiedFunction<ExcelJS.Xlsx["load"]>;

  beforeAll(async () => {
    // Every ExcelJS load, whoever makes it, goes through this prototype method.
    xlsxLoad = jest.spyOn(Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as ExcelJS.Xlsx, "load");
    files.push(...TEMPLATES.map(templatePath));
    const corpus = path.join(repoRoot, "test/corpus/files");
    files.push(
      ...readdirSync(corpus)
        .filter((name) => name.endsWith(".xlsx"))
        .map((name) => path.join(corpus, name)),
    );
    const generated = path.join(dir, "generated");
    const base = await excelJsBase(generated);
    files.push(
      base.file,
      ...[...rewrittenPackages(generated, base), ...edgeCasePackages(generated, base)].map((c) => c.file),
    );
    for (const lang of ["en", "zh-CN"]) {
      for (const method of ["li", "atv", "gbt-matrix", "gbt-multiply", "cia-max"]) {
        const standard = method === "li" ? "2013" : "2022";
        const args = ["--lang", lang, "--method", method, "--standard", standard, "--sample"];
        files.push(await writeNew(`new-${lang}-${method}.xlsx`, args));
      }
    }
    for (const lang of ["en", "zh-CN"] as const) {
      const port = XlsxWorkbookPort.create();
      await port.apply(featurePlan(lang));
      const file = path.join(dir, `plan-${lang}.xlsx`);
      await port.save(file);
      files.push(file);
    }
  }, 60_000);

  afterAll(() => xlsxLoad.mockRestore());

  it("no file of the suite is read through ExcelJS", async () => {
    // Also the files the parity checks above wrote (when run with them).
    const written = readdirSync(dir).filter((name) => name.endsWith(".xlsx"));
    const all = [...new Set([...files, ...written.map((name) => path.join(dir, name))])];
    const throughExcelJs: string[] = [];
    for (const file of all) {
      xlsxLoad.mockClear();
      const reader = await XlsxSnapshotReader.open(file);
      for (const options of READS) await reader.read(options);
      await reader.outline();
      if (reader.via !== "parts" || xlsxLoad.mock.calls.length > 0) throughExcelJs.push(path.basename(file));
    }
    expect(throughExcelJs).toEqual([]);
    expect(all.length).toBeGreaterThanOrEqual(50);
  }, 60_000);

  it("would see an ExcelJS load (the baseline, asked for)", async () => {
    xlsxLoad.mockClear();
    await XlsxSnapshotReader.open(templatePath(TEMPLATES[0] ?? ""), { via: "exceljs" });
    expect(xlsxLoad).toHaveBeenCalledTimes(1);
  });
});
