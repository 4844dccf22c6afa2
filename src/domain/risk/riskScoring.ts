/**
 * Risk value and level from a method's ratings. One function per method keeps each formula readable
 * next to its documentation (docs/risk-methods.md); `assessRisk` validates the ratings and dispatches.
 * Residual risk (残余风险) is assessed by the same function with the residual ratings.
 */
import type {
  IntermediateKey,
  Matrix,
  Methodology,
  RatingKey,
  Rated,
  Ratings,
  RiskResult,
  Rounding,
} from "../methodology/types";
import { isAboveCriteria, levelOf } from "./levels";
import { riskInputs, scaleOf } from "./methodInputs";
import { checkRating } from "./ratings";

type Valid = { readonly [K in RatingKey]: number };
type Intermediate = { [K in IntermediateKey]?: number };
interface Computed {
  readonly value: number;
  readonly intermediate: Intermediate;
}

/** matrix[row-1][column-1]; a matrix smaller than its scales is a broken methodology, not bad input. */
export function matrixCell(matrix: Matrix, row: number, column: number): number {
  const cell = matrix[row - 1]?.[column - 1];
  if (cell === undefined) throw new Error(`matrix has no cell (${row}, ${column})`);
  return cell;
}

/**
 * GB/T 20984 multiplication step z = √(x·y), cut to two decimals. Noise below 1e-9 is dropped first so
 * √(2.44 × 2.44) is 2.44, as in a spreadsheet that shows 15 significant digits.
 * @example multiplyStep(5, 3, "truncate") // 3.87 (√15 = 3.8729…)
 */
export function multiplyStep(x: number, y: number, rounding: Rounding): number {
  const nano = Math.round(Math.sqrt(x * y) * 1e9);
  const hundredths = rounding === "round" ? Math.floor((nano + 5e6) / 1e7) : Math.floor(nano / 1e7);
  return hundredths / 100;
}

function gbtMatrix(m: Methodology, r: Valid): Computed {
  const likelihood = matrixCell(m.matrices.likelihood, r.threat, r.vulnerability);
  const loss = matrixCell(m.matrices.loss, r.asset, r.vulnerability);
  const likelihoodLevel = levelOf(m.likelihoodBands, likelihood);
  const lossLevel = levelOf(m.lossBands, loss);
  const value = matrixCell(m.matrices.risk, likelihoodLevel, lossLevel);
  return { value, intermediate: { likelihood, likelihoodLevel, loss, lossLevel } };
}

function gbtMultiply(m: Methodology, r: Valid): Computed {
  const likelihood = multiplyStep(r.threat, r.vulnerability, m.rounding);
  const loss = multiplyStep(r.asset, r.vulnerability, m.rounding);
  const value = multiplyStep(likelihood, loss, m.rounding);
  const likelihoodLevel = levelOf(m.likelihoodBands, likelihood);
  const lossLevel = levelOf(m.lossBands, loss);
  return { value, intermediate: { likelihood, likelihoodLevel, loss, lossLevel } };
}

function ciaMax(r: Valid): Computed {
  const exposure = r.threat * r.vulnerability;
  const riskC = r.c * exposure;
  const riskI = r.i * exposure;
  const riskA = r.a * exposure;
  return { value: Math.max(riskC, riskI, riskA), intermediate: { riskC, riskI, riskA } };
}

const NO_INTERMEDIATE: Intermediate = Object.freeze({});

function compute(m: Methodology, r: Valid): Computed {
  switch (m.method) {
    case "li":
      return { value: r.likelihood * r.impact, intermediate: NO_INTERMEDIATE };
    case "atv":
      return { value: r.asset * r.threat * r.vulnerability, intermediate: NO_INTERMEDIATE };
    case "gbt-matrix":
      return gbtMatrix(m, r);
    case "gbt-multiply":
      return gbtMultiply(m, r);
    case "cia-max":
      return ciaMax(r);
  }
}

/**
 * Risk value, level and acceptability from the ratings the method takes ({@link riskInputs}); an
 * invalid or missing rating gives an error naming it and its allowed range.
 * @example
 * assessRisk(presetById("gbt-matrix")!, { asset: 2, threat: 5, vulnerability: 3 })
 * // { ok: true, value: 15, level: 3, acceptable: false,
 * //   intermediate: { likelihood: 17, likelihoodLevel: 4, loss: 9, lossLevel: 2 } }
 */
export function assessRisk(methodology: Methodology, ratings: Ratings): RiskResult {
  // One fixed shape for every call keeps the hot path monomorphic (a 10,000-row column is one call).
  const valid = { likelihood: 0, impact: 0, asset: 0, threat: 0, vulnerability: 0, c: 0, i: 0, a: 0 };
  for (const input of riskInputs(methodology.method)) {
    const rated = checkRating(ratings[input], input, scaleOf(methodology, input));
    if (!rated.ok) return rated;
    valid[input] = rated.value;
  }
  // Every input of the method was checked above; the zeros of keys it does not take are never read.
  const { value, intermediate } = compute(methodology, valid);
  const level = levelOf(methodology.bands, value);
  const acceptable = !isAboveCriteria(methodology, { value, level });
  return { ok: true, value, level, acceptable, intermediate };
}

type GbtFactor = "likelihood" | "loss";

function gbtStep(
  m: Methodology,
  factor: GbtFactor,
  rows: readonly [RatingKey, unknown],
  columns: readonly [RatingKey, unknown],
): Rated<{ readonly value: number; readonly level: number }> {
  const row = checkRating(rows[1], rows[0], scaleOf(m, rows[0]));
  if (!row.ok) return row;
  const column = checkRating(columns[1], columns[0], scaleOf(m, columns[0]));
  if (!column.ok) return column;
  const value =
    m.method === "gbt-multiply"
      ? multiplyStep(row.value, column.value, m.rounding)
      : matrixCell(
          factor === "likelihood" ? m.matrices.likelihood : m.matrices.loss,
          row.value,
          column.value,
        );
  const level = levelOf(factor === "likelihood" ? m.likelihoodBands : m.lossBands, value);
  return { ok: true, value: { value, level } };
}

/**
 * GB/T 20984 likelihood of a security event L(threat, vulnerability) and its level: from the likelihood
 * matrix, or √(T·V) when the method is gbt-multiply.
 * @example likelihoodOf(presetById("gbt-matrix")!, 5, 3) // { ok: true, value: { value: 17, level: 4 } }
 */
export function likelihoodOf(m: Methodology, threat: unknown, vulnerability: unknown) {
  return gbtStep(m, "likelihood", ["threat", threat], ["vulnerability", vulnerability]);
}

/**
 * GB/T 20984 loss of a security event F(asset value, vulnerability) and its level.
 * @example lossOf(presetById("gbt-matrix")!, 2, 3) // { ok: true, value: { value: 9, level: 2 } }
 */
export function lossOf(m: Methodology, asset: unknown, vulnerability: unknown) {
  return gbtStep(m, "loss", ["asset", asset], ["vulnerability", vulnerability]);
}
