/** The .xlsx port: a plan written to a file reads back as the same values, formulas, tables, names and metadata. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { isFormula, type WorkbookPlan } from "../../src/workbook/plan";
import { PortError } from "../../src/workbook/port";
import type { SheetData } from "../../src/workbook/sheetData";
import { XlsxSnapshotReader, XlsxWorkbookPort, METADATA_SHEET } from "../../src/xlsx";
import { metadataSheetRows } from "../../src/workbook/metadata";
import { metadataXml } from "../../src/workbook/metadata";
import { zipEntries, zipEntryData } from "../../src/xlsx/zipDirectory";
import { featurePlan, TRICKY_TEXT, zipArchive } from "../support/xlsxFixtures";

const dir = mkdtempSync(path.join(tmpdir(), "isms-port-"));

async function roundTrip(plan: WorkbookPlan, name: string): Promise<XlsxWorkbookPort> {
  const port = XlsxWorkbookPort.create();
  await port.apply(plan);
  const file = path.join(dir, name);
  await port.save(file);
  return XlsxWorkbookPort.open(file);
}

function partText(bytes: Buffer, name: string): string {
  const entry = zipEntries(bytes)?.find((candidate) => candidate.name === name);
  return entry ? (zipEntryData(bytes, entry)?.toString("utf8") ?? "") : "";
}

function sheet(sheets: readonly SheetData[], name: string): SheetData {
  const found = sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`sheet ${name} missing`);
  return found;
}

/** The value and formula the snapshot holds at a 0-based position on the sheet. */
function at(data: SheetData, row: number, column: number) {
  return {
    value: data.values[row - data.row]?.[column - data.column],
    formula: data.formulas?.[row - data.row]?.[column - data.column],
  };
}

describe.each(["en", "zh-CN"] as const)("XlsxWorkbookPort round trip (%s)", (lang) => {
  const plan = featurePlan(lang);
  const [methodPlan, riskPlan] = plan.sheets;
  const tablePlan = riskPlan?.tables[0];
  let port: XlsxWorkbookPort;
  let sheets: readonly SheetData[];

  beforeAll(async () => {
    port = await roundTrip(plan, `features.${lang}.xlsx`);
    sheets = (await port.read({ formulas: true })).sheets;
  });

  it("reads back every table cell: text as text, formulas as formulas", () => {
    if (!tablePlan || !riskPlan) throw new Error("fixture changed");
    const data = sheet(sheets, riskPlan.name);
    tablePlan.columns.forEach((column, c) => {
      expect(at(data, tablePlan.row, tablePlan.column + c).value).toBe(column.header);
    });
    tablePlan.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const read = at(data, tablePlan.row + 1 + r, tablePlan.column + c);
        if (isFormula(cell)) expect(read.formula).toBe(cell.formula);
        else expect({ value: read.value, formula: read.formula }).toEqual({ value: cell, formula: cell });
      });
    });
  });

  it("keeps text that looks like a formula as text", () => {
    const data = sheet(sheets, riskPlan?.name ?? "");
    const noteColumn = data.values.map((row) => row[7]);
    for (const text of TRICKY_TEXT) expect(noteColumn).toContain(text);
  });

  it("reads back the block cells, the table ref and the sheet order without the metadata sheet", () => {
    expect(sheets.map((data) => data.name)).toEqual(plan.sheets.map((p) => p.name));
    const data = sheet(sheets, riskPlan?.name ?? "");
    expect(at(data, 0, 0).value).toBe(riskPlan?.blocks[0]?.cells[0]?.[0]);
    const rows = (tablePlan?.rows.length ?? 0) + 1;
    expect(data.tables).toEqual([{ name: "ISMS_Risks", address: `A2:H${rows + 1}` }]);
  });

  it("writes an in-workbook link as the Office port does: the text as the value, a link to a location", async () => {
    const data = sheet(sheets, methodPlan?.name ?? "");
    const link = methodPlan?.hyperlinks[0];
    if (!link) throw new Error("fixture changed");
    expect(at(data, 0, 2)).toEqual({ value: link.text, formula: link.text });
    // Written again by the port that opened the file: ExcelJS drops such links when it loads a file.
    const bytes = await port.toBuffer();
    const xml = partText(bytes, "xl/worksheets/sheet1.xml");
    expect(xml).toContain(
      `<hyperlinks><hyperlink ref="C1" location="'${link.targetSheet}'!A1" display="${link.text}"/></hyperlinks>`,
    );
    expect(partText(bytes, "xl/worksheets/_rels/sheet1.xml.rels")).not.toContain("hyperlink");
  });

  it("reads back the metadata", async () => {
    expect((await port.read()).metadata).toEqual(plan.metadata);
  });

  it("stores the metadata as text cells in column A of a very hidden sheet, as the Office port does", async () => {
    if (!plan.metadata) throw new Error("fixture changed");
    const metadataSheet = port.workbook.getWorksheet(METADATA_SHEET);
    expect(metadataSheet?.state).toBe("veryHidden");
    const column = metadataSheet?.getColumn(1).values.slice(1);
    expect(column).toEqual(metadataSheetRows(plan.metadata).map(([text]) => text));
    const xml = partText(await port.toBuffer(), "xl/worksheets/sheet3.xml");
    const cells = xml.match(/<c [^>]*>/g) ?? [];
    expect(cells.length).toBeGreaterThan(1);
    for (const cell of cells) expect(cell).toMatch(/^<c r="A\d+" t="s">$/);
  });

  it("outlines the sheets and their tables, the metadata sheet left out, whichever way it opens the file", async () => {
    const expected = {
      sheets: plan.sheets.map((p) => ({ name: p.name, tables: p.tables.map((table) => table.name) })),
    };
    const file = path.join(dir, `features.${lang}.xlsx`);
    expect(await port.outline()).toEqual(expected);
    expect(await (await XlsxSnapshotReader.open(file)).outline()).toEqual(expected);
    expect(await (await XlsxSnapshotReader.open(file, { via: "exceljs" })).outline()).toEqual(expected);
  });

  it("reads back the defined names", () => {
    // Quotes around a sheet name are optional when the name needs none; compare without them.
    const unquoted = (range: string) => range.replace(/'/g, "");
    const names = port.workbook.definedNames.model.map((n) => ({
      name: n.name,
      ranges: n.ranges.map(unquoted),
    }));
    expect(names).toEqual(
      expect.arrayContaining(plan.names.map((n) => ({ name: n.name, ranges: [`${n.sheet}!${n.address}`] }))),
    );
  });

  it("keeps freeze panes, tab colour, validations and the active sheet", () => {
    const risks = port.workbook.getWorksheet(riskPlan?.name ?? "");
    expect(risks?.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
    expect(port.workbook.getWorksheet(methodPlan?.name ?? "")?.properties.tabColor).toEqual({
      argb: "FF1F4E79",
    });
    expect(risks?.getCell("F3").dataValidation).toMatchObject({ type: "list", allowBlank: true });
    expect(risks?.getCell("C500").dataValidation?.formulae).toEqual(["ISMS_Scale"]);
    expect(port.workbook.views[0]?.activeTab).toBe(1);
  });

  it("reads formulas only when asked", async () => {
    const plain = await port.read();
    expect(plain.sheets.every((data) => data.formulas === undefined)).toBe(true);
  });
});

