/**
 * What the sheet schemas need from the chosen risk method: its rating inputs, its intermediate values
 * and the native formulas that compute them. Kept as one small interface so the schemas do not depend
 * on how a methodology is stored.
 */
import type { Methodology } from "../../domain/methodology";
import {
  nativeAcceptableFormula,
  nativeAssetValueFormula,
  nativeRiskFormulas,
  riskInputs,
  riskIntermediates,
} from "../../domain/risk";
import { nativeLevelLabelFormula } from "../../domain/risk/nativeFormula";
import type { RowRefs } from "./columnSchema";

export interface MethodBinding {
  /** Method id (`li`, `atv`, `gbt-matrix`, `gbt-multiply`, `cia-max`). */
  readonly id: string;
  /** Rating keys the method takes, e.g. ["likelihood", "impact"]. */
  readonly inputs: readonly string[];
  /** Intermediate values it shows, e.g. ["likelihood", "likelihoodLevel", "loss", "lossLevel"]. */
  readonly intermediates: readonly string[];
  /** Formulas (with "=") of the intermediates, "value" and "level", from the refs of inputs and outputs. */
  riskFormulas(refs: RowRefs): Readonly<Record<string, string>>;
  /** Formula (with "=") of an asset's value from its C, I, A cells. */
  assetValueFormula(cRef: string, iRef: string, aRef: string): string;
  /** Formula (with "=") saying whether a level is within the acceptance criterion. */
  acceptableFormula(levelRef: string, valueRef: string, yesText: string, noText: string): string;
  /** Formula (with "=") of a level's name (很低 … 很高) from its level cell. */
  levelNameFormula(levelRef: string): string;
}

/**
 * The binding of a methodology: inputs and intermediates from the risk engine, formulas from its
 * native-formula builder.
 * @example bindMethod(defaultMethodology("li")).inputs // ["likelihood", "impact"]
 */
export function bindMethod(methodology: Methodology): MethodBinding {
  return {
    id: methodology.method,
    inputs: riskInputs(methodology.method),
    intermediates: riskIntermediates(methodology.method),
    riskFormulas: (refs) => nativeRiskFormulas(methodology, refs),
    assetValueFormula: (c, i, a) => nativeAssetValueFormula(methodology, c, i, a),
    acceptableFormula: (level, value, yes, no) => nativeAcceptableFormula(methodology, level, yes, no, value),
    levelNameFormula: (level) => nativeLevelLabelFormula(level),
  };
}
