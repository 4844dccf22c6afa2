/**
 * ISMS.* risk functions: asset value, risk value by method, GB/T 20984 likelihood and loss, and levels
 * (matrix lookup and acceptance are in matrixFunctions.ts). Each takes single cells or whole columns (one call per column for a
 * 10,000-row register), computes with the preset of the named method, and gives #VALUE! with a message
 * in the user's language for a bad argument. A row with a blank rating (not filled in yet) gives "".
 */
import {
  ASSET_VALUATION_METHODS,
  DEFAULT_METHOD,
  METHOD_IDS,
  defaultMethodology,
  presetById,
  type AssetValuationMethod,
  type Methodology,
  type MethodId,
  type RatingKey,
} from "../domain/methodology";
import { assessRisk, checkRating, combineCia, levelOf, likelihoodOf, lossOf } from "../domain/risk";
import type { Lang } from "../i18n";
import {
  anyBlank,
  argumentName,
  functionLang,
  invalidValueFor,
  isBlank,
  mapCells,
  numbersOf,
  rangeError,
  scalarOf,
  shown,
  type CellValue,
  textOf,
} from "./shared";

const THREE_FACTOR: readonly MethodId[] = ["atv", "gbt-matrix", "gbt-multiply"];
const GBT: readonly MethodId[] = ["gbt-matrix", "gbt-multiply"];
const OTHER_FUNCTION: Partial<Record<MethodId, string>> = { li: "ISMS.RISKLI", "cia-max": "ISMS.RISKCIA" };

/** Every rating key, unset: copied per cell so every ratings object has one shape. */
const NO_RATINGS: { readonly [K in RatingKey]: CellValue } = {
  likelihood: undefined,
  impact: undefined,
  asset: undefined,
  threat: undefined,
  vulnerability: undefined,
  c: undefined,
  i: undefined,
  a: undefined,
};

/** The preset of the named method, which must be one of `allowed`; #VALUE! listing them otherwise. */
function methodFor(
  lang: Lang,
  name: CellValue,
  allowed: readonly MethodId[],
  fallback?: MethodId,
): Methodology {
  const given = scalarOf(name);
  const id = isBlank(given) && fallback ? fallback : textOf(given).trim().toLowerCase();
  const preset = presetById(id);
  if (preset && allowed.includes(preset.method)) return preset;
  const other = preset ? OTHER_FUNCTION[preset.method] : undefined;
  if (other) throw invalidValueFor(lang, "functions.errors.methodFactors", { method: id, function: other });
  throw invalidValueFor(lang, "functions.errors.methodUnknown", { method: id, valid: allowed.join(", ") });
}

/** Risk value per cell position from the method's ratings, named by `inputs` in argument order. */
function riskCells(lang: Lang, methodology: Methodology, inputs: readonly RatingKey[], args: CellValue[]) {
  return mapCells(lang, args, (values) => {
    if (anyBlank(values)) return "";
    const ratings: { [K in RatingKey]: CellValue } = { ...NO_RATINGS };
    for (let k = 0; k < inputs.length; k++) ratings[inputs[k] as RatingKey] = values[k];
    const result = assessRisk(methodology, ratings);
    return result.ok ? result.value : rangeError(lang, result.error, ratings[result.error.argument]);
  });
}

/**
 * Asset value from confidentiality, integrity and availability ratings.
 * @customfunction ASSETVALUE
 * @param c Confidentiality rating (C), a cell or a column.
 * @param i Integrity rating (I), a cell or a column.
 * @param a Availability rating (A), a cell or a column.
 * @param [method] How C, I, A are combined: max (default), mean, weighted or log2.
 * @returns The asset value on the 1–5 scale.
 */
export function assetValueOf(c: unknown[][], i: unknown[][], a: unknown[][], method?: string): unknown[][] {
  const lang = functionLang();
  const name = isBlank(method) ? "max" : String(method).trim().toLowerCase();
  if (!(ASSET_VALUATION_METHODS as readonly string[]).includes(name)) {
    throw invalidValueFor(lang, "functions.errors.valuationUnknown", {
      method: name,
      valid: ASSET_VALUATION_METHODS.join(", "),
    });
  }
  const methodology = defaultMethodology();
  const valuation = { ...methodology.assetValuation, method: name as AssetValuationMethod };
  const scale = methodology.scales.asset;
  return mapCells(lang, [c, i, a], (values) => {
    if (anyBlank(values)) return "";
    const ratings: number[] = [];
    for (const [k, argument] of (["c", "i", "a"] as const).entries()) {
      const rated = checkRating(values[k], argument, scale);
      if (!rated.ok) return rangeError(lang, rated.error, values[k]);
      ratings.push(rated.value);
    }
    return combineCia(valuation, ratings[0] as number, ratings[1] as number, ratings[2] as number);
  });
}

/**
 * Risk value from asset value, threat and vulnerability by a named method.
 * @customfunction RISK
 * @param method atv, gbt-matrix or gbt-multiply.
 * @param asset Asset value, a cell or a column.
 * @param threat Threat rating, a cell or a column.
 * @param vulnerability Vulnerability rating, a cell or a column.
 * @returns The risk value.
 */
