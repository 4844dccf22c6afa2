/**
 * Every method over its whole input grid, checked against a straightforward computation written here
 * (and, for GB/T 20984, against the reference matrices with their cell levels).
 */
import { presetById, type MethodId, type Methodology, type Ratings } from "../../../src/domain/methodology";
import { assessRisk } from "../../../src/domain/risk";
import { gbtCell, gbtReference } from "./gbtReference";

const ONE_TO_FIVE = [1, 2, 3, 4, 5];

function preset(id: MethodId): Methodology {
  const methodology = presetById(id);
  if (!methodology) throw new Error(`no preset ${id}`);
  return methodology;
}

/** Level from "upper bound of each level" tables as a consultant writes them down. */
function levelByUpperBounds(value: number, upper: readonly number[]): number {
  const index = upper.findIndex((bound) => value <= bound);
  return index === -1 ? upper.length + 1 : index + 1;
}

function grid(dimensions: number): number[][] {
  let combos: number[][] = [[]];
  for (let d = 0; d < dimensions; d++) combos = combos.flatMap((c) => ONE_TO_FIVE.map((x) => [...c, x]));
  return combos;
}

function expectOk(result: ReturnType<typeof assessRisk>) {
  if (!result.ok) throw new Error(`unexpected error ${JSON.stringify(result.error)}`);
  return result;
}

describe("li: likelihood × impact", () => {
  it.each(grid(2))("L=%i I=%i", (likelihood, impact) => {
    const result = expectOk(assessRisk(preset("li"), { likelihood, impact }));
    const value = likelihood * impact;
    expect(result.value).toBe(value);
    expect(result.level).toBe(levelByUpperBounds(value, [3, 7, 14, 19]));
    expect(result.acceptable).toBe(value <= 7);
    expect(result.intermediate).toEqual({});
  });
});

describe("atv: asset × threat × vulnerability", () => {
  it.each(grid(3))("A=%i T=%i V=%i", (asset, threat, vulnerability) => {
    const result = expectOk(assessRisk(preset("atv"), { asset, threat, vulnerability }));
    const value = asset * threat * vulnerability;
    expect(result.value).toBe(value);
    expect(result.level).toBe(levelByUpperBounds(value, [8, 24, 49, 79]));
    expect(result.acceptable).toBe(value <= 24);
  });
});

describe("gbt-matrix: GB/T 20984-2007 Appendix A matrices", () => {
  it.each(grid(3))("A=%i T=%i V=%i", (asset, threat, vulnerability) => {
    const a = asset;
    const t = threat;
    const v = vulnerability;
    const likelihood = gbtCell(gbtReference.likelihood, t, v);
    const loss = gbtCell(gbtReference.loss, a, v);
    const risk = gbtCell(gbtReference.risk, likelihood.level, loss.level);
    const result = expectOk(assessRisk(preset("gbt-matrix"), { asset: a, threat: t, vulnerability: v }));
    expect(result.intermediate).toEqual({
      likelihood: likelihood.value,
      likelihoodLevel: likelihood.level,
      loss: loss.value,
      lossLevel: loss.level,
    });
    expect(result.value).toBe(risk.value);
    expect(result.level).toBe(risk.level);
  });

  it("reproduces the standard's worked case T=5, V=3, A=2", () => {
    const result = expectOk(assessRisk(preset("gbt-matrix"), { asset: 2, threat: 5, vulnerability: 3 }));
    expect(result.intermediate).toEqual({ likelihood: 17, likelihoodLevel: 4, loss: 9, lossLevel: 2 });
    expect(result).toMatchObject({ value: 15, level: 3, acceptable: false });
    expect(preset("gbt-matrix").levels[result.level - 1]?.label["zh-CN"]).toBe("中等");
  });

  it("uses edited matrices: every cell is a parameter", () => {
    const base = preset("gbt-matrix");
    const likelihood = base.matrices.likelihood.map((row) => row.map(() => 25));
    const edited = { ...base, matrices: { ...base.matrices, likelihood } };
    const result = expectOk(assessRisk(edited, { asset: 2, threat: 1, vulnerability: 1 }));
    expect(result.intermediate.likelihoodLevel).toBe(5);
    expect(result.value).toBe(gbtCell(gbtReference.risk, 5, 1).value);
  });
});

describe("gbt-multiply: z = √(x·y) at each step", () => {
  /** Two decimals by string formatting: an independent way of truncating. */
  const truncated = (x: number): number => {
    const [whole, fraction = ""] = x.toFixed(12).split(".");
    return Number(`${whole}.${fraction.slice(0, 2)}`);
  };
  const fifthsLevel = (x: number): number => levelByUpperBounds(x, [1.79, 2.59, 3.39, 4.19]);

  it.each(grid(3))("A=%i T=%i V=%i", (asset, threat, vulnerability) => {
    const [a, t, v] = [asset, threat, vulnerability];
    const likelihood = truncated(Math.sqrt(t * v));
    const loss = truncated(Math.sqrt(a * v));
    // √(L·F) where L·F is a perfect square must give the root itself (e.g. 2.44 × 2.44).
    const product = Math.round(likelihood * loss * 1e4) / 1e4;
    const value = truncated(Math.sqrt(product) + 1e-12);
    const result = expectOk(assessRisk(preset("gbt-multiply"), { asset: a, threat: t, vulnerability: v }));
    expect(result.intermediate).toEqual({
      likelihood,
      likelihoodLevel: fifthsLevel(likelihood),
      loss,
      lossLevel: fifthsLevel(loss),
    });
    expect(result.value).toBeCloseTo(value, 10);
    expect(result.level).toBe(fifthsLevel(value));
  });

  it("truncates the worked case: √(5×3) = 3.87, √(2×3) = 2.44, √(3.87×2.44) = 3.07", () => {
    const result = expectOk(assessRisk(preset("gbt-multiply"), { asset: 2, threat: 5, vulnerability: 3 }));
    expect(result.intermediate.likelihood).toBe(3.87);
    expect(result.intermediate.loss).toBe(2.44);
    expect(result.value).toBe(3.07);
  });

  it("rounds instead when the methodology says so: √(2×3) = 2.45", () => {
    const rounded: Methodology = { ...preset("gbt-multiply"), rounding: "round" };
    const result = expectOk(assessRisk(rounded, { asset: 2, threat: 5, vulnerability: 3 }));
    expect(result.intermediate.loss).toBe(2.45);
    expect(result.intermediate.likelihood).toBe(3.87);
  });
});

describe("cia-max: highest of C, I, A × threat × vulnerability", () => {
  it.each(grid(5))("C=%i I=%i A=%i T=%i V=%i", (c, i, a, threat, vulnerability) => {
    const ratings: Ratings = { c, i, a, threat, vulnerability };
    const result = expectOk(assessRisk(preset("cia-max"), ratings));
    const perCriterion = [c, i, a].map((x) => x * threat * vulnerability);
    expect(result.intermediate).toEqual({
      riskC: perCriterion[0],
      riskI: perCriterion[1],
      riskA: perCriterion[2],
    });
    expect(result.value).toBe(Math.max(...perCriterion));
    expect(result.level).toBe(levelByUpperBounds(result.value, [8, 24, 49, 79]));
  });
});
