/**
 * The native formulas compute what the engine computes. For every method, a workbook holds the
 * methodology sheet (from methodSheetPlan, with its names) and a register with the method's whole input
 * grid plus blank and invalid rows; LibreOffice recalculates all workbooks in one run and every value,
 * level, level name and acceptance must equal the engine's. Workbooks use edited parameters (valuation,
 * rounding, matrices, bands, criterion) so the formulas are shown to follow the sheet, not the preset.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { presetById, type Methodology } from "../../src/domain/methodology";
import {
  assessRisk,
  assetValue,
  nativeAcceptableFormula,
  nativeAssetValueFormula,
  nativeLevelLabelFormula,
  nativeRiskFormulas,
  riskInputs,
  riskIntermediates,
} from "../../src/domain/risk";
import type { Lang } from "../../src/i18n";
import { columnLetters } from "../../src/workbook/cells/cellAddress";
import { methodSheetPlan } from "../../src/workbook/method/methodSheet";
import { isFormula, type PlanCell } from "../../src/workbook/plan";
import { recalculate, requireLibreOffice } from "../support/libreoffice";
import { readWithExcelJs } from "../support/excelJsReader";

interface Case {
  readonly name: string;
  readonly lang: Lang;
  readonly methodology: Methodology;
}

function preset(id: string, edits: Partial<Methodology> = {}): Methodology {
  const base = presetById(id);
  if (!base) throw new Error(`no preset ${id}`);
  return { ...base, ...edits };
}

const weighted = { method: "weighted", weights: { c: 0.4, i: 0.3, a: 0.3 } } as const;
const gbt = preset("gbt-matrix");
const cases: readonly Case[] = [
  { name: "li", lang: "en", methodology: preset("li", { assetValuation: { ...weighted, method: "mean" } }) },
  { name: "atv", lang: "zh-CN", methodology: preset("atv", { assetValuation: weighted }) },
  { name: "gbt-matrix", lang: "zh-CN", methodology: gbt },
  {
    name: "gbt-matrix-edited",
    lang: "en",
    methodology: preset("gbt-matrix", {
      matrices: { ...gbt.matrices, likelihood: gbt.matrices.likelihood.map((row) => [...row].reverse()) },
      bands: [1, 5, 10, 15, 20],
      acceptance: { basis: "level", level: 3 },
    }),
  },
  { name: "gbt-multiply", lang: "zh-CN", methodology: preset("gbt-multiply", { assetValuation: weighted }) },
  { name: "gbt-multiply-round", lang: "en", methodology: preset("gbt-multiply", { rounding: "round" }) },
  {
    name: "cia-max",
    lang: "en",
    methodology: preset("cia-max", { acceptance: { basis: "value", value: 30 } }),
  },
];

type Row = Readonly<Record<string, unknown>>;

function inputGrid(inputs: readonly string[]): Row[] {
  let rows: Record<string, unknown>[] = [{}];
  for (const input of inputs)
    rows = rows.flatMap((row) => [1, 2, 3, 4, 5].map((x) => ({ ...row, [input]: x })));
  const first = inputs[0] as string;
  const valid = Object.fromEntries(inputs.map((input) => [input, 3]));
  return [...rows, {}, { ...valid, [first]: 6 }, { ...valid, [first]: "high" }, { ...valid, [first]: "" }];
}

/** Writes plan cells; "=…" only ever arrives as a Formula, text stays text. */
function put(sheet: ExcelJS.Worksheet, row: number, column: number, cell: PlanCell): void {
  const target = sheet.getCell(row + 1, column + 1);
  if (isFormula(cell)) target.value = { formula: cell.formula.slice(1) };
  else if (cell !== null) target.value = cell;
}

function writeMethodSheet(workbook: ExcelJS.Workbook, c: Case): void {
  const plan = methodSheetPlan(c.methodology, c.lang);
  const sheet = workbook.addWorksheet(plan.sheet.name);
  for (const block of plan.sheet.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((cell, k) => put(sheet, block.row + r, block.column + k, cell)),
    );
  }
  for (const table of plan.sheet.tables) {
    table.columns.forEach((column, k) => put(sheet, table.row, table.column + k, column.header));
    table.rows.forEach((line, r) =>
      line.forEach((cell, k) => put(sheet, table.row + 1 + r, table.column + k, cell)),
    );
  }
  for (const name of plan.names) {
    workbook.definedNames.add(`'${plan.sheet.name}'!${name.address}`, name.name);
  }
}

const YES = "Yes";
const NO = "No";

function registerKeys(m: Methodology): string[] {
  return [...riskInputs(m.method), ...riskIntermediates(m.method), "value", "level", "label", "acceptable"];
}

function writeRegister(workbook: ExcelJS.Workbook, m: Methodology, rows: readonly Row[]): void {
  const sheet = workbook.addWorksheet("Register");
  const keys = registerKeys(m);
  keys.forEach((key, k) => put(sheet, 0, k, key));
  rows.forEach((ratings, r) => {
    const refs = Object.fromEntries(keys.map((key, k) => [key, `${columnLetters(k)}${r + 2}`]));
    const formulas: Record<string, string> = {
      ...nativeRiskFormulas(m, refs),
      label: nativeLevelLabelFormula(refs.level as string),
      acceptable: nativeAcceptableFormula(m, refs.level as string, YES, NO, refs.value),
    };
    keys.forEach((key, k) => {
      const text = formulas[key];
      put(sheet, r + 1, k, text ? { formula: text } : ((ratings[key] ?? null) as PlanCell));
    });
  });
}