export function riskOf(
  method: string,
  asset: unknown[][],
  threat: unknown[][],
  vulnerability: unknown[][],
): unknown[][] {
  const lang = functionLang();
  const methodology = methodFor(lang, method, THREE_FACTOR);
  return riskCells(lang, methodology, ["asset", "threat", "vulnerability"], [asset, threat, vulnerability]);
}

/**
 * Risk value as likelihood × impact (ISO/IEC 27005, 5×5).
 * @customfunction RISKLI
 * @param likelihood Likelihood rating, a cell or a column.
 * @param impact Impact rating, a cell or a column.
 * @returns The risk value (1–25).
 */
export function riskOfLikelihoodImpact(likelihood: unknown[][], impact: unknown[][]): unknown[][] {
  const lang = functionLang();
  return riskCells(lang, defaultMethodology("li"), ["likelihood", "impact"], [likelihood, impact]);
}

/**
 * Risk value as the highest of C, I, A impact × threat × vulnerability.
 * @customfunction RISKCIA
 * @param c Confidentiality rating (C).
 * @param i Integrity rating (I).
 * @param a Availability rating (A).
 * @param threat Threat rating.
 * @param vulnerability Vulnerability rating.
 * @returns The risk value (1–125).
 */
export function riskOfCia(
  c: unknown[][],
  i: unknown[][],
  a: unknown[][],
  threat: unknown[][],
  vulnerability: unknown[][],
): unknown[][] {
  const lang = functionLang();
  const inputs: readonly RatingKey[] = ["c", "i", "a", "threat", "vulnerability"];
  return riskCells(lang, defaultMethodology("cia-max"), inputs, [c, i, a, threat, vulnerability]);
}

function gbtCells(
  lang: Lang,
  args: CellValue[],
  step: (values: readonly CellValue[]) => ReturnType<typeof lossOf>,
) {
  return mapCells(lang, args, (values) => {
    if (anyBlank(values)) return "";
    const result = step(values);
    if (result.ok) return result.value.value;
    const position = result.error.argument === "vulnerability" ? 1 : 0;
    return rangeError(lang, result.error, values[position]);
  });
}

/**
 * GB/T 20984 likelihood of a security event from threat and vulnerability.
 * @customfunction LIKELIHOOD
 * @param threat Threat rating, a cell or a column.
 * @param vulnerability Vulnerability rating, a cell or a column.
 * @param [method] gbt-matrix (default) or gbt-multiply.
 * @returns The likelihood value.
 */
export function likelihoodOfEvent(
  threat: unknown[][],
  vulnerability: unknown[][],
  method?: string,
): unknown[][] {
  const lang = functionLang();
  const methodology = methodFor(lang, method, GBT, "gbt-matrix");
  return gbtCells(lang, [threat, vulnerability], ([t, v]) => likelihoodOf(methodology, t, v));
}

/**
 * GB/T 20984 loss of a security event from asset value and vulnerability.
 * @customfunction LOSS
 * @param asset Asset value, a cell or a column.
 * @param vulnerability Vulnerability rating, a cell or a column.
 * @param [method] gbt-matrix (default) or gbt-multiply.
 * @returns The loss value.
 */
export function lossOfEvent(asset: unknown[][], vulnerability: unknown[][], method?: string): unknown[][] {
  const lang = functionLang();
  const methodology = methodFor(lang, method, GBT, "gbt-matrix");
  return gbtCells(lang, [asset, vulnerability], ([a, v]) => lossOf(methodology, a, v));
}

/** Band lower bounds from a row or column range: ascending numbers, else #VALUE!. */
function bandsFrom(lang: Lang, bands: CellValue): number[] {
  const cells = numbersOf(bands)?.flat() ?? [];
  const ascending = cells.length > 0 && cells.every((x, k) => k === 0 || x > (cells[k - 1] as number));
  if (!ascending)
    throw invalidValueFor(lang, "functions.errors.bands", { argument: argumentName(lang, "bands") });
  return cells;
}

/**
 * Risk level (1 very low … 5 very high) of a risk value.
 * @customfunction RISKLEVEL
 * @param value Risk value, a cell or a column.
 * @param [bands] The lowest value of each level, ascending (e.g. ISMS_Bands).
 * @param [method] The method whose default bands apply when no bands are given.
 * @returns The risk level.
 */
export function riskLevelOf(value: unknown[][], bands?: unknown[][], method?: string): unknown[][] {
  const lang = functionLang();
  const given = isBlank(scalarOf(bands)) ? null : bandsFrom(lang, bands);
  const levels = given ?? methodFor(lang, method, [...METHOD_IDS], DEFAULT_METHOD).bands;
  return mapCells(lang, [value], ([x]) => {
    if (isBlank(x)) return "";
    if (typeof x === "number" && Number.isFinite(x)) return levelOf(levels, x);
    return invalidValueFor(lang, "functions.errors.notNumber", {
      argument: argumentName(lang, "value"),
      value: shown(x),
    });
  });
}
