/** The methodology sheet plan: parameters, scales, bands, matrices, and the names formulas read. */
import { METHOD_IDS, defaultMethodology, type Methodology } from "../../../src/domain/methodology";
import { NAMES, SCALE_NAMES } from "../../../src/domain/methodology/namedRanges";
import { nativeRiskFormulas, riskInputs, riskIntermediates } from "../../../src/domain/risk";
import type { CellBlock, NamedRangePlan, PlanCell } from "../../../src/workbook/plan";
import { translator } from "../../../src/i18n";
import { choiceLabel, choiceLabels } from "../../../src/workbook/method/methodChoices";
import { METHOD_TABLE, methodSheetPlan } from "../../../src/workbook/method/methodSheet";

const zh = translator("zh-CN");

/** The sheet as a grid of values: blocks and the table written into one map keyed by A1-ish "r,c". */
function grid(plan: ReturnType<typeof methodSheetPlan>): Map<string, PlanCell> {
  const cells = new Map<string, PlanCell>();
  const put = (block: Pick<CellBlock, "row" | "column" | "cells">) =>
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => cells.set(`${block.row + r},${block.column + c}`, cell)),
    );
  plan.sheet.blocks.forEach(put);
  for (const table of plan.sheet.tables) {
    put({ row: table.row, column: table.column, cells: [table.columns.map((c) => c.header)] });
    put({ row: table.row + 1, column: table.column, cells: table.rows });
  }
  return cells;
}

/** Values of a named range, read from the grid ("$B$3:$F$7" → rows of cells). */
function valuesOf(plan: ReturnType<typeof methodSheetPlan>, name: string): PlanCell[][] {
  const range = plan.names.find((n: NamedRangePlan) => n.name === name);
  if (!range) throw new Error(`no name ${name}`);
  const [from, to = from] = range.address.replace(/\$/g, "").split(":") as [string, string?];
  const parse = (a: string) => {
    const [, letters = "", digits = ""] = /^([A-Z]+)(\d+)$/.exec(a) ?? [];
    return {
      row: Number(digits) - 1,
      column: [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1,
    };
  };
  const start = parse(from);
  const end = parse(to);
  const cells = grid(plan);
  const out: PlanCell[][] = [];
  for (let r = start.row; r <= end.row; r++) {
    const line: PlanCell[] = [];
    for (let c = start.column; c <= end.column; c++) line.push(cells.get(`${r},${c}`) ?? null);
    out.push(line);
  }
  return out;
}

/** Every workbook name a method's native formulas mention. */
function namesUsedByFormulas(m: Methodology): string[] {
  const refs: Record<string, string> = {};
  [...riskInputs(m.method), ...riskIntermediates(m.method), "value", "level"].forEach((key, k) => {
    refs[key] = `${String.fromCharCode(65 + k)}2`;
  });
  const text = Object.values(nativeRiskFormulas(m, refs)).join(" ");
  return [...new Set(text.match(/ISMS_[A-Za-z]+/g) ?? [])];
}

describe.each(METHOD_IDS)("methodology sheet for %s", (method) => {
  const methodology = defaultMethodology(method);
  const plan = methodSheetPlan(methodology, "zh-CN");

  it("defines every name the method's formulas read", () => {
    const defined = plan.names.map((n) => n.name);
    expect(defined).toEqual(expect.arrayContaining(namesUsedByFormulas(methodology)));
  });

  it("defines each name once, on the methodology sheet", () => {
    const defined = plan.names.map((n) => n.name);
    expect(new Set(defined).size).toBe(defined.length);
    expect(plan.names.every((n) => n.sheet === "风险评估方法与准则")).toBe(true);
  });

  it("writes the parameters the register reads", () => {
    expect(valuesOf(plan, NAMES.acceptance)).toEqual([[2]]);
    expect(valuesOf(plan, NAMES.treatmentDays)).toEqual([[90]]);
  });

  it.each([
    [NAMES.method, choiceLabel("method", method, zh)],
    [NAMES.assetValuation, choiceLabel("assetValuation", methodology.assetValuation.method, zh)],
    [NAMES.rounding, choiceLabel("rounding", methodology.rounding, zh)],
  ])("shows %s as a label and names the helper cell that turns it into its code", (name, label) => {
    const [cell] = valuesOf(plan, name)[0] ?? [];
    expect(cell).toEqual({ formula: expect.stringContaining(`="${label}"`) });
    const address = plan.names.find((n) => n.name === name)?.address ?? "";
    const row = Number(/(\d+)$/.exec(address)?.[1]) - 1;
    expect(grid(plan).get(`${row},1`)).toBe(label);
  });

  it("writes the risk bands and level labels", () => {
    expect(valuesOf(plan, NAMES.bands).flat()).toEqual([...methodology.bands]);
    expect(valuesOf(plan, NAMES.levels).flat()).toEqual(["很低", "低", "中等", "高", "很高"]);
  });

  it("writes the asset scale 1..5 with its labels", () => {
    expect(valuesOf(plan, SCALE_NAMES.asset).flat()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("GB/T matrix sheet", () => {
  const methodology = defaultMethodology("gbt-matrix");
  const plan = methodSheetPlan(methodology, "en");

  it.each([
    [NAMES.matrixLikelihood, methodology.matrices.likelihood],
    [NAMES.matrixLoss, methodology.matrices.loss],
    [NAMES.matrixRisk, methodology.matrices.risk],
  ])("writes %s without headers", (name, matrix) => {
    expect(valuesOf(plan, name)).toEqual(matrix);
  });

  it("writes likelihood and loss bands", () => {
    expect(valuesOf(plan, NAMES.bandsLikelihood).flat()).toEqual([...methodology.likelihoodBands]);
    expect(valuesOf(plan, NAMES.bandsLoss).flat()).toEqual([...methodology.lossBands]);
  });

  it("is named in English and holds the parameter table", () => {
    expect(plan.sheet.name).toBe("Methodology");
    expect(plan.sheet.tables.map((t) => t.name)).toEqual([METHOD_TABLE]);
  });

  it("offers the methods by name as a list on the method's value cell", () => {
    const helper = plan.names.find((n) => n.name === NAMES.method)?.address ?? "";
    const row = Number(/(\d+)$/.exec(helper)?.[1]);
    const validation = plan.sheet.validations.find((v) => v.range === `B${row}`);
    expect(validation?.source).toEqual(choiceLabels("method", translator("en")));
    expect(validation?.source).toContain("GB/T 20984 matrix method");
  });

  it("leaves the matrices out for a method that does not use them", () => {
    const li = methodSheetPlan(defaultMethodology("li"), "en").names.map((n) => n.name);
    expect(li).not.toContain(NAMES.matrixLikelihood);
    expect(li).toEqual(expect.arrayContaining([SCALE_NAMES.likelihood, SCALE_NAMES.impact]));
  });

  it("names the acceptance criterion by value when the methodology compares values", () => {
    const byValue = { ...methodology, acceptance: { basis: "value", value: 12 } } as const;
    const sheet = methodSheetPlan(byValue, "en");
    expect(valuesOf(sheet, NAMES.acceptance)).toEqual([[12]]);
    const row = sheet.sheet.tables[0]?.rows.find((r) => r[1] === 12);
    expect(row?.[0]).toBe("Risk acceptance criterion: highest acceptable risk value");
  });
});
