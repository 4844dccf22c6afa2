/**
 * `isms new` writes what createWorkbook plans: every planned cell, table, name and the metadata read
 * back from the file, and (with --sample) the sample client's records parse back unchanged.
 */
import { localIsoDate } from "../../src/operations/timing";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { riskInputs, riskIntermediates } from "../../src/domain/risk";
import type { MethodId } from "../../src/domain/methodology";
import { buildWorkbookPlan, methodologyOf } from "../../src/workbook/layout/buildWorkbookPlan";
import { isFormula, type WorkbookPlan } from "../../src/workbook/plan";
import { parseWorkbook } from "../../src/workbook/read/parseWorkbook";
import { sampleRecords } from "../../src/workbook/sample/sampleRecords";
import type { WorkbookSnapshot } from "../../src/workbook/sheetData";
import { XlsxWorkbookPort } from "../../src/xlsx";
import { runIsms } from "../support/runIsms";

const dir = mkdtempSync(path.join(tmpdir(), "isms-new-"));
let written = 0;

/** [lang, method, sample] */
const CASES: readonly (readonly ["en" | "zh-CN", MethodId, boolean])[] = [
  ["zh-CN", "gbt-matrix", true],
  ["en", "li", true],
  ["en", "cia-max", false],
  ["zh-CN", "atv", false],
];

async function writeNew(lang: string, method: MethodId, sample: boolean) {
  const file = path.join(dir, `${lang}-${method}-${sample ? "sample" : "blank"}-${++written}.xlsx`);
  const outcome = await runIsms([
    "new",
    file,
    "--lang",
    lang,
    "--method",
    method,
    ...(sample ? ["--sample"] : []),
  ]);
  expect(outcome).toMatchObject({ code: 0, stderr: "" });
  const port = await XlsxWorkbookPort.open(file);
  return { file, port, snapshot: await port.read({ formulas: true }) };
}

/** Each planned table cell and what the file holds there (value, or formula for formula cells). */
function tableCells(plan: WorkbookPlan, snapshot: WorkbookSnapshot) {
  const planned: unknown[] = [];
  const read: unknown[] = [];
  for (const sheetPlan of plan.sheets) {
    const sheet = snapshot.sheets.find((s) => s.name === sheetPlan.name);
    for (const table of sheetPlan.tables) {
      table.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const y = table.row + 1 + r - (sheet?.row ?? 0);
          const x = table.column + c - (sheet?.column ?? 0);
          planned.push(isFormula(cell) ? cell.formula : (cell ?? ""));
          // A blank cell past the sheet's used range (a table's empty last rows) is read as nothing.
          read.push(isFormula(cell) ? sheet?.formulas?.[y]?.[x] : (sheet?.values[y]?.[x] ?? ""));
        }),
      );
    }
  }
  return { planned, read };
}

describe.each(CASES)("isms new --lang %s --method %s (sample: %s)", (lang, method, sample) => {
  // The command dates the documents today (the SoA's version 1 and its change list).
  const options = { lang, standard: "2022", method, sample, date: localIsoDate() } as const;
  const build = buildWorkbookPlan(options);
  const plan = build.ok ? build.plan : undefined;

  it("writes every planned table cell: text as text, formulas as formulas", async () => {
    if (!plan) throw new Error("plan refused");
    const { snapshot } = await writeNew(lang, method, sample);
    const { planned, read } = tableCells(plan, snapshot);
    expect(planned.length).toBeGreaterThan(0);
    expect(read).toEqual(planned);
  });

  it("writes the planned sheets, tables, names and metadata", async () => {
    if (!plan) throw new Error("plan refused");
    const { port, snapshot } = await writeNew(lang, method, sample);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(snapshot.sheets.flatMap((s) => s.tables.map((t) => t.name))).toEqual(
      plan.sheets.flatMap((s) => s.tables.map((t) => t.name)),
    );
    const names = port.workbook.definedNames.model.map((n) => n.name).sort();
    expect(names).toEqual(plan.names.map((n) => n.name).sort());
    expect(snapshot.metadata).toEqual(plan.metadata);
  });

  it("reads back the records the plan was made from", async () => {
    const { snapshot } = await writeNew(lang, method, sample);
    const shape = { inputs: riskInputs(method), intermediates: riskIntermediates(method) };
    const parsed = parseWorkbook(snapshot, { method: shape });
    const records = sample ? sampleRecords(lang, methodologyOf(options)) : {};
    expect(parsed.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(parsed.risks.map((r) => [r.riskId, r.assetId, r.ratings])).toEqual(
      (records.risks ?? []).map((r) => [r.riskId, r.assetId, r.ratings]),
    );
    expect(parsed.assets.map((a) => [a.assetId, a.name, a.c, a.i, a.a])).toEqual(
      (records.assets ?? []).map((a) => [a.assetId, a.name, a.c, a.i, a.a]),
    );
    expect(parsed.treatments.map((t) => [t.riskId, t.option, t.owner, t.dueDate, t.controls])).toEqual(
      (records.treatments ?? []).map((t) => [t.riskId, t.option, t.owner, t.dueDate, t.controls]),
    );
  });
});
