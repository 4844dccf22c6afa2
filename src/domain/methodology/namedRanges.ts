/**
 * The workbook names the methodology sheet defines and native formulas refer to. Formulas use these
 * names, never sheet addresses, so a renamed or moved methodology sheet keeps the register computing and
 * an edited parameter recalculates every row.
 */
import type { ScaleKey } from "./types";

export const NAMES = {
  /** Method id cell (li | atv | gbt-matrix | gbt-multiply | cia-max). Not "ISMS_Method": that is the
   * methodology table, and Excel keeps table names and defined names in one namespace. */
  method: "ISMS_MethodId",
  /** Standard cell ("2022" | "2013"). */
  standard: "ISMS_Standard",
  /** Asset valuation method cell (max | mean | weighted | log2). */
  assetValuation: "ISMS_AssetValuation",
  weightC: "ISMS_WeightC",
  weightI: "ISMS_WeightI",
  weightA: "ISMS_WeightA",
  /** GB/T multiplication rounding cell (truncate | round). */
  rounding: "ISMS_Rounding",
  /** Acceptance criterion cell: the highest acceptable level (or value, when the basis is value). */
  acceptance: "ISMS_Acceptance",
  /** Treatment deadline in days (default 90). */
  treatmentDays: "ISMS_TreatmentDays",
  /** Highest rating on the asset scale (C, I, A and asset value). */
  scaleMax: "ISMS_ScaleMax",
  /** Column of lower bounds: risk value → level (ascending; row k is level k). */
  bands: "ISMS_Bands",
  /** GB/T: likelihood value → likelihood level. */
  bandsLikelihood: "ISMS_BandsL",
  /** GB/T: loss value → loss level. */
  bandsLoss: "ISMS_BandsF",
  /** Level names in the workbook's language, row k is level k. */
  levels: "ISMS_Levels",
  /** GB/T 20984 matrices (N×N, without headers). */
  matrixLikelihood: "ISMS_MatrixL",
  matrixLoss: "ISMS_MatrixF",
  matrixRisk: "ISMS_MatrixR",
} as const;

/** The value column (1..N) of each rating scale; also the source of its validation list. */
export const SCALE_NAMES: { readonly [K in ScaleKey]: string } = {
  likelihood: "ISMS_ScaleLikelihood",
  impact: "ISMS_ScaleImpact",
  asset: "ISMS_ScaleAsset",
  threat: "ISMS_ScaleThreat",
  vulnerability: "ISMS_ScaleVulnerability",
};
