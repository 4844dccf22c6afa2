/** Invalid ratings never give a number: the error names the argument and the allowed range. */
import { METHOD_IDS, presetById, type Methodology } from "../../../src/domain/methodology";
import { assessRisk, assetValue, riskInputs } from "../../../src/domain/risk";

function preset(id: string): Methodology {
  const methodology = presetById(id);
  if (!methodology) throw new Error(`no preset ${id}`);
  return methodology;
}

const invalid: readonly [string, unknown, string][] = [
  ["6 on a 1–5 scale", 6, "rating.outOfRange"],
  ["0", 0, "rating.outOfRange"],
  ["a fraction", 2.5, "rating.outOfRange"],
  ["a negative number", -1, "rating.outOfRange"],
  ["text", "high", "rating.notNumber"],
  ["a number typed as text", "3", "rating.notNumber"],
  ["a boolean", true, "rating.notNumber"],
  ["NaN", Number.NaN, "rating.notNumber"],
  ["an empty string (blank cell)", "", "rating.missing"],
  ["null", null, "rating.missing"],
  ["undefined", undefined, "rating.missing"],
];

describe.each(METHOD_IDS)("%s refuses invalid ratings", (method) => {
  const methodology = preset(method);
  const inputs = riskInputs(methodology.method);
  const valid = Object.fromEntries(inputs.map((input) => [input, 3]));

  it.each(
    inputs.flatMap((input) => invalid.map(([what, value, code]) => [input, what, value, code] as const)),
  )("%s given %s", (input, _what, value, code) => {
    const result = assessRisk(methodology, { ...valid, [input]: value });
    expect(result).toEqual({ ok: false, error: { code, argument: input, min: 1, max: 5 } });
  });

  it("ignores ratings the method does not take", () => {
    const others = ["likelihood", "impact", "asset", "threat", "vulnerability", "c", "i", "a"].filter(
      (key) => !inputs.includes(key as never),
    );
    const junk = Object.fromEntries(others.map((key) => [key, "not a rating"]));
    expect(assessRisk(methodology, { ...junk, ...valid }).ok).toBe(true);
  });
});

describe("assetValue refuses invalid C, I, A", () => {
  it.each([
    ["c", [6, 1, 1]],
    ["i", [1, "x", 1]],
    ["a", [1, 1, null]],
  ] as const)("names %s", (argument, [c, i, a]) => {
    const result = assetValue(preset("atv"), c, i, a);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ argument, min: 1, max: 5 });
  });

  it("follows the asset scale's size", () => {
    const base = preset("atv");
    const three = { points: base.scales.asset.points.slice(0, 3) };
    const small: Methodology = { ...base, scales: { ...base.scales, asset: three } };
    expect(assetValue(small, 4, 1, 1)).toEqual({
      ok: false,
      error: { code: "rating.outOfRange", argument: "c", min: 1, max: 3 },
    });
  });
});
