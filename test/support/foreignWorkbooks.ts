/**
 * Workbooks as other writers save them, generated into a temporary folder (nothing binary is committed),
 * each with the cells a reader must find in it: ExcelJS files rewritten the way other writers write
 * their parts (an `x:` namespace prefix, inline strings, rich-text shared strings, shared formulas, the
 * 1904 date system, missing document properties, sheet-spanning ranges), ExcelJS files rewritten with
 * what the reader once handed to ExcelJS (CDATA sections, character references and undeclared entities,
 * sheet names ExcelJS changes, overlapping merged areas, shared formulas without their master, a
 * missing table part), files written by openpyxl (a Python script run here) and files converted by
 * LibreOffice (from .xlsx, .csv and .ods).
 *
 * - `excelJsBase(dir)`, `rewrittenPackages(dir, base)`, `edgeCasePackages(dir, base)` need nothing but Node.
 * - `openpyxlFiles(dir)` needs python3 with openpyxl (`pythonWithOpenpyxl()` says whether it is there).
 * - `libreOfficeFiles(dir, base)` needs soffice (see libreoffice.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { RawValue } from "../../src/workbook/sheetData";
import { zipEntries, zipEntryData } from "../../src/xlsx/zipDirectory";
import { libreOfficeProgram, type Program } from "./programs";
import { zipArchive } from "./xlsxFixtures";

/** A generated file and what reading it must give. */
export interface ForeignCase {
  readonly name: string;
  readonly file: string;
  /** Sheet name → A1 address → the value the cell must read as ("" for a blank cell). */
  readonly cells: Readonly<Record<string, Readonly<Record<string, RawValue>>>>;
  /** Sheet name → A1 address → the formula the cell must read as (its value when it must have none). */
  readonly formulas?: Readonly<Record<string, Readonly<Record<string, RawValue>>>>;
  /** Sheet name → its merged areas. */
  readonly merged?: Readonly<Record<string, readonly string[]>>;
  /** Sheet name → its tables' names and addresses. */
  readonly tables?: Readonly<Record<string, readonly { name: string; address: string }[]>>;
  /** At most this many rows in a sheet's values (the sheet-spanning-range guard). */
  readonly maxRows?: number;
  /** ExcelJS takes seconds to load it (it expands a merged column cell by cell): the baseline is skipped. */
  readonly slowForExcelJs?: boolean;
}

/** 2026-03-31 as an Excel serial number of the 1900 date system (what the reader reports for dates). */
export const DUE_SERIAL = 46_112;
/** The same day in the 1904 date system, as such a file stores it. */
export const DUE_SERIAL_1904 = DUE_SERIAL - 1_462;

const HEADERS = ["Risk ID", "Asset", "Likelihood", "Impact", "Risk value", "Due date", "Owner"];
const AWKWARD = 'Owner <&> "IT" 风险处置计划';

/** The rows every base file holds, from row 2 on (A..G). */
const ROWS: readonly (readonly [string, string, number, number, number, string])[] = [
  ["R-1", "Customer database", 4, 3, 12, "Alice"],
  ["R-2", "Payroll 工资系统", 2, 5, 10, AWKWARD],
  ["R-3", "Laptops", 3, 3, 9, "Bob"],
];

/** The cells of the base register (sheet "Risks") that every variant must still read. */
function baseCells(dateValue: number = DUE_SERIAL): Record<string, RawValue> {
  const cells: Record<string, RawValue> = {};
  HEADERS.forEach((header, index) => (cells[`${String.fromCharCode(65 + index)}1`] = header));
  ROWS.forEach(([id, asset, likelihood, impact, value, owner], index) => {
    const row = index + 2;
    Object.assign(cells, {
      [`A${row}`]: id,
      [`B${row}`]: asset,
      [`C${row}`]: likelihood,
      [`D${row}`]: impact,
      [`E${row}`]: value,
      [`F${row}`]: dateValue,
      [`G${row}`]: owner,
    });
  });
  return cells;
}

