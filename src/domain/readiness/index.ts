/**
 * Certification readiness (认证准备度): the method's 16 items of a certifiable ISMS, each judged ready,
 * incomplete or missing from the workbook's risk work, SoA and registers, with reasons that point at
 * cells, a score, and what blocks certification; and all of it in words.
 */
export * from "./types";
export {
  REQUIRED_INFORMATION,
  type RequiredInformation,
  type RequiredInformationKey,
} from "./requiredInformation";
export { assessReadiness, readinessScore, READINESS_RULES } from "./assessReadiness";
export { readinessItemTitle, readinessReasonMessage, readinessStatusLabel } from "./readinessMessages";
export { MAX_REASONS, type ReadinessRule, type RuleOutcome } from "./rules/ruleKit";
