/**
 * Unusable input: every kind answers exit code 2 with ONE line on stderr that names the problem (and
 * the file), in the chosen language, never a stack trace, and leaves nothing written. A package whose
 * parts the part scanner cannot make sense of (a sheet cut off, a cell left open, a missing sheet part)
 * is refused as damaged: there is no other reader to hand it to.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { XlsxWorkbookPort } from "../../src/xlsx";
import { unzipParts } from "../support/foreignWorkbooks";
import { featurePlan, zipArchive } from "../support/xlsxFixtures";
import { runIsms } from "../support/runIsms";

const dir = mkdtempSync(path.join(tmpdir(), "isms-unusable-"));
const file = (name: string, bytes: Buffer | string) => {
  const target = path.join(dir, name);
  writeFileSync(target, bytes);
  return target;
};

let validXlsx: Buffer;
beforeAll(async () => {
  const port = XlsxWorkbookPort.create();
  await port.apply(featurePlan("en"));
  validXlsx = await port.toBuffer();
  mkdirSync(path.join(dir, "folder.xlsx"));
  file("empty.xlsx", "");
  file("random.xlsx", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
  file("truncated.xlsx", validXlsx.subarray(0, Math.floor(validXlsx.length / 2)));
  file(
    "report.docx.xlsx",
    zipArchive({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
  );
  file("export.csv.xlsx", "Risk ID,Asset,Likelihood\nR-1,Database,4\n");
  file("encrypted.xlsx", Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(2048, 0)]));
  const budget = new ExcelJS.Workbook();
  budget.addWorksheet("Budget 2025").addRows([
    ["Month", "Travel", "Hardware"],
    ["Jan", 1200, 800],
  ]);
  file("budget.xlsx", Buffer.from(await budget.xlsx.writeBuffer()));
  file("not-xml.xlsx", zipArchive({ "[Content_Types].xml": "not xml", "xl/workbook.xml": "<<<" }));
  const parts = unzipParts(validXlsx);
  const sheet = Object.keys(parts).find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)) ?? "";
  const xml = parts[sheet] ?? "";
  if (!xml.includes("</c>")) throw new Error("fixture changed: no cell in the first sheet");
  file("cut-sheet.xlsx", zipArchive({ ...parts, [sheet]: xml.slice(0, xml.indexOf("</c>") + 8) }));
  file("open-cell.xlsx", zipArchive({ ...parts, [sheet]: xml.replace("</c>", "") }));
  const withoutSheet = { ...parts };
  delete withoutSheet[sheet];
  file("no-sheet-part.xlsx", zipArchive(withoutSheet));
});

const inDir = (name: string) => path.join(dir, name);

/** [what, argv, words the one line must contain] */
const cases: readonly (readonly [string, () => string[], readonly string[]])[] = [
  ["a missing file", () => ["validate", inDir("missing.xlsx")], ["missing.xlsx", "no such file"]],
  ["a folder", () => ["validate", inDir("folder.xlsx")], ["folder.xlsx", "folder"]],
  ["an empty file", () => ["soa", inDir("empty.xlsx")], ["empty.xlsx", "empty"]],
  ["random bytes", () => ["gap", inDir("random.xlsx")], ["random.xlsx", "not an .xlsx workbook"]],
  ["a truncated download", () => ["validate", inDir("truncated.xlsx")], ["truncated.xlsx", "incomplete"]],
  ["a .docx renamed .xlsx", () => ["validate", inDir("report.docx.xlsx")], ["report.docx.xlsx", "Word"]],
  ["a .csv renamed .xlsx", () => ["validate", inDir("export.csv.xlsx")], ["export.csv.xlsx", "CSV"]],
  ["an encrypted (OLE) file", () => ["validate", inDir("encrypted.xlsx")], ["encrypted.xlsx", "password"]],
  ["a workbook part that is not XML", () => ["validate", inDir("not-xml.xlsx")], ["not-xml.xlsx", "damaged"]],
  ["a sheet part cut off", () => ["validate", inDir("cut-sheet.xlsx")], ["cut-sheet.xlsx", "damaged"]],
  ["a cell left open", () => ["soa", inDir("open-cell.xlsx")], ["open-cell.xlsx", "damaged"]],
  ["a missing sheet part", () => ["gap", inDir("no-sheet-part.xlsx")], ["no-sheet-part.xlsx", "damaged"]],
  [
    "a workbook with no ISMS sheet",
    () => ["validate", inDir("budget.xlsx")],
    ["budget.xlsx", "risk register"],
  ],
  ["an unknown command", () => ["frobnicate"], ['"frobnicate"', "validate", "catalog"]],
  ["no command", () => [], ["no command", "risk"]],
  ["an unknown flag", () => ["catalog", "--colour"], ["--colour", "catalog"]],
  ["a flag without its value", () => ["risk", "--method"], ["--method", "needs a value"]],
  ["a missing input file argument", () => ["validate"], ["isms validate <file.xlsx>"]],
  ["an extra argument", () => ["validate", "a.xlsx", "b.xlsx"], ['"b.xlsx"']],
  [
    "an unknown method",
    () => ["risk", "--method", "dread"],
    ['"dread"', "li, atv, gbt-matrix, gbt-multiply, cia-max"],
  ],
  ["no method", () => ["risk", "--likelihood", "3"], ["--method", "li, atv"]],
  [
    "a rating above the scale",
    () => ["risk", "--method", "atv", "--asset", "3", "--threat", "6", "--vulnerability", "2"],
    ["--threat", "1 to 5", "6"],
  ],
  [
    "a rating below the scale",
    () => ["risk", "--method", "li", "--likelihood", "0", "--impact", "2"],
    ["--likelihood", "1 to 5", "0"],
  ],
  [
    "a rating that is not a number",
    () => ["risk", "--method", "li", "--likelihood", "high", "--impact", "2"],
    ["--likelihood", '"high"'],
  ],
  [
    "a missing rating",
    () => ["risk", "--method", "gbt-matrix", "--asset", "3", "--threat", "2"],
    ["--vulnerability", "gbt-matrix"],
  ],
  [
    "a rating the method does not use",
    () => ["risk", "--method", "li", "--likelihood", "2", "--impact", "2", "--c", "3"],
    ["--c", "--likelihood --impact"],
  ],
  ["an unknown language", () => ["catalog", "--lang", "fr"], ["--lang", "fr", "zh-CN"]],
  ["an unknown standard", () => ["catalog", "--standard", "2005"], ["--standard", "2005", "2022"]],
  [
    "a date not written YYYY-MM-DD",
    () => ["validate", "x.xlsx", "--today", "31/01/2025"],
    ["--today", "31/01/2025"],
  ],
];

describe("isms on unusable input", () => {
  it.each(cases)("answers %s with exit 2 and one clear line", async (_what, argv, words) => {
    const outcome = await runIsms(argv());
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe("");
    const lines = outcome.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^isms: /);
    expect(lines[0]).not.toMatch(/\n\s+at |Error:/);
    for (const word of words) expect(lines[0]).toContain(word);
  });

  it.each([
    ["a missing file", ["validate", "missing.xlsx"], "文件不存在"],
    ["an unknown method", ["risk", "--method", "dread"], "未知方法"],
    [
      "a rating above the scale",
      ["risk", "--method", "li", "--likelihood", "9", "--impact", "1"],
      "1 到 5 的整数",
    ],
  ])("says %s in Chinese when LANG is zh_CN", async (_what, argv, words) => {
    const outcome = await runIsms(argv, { env: { LANG: "zh_CN.UTF-8" } });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(words);
  });

  it("leaves an unusable input file exactly as it was", async () => {
    const target = inDir("random.xlsx");
    const before = readFileSync(target);
    await runIsms(["soa", target, "-o", target]);
    expect(readFileSync(target).equals(before)).toBe(true);
  });
});