/** A package's parts as text, by name. */
export function unzipParts(bytes: Buffer): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const entry of zipEntries(bytes) ?? []) {
    if (entry.name.endsWith("/")) continue;
    parts[entry.name] = zipEntryData(bytes, entry)?.toString("utf8") ?? "";
  }
  return parts;
}

function write(dir: string, name: string, bytes: Buffer | string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/**
 * The base file: a register written by ExcelJS with a table, formulas (one shared), a date column, a
 * merged title area beside it, a hidden row and a hidden column.
 */
export async function excelJsBase(dir: string): Promise<ForeignCase> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Risks");
  sheet.addTable({
    name: "RiskTable",
    ref: "A1",
    headerRow: true,
    columns: HEADERS.map((name) => ({ name })),
    rows: ROWS.map(([id, asset, likelihood, impact, , owner]) => [
      id,
      asset,
      likelihood,
      impact,
      0,
      new Date(Date.UTC(2026, 2, 31)),
      owner,
    ]),
  });
  ROWS.forEach(([, , , , value], index) => {
    const row = index + 2;
    sheet.getCell(`E${row}`).value =
      index === 0 ? { formula: `C${row}*D${row}`, result: value } : { sharedFormula: "E2", result: value };
    sheet.getCell(`F${row}`).numFmt = "yyyy-mm-dd";
  });
  sheet.getCell("I1").value = "Register — merged title";
  sheet.mergeCells("I1:K2");
  sheet.getRow(3).hidden = true;
  sheet.getColumn(2).hidden = true;
  const file = write(dir, "exceljs.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
  return {
    name: "ExcelJS (table, shared formula, merged, hidden row and column)",
    file,
    cells: { Risks: { ...baseCells(), I1: "Register — merged title", J1: "", I2: "" } },
    formulas: { Risks: { E2: "=C2*D2", E3: "=C3*D3", E4: "=C4*D4" } },
    merged: { Risks: ["I1:K2"] },
    tables: { Risks: [{ name: "RiskTable", address: "A1:G4" }] },
  };
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** One part with every SpreadsheetML element written with the `x:` prefix, as some .NET writers do. */
function withPrefix(xml: string): string {
  return xml
    .replace(/<([A-Za-z][\w]*)(?=[\s/>])/g, (whole, name: string) => (name === "xml" ? whole : `<x:${name}`))
    .replace(/<\/([A-Za-z][\w]*)>/g, "</x:$1>")
    .replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`);
}

/** A rewritten copy of the base package. */
function rewrite(
  dir: string,
  name: string,
  base: ForeignCase,
  change: (parts: Record<string, string>) => void,
): string {
  const parts = unzipParts(readFileSync(base.file));
  change(parts);
  return write(dir, name, zipArchive(parts));
}

const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

/** A package written by hand the way other writers write it: no document properties, no shared-strings override. */
function handWrittenPackage(sheetXml: string, sharedXml: string, workbookPr = ""): Record<string, string> {
  return {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${workbookPr}<sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
    "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    "xl/sharedStrings.xml": sharedXml,
    "xl/worksheets/sheet1.xml": sheetXml,
  };
}

/**
 * Parts written the way Excel, WPS and streaming writers write them: inline strings (plain and rich),
 * rich-text shared strings, `t="str"` formula results, shared formulas across rows and columns, a
 * merged area, hidden rows and columns, an ISO date cell (`t="d"`), cells without an address, and
 * empty unstyled cells.
 */
function handWrittenSheet(): { sheet: string; shared: string } {
  const shared = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="3" uniqueCount="3"><si><t>Risk ID</t></si><si><r><rPr><b/></rPr><t xml:space="preserve">Customer </t></r><r><t>database</t></r></si><si><r><t>风险</t></r><r><rPr><i/></rPr><t>处置</t></r><rPh sb="0" eb="2"><t>フリガナ</t></rPh></si></sst>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:F5"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="2" max="2" width="20" hidden="1" customWidth="1"/></cols><sheetData>
<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Asset</t></is></c><c r="C1" t="inlineStr"><is><r><t>Like</t></r><r><rPr><b/></rPr><t>lihood</t></r></is></c><c r="D1" t="inlineStr"><is><t>Impact</t></is></c><c r="E1" t="inlineStr"><is><t>Value</t></is></c><c r="F1" t="inlineStr"><is><t>Due</t></is></c></row>
<row r="2" spans="1:6"><c r="A2" t="inlineStr"><is><t>R-1</t></is></c><c r="B2" t="s"><v>1</v></c><c r="C2"><v>4</v></c><c r="D2"><v>3</v></c><c r="E2"><f t="shared" ref="E2:E4" si="0">C2*D2</f><v>12</v></c><c r="F2" s="1"><v>${DUE_SERIAL}</v></c></row>
<row r="3" hidden="1" spans="1:6"><c r="A3" t="inlineStr"><is><t>R-2</t></is></c><c r="B3" t="s"><v>2</v></c><c r="C3"><v>2</v></c><c r="D3"><v>5</v></c><c r="E3"><f t="shared" si="0"/><v>10</v></c><c r="F3" s="2"><v>${DUE_SERIAL}</v></c><c r="G3"/></row>
<row r="4"><c t="inlineStr"><is><t>R-3</t></is></c><c t="str"><f>"Lap"&amp;"tops"</f><v>Laptops</v></c><c><v>3</v></c><c><v>3</v></c><c><f t="shared" si="0"/><v>9</v></c><c t="d"><v>2026-03-31T00:00:00</v></c></row>
<row r="5"><c r="A5" t="str"><f t="shared" ref="A5:C5" si="1">UPPER(G1)</f><v>X</v></c><c r="B5" t="str"><f t="shared" si="1"/><v></v></c><c r="C5" t="str"><f t="shared" si="1"/><v></v></c><c r="D5" t="inlineStr"><is><t>merged</t></is></c><c r="E5" s="0"/></row>
</sheetData><mergeCells count="1"><mergeCell ref="D5:F5"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  return { sheet, shared };
}

/** The base file rewritten as other writers write their parts. */
export function rewrittenPackages(dir: string, base: ForeignCase): ForeignCase[] {
  const prefixed = rewrite(dir, "x-prefixed.xlsx", base, (parts) => {
    for (const name of [
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
    ]) {
      parts[name] = withPrefix(parts[name] ?? "");
    }
  });
  const noProperties = rewrite(dir, "no-docprops.xlsx", base, (parts) => {
    delete parts["docProps/app.xml"];
    delete parts["docProps/core.xml"];
    parts["_rels/.rels"] = (parts["_rels/.rels"] ?? "").replace(/<Relationship [^>]*docProps[^>]*\/>/g, "");
    parts["[Content_Types].xml"] = (parts["[Content_Types].xml"] ?? "").replace(
      /<Override [^>]*(docProps|sharedStrings)[^>]*\/>/g,
      "",
    );
  });
  const guarded = rewrite(dir, "sheet-spanning.xlsx", base, (parts) => {
    const sheet = parts["xl/worksheets/sheet1.xml"] ?? "";
    parts["xl/worksheets/sheet1.xml"] = sheet
      .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:Z1048576"/>')
      .replace("</sheetData>", '<row r="1048576"><c r="A1048576" s="0"/></row></sheetData>')
      .replace(/<mergeCell ref="I1:K2"\/>/, '<mergeCell ref="I1:K2"/><mergeCell ref="M1:M1048576"/>');
    const table = Object.keys(parts).find((name) => /^xl\/tables\/[^/]+\.xml$/.test(name)) ?? "";
    parts[table] = (parts[table] ?? "").replace(/ref="A1:G4"/g, 'ref="A1:G1048576"');
  });
  const { sheet, shared } = handWrittenSheet();
  const handWritten = write(dir, "hand-written.xlsx", zipArchive(handWrittenPackage(sheet, shared)));
  const prefixedHand = write(
    dir,
    "hand-written-x-prefixed.xlsx",
    zipArchive(
      Object.fromEntries(
        Object.entries(handWrittenPackage(sheet, shared)).map(([name, xml]) => [
          name,
          name.startsWith("xl/") && !name.includes("_rels") ? withPrefix(xml) : xml,
        ]),
      ),
    ),
  );
  const date1904 = write(
    dir,
    "date1904.xlsx",
    zipArchive(
      handWrittenPackage(
        sheet.replaceAll(`<v>${DUE_SERIAL}</v>`, `<v>${DUE_SERIAL_1904}</v>`),
        shared,
        '<workbookPr date1904="1"/>',
      ),
    ),
  );
  const handCells: Record<string, RawValue> = {
    A1: "Risk ID",
    B1: "Asset",
    C1: "Likelihood",
    F1: "Due",
    A2: "R-1",
    B2: "Customer database",
    E2: 12,
    F2: DUE_SERIAL,
    A3: "R-2",
    B3: "风险处置",
    E3: 10,
    F3: DUE_SERIAL,
    A4: "R-3",
    B4: "Laptops",
    C4: 3,
    E4: 9,
    F4: DUE_SERIAL,
    A5: "X",
    B5: "",
    D5: "merged",
    E5: "",
  };
  const handFormulas = {
    E2: "=C2*D2",
    E3: "=C3*D3",
    E4: "=C4*D4",
    B4: '="Lap"&"tops"',
    A5: "=UPPER(G1)",
    B5: "=UPPER(H1)",
    C5: "=UPPER(I1)",
  };
  const handCase = (name: string, file: string): ForeignCase => ({
    name,
    file,
    cells: { Register: handCells },
    formulas: { Register: handFormulas },
    merged: { Register: ["D5:F5"] },
    tables: { Register: [] },
  });
  return [
    { ...base, name: "x:-prefixed SpreadsheetML", file: prefixed },
    { ...base, name: "no docProps, no shared-strings override", file: noProperties },
    {
      ...base,
      name: "sheet-spanning dimension, table, merge and last row",
      file: guarded,
      merged: { Risks: ["I1:K2", "M1:M1048576"] },
      tables: { Risks: [{ name: "RiskTable", address: "A1:G1048576" }] },
      maxRows: 10,
      slowForExcelJs: true,
    },
    handCase("inline, rich-text and str strings; foreign shared formulas", handWritten),
    handCase("the same, x:-prefixed", prefixedHand),
    handCase("1904 date system", date1904),
  ];
}

const SHEET_PART = "xl/worksheets/sheet1.xml";

/** Applies text replacements to one part; throws when one finds nothing (the base file changed). */
function edit(
  parts: Record<string, string>,
  name: string,
  ...swaps: readonly (readonly [string, string])[]
): void {
  let xml = parts[name] ?? "";
  for (const [from, to] of swaps) {
    if (!xml.includes(from)) throw new Error(`${name} has no ${from}: the ExcelJS base changed`);
    xml = xml.replace(from, to);
  }
  parts[name] = xml;
}

/** An inline-string cell. */
const inline = (address: string, xmlText: string) =>
  `<c r="${address}" t="inlineStr"><is><t>${xmlText}</t></is></c>`;

/** Where the base sheet's rows 1, 2 and 3 end (new cells go there; the scanner takes cells in any order). */
const ROW_1_END = '<c r="K1"/></row>';
const ROW_2_END = '<c r="K2"/></row>';
const ROW_3_END = '<c r="G3" t="s"><v>13</v></c></row>';

/** The base's expectations for sheet "Risks", under another sheet name. */
function renamed(
  base: ForeignCase,
  name: string,
): Pick<ForeignCase, "cells" | "formulas" | "merged" | "tables"> {
  const under = <T>(table: Readonly<Record<string, T>> | undefined): Record<string, T> =>
    table?.Risks === undefined ? {} : { [name]: table.Risks };
  return {
    cells: under(base.cells),
    formulas: under(base.formulas),
    merged: under(base.merged),
    tables: under(base.tables),
  };
}

/** A sheet name ExcelJS cuts (longer than 31 characters) and refuses (`:/[]*?\`, quotes around it). */
export const AWKWARD_SHEET_NAME = "'Risks: FY26/Q1 [draft] *?\\ — every risk we hold'";

/**
 * The base file rewritten with what the reader once handed to ExcelJS, each read by the part scanner
 * as Excel shows it: CDATA sections (with markup-like text inside), character references and
 * undeclared entities, sheet names ExcelJS changes or refuses, overlapping merged areas, shared-formula
 * members without their master, and table relationships to a missing part.
 */
export function edgeCasePackages(dir: string, base: ForeignCase): ForeignCase[] {
  const risks = base.cells.Risks ?? {};
  const formulas = base.formulas?.Risks ?? {};
  const cdata = rewrite(dir, "cdata.xlsx", base, (parts) => {
    edit(
      parts,
      "xl/sharedStrings.xml",
      ["<t>Customer database</t>", "<t><![CDATA[Customer database]]></t>"],
      ["<t>Owner &lt;&amp;&gt; &quot;IT&quot; 风险处置计划</t>", `<t><![CDATA[${AWKWARD}]]></t>`],
      ["<t>Register — merged title</t>", "<t><![CDATA[Register ]]>&#8212;<![CDATA[ merged title]]></t>"],
      ["</sst>", "<si><t><![CDATA[x</t></si><si><t>y]]></t></si></sst>"],
    );
    edit(
      parts,
      SHEET_PART,
      [">C2*D2</f>", "><![CDATA[C2*D2]]></f>"],
      [ROW_1_END, `<c r="K1"/>${inline("M1", '<![CDATA[</t></is></c><c r="N1"><v>1</v></c>]]>')}</row>`],
      [ROW_2_END, '<c r="K2"/><c r="M2" t="s"><v>17</v></c></row>'],
    );
  });
  const entities = rewrite(dir, "entities.xlsx", base, (parts) => {
    edit(
      parts,
      "xl/sharedStrings.xml",
      ["<t>Laptops</t>", "<t>Lap&#116;op&#x73;</t>"],
      ["<t>Bob</t>", "<t>&#66;ob</t>"],
    );
    edit(
      parts,
      SHEET_PART,
      [
        ROW_1_END,
        `<c r="K1"/>${inline("M1", "&nbsp;&copy; 2026 &#x1F600; &#9731; &amp;c &undeclared;")}</row>`,
      ],
      [
        ROW_2_END,
        '<c r="K2"/><c r="M2" t="str"><f>M1&amp;"&amp;euro;"</f><v>&euro; 5 &#x20AC;</v></c></row>',
      ],
    );
    edit(parts, "xl/workbook.xml", ['name="Risks"', 'name="R&#105;sks"']);
  });
  const sheetNames = rewrite(dir, "sheet-names.xlsx", base, (parts) => {
    const escaped = AWKWARD_SHEET_NAME.replaceAll("'", "&apos;");
    edit(
      parts,
      "xl/workbook.xml",
      ['name="Risks"', `name="${escaped}"`],
      ["</sheets>", '<sheet sheetId="2" name="History" r:id="rId9"/></sheets>'],
    );
    edit(parts, "xl/_rels/workbook.xml.rels", [
      "</Relationships>",
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
    ]);
    edit(parts, "[Content_Types].xml", [
      "</Types>",
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ]);
    parts["xl/worksheets/sheet2.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData><row r="1">${inline("A1", "Changes")}</row></sheetData></worksheet>`;
  });
  const overlapping = rewrite(dir, "overlapping-merges.xlsx", base, (parts) => {
    edit(
      parts,
      SHEET_PART,
      ['<c r="J1"/>', inline("J1", "under the title")],
      [ROW_2_END, `${inline("K2", "second area")}${inline("M2", "in a merged column")}</row>`],
      [
        ROW_3_END,
        `<c r="G3" t="s"><v>13</v></c>${inline("L3", "covered")}${inline("M3", "third area")}</row>`,
      ],
      [
        '<mergeCell ref="I1:K2"/>',
        '<mergeCell ref="I1:K2"/><mergeCell ref="K2:L3"/><mergeCell ref="M1:M1048576"/><mergeCell ref="M3:N4"/><mergeCell ref="I1:K2"/>',
      ],
    );
  });
  const sharedFormulas = rewrite(dir, "orphan-shared-formulas.xlsx", base, (parts) => {
    edit(
      parts,
      SHEET_PART,
      ['<f t="shared" si="0"/><v>10</v>', '<f t="shared" si="5"/><v>10</v>'],
      [
        ROW_2_END,
        '<c r="K2"/><c r="N2"><f t="shared" ref="M2:N3" si="4">A1+1</f><v>1</v></c><c r="P2"><f t="shared" ref="P2:P3" si="6"/><v>7</v></c></row>',
      ],
      [
        ROW_3_END,
        '<c r="G3" t="s"><v>13</v></c><c r="M3"><f t="shared" si="4"/><v>2</v></c><c r="P3"><f t="shared" si="6"/><v>8</v></c></row>',
      ],
    );
  });
  const missingTable = rewrite(dir, "missing-table.xlsx", base, (parts) => {
    delete parts["xl/tables/table1.xml"];
    edit(parts, SHEET_PART, ['<tablePart r:id="rId1"/>', '<tablePart r:id="rId1"/><tablePart r:id="rId9"/>']);
  });
  return [
    {
      ...base,
      name: "CDATA sections",
      file: cdata,
      cells: {
        Risks: { ...risks, M1: '</t></is></c><c r="N1"><v>1</v></c>', N1: "", M2: "x</t></si><si><t>y" },
      },
    },
    {
      ...base,
      name: "character references, undeclared entities",
      file: entities,
      cells: { Risks: { ...risks, M1: "&nbsp;&copy; 2026 😀 ☃ &c &undeclared;", M2: "&euro; 5 €" } },
      formulas: { Risks: { ...formulas, M2: '=M1&"&euro;"' } },
    },
    {
      ...base,
      ...renamed(base, AWKWARD_SHEET_NAME),
      name: "sheet names ExcelJS changes",
      file: sheetNames,
      cells: { ...renamed(base, AWKWARD_SHEET_NAME).cells, History: { A1: "Changes" } },
    },
    {
      ...base,
      name: "overlapping merged areas",
      file: overlapping,
      cells: { Risks: { ...risks, J1: "", K2: "second area", L3: "", M2: "", M3: "third area" } },
      merged: { Risks: ["I1:K2", "K2:L3", "M1:M1048576", "M3:N4"] },
      maxRows: 10,
    },
    {
      ...base,
      name: "shared-formula members without a master",
      file: sharedFormulas,
      cells: { Risks: { ...risks, N2: 1, M3: 2, P2: 7, P3: 8 } },
      formulas: { Risks: { E2: "=C2*D2", E3: 10, E4: "=C4*D4", N2: "=A1+1", M3: 2, P2: 7, P3: 8 } },
    },
    { ...base, name: "table relationships to a missing part", file: missingTable, tables: { Risks: [] } },
  ];
}

