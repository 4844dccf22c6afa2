/**
 * The closed-list parameters of the methodology sheet (calculation method, asset valuation, rounding) as
 * a client reads them: the value cell shows a label in the workbook's language (取最大值, 截断取两位小数),
 * while the formulas of the register compare codes (max, truncate). A hidden helper cell beside each
 * value turns the label back into its code, and the workbook name points at that helper cell, so a
 * person picks words and the formulas keep reading codes.
 */
import {
  ASSET_VALUATION_METHODS,
  METHOD_IDS,
  type AssetValuationMethod,
  type MethodId,
  type Rounding,
} from "../../domain/methodology/types";
import { LANGS, t, type Translate } from "../../i18n";

/** The parameters whose value is one of a few codes. */
export type ChoiceParameter = "method" | "assetValuation" | "rounding";

interface ChoiceCodes {
  readonly method: MethodId;
  readonly assetValuation: AssetValuationMethod;
  readonly rounding: Rounding;
}

const ROUNDINGS: readonly Rounding[] = ["truncate", "round"];

/** Each choice parameter's codes, in the order the list offers them. */
export const CHOICE_CODES: { readonly [P in ChoiceParameter]: readonly ChoiceCodes[P][] } = {
  method: METHOD_IDS,
  assetValuation: ASSET_VALUATION_METHODS,
  rounding: ROUNDINGS,
};

const LABELS: { readonly [P in ChoiceParameter]: (code: ChoiceCodes[P], tr: Translate) => string } = {
  method: (code, tr) => tr(`functions.methodSheet.choices.method.${code}`),
  assetValuation: (code, tr) => tr(`functions.methodSheet.choices.valuation.${code}`),
  rounding: (code, tr) => tr(`functions.methodSheet.choices.rounding.${code}`),
};

/**
 * The label of one code in the language of `tr`.
 * @example choiceLabel("assetValuation", "max", translator("zh-CN")) // "取最大值"
 */
export function choiceLabel<P extends ChoiceParameter>(
  parameter: P,
  code: ChoiceCodes[P],
  tr: Translate,
): string {
  const label: (code: ChoiceCodes[P], tr: Translate) => string = LABELS[parameter];
  return label(code, tr);
}

/** Every label of a parameter, in list order (the value cell's validation list). */
export function choiceLabels(parameter: ChoiceParameter, tr: Translate): string[] {
  return CHOICE_CODES[parameter].map((code) => choiceLabel(parameter, code, tr));
}

/** The texts that mean a code: the code itself (what earlier versions showed) and its label in every language. */
function spellings<P extends ChoiceParameter>(parameter: P, code: ChoiceCodes[P]): string[] {
  const labels = LANGS.map((lang) => choiceLabel(parameter, code, (key, params) => t(lang, key, params)));
  return [...new Set([code, ...labels])];
}

const normal = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * The code a value cell states: a label in either language, or the code as earlier versions wrote it;
 * undefined for anything else.
 * @example decodeChoice("rounding", "四舍五入取两位小数") // "round"
 * @example decodeChoice("method", "gbt-matrix") // "gbt-matrix"
 */
export function decodeChoice<P extends ChoiceParameter>(
  parameter: P,
  text: string,
): ChoiceCodes[P] | undefined {
  const wanted = normal(text);
  if (wanted === "") return undefined;
  const codes: readonly ChoiceCodes[P][] = CHOICE_CODES[parameter];
  return codes.find((code) => spellings(parameter, code).some((spelling) => normal(spelling) === wanted));
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The helper cell's formula: the code of the label in `valueRef` (either language, or the code typed
 * as is), `fallback` for anything else. Nested IFs only, so Excel 2016, WPS and LibreOffice compute it.
 * @example codeFormula("rounding", "B13", "truncate")
 * // '=IF(OR(B13="truncate",B13="Truncate (2 decimals)",B13="截断取两位小数"),"truncate",IF(…,"round","truncate"))'
 */
export function codeFormula<P extends ChoiceParameter>(
  parameter: P,
  valueRef: string,
  fallback: ChoiceCodes[P],
): string {
  const codes: readonly ChoiceCodes[P][] = CHOICE_CODES[parameter];
  const expression = codes.reduceRight((otherwise, code) => {
    const tests = spellings(parameter, code).map((spelling) => `${valueRef}=${quoted(spelling)}`);
    return `IF(OR(${tests.join(",")}),${quoted(code)},${otherwise})`;
  }, quoted(fallback));
  return `=${expression}`;
}
