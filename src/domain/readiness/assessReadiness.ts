/**
 * The readiness assessment: the method's 16 items, each judged by its rule, scored, and what blocks
 * certification.
 */
import { acceptanceRule, methodologyRule } from "./rules/methodology";
import { correctionRule, internalAuditRule } from "./rules/internalAudit";
import { assessmentRule, residualRule, treatmentRule } from "./rules/riskWork";
import { documentsRule } from "./rules/documents";
import { lawsRule } from "./rules/laws";
import { managementReviewRule } from "./rules/managementReview";
import { measurementRule } from "./rules/measurement";
import { policyRule } from "./rules/policy";
import { recordsRule } from "./rules/records";
import { rolesRule } from "./rules/roles";
import type { ReadinessRule } from "./rules/ruleKit";
import { scopeRule } from "./rules/scope";
import { soaRule } from "./rules/soa";
import {
  READINESS_ITEMS,
  type ReadinessInput,
  type ReadinessItem,
  type ReadinessItemKey,
  type ReadinessResult,
  type ReadinessStatus,
} from "./types";

/** The rule of each item. */
export const READINESS_RULES: Readonly<Record<ReadinessItemKey, ReadinessRule>> = {
  roles: rolesRule,
  scope: scopeRule,
  policy: policyRule,
  methodology: methodologyRule,
  acceptance: acceptanceRule,
  assessment: assessmentRule,
  treatment: treatmentRule,
  residual: residualRule,
  soa: soaRule,
  documents: documentsRule,
  records: recordsRule,
  internalAudit: internalAuditRule,
  correction: correctionRule,
  measurement: measurementRule,
  managementReview: managementReviewRule,
  laws: lawsRule,
};

const CREDIT: Readonly<Record<ReadinessStatus, number>> = { ready: 1, incomplete: 0.5, missing: 0 };

/**
 * The score of a set of items: ready counts 1, incomplete ½, missing 0, over the 16 items, to 3 decimals.
 * @example readinessScore([...Array(12).fill({ status: "ready" }), ...Array(4).fill({ status: "incomplete" })]) // 0.875
 */
export function readinessScore(items: readonly Pick<ReadinessItem, "status">[]): number {
  const credit = items.reduce((sum, item) => sum + CREDIT[item.status], 0);
  return Math.round((credit / READINESS_ITEMS.length) * 1000) / 1000;
}

/**
 * How ready the workbook's ISMS is for certification: each of the method's 16 items ready, incomplete
 * or missing with the reasons and the cells to fix, the score, and the items that block certification
 * (every item not ready, with its first reason). Pure and linear in the rows read.
 * @example
 * const result = assessReadiness({ today: "2026-03-10", standard: "2022", sheets: {}, risks: [],
 *   treatments: [], soa: [], registers: {} });
 * result.score // 0
 * result.blockers[0] // { id: 1, key: "roles", reason: { code: "roles.missing", params: {} } }
 */
export function assessReadiness(input: ReadinessInput): ReadinessResult {
  const items: ReadinessItem[] = READINESS_ITEMS.map((key, index) => {
    const { status, reasons } = READINESS_RULES[key](input);
    return { id: index + 1, key, status, reasons };
  });
  const blockers: ReadinessResult["blockers"][number][] = [];
  for (const { id, key, status, reasons } of items) {
    const [reason] = reasons;
    if (status !== "ready" && reason) blockers.push({ id, key, reason });
  }
  return { score: readinessScore(items), items, blockers };
}
