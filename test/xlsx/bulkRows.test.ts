/**
 * Long table bodies are written straight into the sheet XML instead of cell by cell through ExcelJS:
 * the file must read back exactly as the one ExcelJS writes alone, values, formulas, tables, links
 * and the style of every cell, and the port must behave the same before it is saved.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { createWorkbook } from "../../src/operations/createWorkbook";
import { formula, isFormula, type WorkbookPlan } from "../../src/workbook/plan";
import { XlsxSnapshotReader, XlsxWorkbookPort } from "../../src/xlsx";
import { zipEntries, zipEntryData } from "../../src/xlsx/zipDirectory";
import { repackZip } from "../../src/xlsx/zipRepack";
import { readWithExcelJs } from "../support/excelJsReader";
import { recalculate, requireLibreOffice } from "../support/libreoffice";
import { featurePlan } from "../support/xlsxFixtures";

const dir = mkdtempSync(path.join(tmpdir(), "isms-bulk-"));
const RISKS = 3000;

async function written(name: string, bulkRows: boolean) {
  const port = XlsxWorkbookPort.create({ bulkRows });
  const created = await createWorkbook(port, {
    lang: "zh-CN",
    standard: "2022",
    method: "gbt-matrix",
    sample: true,
    sampleRisks: RISKS,
  });
  if (created.status !== "created") throw new Error("not created");
  const file = path.join(dir, name);
  await port.save(file);
  return { port, file, applied: created.applied };
}

function sheetXml(bytes: Buffer, part: string): string {
  const entry = zipEntries(bytes)?.find((candidate) => candidate.name === part);
  return entry ? (zipEntryData(bytes, entry)?.toString("utf8") ?? "") : "";
}

/**
 * The feature plan with its register grown to `count` rows (dates, wrapped text, formulas, blanks), each
 * row's id linked to the method sheet.
 */
function grownPlan(count: number): WorkbookPlan {
  const plan = featurePlan("zh-CN");
  const method = plan.sheets[0]?.name ?? "";
  const sheets = plan.sheets.map((sheet) => ({
    ...sheet,
    hyperlinks:
      sheet.tables.length === 0
        ? sheet.hyperlinks
        : [
            ...sheet.hyperlinks,
            ...Array.from({ length: count }, (_, index) => ({
              address: `A${index + 3}`,
              targetSheet: method,
              targetAddress: `A${(index % 5) + 1}`,
              text: `R-${index}`,
            })),
          ],
    tables: sheet.tables.map((table) => ({
      ...table,
      rows: Array.from({ length: count }, (_, index) =>
        (table.rows[index % table.rows.length] ?? []).map((cell, column) =>
          isFormula(cell) ? formula(`=C${index + 3}*D${index + 3}`) : column === 0 ? `R-${index}` : cell,
        ),
      ),
    })),
  }));
  return { ...plan, sheets };
}

/**
 * Every cell's address, value and style, sheet by sheet, as ExcelJS loads them.
 */
async function cellsOf(file: string) {
  const workbook = await readWithExcelJs(file);
  return workbook.worksheets.map((sheet) => {
    const cells: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.value, cell.style])),
    );
    return { name: sheet.name, cells };
  });
}

describe(`a register of ${RISKS} risks written in bulk`, () => {
  let bulk: Awaited<ReturnType<typeof written>>;
  let plain: Awaited<ReturnType<typeof written>>;

  beforeAll(async () => {
    bulk = await written("bulk.xlsx", true);
    plain = await written("plain.xlsx", false);
  });

  it("goes into the sheet XML, not through ExcelJS's cells", async () => {
    // The deferred rows' text is filed in the shared strings, as ExcelJS files its own cells' text.
    const bytes = await bulk.port.toBuffer();
    expect(sheetXml(bytes, "xl/sharedStrings.xml")).toContain("<si><t>R-03000</t></si>");
    expect(sheetXml(await plain.port.toBuffer(), "xl/sharedStrings.xml")).toContain(
      "<si><t>R-03000</t></si>",
    );
    const parts = (zipEntries(bytes) ?? [])
      .map((entry) => entry.name)
      .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(parts.some((part) => sheetXml(bytes, part).includes('t="inlineStr"'))).toBe(false);
    expect(bulk.applied).toEqual(plain.applied);
  });

  it.each([
    ["the part scanner", (file: string) => XlsxSnapshotReader.open(file)],
    ["the reader through ExcelJS", (file: string) => XlsxSnapshotReader.open(file, { via: "exceljs" })],
    ["a writable open", (file: string) => XlsxWorkbookPort.open(file)],
  ])("reads back as the plain file through %s", async (_, open) => {
    const read = async (file: string) => (await open(file)).read({ formulas: true });
    expect(await read(bulk.file)).toEqual(await read(plain.file));
  });

  it("links every treatment to its risk as the plain file does: a formula that finds the risk by id", async () => {
    // The plan's links are formulas (they follow a sorted register), written in bulk like any other cell.
    const links = async (file: string) => {
      const snapshot = await (await XlsxSnapshotReader.open(file)).read({ formulas: true });
      return snapshot.sheets.map((sheet) =>
        (sheet.formulas ?? [])
          .flat()
          .filter((cell) => typeof cell === "string" && cell.includes("HYPERLINK(")),
      );
    };
    const [bulkLinks, plainLinks] = [await links(bulk.file), await links(plain.file)];
    expect(bulkLinks).toEqual(plainLinks);
    expect(bulkLinks.flat().length).toBeGreaterThan(RISKS / 2);
  });

  it("gives every cell the value and style of the plain file", async () => {
    expect(await cellsOf(bulk.file)).toEqual(await cellsOf(plain.file));
  });

  it("reads the same before it is saved, from the port itself", async () => {
    const port = XlsxWorkbookPort.create();
    await createWorkbook(port, {
      lang: "en",
      standard: "2022",
      method: "atv",
      sample: true,
      sampleRisks: RISKS,
    });
    const other = XlsxWorkbookPort.create({ bulkRows: false });
    await createWorkbook(other, {
      lang: "en",
      standard: "2022",
      method: "atv",
      sample: true,
      sampleRisks: RISKS,
    });
    expect(await port.read({ formulas: true })).toEqual(await other.read({ formulas: true }));
  });
});

