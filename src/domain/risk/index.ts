/** Risk scoring: ratings → asset value, risk value, level and acceptance; and the native formulas for it. */
export { assessRisk, likelihoodOf, lossOf, multiplyStep, matrixCell } from "./riskScoring";
export { assetValue, combineCia, roundHalfUp } from "./assetValuation";
export { riskLevel, levelOf, levelDefinition, isAboveCriteria } from "./levels";
export { riskInputs, riskIntermediates, scaleKeyOf, scaleOf } from "./methodInputs";
export { checkRating, ratingProblem } from "./ratings";
export {
  nativeRiskFormulas,
  nativeAssetValueFormula,
  nativeAcceptableFormula,
  nativeLevelLabelFormula,
  type FormulaRefs,
  type RiskFormulas,
} from "./nativeFormula";
