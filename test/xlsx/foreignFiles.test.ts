/**
 * Files other writers save open, through the part scanner, with the values a person sees in them:
 * openpyxl tables, `x:`-prefixed SpreadsheetML, inline and rich-text strings, foreign shared formulas,
 * the 1904 date system, missing document properties, LibreOffice conversions and sheet-spanning ranges;
 * and what the reader once handed to ExcelJS (CDATA, entities, sheet names ExcelJS changes, overlapping
 * merged areas, shared formulas without their master, a missing table part).
 * ExcelJS is tried on each file too (the baseline), and a table of both readers' results and times is
 * printed. A damaged or encrypted file is still refused with one line and exit code 2.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseA1 } from "../../src/workbook/cells/cellAddress";
import type { RawValue, SheetData, WorkbookSnapshot } from "../../src/workbook/sheetData";
import { XlsxSnapshotReader } from "../../src/xlsx";
import { describeWith } from "../support/describeWith";
import {
  edgeCasePackages,
  excelJsBase,
  libreOfficeFiles,
  openpyxlFiles,
  pythonWithOpenpyxl,
  rewrittenPackages,
  type ForeignCase,
} from "../support/foreignWorkbooks";
import { requireLibreOffice } from "../support/libreoffice";
import { runIsms } from "../support/runIsms";

const dir = mkdtempSync(path.join(tmpdir(), "isms-foreign-"));

interface Outcome {
  readonly file: string;
  readonly parts: string;
  readonly exceljs: string;
}
const outcomes: Outcome[] = [];

function cellAt(sheet: SheetData, address: string, grid: "values" | "formulas" = "values"): RawValue {
  const at = parseA1(address);
  if (!at) throw new Error(`bad address ${address}`);
  return sheet[grid]?.[at.row - sheet.row]?.[at.column - sheet.column] ?? "";
}

/** What differs between a snapshot and the case's expectations ([] when nothing). */
function differences(snapshot: WorkbookSnapshot, expected: ForeignCase): string[] {
  const found: string[] = [];
  const sheet = (name: string) => snapshot.sheets.find((s) => s.name === name);
  for (const [name, cells] of Object.entries(expected.cells)) {
    const data = sheet(name);
    if (!data) {
      found.push(`no sheet ${name}`);
      continue;
    }
    for (const [address, value] of Object.entries(cells)) {
      const read = cellAt(data, address);
      if (read !== value)
        found.push(`${name}!${address}: ${JSON.stringify(read)} ≠ ${JSON.stringify(value)}`);
    }
    for (const [address, formula] of Object.entries(expected.formulas?.[name] ?? {})) {
      const read = cellAt(data, address, "formulas");
      if (read !== formula) found.push(`${name}!${address} formula ${JSON.stringify(read)} ≠ ${formula}`);
    }
    const merged = expected.merged?.[name];
    if (merged && JSON.stringify([...(data.merged ?? [])].sort()) !== JSON.stringify([...merged].sort())) {
      found.push(`${name} merged ${JSON.stringify(data.merged)}`);
    }
    const tables = expected.tables?.[name];
    if (tables && JSON.stringify(data.tables) !== JSON.stringify(tables)) {
      found.push(`${name} tables ${JSON.stringify(data.tables)}`);
    }
    if (expected.maxRows !== undefined && data.values.length > expected.maxRows) {
      found.push(`${name} has ${data.values.length} rows`);
    }
  }
  return found;
}

/**
 * Reads a case one way: the snapshot's differences, or why it could not be read; with the time taken.
 * The ExcelJS baseline may also throw while reading (a shared formula ExcelJS cannot move): reported.
 */
async function readVia(
  expected: ForeignCase,
  via?: "exceljs",
): Promise<{ path?: string; problems: string[]; ms: number }> {
  const start = performance.now();
  const opened = await XlsxSnapshotReader.tryOpen(expected.file, via ? { via } : {});
  if (!opened.ok) return { problems: [`refused: ${opened.problem.code}`], ms: performance.now() - start };
  try {
    const problems = differences(await opened.port.read({ formulas: true }), expected);
    return { path: opened.port.via, problems, ms: performance.now() - start };
  } catch (error) {
    if (!via) throw error;
    return { problems: [`threw: ${(error as Error).message}`], ms: performance.now() - start };
  }
}

function verdict(read: { problems: string[]; ms: number }): string {
  const what = read.problems.length === 0 ? "ok" : (read.problems[0] ?? "").slice(0, 48);
  return `${what} (${read.ms.toFixed(0)} ms)`;
}

