/** The four asset valuation rules over every C, I, A combination, and their documented examples. */
import { presetById, type AssetValuationMethod, type Methodology } from "../../../src/domain/methodology";
import { assetValue } from "../../../src/domain/risk";

const base = presetById("atv") as Methodology;
const withValuation = (method: AssetValuationMethod): Methodology => ({
  ...base,
  assetValuation: { method, weights: { c: 0.4, i: 0.3, a: 0.3 } },
});

const ratings = [1, 2, 3, 4, 5];
const grid = ratings.flatMap((c) => ratings.flatMap((i) => ratings.map((a) => [c, i, a] as const)));

/** Half-up rounding done in integer tenths, so no binary fraction can tip a .5 case. */
const roundTenths = (tenths: number): number => Math.floor((tenths + 5) / 10);

const expected: Record<AssetValuationMethod, (c: number, i: number, a: number) => number> = {
  max: (c, i, a) => [c, i, a].sort((x, y) => y - x)[0] as number,
  mean: (c, i, a) => Math.round((c + i + a) / 3),
  weighted: (c, i, a) => roundTenths(4 * c + 3 * i + 3 * a),
  log2: (c, i, a) => Math.round(Math.log((2 ** c + 2 ** i + 2 ** a) / 3) / Math.LN2),
};

describe.each(Object.keys(expected) as AssetValuationMethod[])("%s", (method) => {
  it.each(grid)("C=%i I=%i A=%i", (c, i, a) => {
    expect(assetValue(withValuation(method), c, i, a)).toEqual({
      ok: true,
      value: expected[method](c, i, a),
    });
  });
});

describe("documented examples", () => {
  it.each([
    ["max", [3, 2, 1], 3],
    ["mean", [3, 2, 2], 2],
    ["weighted", [2, 4, 5], 4],
    ["log2", [3, 3, 1], 3],
    ["log2", [5, 1, 1], 4],
  ] as const)("%s of %j is %i", (method, [c, i, a], value) => {
    expect(assetValue(withValuation(method), c, i, a)).toEqual({ ok: true, value });
  });

  it("weighs by the methodology's weights", () => {
    const confidentialityOnly: Methodology = {
      ...base,
      assetValuation: { method: "weighted", weights: { c: 1, i: 0, a: 0 } },
    };
    expect(assetValue(confidentialityOnly, 5, 1, 1)).toEqual({ ok: true, value: 5 });
  });
});
