/**
 * The residual risk (残余风险): rated on the scales, assessed once the treatment is done, not above the
 * risk before treatment, and formally accepted by management when it stays above the criterion.
 */
import type { RuleCode } from "../../../src/domain/treatment";
import { PLAN } from "./placedRows";
import { expectFinding, treatment, validate, type Expected, type Scenario } from "./scenario";

interface Case extends Expected {
  readonly name: string;
  readonly scenario: Scenario;
  readonly rules?: readonly RuleCode[];
}

const base = { sheet: PLAN, riskId: "R-001" } as const;
const approved = { acceptedBy: "Wang Qiang", acceptedOn: "2026-03-16" } as const;

const cases: readonly Case[] = [
  {
    name: "flags a residual rating off the scale",
    scenario: { treatments: [treatment({ residual: { likelihood: 9, impact: 2 } })] },
    rule: "residual.rating.invalid",
    severity: "warning",
    ...base,
    cell: "K2",
    params: { rating: "likelihood", value: "9", min: 1, max: 5 },
  },
  {
    name: "flags a residual rating typed as text",
    scenario: { treatments: [treatment({ residual: { likelihood: 1 }, text: { residualImpact: "低" } })] },
    rule: "residual.rating.invalid",
    severity: "warning",
    ...base,
    cell: "L2",
    params: { rating: "impact", value: "低" },
  },
  {
    name: "flags a blank residual rating when the others are given",
    scenario: { treatments: [treatment({ residual: { likelihood: 1 } })] },
    rule: "residual.rating.missing",
    severity: "warning",
    ...base,
    cell: "L2",
    params: { rating: "impact", min: 1, max: 5 },
  },
  {
    name: "flags a done treatment whose residual risk is not assessed",
    scenario: { treatments: [treatment({ status: "done", residual: {} })] },
    rule: "residual.missing",
    severity: "warning",
    ...base,
    cell: "K2",
    params: { status: "done" },
  },
  {
    name: "flags a verified treatment whose residual risk is not assessed",
    scenario: { treatments: [treatment({ status: "verified", residual: {} })] },
    rule: "residual.missing",
    severity: "warning",
    ...base,
    cell: "K2",
  },
  {
    name: "flags a residual risk above the risk before treatment",
    scenario: { treatments: [treatment({ residual: { likelihood: 5, impact: 5 }, ...approved })] },
    rule: "residual.higher",
    severity: "warning",
    ...base,
    cell: "K2",
    params: { field: "value", residual: 25, inherent: 20 },
  },
  {
    name: "flags a residual risk above the criterion that nobody accepted",
    scenario: { treatments: [treatment({ residual: { likelihood: 4, impact: 4 } })] },
    rule: "residual.unaccepted",
    severity: "error",
    ...base,
    cell: "O2",
    params: { basis: "level", actual: 4, criterion: 2, value: 16 },
  },
  {
    name: "points at the acceptance date when only the approver signed",
    scenario: {
      treatments: [treatment({ residual: { likelihood: 4, impact: 4 }, acceptedBy: "Wang Qiang" })],
    },
    rule: "residual.unaccepted",
    severity: "error",
    ...base,
    cell: "P2",
  },
  {
    name: "judges a residual risk typed as a value without ratings",
    scenario: { treatments: [treatment({ residual: {}, residualValue: 16 })] },
    rule: "residual.unaccepted",
    severity: "error",
    ...base,
    cell: "O2",
    params: { value: 16, level: 4 },
  },
  {
    name: "compares a residual typed as a value and points at that value",
    scenario: { treatments: [treatment({ residual: {}, residualValue: 25, ...approved })] },
    rule: "residual.higher",
    severity: "warning",
    ...base,
    cell: "M2",
    params: { residual: 25, inherent: 20 },
  },
];

describe("residual risk rules", () => {
  it.each(cases)("$name", ({ scenario, rules, ...expected }) => {
    const findings = validate(scenario);
    expect(findings.map((f) => f.rule)).toEqual(rules ?? [expected.rule]);
    expectFinding(findings, expected);
  });

  it("asks no residual risk of a treatment still in progress", () => {
    expect(validate({ treatments: [treatment({ residual: {} })] })).toEqual([]);
  });

  it("accepts a residual risk above the criterion that management signed off", () => {
    const signed = treatment({ residual: { likelihood: 4, impact: 4 }, ...approved });
    expect(validate({ treatments: [signed] })).toEqual([]);
  });

  it("reports a missing signature once on an accepted risk, as the acceptance's", () => {
    const accepted = treatment({ option: "accept", residual: { likelihood: 5, impact: 4 } });
    expect(validate({ treatments: [accepted] }).map((f) => f.rule)).toEqual(["treatment.accept.unapproved"]);
  });

  it("still judges the residual risk of a treatment whose risk is not on the register", () => {
    const stray = treatment({ riskId: "R-099", residual: { likelihood: 4, impact: 4 } });
    expect(validate({ treatments: [treatment({}), stray] }).map((f) => f.rule)).toEqual([
      "treatment.risk.unknown",
      "residual.unaccepted",
    ]);
  });
});
