/**
 * Tables' calculated columns in the files the .xlsx port writes, read back with an independent reader (the
 * table parts' XML through JSZip): each computed or looked-up column carries the plan's formula as its
 * `<calculatedColumnFormula>` (first inside its `<tableColumn>`), every other column none, on small tables
 * written through ExcelJS and long ones written in bulk alike, and again when the file is opened and saved.
 * LibreOffice still opens and recalculates the file without an error cell.
 */
import { newWorkbookPlan } from "../support/newPlan";
import { unescapeXml } from "../support/xmlText";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import type { CreateWorkbookOptions } from "../../src/operations/createWorkbook";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { XlsxWorkbookPort } from "../../src/xlsx";
import { recalculate, requireLibreOffice } from "../support/libreoffice";

const dir = mkdtempSync(path.join(tmpdir(), "isms-calculated-"));
const OPTIONS: CreateWorkbookOptions = {
  lang: "zh-CN",
  standard: "2022",
  method: "gbt-matrix",
  sample: true,
};

async function written(plan: WorkbookPlan): Promise<Buffer> {
  const port = XlsxWorkbookPort.create();
  await port.apply(plan);
  return port.toBuffer();
}

/** Each table part's columns as written: the calculated formula (decoded) or null, and its children's names. */
async function tableColumns(
  bytes: Buffer,
): Promise<Map<string, { formula: string | null; children: string[] }[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const tables = new Map<string, { formula: string | null; children: string[] }[]>();
  for (const name of Object.keys(zip.files).filter((file) => /^xl\/tables\/[^/]+\.xml$/.test(file))) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    const table = /<table\b[^>]*\sname="([^"]+)"/.exec(xml)?.[1] ?? name;
    const columns = [...xml.matchAll(/<tableColumn\b[^>]*?(?:\/>|>([\s\S]*?)<\/tableColumn>)/g)].map((m) => {
      const content = m[1] ?? "";
      const formula = /<calculatedColumnFormula>([\s\S]*?)<\/calculatedColumnFormula>/.exec(content)?.[1];
      const children = [...content.matchAll(/<([\w:]+)[\s/>]/g)].map((child) => child[1] ?? "");
      return { formula: formula === undefined ? null : unescapeXml(formula), children };
    });
    tables.set(table, columns);
  }
  return tables;
}

/** What the plan asks for: each table's columns' formulas without "=", null where a column has none. */
function planned(plan: WorkbookPlan): Map<string, (string | null)[]> {
  return new Map(
    plan.sheets.flatMap((sheet) =>
      sheet.tables.map((table) => [
        table.name,
        table.columns.map((column) => (column.calculated === undefined ? null : column.calculated.slice(1))),
      ]),
    ),
  );
}

function expectCalculatedColumns(
  columns: Map<string, { formula: string | null; children: string[] }[]>,
  plan: WorkbookPlan,
): void {
  const expected = planned(plan);
  for (const [table, formulas] of expected) {
    expect({ table, formulas: columns.get(table)?.map((column) => column.formula) }).toEqual({
      table,
      formulas,
    });
  }
  for (const column of [...columns.values()].flat()) {
    if (column.formula !== null) expect(column.children[0]).toBe("calculatedColumnFormula");
  }
}

describe.each([
  ["a small register, written through ExcelJS", OPTIONS],
  ["a long register, written in bulk", { ...OPTIONS, sampleRisks: 2500 }],
])("calculated columns of %s", (_, options) => {
  const plan = newWorkbookPlan(options);
  let bytes: Buffer;

  beforeAll(async () => {
    bytes = await written(plan);
  }, 60_000);

  it("plans calculated columns on the register and the treatment plan", () => {
    const formulas = [...planned(plan).values()].flat().filter((formula) => formula !== null);
    expect(formulas.length).toBeGreaterThan(10);
    expect(formulas.some((formula) => formula.includes("INDEX(ISMS_AssetNames"))).toBe(true);
  });

  it("gives each computed or looked-up column the plan's formula, and every other column none", async () => {
    expectCalculatedColumns(await tableColumns(bytes), plan);
  });

  it("keeps them when the file is opened and saved again", async () => {
    const file = path.join(dir, `${String(options.sampleRisks ?? 0)}.xlsx`);
    writeFileSync(file, bytes);
    const port = await XlsxWorkbookPort.open(file);
    await port.apply({ sheets: [], names: [] });
    expectCalculatedColumns(await tableColumns(await port.toBuffer()), plan);
  }, 60_000);
});

describe("a table written again by a plan", () => {
  it("takes the plan's calculated columns, not the file's", async () => {
    const plan = newWorkbookPlan(OPTIONS);
    const file = path.join(dir, "rewritten.xlsx");
    writeFileSync(file, await written(plan));
    const port = await XlsxWorkbookPort.open(file);
    const assets = plan.sheets.find((sheet) => sheet.key === "assets");
    const table = assets?.tables[0];
    if (!assets || !table) throw new Error("an asset register");
    const columns = table.columns.map((column) => ({ ...column, calculated: undefined }));
    await port.apply({
      sheets: [{ ...assets, mode: "update", tables: [{ ...table, columns }] }],
      names: [],
    });
    const rewritten = await tableColumns(await port.toBuffer());
    expect(rewritten.get(table.name)?.every((column) => column.formula === null)).toBe(true);
    expect(
      planned(plan)
        .get(table.name)
        ?.some((formula) => formula !== null),
    ).toBe(true);
  }, 60_000);
});

requireLibreOffice()("calculated columns in LibreOffice", () => {
  it("opens and recalculates the file with no error cell", async () => {
    const file = path.join(dir, "lo-calculated.xlsx");
    writeFileSync(file, await written(newWorkbookPlan(OPTIONS)));
    const [out = ""] = recalculate([file]);
    const snapshot = await (await XlsxWorkbookPort.open(out)).read();
    const errors = snapshot.sheets.flatMap((sheet) =>
      sheet.values.flatMap((row, r) =>
        row.flatMap((cell, c) =>
          typeof cell === "string" && /^(#(N\/A|VALUE!|REF!|NAME\?|DIV\/0!|NUM!|NULL!)|Err:\d+)$/.test(cell)
            ? [`${sheet.name}!R${r + 1}C${c + 1} ${cell}`]
            : [],
        ),
      ),
    );
    expect(errors).toEqual([]);
    expect(snapshot.sheets.length).toBeGreaterThan(5);
  }, 240_000);
});
