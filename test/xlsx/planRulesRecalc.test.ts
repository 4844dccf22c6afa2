/**
 * The treatment plan's rule formats mark, without the add-in, exactly the cells the add-in's validation
 * flags for the rules a formula can express. A workbook written by `isms new --sample` (which plants
 * mistakes), edited with ExcelJS the way a client team would get it wrong (an owner blanked, a date
 * blanked, a date too late, an unknown risk id, an accept without sign-off, a residual above the
 * criterion unsigned, a sign-off without its date), and the methodology sheet given an assessment date.
 * LibreOffice stores no conditional-format results, so a test copy carries each format's formula in a
 * scratch column of every row (same relative references); LibreOffice recalculates it, and the cells
 * where each formula is TRUE are compared with validateTreatments' findings of that rule.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { defaultMethodology, type MethodId } from "../../src/domain/methodology";
import { validateTreatments } from "../../src/domain/treatment";
import type { Lang } from "../../src/i18n";
import { cellA1 } from "../../src/workbook/cells/cellAddress";
import { formulaMovedDown } from "../../src/workbook/cells/formulaMove";
import {
  PLAN_RULES,
  planRuleFormats,
  type PlanRule,
  type PlanRuleFormat,
} from "../../src/workbook/layout/planRules";
import { readMethodSheet } from "../../src/workbook/method/readMethodSheet";
import { parseWorkbook } from "../../src/workbook/read/parseWorkbook";
import { SAMPLE_MISTAKES } from "../../src/workbook/sample/sampleTreatments";
import { writtenColumns } from "../../src/workbook/schema/columnSchema";
import { bindMethod } from "../../src/workbook/schema/methodBinding";
import { treatmentSchema } from "../../src/workbook/schema/treatmentSchema";
import { termLabel, TREATMENT_OPTIONS } from "../../src/workbook/schema/vocabulary";
import type { WorkbookSnapshot } from "../../src/workbook/sheetData";
import { XlsxSnapshotReader } from "../../src/xlsx";
import { recalculate, requireLibreOffice } from "../support/libreoffice";
import { runIsms } from "../support/runIsms";
import { fileFeatures, formatKey } from "../support/workbookBridge";
import { readWithExcelJs } from "../support/excelJsReader";

const describeLo = requireLibreOffice();
const dir = mkdtempSync(path.join(tmpdir(), "isms-plan-rules-"));

interface Case {
  readonly name: string;
  readonly lang: Lang;
  readonly method: MethodId;
}

const CASES: readonly Case[] = [
  { name: "zh-gbt-matrix", lang: "zh-CN", method: "gbt-matrix" },
  { name: "en-li", lang: "en", method: "li" },
];

const PLAN_SHEET: Readonly<Record<Lang, string>> = { "zh-CN": "风险处置计划", en: "Risk treatment plan" };
const TODAY = "2026-04-01";
/** Excel serial of an ISO date. */
const serial = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
/** The date the methodology sheet states: the deadline of a risk the register has no date for counts from it. */
const STATED = serial("2026-02-01");
const ASSESSED = serial("2026-03-02");

/** A cell as text: risk ids linked to the register read as { text, hyperlink }. */
function textOf(value: ExcelJS.CellValue): string {
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (value && typeof value === "object" && "text" in value && typeof value.text === "string")
    return value.text;
  return "";
}

