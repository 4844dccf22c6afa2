/**
 * The treatment plan's rules: the risk each row treats, the option (4 选 1), specific measures, Annex A
 * controls, owner and planned completion date, and management approval of an accepted risk.
 */
import type { RuleCode } from "../../../src/domain/treatment";
import { PLAN } from "./placedRows";
import {
  CLEAN_TREATMENT,
  expectFinding,
  LI,
  risk,
  treatment,
  validate,
  type Expected,
  type Scenario,
} from "./scenario";

interface Case extends Expected {
  readonly name: string;
  readonly scenario: Scenario;
  readonly rules?: readonly RuleCode[];
}

const base = { sheet: PLAN, riskId: "R-001" } as const;
const approved = { acceptedBy: "Wang Qiang", acceptedOn: "2026-03-16" } as const;

const cases: readonly Case[] = [
  {
    name: "flags a treatment of a risk id that is not on the register",
    scenario: { treatments: [CLEAN_TREATMENT, treatment({ riskId: "R-099" })] },
    rule: "treatment.risk.unknown",
    severity: "error",
    sheet: PLAN,
    cell: "A3",
    riskId: "R-099",
  },
  {
    name: "flags a plan row that names no risk",
    scenario: { treatments: [CLEAN_TREATMENT, treatment({ riskId: undefined })] },
    rule: "treatment.risk.missing",
    severity: "error",
    sheet: PLAN,
    cell: "A3",
    params: { row: 3 },
  },
  {
    name: "flags a second plan row for the same risk, naming the first",
    scenario: { treatments: [CLEAN_TREATMENT, CLEAN_TREATMENT] },
    rule: "treatment.duplicate",
    severity: "warning",
    ...base,
    cell: "A3",
    params: { firstRow: 2 },
  },
  {
    name: "flags a treatment with no option chosen",
    scenario: { treatments: [treatment({ option: undefined, text: { option: "" } })] },
    rule: "treatment.option.missing",
    severity: "error",
    ...base,
    cell: "E2",
  },
  {
    name: "flags an option cell that names none of the four options",
    scenario: { treatments: [treatment({ option: undefined, text: { option: "看情况" } })] },
    rule: "treatment.option.invalid",
    severity: "error",
    ...base,
    cell: "E2",
    params: { value: "看情况" },
  },
  {
    name: "flags a reduce treatment with no measures",
    scenario: { treatments: [treatment({ measures: undefined })] },
    rule: "treatment.measure.missing",
    severity: "error",
    ...base,
    cell: "F2",
    params: { option: "Reduce" },
  },
  {
    name: "reads a placeholder (待定) as no measures",
    scenario: { treatments: [treatment({ measures: "待定", text: { option: "降低" } })] },
    rule: "treatment.measure.missing",
    severity: "error",
    ...base,
    cell: "F2",
    params: { option: "降低" },
  },
  {
    name: "reads the option's name written again as no measures",
    scenario: { treatments: [treatment({ measures: "降低风险。" })] },
    rule: "treatment.measure.missing",
    severity: "error",
    ...base,
    cell: "F2",
  },
  {
    name: "flags an avoid treatment with no measures",
    scenario: {
      treatments: [
        treatment({ option: "avoid", controls: undefined, measures: "", text: { option: "规避" } }),
      ],
    },
    rule: "treatment.measure.missing",
    severity: "error",
    ...base,
    cell: "F2",
    params: { option: "规避" },
  },
  {
    name: "flags a reduce treatment that names no Annex A control",
    scenario: { treatments: [treatment({ controls: undefined })] },
    rule: "treatment.control.missing",
    severity: "warning",
    ...base,
    cell: "G2",
  },
  {
    name: "flags a token that names no control",
    scenario: { treatments: [treatment({ controls: ["8.8", "X.1"] })] },
    rule: "treatment.control.unknown",
    severity: "error",
    ...base,
    cell: "G2",
    params: { value: "X.1", standard: "2022" },
  },
  {
    name: "flags an id shaped like a 2022 control that does not exist",
    scenario: { treatments: [treatment({ controls: ["5.99"] })] },
    rule: "treatment.control.unknown",
    severity: "error",
    ...base,
    cell: "G2",
    params: { value: "5.99" },
  },
  {
    name: "flags a 2013 id in a 2022 workbook and offers the mapped 2022 id",
    scenario: { treatments: [treatment({ controls: ["A.9.2.3"] })] },
    rule: "treatment.control.legacy",
    severity: "warning",
    ...base,
    cell: "G2",
    params: { value: "A.9.2.3", ids: "8.2" },
  },
  {
    name: "offers both 2022 ids of a 2013 control that split in two",
    scenario: { treatments: [treatment({ controls: ["A.5.15; A.18.2.3"] })] },
    rule: "treatment.control.legacy",
    severity: "warning",
    ...base,
    cell: "G2",
    params: { value: "A.18.2.3", ids: "5.36, 8.8" },
  },
  {
    name: "flags a 2022 id in a 2013 workbook as unknown",
    scenario: {
      methodology: { ...LI, standard: "2013" },
      treatments: [treatment({ controls: ["A.12.6.1", "5.23"] })],
    },
    rule: "treatment.control.unknown",
    severity: "error",
    ...base,
    cell: "G2",
    params: { value: "5.23", standard: "2013" },
  },
  {
    name: "flags a treatment with no owner",
    scenario: { treatments: [treatment({ owner: undefined })] },
    rule: "treatment.owner.missing",
    severity: "error",
    ...base,
    cell: "H2",
  },
  {
    name: "flags a treatment with no planned completion date",
    scenario: { treatments: [treatment({ dueDate: undefined })] },
    rule: "treatment.due.missing",
    severity: "error",
    ...base,
    cell: "I2",
    params: { limit: 90, latest: "2026-05-31" },
  },
  {
    name: "flags a planned completion written as words (下周)",
    scenario: { treatments: [treatment({ dueDate: undefined, text: { dueDate: "下周" } })] },
    rule: "treatment.due.invalid",
    severity: "error",
    ...base,
    cell: "I2",
    params: { value: "下周" },
  },
  {
    name: "flags a planned completion of TBD",
    scenario: { treatments: [treatment({ dueDate: undefined, text: { dueDate: "TBD" } })] },
    rule: "treatment.due.invalid",
    severity: "error",
    ...base,
    cell: "I2",
    params: { value: "TBD" },
  },
  {
    name: "flags a date that is not on the calendar",
    scenario: { treatments: [treatment({ dueDate: "2026-02-30" })] },
    rule: "treatment.due.invalid",
    severity: "error",
    ...base,
    cell: "I2",
    params: { value: "2026-02-30" },
  },
  {
    name: "flags a planned completion beyond 90 days of the assessment (完成时间最好不超过3个月)",
    scenario: { treatments: [treatment({ dueDate: "2026-07-30" })] },
    rule: "treatment.due.late",
    severity: "warning",
    ...base,
    cell: "I2",
    params: { dueDate: "2026-07-30", days: 150, limit: 90, assessedOn: "2026-03-02", latest: "2026-05-31" },
  },
  {
    name: "counts the deadline from the input's assessment date when the risk has none",
    scenario: {
      risks: [risk({ assessedOn: undefined })],
      treatments: [treatment({ dueDate: "2026-05-15" })],
      assessedOn: "2026-01-01",
    },
    rule: "treatment.due.late",
    severity: "warning",
    ...base,
    cell: "I2",
    params: { days: 134, assessedOn: "2026-01-01", latest: "2026-04-01" },
  },
  {
    name: "flags an open treatment whose planned completion has passed",
    scenario: { treatments: [treatment({ dueDate: "2026-04-15" })], today: "2026-05-01" },
    rule: "treatment.due.overdue",
    severity: "warning",
    ...base,
    cell: "I2",
    params: { dueDate: "2026-04-15", today: "2026-05-01", days: 16 },
  },
  {
    name: "flags an accepted risk above the criterion with no approver",
    scenario: {
      treatments: [
        treatment({ option: "accept", controls: undefined, residual: { likelihood: 5, impact: 4 } }),
      ],
    },
    rule: "treatment.accept.unapproved",
    severity: "error",
    ...base,
    cell: "O2",
    params: { basis: "level", actual: 5, criterion: 2 },
  },
  {
    name: "points at the acceptance date when only the approver is written",
    scenario: {
      treatments: [
        treatment({ option: "accept", residual: { likelihood: 5, impact: 4 }, acceptedBy: "Wang Qiang" }),
      ],
    },
    rule: "treatment.accept.unapproved",
    severity: "error",
    ...base,
    cell: "P2",
  },
];

