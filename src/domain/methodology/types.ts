/**
 * The risk assessment methodology as plain data: which method turns ratings into a risk value, the scales
 * the ratings are given on, the GB/T 20984 matrices, the bands that turn values into levels, and the
 * acceptance criterion. The methodology sheet (方法) renders it; every formula in the register refers to it.
 */

/** Risk calculation methods (contract: `isms risk --method`, the methodology sheet, ISMS.* functions). */
export type MethodId = "li" | "atv" | "gbt-matrix" | "gbt-multiply" | "cia-max";

export const METHOD_IDS: readonly MethodId[] = ["li", "atv", "gbt-matrix", "gbt-multiply", "cia-max"];

/** The method a new workbook uses unless another is chosen: the same in the pane, the command and the docs. */
export const DEFAULT_METHOD: MethodId = "atv";

/** ISO/IEC 27001 edition the workbook follows. */
export type StandardVersion = "2022" | "2013";

/** Text carried in both product languages (scale labels, level names): data a consultant edits. */
export interface LocalizedText {
  readonly en: string;
  readonly "zh-CN": string;
}

/** One point of a rating scale: 1 很低 … 5 很高, with what the rating means. */
export interface ScalePoint {
  readonly value: number;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
}

/** A rating scale 1..N; `points[k].value === k + 1`. */
export interface Scale {
  readonly points: readonly ScalePoint[];
}

/**
 * What each scale rates. C, I and A are rated on the `asset` scale (the asset value they produce is on
 * that scale too).
 */
export type ScaleKey = "likelihood" | "impact" | "asset" | "threat" | "vulnerability";

/** How C, I and A become one asset value (资产价值). */
export type AssetValuationMethod = "max" | "mean" | "weighted" | "log2";

export const ASSET_VALUATION_METHODS: readonly AssetValuationMethod[] = ["max", "mean", "weighted", "log2"];

export interface AssetValuation {
  readonly method: AssetValuationMethod;
  /** Used by "weighted": value = round(c·C + i·I + a·A). The weights should sum to 1. */
  readonly weights: { readonly c: number; readonly i: number; readonly a: number };
}

/** GB/T 20984 multiplication method: how √(x·y) is cut to two decimals. */
export type Rounding = "truncate" | "round";

/** A square lookup table: `cells[row - 1][column - 1]`. */
export type Matrix = readonly (readonly number[])[];

/** The three matrices of the GB/T 20984 matrix method. */
export interface GbtMatrices {
  /** Likelihood L(threat, vulnerability): rows threat 1..N, columns vulnerability 1..N. */
  readonly likelihood: Matrix;
  /** Loss F(asset, vulnerability): rows asset value, columns vulnerability. */
  readonly loss: Matrix;
  /** Risk R(likelihood level, loss level). */
  readonly risk: Matrix;
}

/**
 * Value → level: `bands[k]` is the smallest value of level k + 1 (ascending). A value below the first
 * band is level 1.
 */
export type Bands = readonly number[];

/** What a level is called and what it asks of the organisation. */
export interface LevelDefinition {
  readonly level: number;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
}

/** 风险接受准则: a risk is acceptable when its level (or value) is at most this. */
export type AcceptanceCriterion =
  { readonly basis: "level"; readonly level: number } | { readonly basis: "value"; readonly value: number };

export interface Methodology {
  readonly method: MethodId;
  readonly standard: StandardVersion;
  readonly assetValuation: AssetValuation;
  readonly scales: { readonly [K in ScaleKey]: Scale };
  /** Used by gbt-matrix; kept for every method so switching method keeps the consultant's edits. */
  readonly matrices: GbtMatrices;
  /** Used by gbt-multiply. */
  readonly rounding: Rounding;
  /** Risk value → risk level. */
  readonly bands: Bands;
  /** GB/T methods: likelihood value → likelihood level. */
  readonly likelihoodBands: Bands;
  /** GB/T methods: loss value → loss level. */
  readonly lossBands: Bands;
  /** Names of levels 1..bands.length (很低, 低, 中等, 高, 很高). */
  readonly levels: readonly LevelDefinition[];
  readonly acceptance: AcceptanceCriterion;
  /** Planned completion of a treatment is due within this many days (normally 3 months). */
  readonly treatmentDeadlineDays: number;
  /**
   * Protect the calculated columns of the generated sheets: sheet protection without a password, every
   * input cell left open. On when absent ({@link protectsFormulas}); a consultant turns it off on the
   * methodology sheet for a client team that must restructure its sheets.
   */
  readonly protectFormulas?: boolean;
}

/** Calculated columns are protected unless the methodology says otherwise. */
export const DEFAULT_PROTECT_FORMULAS = true;

/**
 * Whether a methodology protects the calculated columns: its own choice, on when it states none.
 * @example protectsFormulas(defaultMethodology()) // true
 * @example protectsFormulas({ ...defaultMethodology(), protectFormulas: false }) // false
 */
export function protectsFormulas(methodology: Pick<Methodology, "protectFormulas">): boolean {
  return methodology.protectFormulas ?? DEFAULT_PROTECT_FORMULAS;
}

/** Rating inputs a method takes (cell values: anything a cell can hold). */
export type RatingKey = "likelihood" | "impact" | "asset" | "threat" | "vulnerability" | "c" | "i" | "a";

/** Every rating key, in the order registers lay them out. */
export const RATING_KEYS: readonly RatingKey[] = [
  "likelihood",
  "impact",
  "asset",
  "threat",
  "vulnerability",
  "c",
  "i",
  "a",
];

/** Intermediate values a method shows as register columns. */
export type IntermediateKey =
  "likelihood" | "likelihoodLevel" | "loss" | "lossLevel" | "riskC" | "riskI" | "riskA";

/** Everything a register row computes: intermediates, then the risk value and level. */
export type OutputKey = IntermediateKey | "value" | "level";

export type Ratings = { readonly [K in RatingKey]?: unknown };

/** Why a rating was refused (stable codes; messages live in i18n). */
export type RatingErrorCode = "rating.missing" | "rating.notNumber" | "rating.outOfRange";

export interface RatingError {
  readonly code: RatingErrorCode;
  readonly argument: RatingKey;
  /** The allowed range, inclusive, whole numbers. */
  readonly min: number;
  readonly max: number;
}

export type Rated<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: RatingError };

export interface RiskAssessment {
  readonly ok: true;
  readonly value: number;
  readonly level: number;
  /** Within the acceptance criterion (风险接受准则). */
  readonly acceptable: boolean;
  readonly intermediate: { readonly [K in IntermediateKey]?: number };
}

export type RiskResult = RiskAssessment | { readonly ok: false; readonly error: RatingError };
