/**
 * Which ratings each method takes and which intermediate values it shows, in register column order.
 * The register's columns, the native formulas and the ISMS.* functions all follow these lists.
 */
import type {
  IntermediateKey,
  MethodId,
  Methodology,
  RatingKey,
  Scale,
  ScaleKey,
} from "../methodology/types";

const INPUTS: { readonly [M in MethodId]: readonly RatingKey[] } = {
  li: ["likelihood", "impact"],
  atv: ["asset", "threat", "vulnerability"],
  "gbt-matrix": ["asset", "threat", "vulnerability"],
  "gbt-multiply": ["asset", "threat", "vulnerability"],
  "cia-max": ["c", "i", "a", "threat", "vulnerability"],
};

const INTERMEDIATES: { readonly [M in MethodId]: readonly IntermediateKey[] } = {
  li: [],
  atv: [],
  "gbt-matrix": ["likelihood", "likelihoodLevel", "loss", "lossLevel"],
  "gbt-multiply": ["likelihood", "likelihoodLevel", "loss", "lossLevel"],
  "cia-max": ["riskC", "riskI", "riskA"],
};

/**
 * The rating keys a method takes, in sheet order.
 * @example riskInputs("gbt-matrix") // ["asset", "threat", "vulnerability"]
 */
export function riskInputs(method: MethodId): readonly RatingKey[] {
  return INPUTS[method];
}

/**
 * Keys of the intermediate values a method shows as columns, in sheet order.
 * @example riskIntermediates("gbt-matrix") // ["likelihood", "likelihoodLevel", "loss", "lossLevel"]
 */
export function riskIntermediates(method: MethodId): readonly IntermediateKey[] {
  return INTERMEDIATES[method];
}

/** The scale a rating is given on: C, I and A use the asset scale. */
export function scaleKeyOf(input: RatingKey): ScaleKey {
  return input === "c" || input === "i" || input === "a" ? "asset" : input;
}

export function scaleOf(methodology: Methodology, input: RatingKey): Scale {
  return methodology.scales[scaleKeyOf(input)];
}
