/**
 * The methodology sheet's edits are the ones used: bands, a value-basis criterion, the deadline, scales,
 * and every method's own rating columns.
 */
import { defaultMethodology, type Methodology } from "../../../src/domain/methodology";
import { assessRisk } from "../../../src/domain/risk";
import { findingMessage } from "../../../src/domain/treatment";
import { PLAN, REGISTER } from "./placedRows";
import { expectFinding, LI, risk, treatment, validate } from "./scenario";

const withBands: Methodology = { ...LI, bands: [1, 2, 3, 4, 5] };
const valueCriterion: Methodology = { ...LI, acceptance: { basis: "value", value: 20 } };
const thirtyDays: Methodology = { ...LI, treatmentDeadlineDays: 30 };
const threePointImpact: Methodology = {
  ...LI,
  scales: { ...LI.scales, impact: { points: LI.scales.impact.points.slice(0, 3) } },
};

describe("the methodology as edited on its sheet", () => {
  it("uses edited bands: a risk of 3 becomes level 3 and needs treatment", () => {
    const findings = validate({
      methodology: withBands,
      risks: [risk({ ratings: { likelihood: 1, impact: 3 } })],
      treatments: [],
    });
    expectFinding(findings, {
      rule: "risk.untreated",
      severity: "error",
      sheet: REGISTER,
      cell: "A2",
      riskId: "R-001",
      params: { basis: "level", actual: 3, criterion: 2 },
    });
  });

  it("uses a value-basis criterion: 20 is acceptable when the criterion is a value of 20", () => {
    expect(validate({ methodology: valueCriterion, treatments: [] })).toEqual([]);
  });

  it("reports a value-basis criterion in risk values, in both languages", () => {
    const findings = validate({
      methodology: valueCriterion,
      risks: [risk({ ratings: { likelihood: 5, impact: 5 } })],
      treatments: [],
    });
    const found = expectFinding(findings, {
      rule: "risk.untreated",
      severity: "error",
      sheet: REGISTER,
      cell: "A2",
      riskId: "R-001",
      params: { basis: "value", actual: 25, criterion: 20 },
    });
    expect(findingMessage(found, "en")).toContain("Risk value 25, acceptable up to 20");
    expect(findingMessage(found, "zh-CN")).toContain("风险值 25，可接受上限为 20");
  });

  it("uses an edited deadline of 30 days", () => {
    const findings = validate({ methodology: thirtyDays });
    expectFinding(findings, {
      rule: "treatment.due.late",
      severity: "warning",
      sheet: PLAN,
      cell: "I2",
      riskId: "R-001",
      params: { days: 44, limit: 30, latest: "2026-04-01" },
    });
  });

  it("uses an edited scale: 4 is off a three-point impact scale", () => {
    const findings = validate({
      methodology: threePointImpact,
      risks: [risk({ ratings: { likelihood: 5, impact: 4 } })],
    });
    expectFinding(findings, {
      rule: "risk.rating.invalid",
      severity: "error",
      sheet: REGISTER,
      cell: "F2",
      riskId: "R-001",
      params: { value: "4", max: 3 },
    });
  });

  it("checks the ratings of the workbook's method in their own columns (atv: asset, threat, vulnerability)", () => {
    const atv = defaultMethodology("atv");
    const findings = validate({
      methodology: atv,
      risks: [risk({ ratings: { asset: 5, threat: 4 } })],
      treatments: [treatment({ residual: { asset: 5, threat: 1, vulnerability: 1 } })],
    });
    expectFinding(findings, {
      rule: "risk.rating.missing",
      severity: "error",
      sheet: REGISTER,
      cell: "G2",
      riskId: "R-001",
      params: { rating: "vulnerability", method: "atv" },
    });
  });

  it("checks the residual ratings of the method (cia-max: C, I, A, threat, vulnerability)", () => {
    const ciaMax = defaultMethodology("cia-max");
    const ratings = { c: 5, i: 4, a: 3, threat: 4, vulnerability: 4 };
    const findings = validate({
      methodology: ciaMax,
      risks: [risk({ ratings })],
      treatments: [treatment({ residual: { ...ratings, a: 7, threat: 1, vulnerability: 1 } })],
    });
    expectFinding(findings, {
      rule: "residual.rating.invalid",
      severity: "warning",
      sheet: PLAN,
      cell: "M2",
      riskId: "R-001",
      params: { rating: "a", value: "7" },
    });
  });

  it("takes a GB/T multiplication value typed to two decimals as equal to the method's", () => {
    const multiply = defaultMethodology("gbt-multiply");
    const ratings = { asset: 5, threat: 3, vulnerability: 4 };
    const assessed = assessRisk(multiply, ratings);
    if (!assessed.ok) throw new Error("the ratings are on their scales");
    const typed = risk({ ratings, value: Number(assessed.value.toFixed(2)), level: assessed.level });
    const residual = { asset: 5, threat: 1, vulnerability: 1 };
    expect(
      validate({ methodology: multiply, risks: [typed], treatments: [treatment({ residual })] }),
    ).toEqual([]);
  });
});
