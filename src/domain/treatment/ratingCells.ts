/**
 * Where a rating sits on a row: the column key of each rating cell, on the register and in the plan's
 * residual block. The same map as `inputColumnKey` / `residualColumnKey` in
 * src/workbook/schema/ratingColumns.ts, repeated here because the domain may not import the workbook
 * layer; a unit test keeps the two equal.
 */
import type { RatingKey } from "../methodology";

const RATING_COLUMN: Readonly<Record<RatingKey, string>> = {
  likelihood: "likelihood",
  impact: "impact",
  asset: "assetValue",
  threat: "threatRating",
  vulnerability: "vulnerabilityRating",
  c: "c",
  i: "i",
  a: "a",
};

const RESIDUAL_COLUMN: Readonly<Record<RatingKey, string>> = {
  likelihood: "residualLikelihood",
  impact: "residualImpact",
  asset: "residualAssetValue",
  threat: "residualThreatRating",
  vulnerability: "residualVulnerabilityRating",
  c: "residualC",
  i: "residualI",
  a: "residualA",
};

/**
 * The register's column key for a rating.
 * @example ratingColumnKey("threat") // "threatRating"
 */
export function ratingColumnKey(rating: RatingKey): string {
  return RATING_COLUMN[rating];
}

/**
 * The plan's column key for a residual rating.
 * @example residualRatingColumnKey("asset") // "residualAssetValue"
 */
export function residualRatingColumnKey(rating: RatingKey): string {
  return RESIDUAL_COLUMN[rating];
}
