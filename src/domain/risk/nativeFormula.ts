/**
 * Native formulas for the register: the same results as the engine, using only functions that exist in
 * Excel 2016, LibreOffice and WPS (INDEX, MATCH, SQRT, TRUNC, ROUND, LOG, MAX, IF, AND, ISNUMBER, NA),
 * so a workbook keeps computing without the add-in. Every parameter is read through a workbook name
 * (`NAMES`, `SCALE_NAMES`) defined on the methodology sheet, so editing the sheet recalculates the rows.
 *
 * Row rules, the same for every method: any of the method's ratings blank (a row not filled in yet, or half
 * filled) → "" in every output; a rating not on its scale (6 on 1–5, text) → #N/A, never a number.
 */
import { NAMES, SCALE_NAMES } from "../methodology/namedRanges";
import type { Methodology, OutputKey, RatingKey } from "../methodology/types";
import { riskInputs, riskIntermediates, scaleKeyOf } from "./methodInputs";

/** Same-row relative A1 references ("F2") for each input the method takes and each output column. */
export type FormulaRefs = { readonly [K in RatingKey | OutputKey]?: string };

/** Formulas (with leading "=") for each output the method computes. */
export type RiskFormulas = { readonly [K in OutputKey]?: string };

function refOf(refs: FormulaRefs, key: RatingKey | OutputKey): string {
  const ref = refs[key];
  if (!ref) throw new Error(`nativeRiskFormulas needs a cell reference for "${key}"`);
  return ref;
}

/**
 * "" while any rating is blank (a row being filled in), the expression when every rating is on its scale,
 * #N/A when a rating is off its scale (the validation list refuses those anyway).
 */
function guarded(inputs: readonly { ref: string; input: RatingKey }[], expression: string): string {
  const blank = inputs.map(({ ref }) => `${ref}=""`).join(",");
  const valid = inputs
    .map(({ ref, input }) => `ISNUMBER(MATCH(${ref},${SCALE_NAMES[scaleKeyOf(input)]},0))`)
    .join(",");
  return `IF(OR(${blank}),"",IF(AND(${valid}),${expression},NA()))`;
}

/** Value → level; values below the first band are level 1, as in the engine. */
function levelFormula(valueRef: string, bandsName: string): string {
  return `IF(${valueRef}="","",MATCH(MAX(${valueRef},INDEX(${bandsName},1)),${bandsName},1))`;
}

/** √(product) cut to two decimals by ISMS_Rounding, dropping binary noise first (see multiplyStep). */
function multiplyStepFormula(product: string): string {
  const root = `ROUND(SQRT(${product}),9)`;
  return `IF(${NAMES.rounding}="round",ROUND(${root},2),TRUNC(${root},2))`;
}

function methodExpressions(
  methodology: Methodology,
  r: (key: RatingKey | OutputKey) => string,
  guard: (expression: string) => string,
): { [K in OutputKey]?: string } {
  switch (methodology.method) {
    case "li":
      return { value: guard(`${r("likelihood")}*${r("impact")}`) };
    case "atv":
      return { value: guard(`${r("asset")}*${r("threat")}*${r("vulnerability")}`) };
    case "gbt-matrix":
      return {
        likelihood: guard(`INDEX(${NAMES.matrixLikelihood},${r("threat")},${r("vulnerability")})`),
        loss: guard(`INDEX(${NAMES.matrixLoss},${r("asset")},${r("vulnerability")})`),
        value: `IF(${r("likelihoodLevel")}="","",INDEX(${NAMES.matrixRisk},${r("likelihoodLevel")},${r("lossLevel")}))`,
      };
    case "gbt-multiply":
      return {
        likelihood: guard(multiplyStepFormula(`${r("threat")}*${r("vulnerability")}`)),
        loss: guard(multiplyStepFormula(`${r("asset")}*${r("vulnerability")}`)),
        value: `IF(${r("likelihood")}="","",${multiplyStepFormula(`${r("likelihood")}*${r("loss")}`)})`,
      };
    case "cia-max": {
      const exposure = `${r("threat")}*${r("vulnerability")}`;
      return {
        riskC: guard(`${r("c")}*${exposure}`),
        riskI: guard(`${r("i")}*${exposure}`),
        riskA: guard(`${r("a")}*${exposure}`),
        value: `IF(${r("riskC")}="","",MAX(${r("riskC")},${r("riskI")},${r("riskA")}))`,
      };
    }
  }
}

