/**
 * Long table bodies are written straight into the sheet XML instead of cell by cell through ExcelJS:
 * the file must read back exactly as the one ExcelJS writes alone, values, formulas, tables, links
 * and the style of every cell, and the port must behave the same before it is saved.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { createWorkbook } from "../../src/operations/createWorkbook";
import { formula, isFormula, type WorkbookPlan } from "../../src/workbook/plan";
import { XlsxWorkbookPort } from "../../src/xlsx";
import { zipEntries, zipEntryData } from "../../src/xlsx/zipDirectory";
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

/** The feature plan with its register grown to `count` rows (dates, wrapped text, formulas, blanks). */
function grownPlan(count: number): WorkbookPlan {
  const plan = featurePlan("zh-CN");
  const sheets = plan.sheets.map((sheet) => ({
    ...sheet,
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

/** Every cell's address, value and style, sheet by sheet, as ExcelJS loads them. */
async function cellsOf(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
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
    expect(sheetXml(await bulk.port.toBuffer(), "xl/worksheets/sheet5.xml")).toContain('t="inlineStr"');
    expect(bulk.applied).toEqual(plain.applied);
  });

  it.each([
    ["the fast read", { readOnly: true }],
    ["the ExcelJS read", { readOnly: true, fastRead: false }],
    ["a writable open", {}],
  ])("reads back as the plain file through %s", async (_, options) => {
    const read = async (file: string) =>
      (await XlsxWorkbookPort.open(file, options)).read({ formulas: true });
    expect(await read(bulk.file)).toEqual(await read(plain.file));
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
    expect(sheetXml(files[0]?.bytes ?? Buffer.alloc(0), "xl/worksheets/sheet2.xml")).toContain("inlineStr");
    expect(await cellsOf(bulkFile ?? "")).toEqual(await cellsOf(plainFile ?? ""));
    const read = async (file = "") => (await XlsxWorkbookPort.open(file, { readOnly: true })).read();
    expect(await read(bulkFile)).toEqual(await read(plainFile));
  });
});

requireLibreOffice()("a register written in bulk, recalculated by LibreOffice", () => {
  it("gives the values the register written cell by cell gives", async () => {
    const outputs = recalculate((await styledFiles()).map((file) => file.file));
    const read = async (file = "") => (await XlsxWorkbookPort.open(file, { readOnly: true })).read();
    const [bulkRead, plainRead] = await Promise.all(outputs.map((file) => read(file)));
    expect(bulkRead?.sheets[1]?.values.length).toBeGreaterThan(2500);
    expect(bulkRead).toEqual(plainRead);
  }, 120_000);
});