/** The first python3 on PATH that can import openpyxl. */
export function pythonWithOpenpyxl(): Program {
  const hint =
    "python3 with openpyxl not found: openpyxl files skipped. Install it with `apt-get install python3-openpyxl`.";
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const candidate of dirs.map((dir) => path.join(dir, "python3"))) {
    if (!existsSync(candidate)) continue;
    const probe = spawnSync(candidate, ["-c", "import openpyxl"], { encoding: "utf8" });
    if (probe.status === 0) return { path: candidate, hint };
  }
  return { path: null, hint };
}

const OPENPYXL_SCRIPT = `
import sys, datetime
from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.utils.datetime import CALENDAR_MAC_1904

def build(target, epoch1904):
    wb = Workbook()
    if epoch1904:
        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Risks"
    ws.append(${JSON.stringify(HEADERS)})
    rows = ${JSON.stringify(ROWS)}
    for i, (rid, asset, l, im, value, owner) in enumerate(rows):
        r = i + 2
        ws.append([rid, asset, l, im, "=C%d*D%d" % (r, r), datetime.datetime(2026, 3, 31), owner])
        ws.cell(row=r, column=6).number_format = "yyyy-mm-dd"
    table = Table(displayName="RiskTable", ref="A1:G4")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    ws.add_table(table)
    ws["I1"] = "Register — merged title"
    ws.merge_cells("I1:K2")
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["B"].hidden = True
    other = wb.create_sheet("Treatments")
    other.append(["Risk ID", "Option"])
    other.append(["R-1", "Reduce"])
    other.add_table(Table(displayName="TreatmentTable", ref="A1:B2"))
    wb.save(target)

build(sys.argv[1], False)
build(sys.argv[2], True)
`;