/**
 * The formula of every output column of a register row: the method's intermediates
 * ({@link riskIntermediates}), "value" and "level". Formulas may refer to other output cells of the row,
 * so `refs` must name a cell for every input and every output.
 * @example
 * nativeRiskFormulas(presetById("li")!, { likelihood: "E2", impact: "F2", value: "G2", level: "H2" }).value
 * // '=IF(AND(E2="",F2=""),"",IF(AND(ISNUMBER(MATCH(E2,ISMS_ScaleLikelihood,0)),…),E2*F2,NA()))'
 */
export function nativeRiskFormulas(methodology: Methodology, refs: FormulaRefs): RiskFormulas {
  const r = (key: RatingKey | OutputKey): string => refOf(refs, key);
  const inputs = riskInputs(methodology.method).map((input) => ({ input, ref: r(input) }));
  const expressions = methodExpressions(methodology, r, (expression) => guarded(inputs, expression));
  const out: { [K in OutputKey]?: string } = {};
  for (const key of riskIntermediates(methodology.method)) {
    if (key === "likelihoodLevel") expressions[key] = levelFormula(r("likelihood"), NAMES.bandsLikelihood);
    if (key === "lossLevel") expressions[key] = levelFormula(r("loss"), NAMES.bandsLoss);
    out[key] = `=${expressions[key] ?? ""}`;
  }
  out.value = `=${expressions.value ?? ""}`;
  out.level = `=${levelFormula(r("value"), NAMES.bands)}`;
  return out;
}

/**
 * Asset value from C, I, A cells by the valuation named in ISMS_AssetValuation (max, mean, weighted with
 * ISMS_WeightC/I/A, log2); any of C, I, A blank → "", an invalid rating → #N/A.
 * @example nativeAssetValueFormula(m, "H2", "I2", "J2") // '=IF(AND(H2="",I2="",J2=""),"",…MAX(H2,I2,J2)…)'
 */
export function nativeAssetValueFormula(
  methodology: Methodology,
  cRef: string,
  iRef: string,
  aRef: string,
): string {
  void methodology; // the valuation is read from the sheet, so editing it there recalculates
  const cia = `${cRef},${iRef},${aRef}`;
  const round = (x: string): string => `ROUND(ROUND(${x},9),0)`;
  const valuation = NAMES.assetValuation;
  const expression =
    `IF(${valuation}="mean",${round(`(${cRef}+${iRef}+${aRef})/3`)},` +
    `IF(${valuation}="weighted",${round(`${NAMES.weightC}*${cRef}+${NAMES.weightI}*${iRef}+${NAMES.weightA}*${aRef}`)},` +
    `IF(${valuation}="log2",${round(`LOG((2^${cRef}+2^${iRef}+2^${aRef})/3,2)`)},MAX(${cia}))))`;
  const inputs = [
    { input: "c" as const, ref: cRef },
    { input: "i" as const, ref: iRef },
    { input: "a" as const, ref: aRef },
  ];
  return `=${guarded(inputs, expression)}`;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * "Within criteria" text: yesText when the level (or, with a value-based criterion, the value in
 * valueRef) is at most ISMS_Acceptance; "" on a blank row.
 * @example nativeAcceptableFormula(m, "K2", "是", "否") // '=IF(K2="","",IF(K2<=ISMS_Acceptance,"是","否"))'
 */
export function nativeAcceptableFormula(
  methodology: Methodology,
  levelRef: string,
  yesText: string,
  noText: string,
  valueRef?: string,
): string {
  const byValue = methodology.acceptance.basis === "value";
  if (byValue && !valueRef) throw new Error("a value-based acceptance criterion needs the value cell");
  const ref = byValue && valueRef ? valueRef : levelRef;
  return `=IF(${ref}="","",IF(${ref}<=${NAMES.acceptance},${quoted(yesText)},${quoted(noText)}))`;
}

/**
 * The level's name from ISMS_Levels (很低 … 很高); "" on a blank row.
 * @example nativeLevelLabelFormula("K2") // '=IF(K2="","",INDEX(ISMS_Levels,K2))'
 */
export function nativeLevelLabelFormula(levelRef: string): string {
  return `=IF(${levelRef}="","",INDEX(${NAMES.levels},${levelRef}))`;
}
