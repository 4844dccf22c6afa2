/**
 * Gap analysis (差距分析): the requirements rated (clauses 4–10 and Annex A), the rating scales, reading a
 * rating cell, and the weighted roll-ups and prioritised gaps computed from the ratings.
 */
export type {
  GapEntry,
  GapItem,
  GapOptions,
  GapRating,
  GapRequirement,
  GapRequirementKind,
  GapScale,
  GapScaleId,
  GapScalePoint,
  GapScaleProblem,
  GapScores,
  GroupScore,
} from "./types";
export {
  GAP_SCALES,
  checkCustomScale,
  customScale,
  type CheckedGapScale,
  type CustomScaleOptions,
} from "./gapScales";
export { parseGapRating, type ParsedGapRating } from "./gapRating";
export { gapRequirements } from "./gapRequirements";
export { scoreGap } from "./gapScoring";