/** The mistakes a client team makes, on rows of the sample that carry none of its own. */
function edit(plan: ExcelJS.Worksheet, c: Case, column: (key: string) => number): void {
  const rows: ExcelJS.Row[] = [];
  plan.eachRow((row, n) => n > 1 && rows.push(row));
  const cell = (row: ExcelJS.Row, key: string) => row.getCell(column(key) + 1);
  const id = (row: ExcelJS.Row) => textOf(cell(row, "riskId").value);
  const reduce = termLabel(TREATMENT_OPTIONS, "reduce", c.lang);
  const planted = new Set<string>([...Object.values(SAMPLE_MISTAKES), "R-001"]);
  const plain = rows.filter(
    (row) =>
      !planted.has(id(row)) &&
      textOf(cell(row, "option").value) === reduce &&
      textOf(cell(row, "acceptedBy").value) === "",
  );
  const at = (k: number): ExcelJS.Row => {
    const row = plain[k];
    if (!row) throw new Error(`only ${plain.length} plain rows in the ${c.name} sample`);
    return row;
  };
  cell(at(0), "owner").value = null;
  cell(at(1), "dueDate").value = null;
  // Accepted, above the criterion, nobody signed.
  cell(at(2), "option").value = termLabel(TREATMENT_OPTIONS, "accept", c.lang);
  // The residual rated at the top: unsigned, then signed without a date.
  for (const row of [at(3), at(4)]) for (const key of residualRatings(c)) cell(row, key).value = 5;
  cell(at(4), "acceptedBy").value = c.lang === "en" ? "Wang Qiang" : "王强";
  cell(at(5), "dueDate").value = ASSESSED + 120;
  // A risk id the register does not hold, due 100 days after the methodology sheet's date.
  cell(at(6), "riskId").value = "R-777";
  cell(at(6), "dueDate").value = STATED + 100;
  // The sample's signed acceptance, its date blanked.
  const signed = rows.find((row) => id(row) === "R-005");
  if (signed) cell(signed, "acceptedOn").value = null;
}

const residualRatings = (c: Case): string[] =>
  writtenColumns(treatmentSchema(bindMethod(defaultMethodology(c.method))))
    .filter((col) => col.type === "rating" && col.key.startsWith("residual"))
    .map((col) => col.key);

/** Drops cached results (only LibreOffice's calculation fills them) and sets the stated assessment date. */
function prepare(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula };
      }),
    ),
  );
  const [sheetName, address] = (workbook.definedNames.getRanges("ISMS_AssessmentDate").ranges[0] ?? "")
    .replace(/\$/g, "")
    .split("!");
  const method = workbook.getWorksheet((sheetName ?? "").replace(/^'|'$/g, ""));
  if (!method || !address) throw new Error("no ISMS_AssessmentDate cell");
  method.getCell(address).value = STATED;
}

/** Each format's formula in a scratch column right of the table, on every row the table and lists reach. */
function scratch(
  plan: ExcelJS.Worksheet,
  formats: readonly PlanRuleFormat[],
  first: number,
  rows: number,
): void {
  formats.forEach((format, k) => {
    for (let r = 2; r <= rows + 1; r++) {
      const moved = formulaMovedDown(format.format.formula.slice(1), r - 2);
      if (moved === undefined) throw new Error(`cannot move ${format.format.formula}`);
      plan.getCell(r, first + k + 1).value = { formula: moved };
    }
  });
}

