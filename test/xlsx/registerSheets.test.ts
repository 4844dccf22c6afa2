/**
 * The registers the method names (职责说明 … 管理评审输入) in the files `isms new` writes, in both languages,
 * with and without the sample, as a client team meets them without the add-in: each register sheet with
 * its ISMS_* table and metadata entry, headers in the workbook's language (a Chinese header on one line, so
 * no character is left alone on a last line), readable by ExcelJS, the validation lists on their columns
 * (closed lists in the workbook's language, the people list as a warning), dates as real dates shown as
 * yyyy-mm-dd, text columns wrapped, printed A4 landscape one page wide with the header row repeated, and
 * read back by readRegisters as the plain rows the layout wrote. Through LibreOffice: no error cell on any
 * register after recalculation, and each register of the zh-CN sample printed one page wide.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { REGISTER_KEYS, type RegisterKey } from "../../src/domain/readiness/types";
import { buildWorkbookPlan, methodologyOf } from "../../src/workbook/layout/buildWorkbookPlan";
import { HEADER_PADDING, wrappedLines } from "../../src/workbook/layout/headerLayout";
import { listSource, TERM_LISTS } from "../../src/workbook/layout/listSources";
import { documentNumber } from "../../src/workbook/layout/printSetup";
import { starterRegisters } from "../../src/workbook/layout/registerRows";
import { REGISTER_SHEET_ORDER } from "../../src/workbook/layout/registerSheets";
import type { CreateWorkbookOptions } from "../../src/operations/createWorkbook";
import type { SheetPlan } from "../../src/workbook/plan";
import { readRegisters } from "../../src/workbook/read/readRegisters";
import type { RegisterRecords } from "../../src/workbook/records";
import { registerSchema } from "../../src/workbook/schema/registerSchemas";
import { YES_NO } from "../../src/workbook/schema/vocabulary";
import { sampleRecords } from "../../src/workbook/sample/sampleRecords";
import type { RawValue, WorkbookSnapshot } from "../../src/workbook/sheetData";
import { XlsxSnapshotReader, XlsxWorkbookPort } from "../../src/xlsx";
import { readWithExcelJs } from "../support/excelJsReader";
import { recalculate, requireLibreOffice } from "../support/libreoffice";
import { pagesBySheet, printedPages } from "../support/pdfPages";
import { filePrintSetups, type PrintSetup } from "../support/printSetup";
import { runIsms } from "../support/runIsms";

const dir = mkdtempSync(path.join(tmpdir(), "isms-registers-"));

interface Case {
  readonly name: string;
  readonly lang: "zh-CN" | "en";
  readonly sample: boolean;
}

const CASES: readonly Case[] = [
  { name: "zh-sample", lang: "zh-CN", sample: true },
  { name: "zh-blank", lang: "zh-CN", sample: false },
  { name: "en-sample", lang: "en", sample: true },
  { name: "en-blank", lang: "en", sample: false },
];

const METHOD = "li";

const optionsOf = (c: Case): CreateWorkbookOptions => ({
  lang: c.lang,
  standard: "2022",
  method: METHOD,
  sample: c.sample,
});

/** The registers the layout writes: the sample's, else a new workbook's starter rows. */
function writtenRegisters(c: Case): RegisterRecords {
  if (!c.sample) return starterRegisters(c.lang);
  return sampleRecords(c.lang, methodologyOf(optionsOf(c))).registers ?? {};
}

function registerPlans(c: Case): Map<RegisterKey, SheetPlan> {
  const build = buildWorkbookPlan(optionsOf(c));
  if (!build.ok) throw new Error("expected a plan");
  return new Map(
    build.plan.sheets.flatMap((sheet) =>
      (REGISTER_KEYS as readonly string[]).includes(sheet.key) ? [[sheet.key as RegisterKey, sheet]] : [],
    ),
  );
}

/** A row in the reader's plain form: every filled field as text. */
function plainRow(row: Readonly<Record<string, string | number | undefined>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row).flatMap(([key, value]) =>
      value === undefined || String(value).trim() === "" ? [] : [[key, String(value)]],
    ),
  );
}

/** ExcelJS's data validations on a sheet, by the range (or cell) they cover. */
type Validations = Record<string, ExcelJS.DataValidation>;
const validationsOf = (sheet: ExcelJS.Worksheet): Validations =>
  (sheet as unknown as { dataValidations: { model: Validations } }).dataValidations.model;

/** The validation covering a column's first body cell (ExcelJS keys a range "range:C2:C31" or per cell). */
function validationAt(validations: Validations, letter: string): ExcelJS.DataValidation | undefined {
  const cell = `${letter}2`;
  for (const [key, validation] of Object.entries(validations)) {
    const area = key.replace(/^range:/, "");
    const [from, to = from] = area.split(":");
    const column = (a1: string | undefined) => /^[A-Z]+/.exec(a1 ?? "")?.[0];
    const row = (a1: string | undefined) => Number(/\d+$/.exec(a1 ?? "")?.[0] ?? 0);
    if (area === cell) return validation;
    if (column(from) === letter && column(to) === letter && row(from) <= 2 && row(to) >= 2) return validation;
  }
  return undefined;
}

