/**
 * Items 6–8, 风险评估记录, 不可接受风险处置计划 and 残余风险的接受: the risk register and the treatment
 * plan read through the treatment validation (its findings, with their own messages and cells), each
 * item taking the rules that concern it.
 */
import { validateTreatments, type Finding, type RuleCode } from "../../treatment";
import type { ReadinessInput, ReadinessReason } from "../types";
import { missing, ReasonList, sheetReason, type RuleOutcome } from "./ruleKit";

// The three items read the same findings: validate once per input, not three times.
const findingsByInput = new WeakMap<ReadinessInput, readonly Finding[]>();

/** The treatment validation's findings on the input's risk work (none without a methodology). */
export function treatmentFindings(input: ReadinessInput): readonly Finding[] {
  const known = findingsByInput.get(input);
  if (known) return known;
  const findings = input.methodology
    ? validateTreatments({
        methodology: input.methodology.methodology,
        standard: input.standard,
        risks: input.risks,
        treatments: input.treatments,
        today: input.today,
      })
    : [];
  findingsByInput.set(input, findings);
  return findings;
}

/** A finding as a reason of `item`: its place, and its rule beside its params (its message is the finding's). */
export function findingReason(item: string, finding: Finding): ReadinessReason {
  return {
    code: `${item}.finding`,
    sheet: finding.sheet,
    cell: finding.cell,
    params: { ...finding.params, rule: finding.rule },
  };
}

/** The rules each item takes its findings from. */
const RESIDUAL_RULES: ReadonlySet<RuleCode> = new Set([
  "residual.unaccepted",
  "residual.missing",
  "treatment.accept.unapproved",
]);

const concerns: Readonly<Record<"assessment" | "treatment" | "residual", (finding: Finding) => boolean>> = {
  // Ids and ratings: the records of the assessment itself.
  assessment: ({ rule, severity }) =>
    severity === "error" && rule.startsWith("risk.") && rule !== "risk.untreated",
  // Every risk above the criterion treated, and every treatment complete enough to carry out.
  treatment: ({ rule, severity }) =>
    rule === "risk.untreated" ||
    (severity === "error" && rule.startsWith("treatment.") && !RESIDUAL_RULES.has(rule)),
  // Residual risks above the criterion accepted by management.
  residual: ({ rule }) => RESIDUAL_RULES.has(rule),
};

function riskItem(item: keyof typeof concerns, input: ReadinessInput): RuleOutcome {
  if (input.risks.length === 0) return missing(sheetReason(`${item}.missing`, input.sheets.risks));
  const reasons = new ReasonList();
  if (!input.methodology) {
    reasons.add(sheetReason("risks.unjudged", input.sheets.risks, { count: input.risks.length }));
    return reasons.outcome();
  }
  for (const finding of treatmentFindings(input)) {
    if (concerns[item](finding)) reasons.add(findingReason(item, finding));
  }
  return reasons.outcome();
}

/**
 * Risk assessment records: missing without risks; incomplete for error findings on risk ids and ratings.
 * @example assessmentRule({ ...input, risks: [] }) // { status: "missing", reasons: [{ code: "assessment.missing", sheet: "风险评估", params: {} }] }
 */
export const assessmentRule = (input: ReadinessInput): RuleOutcome => riskItem("assessment", input);

/**
 * Treatment plan: missing without risks; incomplete while a risk above the criterion is untreated or a
 * treatment has an error (no option, measures, owner, date…).
 * @example treatmentRule(inputWithUntreatedRisk) // incomplete: [{ code: "treatment.finding", params: { rule: "risk.untreated", … } }]
 */
export const treatmentRule = (input: ReadinessInput): RuleOutcome => riskItem("treatment", input);

/**
 * Residual risk acceptance: missing without risks; incomplete while a residual risk above the criterion
 * is not accepted by management, a finished treatment has no residual assessed, or an accepted risk has
 * no approval.
 * @example residualRule(inputWithUnsignedResidual) // incomplete: [{ code: "residual.finding", params: { rule: "residual.unaccepted", … } }]
 */
export const residualRule = (input: ReadinessInput): RuleOutcome => riskItem("residual", input);
