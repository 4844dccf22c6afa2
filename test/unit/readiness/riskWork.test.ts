/** Items 4–8: methodology, acceptance criteria, assessment, treatment plan, residual risk acceptance. */
import { readinessReasonMessage } from "../../../src/domain/readiness";
import { validateTreatments, findingMessage } from "../../../src/domain/treatment";
import { planRows, registerRows, PLAN, REGISTER } from "../treatment/placedRows";
import { CLEAN_RISK, CLEAN_TREATMENT, LI, risk, treatment } from "../treatment/scenario";
import { itemOf, itemCases, readyInput, type Case } from "./builders";
import type { ReadinessInput } from "../../../src/domain/readiness";
import type { PlanInput, RiskInput } from "../treatment/placedRows";

const ready = readyInput();
const { methodology: _methodology, ...withoutMethodology } = ready;

const withRisks = (
  risks: readonly RiskInput[],
  treatments: readonly PlanInput[] = [CLEAN_TREATMENT],
): ReadinessInput => ({
  ...ready,
  risks: registerRows(LI, risks),
  treatments: planRows(LI, treatments),
});
const withTreatments = (treatments: readonly PlanInput[]): ReadinessInput =>
  withRisks([CLEAN_RISK], treatments);
const noRisks = withRisks([], []);

describe("4 methodology and 5 acceptance criteria", () => {
  itemCases("methodology", [
    { name: "is ready when the workbook states its methodology", input: ready, status: "ready", reasons: [] },
    {
      name: "is missing without one",
      input: withoutMethodology,
      status: "missing",
      reasons: [{ code: "methodology.missing" }],
    },
  ]);
  itemCases("acceptance", [
    { name: "is ready with the methodology's criterion", input: ready, status: "ready", reasons: [] },
    {
      name: "is missing without a methodology",
      input: withoutMethodology,
      status: "missing",
      reasons: [{ code: "acceptance.missing" }],
    },
  ]);
});

const unjudged: Case["reasons"] = [{ code: "risks.unjudged", sheet: REGISTER }];

describe("6 risk assessment records", () => {
  itemCases("assessment", [
    {
      name: "is missing without risks",
      input: noRisks,
      status: "missing",
      reasons: [{ code: "assessment.missing", sheet: REGISTER }],
    },
    {
      name: "cannot judge risks without a methodology",
      input: withoutMethodology,
      status: "incomplete",
      reasons: unjudged,
    },
    {
      name: "flags a risk without an id",
      input: withRisks([risk({ riskId: undefined })], []),
      status: "incomplete",
      reasons: [{ code: "assessment.finding", sheet: REGISTER, cell: "A2" }],
    },
    {
      name: "flags a rating off the scale",
      input: withRisks([risk({ ratings: { likelihood: 9, impact: 4 } })]),
      status: "incomplete",
      reasons: [{ code: "assessment.finding", sheet: REGISTER, cell: "E2" }],
    },
    {
      name: "leaves an untreated risk to the treatment plan",
      input: withTreatments([]),
      status: "ready",
      reasons: [],
    },
  ]);
});

describe("7 treatment plan", () => {
  itemCases("treatment", [
    {
      name: "is missing without risks",
      input: noRisks,
      status: "missing",
      reasons: [{ code: "treatment.missing", sheet: REGISTER }],
    },
    {
      name: "cannot judge risks without a methodology",
      input: withoutMethodology,
      status: "incomplete",
      reasons: unjudged,
    },
    {
      name: "flags a risk above the criterion left untreated",
      input: withTreatments([]),
      status: "incomplete",
      reasons: [{ code: "treatment.finding", sheet: REGISTER, cell: "A2" }],
    },
    {
      name: "flags a treatment without an owner",
      input: withTreatments([treatment({ owner: undefined })]),
      status: "incomplete",
      reasons: [{ code: "treatment.finding", sheet: PLAN, cell: "H2" }],
    },
    {
      name: "is ready when no risk is above the criterion",
      input: withRisks([risk({ ratings: { likelihood: 1, impact: 1 } })], []),
      status: "ready",
      reasons: [],
    },
  ]);

  it("keeps the treatment validation's rule and words", () => {
    const [reason] = itemOf(withTreatments([]), "treatment").reasons;
    const [finding] = validateTreatments({
      methodology: LI,
      standard: "2022",
      risks: registerRows(LI, [CLEAN_RISK]),
      treatments: [],
      today: ready.today,
    });
    expect(reason?.params["rule"]).toBe("risk.untreated");
    for (const lang of ["en", "zh-CN"] as const) {
      expect(reason && finding && readinessReasonMessage(reason, lang)).toBe(
        finding && findingMessage(finding, lang),
      );
    }
  });
});

describe("8 residual risk acceptance", () => {
  const residualHigh = { residual: { likelihood: 4, impact: 4 } };
  itemCases("residual", [
    {
      name: "is missing without risks",
      input: noRisks,
      status: "missing",
      reasons: [{ code: "residual.missing", sheet: REGISTER }],
    },
    {
      name: "cannot judge risks without a methodology",
      input: withoutMethodology,
      status: "incomplete",
      reasons: unjudged,
    },
    {
      name: "flags a residual above the criterion nobody accepted",
      input: withTreatments([treatment(residualHigh)]),
      status: "incomplete",
      reasons: [{ code: "residual.finding", sheet: PLAN, cell: "O2" }],
    },
    {
      name: "is ready once management accepts that residual",
      input: withTreatments([treatment({ ...residualHigh, acceptedBy: "李娜", acceptedOn: "2026-03-05" })]),
      status: "ready",
      reasons: [],
    },
    {
      name: "flags a finished treatment with no residual assessed",
      input: withTreatments([treatment({ status: "done", residual: {} })]),
      status: "incomplete",
      reasons: [{ code: "residual.finding", sheet: PLAN, cell: "K2" }],
    },
    {
      name: "flags a risk accepted without management approval",
      input: withTreatments([
        treatment({ option: "accept", measures: undefined, controls: undefined, residual: {} }),
      ]),
      status: "incomplete",
      reasons: [{ code: "residual.finding", sheet: PLAN, cell: "O2" }],
    },
  ]);

  it("says which treatment rule it wraps", () => {
    const rules = itemOf(withTreatments([treatment(residualHigh)]), "residual").reasons.map(
      (r) => r.params["rule"],
    );
    expect(rules).toEqual(["residual.unaccepted"]);
  });
});