const letterOf = (index: number): string => {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** The first cells of the tables' date columns that hold a value, per register. */
const files = new Map<string, string>();
const fileOf = (c: Case): string => {
  const file = files.get(c.name);
  if (!file) throw new Error(`no file for ${c.name}`);
  return file;
};

beforeAll(async () => {
  for (const c of CASES) {
    const file = path.join(dir, `${c.name}.xlsx`);
    const made = await runIsms([
      "new",
      file,
      "--lang",
      c.lang,
      "--method",
      METHOD,
      ...(c.sample ? ["--sample"] : []),
    ]);
    if (made.code !== 0) throw new Error(made.stderr);
    files.set(c.name, file);
  }
}, 120_000);

describe.each(CASES)("the registers of `isms new` ($name)", (c) => {
  const plans = registerPlans(c);
  const expected = writtenRegisters(c);
  let snapshot: WorkbookSnapshot;
  let workbook: ExcelJS.Workbook;
  let setups: Map<string, PrintSetup>;

  beforeAll(async () => {
    snapshot = await (await XlsxWorkbookPort.open(fileOf(c))).read({ formulas: true });
    workbook = await readWithExcelJs(fileOf(c));
    setups = await filePrintSetups(readFileSync(fileOf(c)));
  }, 60_000);

  it("has every register sheet, in the method's order, with its table and metadata entry", () => {
    const names = REGISTER_SHEET_ORDER.map((key) => registerSchema(key).names[c.lang]);
    const sheetNames = snapshot.sheets.map((s) => s.name);
    expect(sheetNames.filter((name) => names.includes(name))).toEqual(names);
    for (const key of REGISTER_KEYS) {
      const schema = registerSchema(key);
      const name = schema.names[c.lang];
      const sheet = snapshot.sheets.find((s) => s.name === name);
      expect({ key, tables: sheet?.tables.map((t) => t.name) }).toEqual({ key, tables: [schema.table] });
      const entry = snapshot.metadata?.sheets.find((s) => s.key === key);
      expect(entry).toEqual({
        key,
        name,
        table: schema.table,
        columns: schema.columns.map((col) => col.key),
      });
    }
  });

  it("writes the headers in the workbook's language, Chinese headers each on one line", () => {
    for (const key of REGISTER_KEYS) {
      const schema = registerSchema(key);
      const sheet = workbook.getWorksheet(schema.names[c.lang]);
      const headers = schema.columns.map((_, i) => sheet?.getRow(1).getCell(i + 1).text);
      expect({ key, headers }).toEqual({ key, headers: schema.columns.map((col) => col.header[c.lang]) });
      const other = c.lang === "zh-CN" ? "en" : "zh-CN";
      const foreign = schema.columns.filter(
        (col) => col.header[other] !== col.header[c.lang] && headers.includes(col.header[other]),
      );
      expect({ key, foreign }).toEqual({ key, foreign: [] });
      if (c.lang !== "zh-CN") continue;
      const table = plans.get(key)?.tables[0];
      const wrapped = (table?.columns ?? []).filter(
        (col) => wrappedLines(col.header, (col.width ?? 10) - HEADER_PADDING) > 1,
      );
      expect({ key, wrapped: wrapped.map((col) => col.header) }).toEqual({ key, wrapped: [] });
    }
  });

  it("offers the validation lists: closed lists in the workbook's language, people as a warning", () => {
    const seen = new Set<string>();
    for (const key of REGISTER_KEYS) {
      const schema = registerSchema(key);
      const sheet = workbook.getWorksheet(schema.names[c.lang]);
      if (!sheet) throw new Error(`no sheet for ${key}`);
      const validations = validationsOf(sheet);
      schema.columns.forEach((column, i) => {
        const list = column.type === "boolean" ? "yesNo" : column.list;
        if (!list) return;
        seen.add(list);
        const validation = validationAt(validations, letterOf(i));
        const source = listSource(list, c.lang);
        const formula = Array.isArray(source) ? `"${source.join(",")}"` : String(source).replace(/^=/, "");
        expect({
          key,
          column: column.key,
          type: validation?.type,
          formula: validation?.formulae?.[0],
        }).toEqual({
          key,
          column: column.key,
          type: "list",
          formula,
        });
        if (list === "owners")
          expect({ key, column: column.key, alert: validation?.errorStyle }).toEqual({
            key,
            column: column.key,
            alert: "warning",
          });
        if (list === "yesNo") expect(source).toEqual(YES_NO.map((term) => term.label[c.lang]));
        else if (list !== "owners") expect(source).toEqual(TERM_LISTS[list]?.map((t) => t.label[c.lang]));
      });
    }
    expect([...seen].sort()).toEqual(
      [
        "complianceStatuses",
        "documentStatuses",
        "findingGrades",
        "ncStatuses",
        "owners",
        "scopeKinds",
        "yesNo",
      ].sort(),
    );
  });

  it("writes dates as real dates shown yyyy-mm-dd, and wraps the text columns", () => {
    let dates = 0;
    for (const key of REGISTER_KEYS) {
      const schema = registerSchema(key);
      const sheet = workbook.getWorksheet(schema.names[c.lang]);
      const rows = (expected[key] ?? []) as readonly Readonly<Record<string, string | number | undefined>>[];
      schema.columns.forEach((column, i) => {
        if (column.type === "date") {
          rows.forEach((row, r) => {
            const value = row[column.key];
            if (value === undefined) return;
            const cell = sheet?.getRow(r + 2).getCell(i + 1);
            dates++;
            expect({
              key,
              column: column.key,
              date: cell?.value instanceof Date,
              format: cell?.numFmt,
            }).toEqual({
              key,
              column: column.key,
              date: true,
              format: "yyyy-mm-dd",
            });
            expect((cell?.value as Date).toISOString().slice(0, 10)).toBe(value);
          });
        }
        if (column.type === "text" && rows.length > 0) {
          const cell = sheet?.getRow(2).getCell(i + 1);
          expect({ key, column: column.key, wrap: cell?.alignment?.wrapText }).toEqual({
            key,
            column: column.key,
            wrap: true,
          });
        }
      });
    }
    // The starter law list carries the dates the laws came into force; the sample many more.
    expect(dates).toBeGreaterThanOrEqual(c.sample ? 40 : 6);
  });

  it("prints each register A4 landscape, one page wide, its header row repeated, with its document number", () => {
    for (const key of REGISTER_KEYS) {
      const name = registerSchema(key).names[c.lang];
      expect({ key, ...setups.get(name) }).toMatchObject({
        key,
        orientation: "landscape",
        paper: "A4",
        fitToWidth: 1,
        fitToHeight: 0,
        titleRows: "1:1",
        header: `&L&A&R${documentNumber(key)}`,
      });
    }
  });

  it("reads back, by readRegisters, the plain rows the layout wrote", () => {
    const read = readRegisters(snapshot);
    expect(read.problems).toEqual([]);
    for (const key of REGISTER_KEYS) {
      const rows = (expected[key] ?? []) as readonly Readonly<Record<string, string | number | undefined>>[];
      const found = read.registers[key];
      expect({ key, sheet: found?.sheet }).toEqual({ key, sheet: registerSchema(key).names[c.lang] });
      expect({ key, rows: found?.rows.map((row) => row.values) }).toEqual({ key, rows: rows.map(plainRow) });
    }
    if (c.sample) {
      // The sample fills every register, the audit included (the round trip is not of empty sheets).
      for (const key of REGISTER_KEYS)
        expect({ key, some: (expected[key]?.length ?? 0) > 0 }).toEqual({ key, some: true });
    } else {
      expect(Object.keys(expected).sort()).toEqual(["documents", "laws", "records", "review"]);
    }
  });
});

const isError = (value: RawValue) => typeof value === "string" && /^(#|Err:)/.test(value);

const describeLo = requireLibreOffice();

describeLo("the registers through LibreOffice", () => {
  const registerNames = (lang: Case["lang"]) => REGISTER_KEYS.map((key) => registerSchema(key).names[lang]);

  it("has no error cell on any register sheet after recalculation", async () => {
    const outputs = recalculate(CASES.map(fileOf));
    for (const [index, c] of CASES.entries()) {
      const recalculated = await (await XlsxSnapshotReader.open(outputs[index] ?? "")).read();
      const names = registerNames(c.lang);
      const sheets = recalculated.sheets.filter((sheet) => names.includes(sheet.name));
      expect({ name: c.name, sheets: sheets.length }).toEqual({ name: c.name, sheets: REGISTER_KEYS.length });
      const errors = sheets.flatMap((sheet) =>
        sheet.values
          .flat()
          .filter(isError)
          .map((value) => `${sheet.name}: ${String(value)}`),
      );
      expect({ name: c.name, errors }).toEqual({ name: c.name, errors: [] });
      // What a person reads is still there: the law list's first row.
      const laws = sheets.find((sheet) => sheet.name === registerSchema("laws").names[c.lang]);
      expect(laws?.values[1]?.[0]).toBe("L-01");
    }
  }, 300_000);

  it("prints each register of the zh-CN sample one page wide: every page shows its first and last header", () => {
    const zh = CASES.find((c) => c.lang === "zh-CN" && c.sample) as Case;
    const [pages = []] = printedPages([fileOf(zh)]);
    const bySheet = pagesBySheet(pages);
    for (const key of REGISTER_KEYS) {
      const columns = registerSchema(key).columns;
      const [first, last] = [columns[0]?.header["zh-CN"] ?? "", columns.at(-1)?.header["zh-CN"] ?? ""];
      const printed = bySheet.get(documentNumber(key)) ?? [];
      expect({ key, printed: printed.length > 0 }).toEqual({ key, printed: true });
      printed.forEach((page, index) =>
        expect({ key, page: index + 1, first: page.includes(first), last: page.includes(last) }).toEqual({
          key,
          page: index + 1,
          first: true,
          last: true,
        }),
      );
    }
  }, 120_000);
});
