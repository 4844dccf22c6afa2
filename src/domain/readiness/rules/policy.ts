/**
 * Item 3, 方针目标: an approved information security policy (5.2) and measurable objectives (6.2).
 */
import type { ReadinessInput } from "../types";
import { approvalGaps, isControlled, requiredInformation, rowsForClause } from "./documentApproval";
import {
  missing,
  ReasonList,
  registerReason,
  rowParams,
  rowReason,
  rowsOf,
  valueOf,
  type RuleOutcome,
} from "./ruleKit";

const POLICY = requiredInformation("policy");

/**
 * Policy and objectives: missing with neither a 5.2 policy document nor an objective; incomplete when the
 * policy is not listed or not approved, there are no objectives, or an objective has no metric or target.
 * @example policyRule({ ...input, registers: {} }) // { status: "missing", reasons: [{ code: "policy.missing", params: {} }] }
 */
export function policyRule(input: ReadinessInput): RuleOutcome {
  const documents = input.registers.documents;
  const objectives = input.registers.objectives;
  const policies = rowsForClause(rowsOf(documents), POLICY.clause, POLICY.number, (row) => row.values.docId);
  const goals = rowsOf(objectives);
  if (policies.length === 0 && goals.length === 0) {
    return missing(registerReason("policy.missing", documents ?? objectives));
  }
  const reasons = new ReasonList();
  const [first] = policies;
  if (first === undefined) {
    reasons.add(registerReason("policy.document.missing", documents, { clause: POLICY.clause }));
  } else if (!policies.some(isControlled)) {
    const params = rowParams(first, ["docId", "title"]);
    for (const gap of approvalGaps(first, "policy.document", params)) reasons.add(gap);
  }
  if (goals.length === 0) reasons.add(registerReason("policy.objectives.missing", objectives));
  for (const row of goals) {
    const params = rowParams(row, ["objectiveId", "objective"]);
    if (valueOf(row, "metric") === undefined) {
      reasons.add(rowReason("policy.objective.metric.missing", row, "metric", params));
    }
    if (valueOf(row, "target") === undefined) {
      reasons.add(rowReason("policy.objective.target.missing", row, "target", params));
    }
  }
  return reasons.outcome();
}
