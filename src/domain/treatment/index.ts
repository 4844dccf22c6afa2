/**
 * Treatment-plan validation: the risk register and the risk treatment plan checked against the
 * workbook's methodology, as findings with stable rule codes, severities and the cell to fix, and
 * their messages in both languages.
 */
export * from "./types";
export { validateTreatments } from "./validateTreatments";
export { findingCounts, findingMessage, ruleTitle, severityLabel } from "./findingMessages";
export { ratingColumnKey, residualRatingColumnKey } from "./ratingCells";
export { riskKey } from "./riskKey";
export { saysNothing } from "./treatmentRules";
