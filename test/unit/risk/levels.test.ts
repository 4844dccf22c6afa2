/** Bands, levels and the acceptance criterion (风险接受准则). */
import { presetById, type Methodology } from "../../../src/domain/methodology";
import { assessRisk, isAboveCriteria, levelOf, riskLevel } from "../../../src/domain/risk";

const gbt = presetById("gbt-matrix") as Methodology;

describe("levelOf", () => {
  it.each([
    [0, 1],
    [1, 1],
    [6, 1],
    [7, 2],
    [12.99, 2],
    [13, 3],
    [23, 4],
    [24, 5],
    [1000, 5],
  ])("value %d is level %i under GB/T risk bands", (value, level) => {
    expect(levelOf([1, 7, 13, 19, 24], value)).toBe(level);
  });
});

describe("acceptance", () => {
  it("by level: level 2 is within criteria, level 3 is above", () => {
    expect(riskLevel(gbt, 12)).toBe(2);
    expect(isAboveCriteria(gbt, 12)).toBe(false);
    expect(isAboveCriteria(gbt, 13)).toBe(true);
    expect(isAboveCriteria(gbt, { value: 0, level: 3 })).toBe(true);
  });

  it("by value: compares the risk value, whatever its level", () => {
    const byValue: Methodology = { ...gbt, acceptance: { basis: "value", value: 14 } };
    expect(isAboveCriteria(byValue, 14)).toBe(false);
    expect(isAboveCriteria(byValue, { value: 15, level: 1 })).toBe(true);
    expect(assessRisk(byValue, { asset: 2, threat: 5, vulnerability: 3 })).toMatchObject({
      acceptable: false,
    });
  });

  it("assesses residual risk by the same method", () => {
    const inherent = assessRisk(gbt, { asset: 2, threat: 5, vulnerability: 3 });
    const residual = assessRisk(gbt, { asset: 2, threat: 2, vulnerability: 2 });
    expect(inherent).toMatchObject({ ok: true, acceptable: false });
    expect(residual).toMatchObject({ ok: true, value: 6, level: 1, acceptable: true });
  });
});