function writeAssets(workbook: ExcelJS.Workbook, m: Methodology, rows: readonly Row[]): void {
  const sheet = workbook.addWorksheet("Assets");
  rows.forEach((cia, r) => {
    ["c", "i", "a"].forEach((key, k) => put(sheet, r, k, (cia[key] ?? null) as PlanCell));
    put(sheet, r, 3, { formula: nativeAssetValueFormula(m, `A${r + 1}`, `B${r + 1}`, `C${r + 1}`) });
  });
}

/** What a recalculated formula cell holds: a number, text ("" for a blank row) or an error code. */
function resultOf(cell: ExcelJS.Cell): unknown {
  const value = cell.value as { formula?: string; result?: unknown } | null;
  // An empty text result is written without a cached value, so ExcelJS reports no result at all.
  const result = value && typeof value === "object" && "formula" in value ? value.result : value;
  if (result && typeof result === "object" && "error" in result) return (result as { error: string }).error;
  return result ?? "";
}

function expectedRow(c: Case, ratings: Row): Record<string, unknown> {
  const m = c.methodology;
  const outputs = [...riskIntermediates(m.method), "value", "level", "label", "acceptable"];
  // A row with any of the method's ratings blank (not filled in yet, or half filled) computes to blank.
  const blank = (value: unknown) => value === undefined || value === "";
  const inputs: readonly string[] = riskInputs(m.method);
  if (inputs.some((key) => blank(ratings[key]))) return Object.fromEntries(outputs.map((key) => [key, ""]));
  const result = assessRisk(m, ratings);
  if (!result.ok) return Object.fromEntries(outputs.map((key) => [key, "#N/A"]));
  return {
    ...result.intermediate,
    value: result.value,
    level: result.level,
    label: m.levels[result.level - 1]?.label[c.lang],
    acceptable: result.acceptable ? YES : NO,
  };
}

/** Differences between the sheet and the engine, as readable lines (numbers equal to 1e-9). */
function registerMismatches(c: Case, sheet: ExcelJS.Worksheet, rows: readonly Row[]): string[] {
  const keys = registerKeys(c.methodology);
  const problems: string[] = [];
  rows.forEach((ratings, r) => {
    const expected = expectedRow(c, ratings);
    for (const [key, want] of Object.entries(expected)) {
      const got = resultOf(sheet.getCell(r + 2, keys.indexOf(key) + 1));
      const same =
        typeof want === "number" && typeof got === "number" ? Math.abs(want - got) < 1e-9 : want === got;
      if (!same)
        problems.push(
          `row ${r + 2} ${JSON.stringify(ratings)} ${key}: sheet ${String(got)}, engine ${String(want)}`,
        );
    }
  });
  return problems;
}

function assetMismatches(c: Case, sheet: ExcelJS.Worksheet, rows: readonly Row[]): string[] {
  return rows.flatMap((cia, r) => {
    const engine = assetValue(c.methodology, cia.c, cia.i, cia.a);
    const anyBlank = [cia.c, cia.i, cia.a].some((value) => value === undefined || (value as unknown) === "");
    const want = anyBlank ? "" : engine.ok ? engine.value : "#N/A";
    const got = resultOf(sheet.getCell(r + 1, 4));
    return got === want
      ? []
      : [`assets row ${r + 1} ${JSON.stringify(cia)}: sheet ${String(got)}, engine ${String(want)}`];
  });
}

const describeLo = requireLibreOffice();

describeLo("native formulas recalculated by LibreOffice", () => {
  const assetRows = inputGrid(["c", "i", "a"]);
  const registers = new Map<string, Row[]>();
  const recalculated = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "isms-formulas-"));
    const files: string[] = [];
    for (const c of cases) {
      const rows = inputGrid(riskInputs(c.methodology.method));
      registers.set(c.name, rows);
      const workbook = new ExcelJS.Workbook();
      writeMethodSheet(workbook, c);
      writeRegister(workbook, c.methodology, rows);
      writeAssets(workbook, c.methodology, assetRows);
      const file = path.join(dir, `${c.name}.xlsx`);
      await workbook.xlsx.writeFile(file);
      files.push(file);
    }
    const outputs = recalculate(files);
    for (const [k, c] of cases.entries()) {
      const workbook = await readWithExcelJs(outputs[k] as string);
      recalculated.set(c.name, workbook);
    }
  }, 240_000);

  it.each(cases.map((c) => [c.name, c] as const))("%s: every register row equals the engine", (_name, c) => {
    const sheet = recalculated.get(c.name)?.getWorksheet("Register");
    if (!sheet) throw new Error("register sheet missing");
    expect(registerMismatches(c, sheet, registers.get(c.name) ?? [])).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c.methodology.assetValuation.method, c] as const))(
    "%s: asset values by %s equal the engine",
    (_name, _valuation, c) => {
      const sheet = recalculated.get(c.name)?.getWorksheet("Assets");
      if (!sheet) throw new Error("assets sheet missing");
      expect(assetMismatches(c, sheet, assetRows)).toEqual([]);
    },
  );
});