describe("XlsxWorkbookPort writing", () => {
  it("refuses to create a sheet that already holds data, and writes nothing", async () => {
    const port = XlsxWorkbookPort.create();
    const plan = featurePlan("en");
    await port.apply(plan);
    const before = await port.read();
    const again = { ...plan, sheets: [...plan.sheets].reverse() };
    await expect(port.apply(again)).rejects.toEqual(expect.objectContaining({ code: "port.sheetExists" }));
    await expect(port.apply(again)).rejects.toBeInstanceOf(PortError);
    expect(await port.read()).toEqual(before);
  });

  it("updates a sheet in place when the plan says so", async () => {
    const port = XlsxWorkbookPort.create();
    const plan = featurePlan("en");
    await port.apply(plan);
    const update = { ...plan, sheets: plan.sheets.map((p) => ({ ...p, mode: "update" as const })) };
    await expect(port.apply(update)).resolves.toMatchObject({ sheets: plan.sheets.map((p) => p.name) });
  });

  it("gives an empty table one blank data row, as Excel requires", async () => {
    const base = featurePlan("en");
    const [, risks] = base.sheets;
    const table = risks?.tables[0];
    if (!risks || !table) throw new Error("fixture changed");
    const port = XlsxWorkbookPort.create();
    await port.apply({ ...base, sheets: [{ ...risks, tables: [{ ...table, rows: [] }] }] });
    const data = (await port.read()).sheets[0];
    expect(data?.tables).toEqual([{ name: "ISMS_Risks", address: "A2:H3" }]);
  });

  it("never modifies the file it opened unless saved", async () => {
    const file = path.join(dir, "untouched.xlsx");
    const port = XlsxWorkbookPort.create();
    await port.apply(featurePlan("zh-CN"));
    await port.save(file);
    const bytes = readFileSync(file);
    const modified = statSync(file).mtimeMs;
    const opened = await XlsxWorkbookPort.open(file);
    await opened.apply({ ...featurePlan("en"), sheets: [] });
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(modified);
  });
});

describe("XlsxWorkbookPort reading foreign files", () => {
  it("reports dates as serial numbers, rich text flat, errors as text, merged areas", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("Foreign");
    ws.getCell("B2").value = new Date(Date.UTC(2024, 0, 31));
    ws.getCell("C2").value = { richText: [{ text: "Risk " }, { text: "owner", font: { bold: true } }] };
    ws.getCell("D2").value = { error: "#N/A" };
    ws.getCell("E2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("B4").value = "merged";
    ws.mergeCells("B4:D5");
    const file = path.join(dir, "foreign.xlsx");
    writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const data = (await (await XlsxWorkbookPort.open(file)).read()).sheets[0];
    expect(data).toMatchObject({ row: 1, column: 1, merged: ["B4:D5"] });
    expect(data?.values[0]).toEqual([45322, "Risk owner", "#N/A", "#DIV/0!"]);
    expect(data?.values[2]).toEqual(["merged", "", "", ""]);
  });
});

describe("ISMS metadata shared with the Office port", () => {
  it("reads the metadata the Office port stores as a custom XML part", async () => {
    const plan = featurePlan("zh-CN");
    const metadata = plan.metadata;
    if (!metadata) throw new Error("fixture changed");
    const port = XlsxWorkbookPort.create();
    await port.apply({ ...plan, metadata: undefined });
    const bytes = await port.toBuffer();
    const entries: Record<string, string> = {};
    for (const entry of zipEntries(bytes) ?? [])
      entries[entry.name] = zipEntryData(bytes, entry)?.toString("utf8") ?? "";
    entries["customXml/item1.xml"] = metadataXml(metadata);
    const file = path.join(dir, "office-metadata.xlsx");
    writeFileSync(file, zipArchive(entries));
    expect((await (await XlsxWorkbookPort.open(file)).read()).metadata).toEqual(plan.metadata);
  });

  it("reads no metadata from a workbook that has none", async () => {
    const port = XlsxWorkbookPort.create();
    await port.apply({ ...featurePlan("en"), metadata: undefined });
    expect((await port.read()).metadata).toBeNull();
  });
});