/** "rule@cell" for every cell a format marks, from the scratch columns LibreOffice calculated. */
function markedCells(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  formats: readonly PlanRuleFormat[],
  column: (key: string) => number,
  first: number,
  rows: number,
): string[] {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no ${sheetName}`);
  const marked: string[] = [];
  formats.forEach((format, k) => {
    for (let r = 1; r <= rows; r++) {
      const value = sheet.values[r - sheet.row]?.[first + k - sheet.column];
      if (value !== true && value !== false)
        throw new Error(`${format.rule} on row ${r + 1} gave ${String(value)}`);
      if (value) marked.push(`${format.rule}@${cellA1(r, column(format.column))}`);
    }
  });
  return marked.sort();
}

interface Outcome {
  /** "rule@cell" where a format's formula is TRUE after LibreOffice's calculation. */
  readonly marked: readonly string[];
  /** "rule@cell" of the domain's findings of the same rules. */
  readonly flagged: readonly string[];
  /** The conditional formats (range, kind, formula, fill) of the file `isms new` wrote, and the rules' own. */
  readonly written: readonly string[];
  readonly planned: readonly string[];
  readonly statedDate?: string;
}

/** Rows of the plan the scratch columns cover: the sample's rows and the blank ones below. */
const ROWS = 60;

async function sampleWorkbook(
  file: string,
  c: Case,
): Promise<{ workbook: ExcelJS.Workbook; plan: ExcelJS.Worksheet }> {
  const made = await runIsms(["new", file, "--sample", "--lang", c.lang, "--method", c.method]);
  if (made.code !== 0) throw new Error(made.stderr);
  const workbook = await readWithExcelJs(file);
  const plan = workbook.getWorksheet(PLAN_SHEET[c.lang]);
  if (!plan) throw new Error(`no plan sheet in ${c.name}`);
  return { workbook, plan };
}

describeLo("the treatment plan's rule formats recalculated by LibreOffice", () => {
  const outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    const files: string[] = [];
    const formatsInFile: Pick<Outcome, "written" | "planned">[] = [];
    const formatsOf = (c: Case) => {
      const m = defaultMethodology(c.method);
      const columns = writtenColumns(treatmentSchema(bindMethod(m)));
      const column = (key: string) => columns.findIndex((col) => col.key === key);
      const formats = planRuleFormats({ columns, methodology: m, lang: c.lang, capacity: 1000 });
      return { columns, column, formats };
    };
    for (const c of CASES) {
      const file = path.join(dir, `${c.name}.xlsx`);
      const { workbook, plan } = await sampleWorkbook(file, c);
      const { columns, column, formats } = formatsOf(c);
      const features = (await fileFeatures(readFileSync(file))).get(PLAN_SHEET[c.lang]);
      formatsInFile.push({
        written: features?.conditionalFormats ?? [],
        planned: formats.map((f) =>
          formatKey(f.format.range, "expression", null, [f.format.formula], f.format.fill),
        ),
      });
      edit(plan, c, column);
      prepare(workbook);
      scratch(plan, formats, columns.length + 1, ROWS);
      const copy = file.replace(/\.xlsx$/, ".scratch.xlsx");
      await workbook.xlsx.writeFile(copy);
      files.push(copy);
    }
    const outputs = recalculate(files);
    for (const [index, c] of CASES.entries()) {
      const { columns, column, formats } = formatsOf(c);
      const snapshot = await (await XlsxSnapshotReader.open(outputs[index] ?? "")).read();
      const stated = readMethodSheet(snapshot);
      if (!stated) throw new Error(`no methodology sheet in ${c.name}`);
      const parsed = parseWorkbook(snapshot);
      const flagged = validateTreatments({
        methodology: stated.methodology,
        standard: stated.methodology.standard,
        risks: parsed.risks,
        treatments: parsed.treatments,
        today: TODAY,
        ...(stated.assessedOn ? { assessedOn: stated.assessedOn } : {}),
      })
        .filter((f) => f.sheet === PLAN_SHEET[c.lang] && (PLAN_RULES as readonly string[]).includes(f.rule))
        .map((f) => `${f.rule}@${f.cell}`)
        .sort();
      const inFile = formatsInFile[index];
      if (!inFile) throw new Error(`no formats read for ${c.name}`);
      outcomes.set(c.name, {
        ...inFile,
        marked: markedCells(snapshot, PLAN_SHEET[c.lang], formats, column, columns.length + 1, ROWS),
        flagged,
        ...(stated.assessedOn ? { statedDate: stated.assessedOn } : {}),
      });
    }
  }, 240_000);

  const outcome = (name: string): Outcome => {
    const found = outcomes.get(name);
    if (!found) throw new Error(`no outcome for ${name}`);
    return found;
  };
  const names = CASES.map((c) => c.name);

  it.each(names)("%s: the file isms new wrote carries every rule format on its range", (name) => {
    const { written, planned } = outcome(name);
    expect(planned).toHaveLength(8);
    expect(written).toEqual(expect.arrayContaining([...planned]));
  });

  it.each(names)("%s: both sides count deadlines from the methodology sheet's date where needed", (name) => {
    expect(outcome(name).statedDate).toBe("2026-02-01");
  });

  describe.each(names)("%s", (name) => {
    it.each([...PLAN_RULES])("marks exactly the cells the domain flags for %s", (rule: PlanRule) => {
      const { marked, flagged } = outcome(name);
      const of = (list: readonly string[]) => list.filter((entry) => entry.startsWith(`${rule}@`));
      expect(of(flagged).length).toBeGreaterThan(0);
      expect(of(marked)).toEqual(of(flagged));
    });
  });
});