describe("a deferred body that does not fit the package ExcelJS wrote", () => {
  it("fails the save with port.unknown and its reason, and writes no file", async () => {
    const port = XlsxWorkbookPort.create();
    await port.apply(grownPlan(2500));
    type Writer = { writeBuffer(...args: unknown[]): Promise<Buffer> };
    const writer = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as Writer;
    const writeBuffer = writer.writeBuffer;
    // The package comes back with its tables renamed: the deferred body names a table it does not have.
    const spy = jest.spyOn(writer, "writeBuffer").mockImplementation(async function (this: Writer, ...args) {
      const stored = Buffer.from(await writeBuffer.apply(this, args));
      const entries = zipEntries(stored) ?? [];
      const tables = entries.filter((entry) => entry.name.startsWith("xl/tables/"));
      const renamed = (entry: (typeof tables)[number]) =>
        Buffer.from(sheetXml(stored, entry.name).replace(/ name="ISMS_/g, ' name="Other_'), "utf8");
      const replaced = new Map(tables.map((entry) => [entry.name, renamed(entry)]));
      return repackZip(stored, "store", entries, replaced) ?? stored;
    });
    try {
      const file = path.join(dir, "broken.xlsx");
      await expect(port.save(file)).rejects.toMatchObject({
        code: "port.unknown",
        detail: "no table part for ISMS_Risks",
      });
      expect(existsSync(file)).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });
});

/** The `<hyperlink>` elements of the register sheet. */
function linksOf(bytes: Buffer = Buffer.alloc(0), part = "xl/worksheets/sheet2.xml"): string[] {
  return sheetXml(bytes, part).match(/<hyperlink [^>]*>/g) ?? [];
}

/** The grown plan written in bulk and cell by cell. */
async function styledFiles() {
  return Promise.all(
    [true, false].map(async (bulkRows) => {
      const port = XlsxWorkbookPort.create({ bulkRows });
      await port.apply(grownPlan(2500));
      const file = path.join(dir, `styled-${String(bulkRows)}.xlsx`);
      await port.save(file);
      return { file, bytes: await port.toBuffer() };
    }),
  );
}

describe("a styled register of 2,500 rows written in bulk", () => {
  it("has every cell's value and style, and reads back, as written cell by cell", async () => {
    const files = await styledFiles();
    const [bulkFile, plainFile] = files.map((file) => file.file);
    const [bulkBytes, plainBytes] = files.map((file) => file.bytes);
    expect(sheetXml(bulkBytes ?? Buffer.alloc(0), "xl/sharedStrings.xml")).toContain(
      "<si><t>R-2499</t></si>",
    );
    expect(linksOf(bulkBytes)).toEqual(linksOf(plainBytes));
    expect(linksOf(bulkBytes)).toHaveLength(2501);
    expect(linksOf(bulkBytes)).toContain(`<hyperlink ref="A2502" location="'方法'!A5" display="R-2499"/>`);
    expect(await cellsOf(bulkFile ?? "")).toEqual(await cellsOf(plainFile ?? ""));
    const read = async (file = "") => (await XlsxSnapshotReader.open(file)).read();
    expect(await read(bulkFile)).toEqual(await read(plainFile));
  });
});

requireLibreOffice()("a register written in bulk, recalculated by LibreOffice", () => {
  it("gives the values the register written cell by cell gives", async () => {
    const outputs = recalculate((await styledFiles()).map((file) => file.file));
    const read = async (file = "") => (await XlsxSnapshotReader.open(file)).read();
    const [bulkRead, plainRead] = await Promise.all(outputs.map((file) => read(file)));
    expect(bulkRead?.sheets[1]?.values.length).toBeGreaterThan(2500);
    expect(bulkRead).toEqual(plainRead);
    // LibreOffice opened the links as links inside the workbook, and saves them back as such.
    const links = linksOf(readFileSync(outputs[0] ?? "")).map((link) => link.replace(/&apos;/g, "'"));
    expect(links).toHaveLength(2501);
    expect(links).toContain(`<hyperlink ref="A3" location="'方法'!A1" display="R-0"/>`);
  }, 120_000);
});
