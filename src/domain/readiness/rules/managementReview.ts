/**
 * Item 15, 管理评审报告: a management review held, every input (9.3.2 a–g) considered and decided on.
 */
import {
  REVIEW_INPUTS,
  type ReadinessInput,
  type ReasonParams,
  type RegisterRow,
  type ReviewInput,
} from "../types";
import { missing, ReasonList, registerReason, rowReason, rowsOf, valueOf, type RuleOutcome } from "./ruleKit";

/** An input key as the clause that names it: "a" → "9.3.2 a)", "d2" → "9.3.2 d) 2)". */
export function reviewInputClause(input: ReviewInput): string {
  const [letter, item] = [input.charAt(0), input.slice(1)];
  return item === "" ? `9.3.2 ${letter})` : `9.3.2 ${letter}) ${item})`;
}

const isReviewInput = (value: string | undefined): value is ReviewInput =>
  (REVIEW_INPUTS as readonly (string | undefined)[]).includes(value);

/** The 9.3.2 input a row is about: its input id ("a", "d1"), else its input cell when that is a key. */
function inputKey(row: RegisterRow<"review">): ReviewInput | undefined {
  const id = valueOf(row, "inputId");
  if (isReviewInput(id)) return id;
  const input = valueOf(row, "input");
  return isReviewInput(input) ? input : undefined;
}

/** What a message calls a review row: its input as written ("d) 1) 不符合和纠正措施"), else its clause or id. */
function inputParams(row: RegisterRow<"review">, key: ReviewInput | undefined): ReasonParams {
  const label = row.text["input"]?.trim() || (key ? reviewInputClause(key) : valueOf(row, "inputId"));
  return label ? { row: row.row, id: label } : { row: row.row };
}

/**
 * Management review: missing without a review register or a decision in it; incomplete while an input
 * has no decision, or (when the register names its inputs by 9.3.2's keys) an input is not on it.
 * @example managementReviewRule({ ...input, registers: {} }) // { status: "missing", reasons: [{ code: "managementReview.missing", params: {} }] }
 */
export function managementReviewRule(input: ReadinessInput): RuleOutcome {
  const register = input.registers.review;
  const rows = rowsOf(register);
  if (register === undefined || !rows.some((row) => valueOf(row, "decision") !== undefined)) {
    return missing(registerReason("managementReview.missing", register));
  }
  const reasons = new ReasonList();
  const covered = new Set<ReviewInput>();
  for (const row of rows) {
    const key = inputKey(row);
    if (key) covered.add(key);
    if (valueOf(row, "decision") === undefined) {
      reasons.add(rowReason("managementReview.decision.missing", row, "decision", inputParams(row, key)));
    }
  }
  // Only a register whose inputs read as 9.3.2's keys can say which are absent.
  if (covered.size > 0) {
    for (const key of REVIEW_INPUTS) {
      if (!covered.has(key)) {
        reasons.add(
          registerReason("managementReview.input.missing", register, { input: reviewInputClause(key) }),
        );
      }
    }
  }
  return reasons.outcome();
}
