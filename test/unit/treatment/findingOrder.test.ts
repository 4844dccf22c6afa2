/** Findings come in a fixed order: register rows, then plan rows, each row's findings in rule order. */
import { validate, CLEAN_RISK, CLEAN_TREATMENT, risk, treatment } from "./scenario";

describe("the order of findings", () => {
  it("lists the register in row order, then the plan in row order, each row by rule", () => {
    const findings = validate({
      risks: [
        risk({ riskId: "R-002", ratings: { likelihood: 9 }, owner: undefined, value: 18 }),
        CLEAN_RISK,
        risk({ ratings: { likelihood: 1, impact: 1 } }),
      ],
      treatments: [
        treatment({ option: undefined, owner: undefined, dueDate: undefined, text: { option: "" } }),
        { ...CLEAN_TREATMENT, riskId: "R-002" },
        treatment({ controls: ["A.12.6.1"], dueDate: "2026-08-01" }),
      ],
    });
    expect(findings.map((f) => [f.sheet, f.cell, f.rule])).toEqual([
      ["Risk register", "E2", "risk.rating.invalid"],
      ["Risk register", "F2", "risk.rating.missing"],
      ["Risk register", "I2", "risk.owner.missing"],
      ["Risk register", "A4", "risk.id.duplicate"],
      ["Risk treatment plan", "E2", "treatment.option.missing"],
      ["Risk treatment plan", "H2", "treatment.owner.missing"],
      ["Risk treatment plan", "I2", "treatment.due.missing"],
      ["Risk treatment plan", "A4", "treatment.duplicate"],
      ["Risk treatment plan", "G4", "treatment.control.legacy"],
      ["Risk treatment plan", "I4", "treatment.due.late"],
    ]);
  });

  it("gives the same findings for the same input", () => {
    const scenario = { treatments: [treatment({ owner: undefined }), treatment({ riskId: "R-404" })] };
    expect(validate(scenario)).toEqual(validate(scenario));
  });
});