describe("treatment plan rules", () => {
  it.each(cases)("$name", ({ scenario, rules, ...expected }) => {
    const findings = validate(scenario);
    expect(findings.map((f) => f.rule)).toEqual(rules ?? [expected.rule]);
    expectFinding(findings, expected);
  });

  it("asks no measures and no date of an accepted, approved risk", () => {
    const accepted = treatment({
      option: "accept",
      measures: undefined,
      controls: undefined,
      dueDate: undefined,
      residual: { likelihood: 5, impact: 4 },
      ...approved,
    });
    expect(validate({ treatments: [accepted] })).toEqual([]);
  });

  it("asks no approval to accept a risk within the criterion", () => {
    const low = risk({ ratings: { likelihood: 1, impact: 2 } });
    const accepted = treatment({
      option: "accept",
      controls: undefined,
      residual: { likelihood: 1, impact: 2 },
    });
    expect(validate({ risks: [low], treatments: [accepted] })).toEqual([]);
  });

  it("asks no Annex A control of a transfer", () => {
    const transfer = treatment({ option: "transfer", controls: undefined, measures: "Cyber insurance" });
    expect(validate({ treatments: [transfer] })).toEqual([]);
  });

  it("accepts a planned completion exactly on the deadline", () => {
    expect(validate({ treatments: [treatment({ dueDate: "2026-05-31" })] })).toEqual([]);
  });

  it("does not call a done treatment overdue", () => {
    const done = treatment({ dueDate: "2026-04-15", status: "done" });
    expect(validate({ treatments: [done], today: "2026-05-01" })).toEqual([]);
  });

  it("reads control ids in every common spelling, several to a cell", () => {
    const spelled = treatment({ controls: ["A.8.8", "A8.9", "5.15、5.16", "控制项8.13"] });
    expect(validate({ treatments: [spelled] })).toEqual([]);
  });

  it("skips a blank plan row", () => {
    expect(validate({ treatments: [CLEAN_TREATMENT, { residual: {} }] })).toEqual([]);
  });
});
