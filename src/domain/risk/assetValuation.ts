/**
 * Asset value (资产价值) from confidentiality, integrity and availability ratings, by one of four
 * documented rules. Every rule gives a whole number on the asset scale.
 */
import type { AssetValuation, Methodology, Rated } from "../methodology/types";
import { checkRating } from "./ratings";

/** Half-up rounding that ignores binary noise below 1e-9 (3.4999999999 from 0.3·5 + … is 3.5). */
export function roundHalfUp(x: number): number {
  return Math.floor(Math.round(x * 1e9) / 1e9 + 0.5);
}

/**
 * Combines valid C, I, A ratings.
 * - max: the highest of the three (C=3, I=2, A=1 → 3).
 * - mean: (C+I+A)/3 rounded half up (3, 2, 2 → 2.33 → 2).
 * - weighted: wC·C + wI·I + wA·A rounded half up (weights 0.4/0.3/0.3; 2, 4, 5 → 3.5 → 4).
 * - log2: round(log2((2^C + 2^I + 2^A)/3)), the GB/T practice where a high rating dominates
 *   (3, 3, 1 → log2(18/3) = 2.58 → 3).
 * @example combineCia({ method: "log2", weights: { c: 0.4, i: 0.3, a: 0.3 } }, 5, 1, 1) // 4
 */
export function combineCia(valuation: AssetValuation, c: number, i: number, a: number): number {
  switch (valuation.method) {
    case "max":
      return Math.max(c, i, a);
    case "mean":
      return roundHalfUp((c + i + a) / 3);
    case "weighted": {
      const { weights } = valuation;
      return roundHalfUp(weights.c * c + weights.i * i + weights.a * a);
    }
    case "log2":
      return roundHalfUp(Math.log2((2 ** c + 2 ** i + 2 ** a) / 3));
  }
}

/**
 * The asset value from raw C, I, A cell values, or an error naming the first invalid rating.
 * @example assetValue(presetById("atv")!, 3, 2, 1) // { ok: true, value: 3 }
 */
export function assetValue(methodology: Methodology, c: unknown, i: unknown, a: unknown): Rated<number> {
  const scale = methodology.scales.asset;
  const cr = checkRating(c, "c", scale);
  if (!cr.ok) return cr;
  const ir = checkRating(i, "i", scale);
  if (!ir.ok) return ir;
  const ar = checkRating(a, "a", scale);
  if (!ar.ok) return ar;
  return { ok: true, value: combineCia(methodology.assetValuation, cr.value, ir.value, ar.value) };
}