/** Reads a case with the default reader (the part scanner must take it) and with ExcelJS for the table. */
async function expectRead(expected: ForeignCase): Promise<void> {
  const parts = await readVia(expected);
  const exceljs = expected.slowForExcelJs ? undefined : await readVia(expected, "exceljs");
  outcomes.push({
    file: expected.name,
    parts: verdict(parts),
    exceljs: exceljs ? verdict(exceljs) : "not tried (see the guard test)",
  });
  expect(parts.problems).toEqual([]);
  expect(parts.path).toBe("parts");
}

afterAll(() => {
  if (outcomes.length === 0) return;
  const width = Math.max(...outcomes.map((o) => o.file.length));
  const lines = outcomes.map((o) => `${o.file.padEnd(width)} | ${o.parts.padEnd(24)} | ${o.exceljs}`);
  console.log(
    [`${"file".padEnd(width)} | ${"part scanner".padEnd(24)} | ExcelJS 4.4.0`, ...lines].join("\n"),
  );
});

let base: ForeignCase;
let rewritten: ForeignCase[] = [];
let edgeCases: ForeignCase[] = [];
beforeAll(async () => {
  base = await excelJsBase(dir);
  rewritten = rewrittenPackages(dir, base);
  edgeCases = edgeCasePackages(dir, base);
});

describe("files rewritten the way other writers write their parts", () => {
  it("the ExcelJS base file", async () => {
    await expectRead(base);
  });

  it.each([0, 1, 2, 3, 4, 5])("variant %i", async (index) => {
    const expected = rewritten[index];
    if (!expected) throw new Error("fixture list changed");
    await expectRead(expected);
  });

  it("reads a sheet whose ranges span to row 1,048,576 fast and small", async () => {
    const guarded = rewritten.find((c) => c.maxRows !== undefined);
    if (!guarded) throw new Error("fixture list changed");
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const reader = await XlsxSnapshotReader.open(guarded.file);
    const snapshot = await reader.read({ formulas: true });
    const ms = performance.now() - start;
    const grown = process.memoryUsage().heapUsed - before;
    const exceljs = await readVia(guarded, "exceljs");
    outcomes.push({
      file: `${guarded.name} (heap +${(grown / 1048576).toFixed(1)} MB)`,
      parts: `ok (${ms.toFixed(0)} ms)`,
      exceljs: verdict(exceljs),
    });
    expect(differences(snapshot, guarded)).toEqual([]);
    expect(ms).toBeLessThan(1_000);
    expect(grown).toBeLessThan(64 * 1024 * 1024);
  }, 60_000);
});

describe("what the reader once handed to ExcelJS, read by the part scanner", () => {
  it.each([
    [0, "CDATA sections: their text, markup-like characters and all"],
    [1, "character references decoded, undeclared entities kept as text"],
    [2, "sheet names exactly as the workbook part writes them"],
    [3, "overlapping merged areas kept as written, each first cell with its value"],
    [4, "shared-formula members without a master: cached value, no formula"],
    [5, "a table whose part is missing left out, the sheet read"],
  ])("case %i: %s", async (index) => {
    const expected = edgeCases[index];
    if (!expected) throw new Error("fixture list changed");
    await expectRead(expected);
  });
});

describeWith(pythonWithOpenpyxl())("files saved by openpyxl", () => {
  let cases: ForeignCase[] = [];
  beforeAll(() => {
    const python = pythonWithOpenpyxl().path ?? "";
    cases = openpyxlFiles(path.join(dir, "openpyxl"), python);
  });

  it.each([0, 1])("file %i", async (index) => {
    const expected = cases[index];
    if (!expected) throw new Error("fixture list changed");
    await expectRead(expected);
  });
});

requireLibreOffice()("files saved by LibreOffice", () => {
  let cases: ForeignCase[] = [];
  beforeAll(() => {
    cases = libreOfficeFiles(path.join(dir, "libreoffice"), base);
  }, 180_000);

  it.each([0, 1, 2])("file %i", async (index) => {
    const expected = cases[index];
    if (!expected) throw new Error("fixture list changed");
    await expectRead(expected);
  });
});

describe("a damaged or encrypted file is still refused", () => {
  it.each([
    ["truncated", (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length * 0.6)), "incomplete"],
    [
      "encrypted",
      () => Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(4096, 0)]),
      "password",
    ],
  ] as const)("%s", async (name, damage, words) => {
    const source = readFileSync(rewritten[3]?.file ?? "");
    const file = path.join(dir, `${name}.xlsx`);
    writeFileSync(file, damage(source));
    const outcome = await runIsms(["validate", file]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trim().split("\n")).toHaveLength(1);
    expect(outcome.stderr).toContain(words);
  });
});