/** A register and a treatment sheet with tables, saved by openpyxl (1900 and 1904 date systems). */
export function openpyxlFiles(dir: string, python: string): ForeignCase[] {
  mkdirSync(dir, { recursive: true });
  const files = [path.join(dir, "openpyxl.xlsx"), path.join(dir, "openpyxl-1904.xlsx")];
  const run = spawnSync(python, ["-c", OPENPYXL_SCRIPT, ...files], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
  // openpyxl writes formulas without a cached result: they read as blank, with their formula.
  const cells = { ...baseCells(), E2: "", E3: "", E4: "", I1: "Register — merged title" };
  const common = {
    cells: { Risks: cells, Treatments: { A1: "Risk ID", B1: "Option", A2: "R-1", B2: "Reduce" } },
    formulas: { Risks: { E2: "=C2*D2", E3: "=C3*D3", E4: "=C4*D4" } },
    merged: { Risks: ["I1:K2"] },
    tables: {
      Risks: [{ name: "RiskTable", address: "A1:G4" }],
      Treatments: [{ name: "TreatmentTable", address: "A1:B2" }],
    },
  };
  return [
    { name: "openpyxl with tables", file: files[0] ?? "", ...common },
    { name: "openpyxl, 1904 date system", file: files[1] ?? "", ...common },
  ];
}

function soffice(args: readonly string[]): void {
  const program = libreOfficeProgram().path;
  if (!program) throw new Error(libreOfficeProgram().hint);
  const profile = mkdtempSync(path.join(tmpdir(), "isms-foreign-lo-"));
  const run = spawnSync(
    program,
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", ...args],
    { encoding: "utf8", timeout: 180_000 },
  );
  if (run.status !== 0) throw new Error(`LibreOffice failed: ${run.stderr}${run.stdout}`);
}

/** The base file, a CSV export and an .ods of the base, each saved as .xlsx by LibreOffice. */
export function libreOfficeFiles(dir: string, base: ForeignCase): ForeignCase[] {
  const source = path.join(dir, "lo-source");
  const out = path.join(dir, "lo");
  mkdirSync(source, { recursive: true });
  const csvRows = [
    HEADERS,
    ...ROWS.map(([id, asset, l, i, v, owner]) => [id, asset, l, i, v, "2026-03-31", owner]),
  ];
  const csv = csvRows
    .map((row) => row.map((cell) => `"${String(cell).replaceAll('"', '""')}"`).join(","))
    .join("\n");
  writeFileSync(path.join(source, "register.csv"), csv + "\n");
  const copy = path.join(source, "lo-exceljs.xlsx");
  writeFileSync(copy, readFileSync(base.file));
  soffice(["--convert-to", "ods", "--outdir", source, copy]);
  const ods = path.join(source, "lo-ods.ods");
  renameSync(path.join(source, "lo-exceljs.ods"), ods);
  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, copy, ods]);
  soffice([
    "--infilter=CSV:44,34,76,1",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    out,
    path.join(source, "register.csv"),
  ]);
  const csvCells: Record<string, RawValue> = { ...baseCells(), F1: "Due date" };
  return [
    { ...base, name: "LibreOffice from .xlsx", file: path.join(out, "lo-exceljs.xlsx") },
    { ...base, name: "LibreOffice from .ods", file: path.join(out, "lo-ods.xlsx") },
    {
      name: "LibreOffice from .csv",
      file: path.join(out, "register.xlsx"),
      cells: { register: csvCells },
      merged: { register: [] },
      tables: { register: [] },
    },
  ];
}
