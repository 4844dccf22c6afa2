/** The risk register's rules: ids, ratings, values typed over formulas, untreated risks, owners. */
import type { RuleCode } from "../../../src/domain/treatment";
import { REGISTER } from "./placedRows";
import {
  CLEAN_RISK,
  expectFinding,
  risk,
  treatment,
  validate,
  type Expected,
  type Scenario,
} from "./scenario";

interface Case extends Expected {
  readonly name: string;
  readonly scenario: Scenario;
  /** Every rule the scenario finds, in order; the expected rule alone when absent. */
  readonly rules?: readonly RuleCode[];
}

const cases: readonly Case[] = [
  {
    name: "flags a register row with content but no risk id",
    scenario: { risks: [CLEAN_RISK, { ratings: { likelihood: 1, impact: 1 }, text: { asset: "Printer" } }] },
    rule: "risk.id.missing",
    severity: "error",
    sheet: REGISTER,
    cell: "A3",
    params: { row: 3 },
  },
  {
    name: "flags the second row that uses a risk id, naming the first",
    scenario: { risks: [CLEAN_RISK, risk({ ratings: { likelihood: 1, impact: 1 } })] },
    rule: "risk.id.duplicate",
    severity: "error",
    sheet: REGISTER,
    cell: "A3",
    riskId: "R-001",
    params: { firstRow: 2 },
  },
  {
    name: "flags a rating typed as text (高) that is not a number",
    scenario: { risks: [risk({ ratings: { impact: 4 }, text: { likelihood: "高" } })] },
    rule: "risk.rating.invalid",
    severity: "error",
    sheet: REGISTER,
    cell: "E2",
    riskId: "R-001",
    params: { rating: "likelihood", value: "高", min: 1, max: 5 },
  },
  {
    name: "flags a rating above the top of its scale",
    scenario: { risks: [risk({ ratings: { likelihood: 5, impact: 6 } })] },
    rule: "risk.rating.invalid",
    severity: "error",
    sheet: REGISTER,
    cell: "F2",
    riskId: "R-001",
    params: { rating: "impact", value: "6", max: 5 },
  },
  {
    name: "flags a rating that is not a whole number",
    scenario: { risks: [risk({ ratings: { likelihood: 2.5, impact: 4 } })] },
    rule: "risk.rating.invalid",
    severity: "error",
    sheet: REGISTER,
    cell: "E2",
    riskId: "R-001",
    params: { value: "2.5" },
  },
  {
    name: "flags a blank rating the method needs for the risk value",
    scenario: { risks: [risk({ ratings: { likelihood: 5 } })] },
    rule: "risk.rating.missing",
    severity: "error",
    sheet: REGISTER,
    cell: "F2",
    riskId: "R-001",
    params: { rating: "impact", method: "li", min: 1, max: 5 },
  },
  {
    name: "flags a risk value typed over the formula that disagrees with the method",
    scenario: { risks: [risk({ value: 12 })] },
    rule: "risk.value.mismatch",
    severity: "warning",
    sheet: REGISTER,
    cell: "G2",
    riskId: "R-001",
    params: { field: "value", value: "12", expected: 20 },
  },
  {
    name: "flags a risk level typed over the formula that disagrees with the method",
    scenario: { risks: [risk({ value: 20, level: 3 })] },
    rule: "risk.value.mismatch",
    severity: "warning",
    sheet: REGISTER,
    cell: "H2",
    riskId: "R-001",
    params: { field: "level", value: "3", expected: 5 },
  },
  {
    name: "flags a risk above the criterion that has no treatment row",
    scenario: { treatments: [] },
    rule: "risk.untreated",
    severity: "error",
    sheet: REGISTER,
    cell: "A2",
    riskId: "R-001",
    params: { basis: "level", actual: 5, criterion: 2, value: 20, level: 5 },
  },
  {
    name: "judges an unrated risk by the value and level the register shows",
    scenario: { risks: [risk({ ratings: {}, value: 16, level: 4 })], treatments: [] },
    rule: "risk.untreated",
    severity: "error",
    sheet: REGISTER,
    cell: "A2",
    riskId: "R-001",
    params: { actual: 4, value: 16 },
  },
  {
    name: "does not count the treatment written on a foreign register as a plan row",
    scenario: { risks: [risk({ treatment: "reduce" })], treatments: [] },
    rule: "risk.untreated",
    severity: "error",
    sheet: REGISTER,
    cell: "A2",
    riskId: "R-001",
  },
  {
    name: "flags a risk above the criterion that has no risk owner",
    scenario: { risks: [risk({ owner: undefined })] },
    rule: "risk.owner.missing",
    severity: "warning",
    sheet: REGISTER,
    cell: "I2",
    riskId: "R-001",
  },
  {
    name: "reads an owner of spaces only as no owner",
    scenario: { risks: [risk({ owner: "  " })] },
    rule: "risk.owner.missing",
    severity: "warning",
    sheet: REGISTER,
    cell: "I2",
    riskId: "R-001",
  },
  {
    name: "points at the risk id cell when the register has no owner column",
    scenario: { risks: [risk({ owner: undefined, absent: ["owner"] })] },
    rule: "risk.owner.missing",
    severity: "warning",
    sheet: REGISTER,
    cell: "A2",
    riskId: "R-001",
  },
  {
    name: "points at the row's first cell when the sheet has neither the column nor a risk id column",
    scenario: {
      risks: [risk({ owner: undefined, absent: ["riskId", "asset", "threat", "owner"] })],
    },
    rule: "risk.owner.missing",
    severity: "warning",
    sheet: REGISTER,
    cell: "D2",
    riskId: "R-001",
  },
];

describe("risk register rules", () => {
  it("finds nothing in a clean register and plan", () => {
    expect(validate()).toEqual([]);
  });

  it.each(cases)("$name", ({ scenario, rules, ...expected }) => {
    const findings = validate(scenario);
    expect(findings.map((f) => f.rule)).toEqual(rules ?? [expected.rule]);
    expectFinding(findings, expected);
  });

  it("computes a blank risk value and level instead of reporting them", () => {
    expect(validate({ risks: [risk({ value: undefined, level: undefined })] })).toEqual([]);
  });

  it("accepts a value typed over the formula that agrees with the method", () => {
    expect(validate({ risks: [risk({ value: 20, level: 5 })] })).toEqual([]);
  });

  it("reports no blank ratings for a foreign row that gives only its risk value", () => {
    expect(validate({ risks: [risk({ ratings: {}, value: 20, level: 5 })] })).toEqual([]);
  });

  it("asks nothing of a risk within the criterion: no treatment row, no owner", () => {
    const low = risk({ ratings: { likelihood: 1, impact: 2 }, owner: undefined });
    expect(validate({ risks: [low], treatments: [] })).toEqual([]);
  });

  it("skips a blank row under the table", () => {
    expect(validate({ risks: [CLEAN_RISK, { ratings: {} }] })).toEqual([]);
  });

  it("matches risk ids as a person reads them (case, spaces, full-width forms)", () => {
    expect(validate({ treatments: [treatment({ riskId: " ｒ-００１ " })] })).toEqual([]);
  });
});
