/**
 * The five documented presets, one per method id (see docs/risk-methods.md for formulas and worked
 * examples). All share five-point scales, levels 1 很低 … 5 很高, acceptance up to level 2 (低) and a
 * 90-day treatment deadline; they differ in the method and the bands that suit its value range.
 */
import { GBT_20984_2007_MATRICES } from "./gbtMatrices";
import { DEFAULT_LEVELS, DEFAULT_SCALES } from "./scales";
import { DEFAULT_METHOD, METHOD_IDS, type Bands, type MethodId, type Methodology } from "./types";

/** The method a new workbook uses when none is chosen. */
export { DEFAULT_METHOD };

/** Bands reproducing every cell level of the GB/T 20984-2007 Appendix A matrices. */
const GBT_LIKELIHOOD_BANDS: Bands = [1, 6, 12, 17, 22];
const GBT_LOSS_BANDS: Bands = [1, 6, 11, 16, 21];
const GBT_RISK_BANDS: Bands = [1, 7, 13, 19, 24];
/** Multiplication method values lie in 1..5: five equal fifths. */
const FIFTHS_OF_1_TO_5: Bands = [1, 1.8, 2.6, 3.4, 4.2];

const common = {
  standard: "2022",
  scales: DEFAULT_SCALES,
  matrices: GBT_20984_2007_MATRICES,
  rounding: "truncate",
  levels: DEFAULT_LEVELS,
  acceptance: { basis: "level", level: 2 },
  treatmentDeadlineDays: 90,
  likelihoodBands: GBT_LIKELIHOOD_BANDS,
  lossBands: GBT_LOSS_BANDS,
} as const satisfies Partial<Methodology>;

const maxValuation = { method: "max", weights: { c: 0.4, i: 0.3, a: 0.3 } } as const;
const log2Valuation = { method: "log2", weights: { c: 0.4, i: 0.3, a: 0.3 } } as const;

export const presets: readonly Methodology[] = [
  // ISO/IEC 27005: likelihood × impact, 1..25.
  { ...common, method: "li", assetValuation: maxValuation, bands: [1, 4, 8, 15, 20] },
  // Asset value × threat × vulnerability, 1..125.
  { ...common, method: "atv", assetValuation: maxValuation, bands: [1, 9, 25, 50, 80] },
  // GB/T 20984 matrix method.
  { ...common, method: "gbt-matrix", assetValuation: log2Valuation, bands: GBT_RISK_BANDS },
  // GB/T 20984 multiplication method: z = √(x·y) at each step, values 1..5.
  {
    ...common,
    method: "gbt-multiply",
    assetValuation: log2Valuation,
    bands: FIFTHS_OF_1_TO_5,
    likelihoodBands: FIFTHS_OF_1_TO_5,
    lossBands: FIFTHS_OF_1_TO_5,
  },
  // Per criterion: max over C, I, A of (rating × threat × vulnerability), 1..125.
  { ...common, method: "cia-max", assetValuation: maxValuation, bands: [1, 9, 25, 50, 80] },
];

export function isMethodId(text: unknown): text is MethodId {
  return typeof text === "string" && (METHOD_IDS as readonly string[]).includes(text);
}

/**
 * The preset of a method id, or undefined for an unknown id.
 * @example presetById("gbt-matrix")?.bands // [1, 7, 13, 19, 24]
 */
export function presetById(id: string): Methodology | undefined {
  return presets.find((preset) => preset.method === id);
}

/**
 * The methodology a new workbook starts from: the preset of `method`, or of {@link DEFAULT_METHOD}.
 * @example defaultMethodology().treatmentDeadlineDays // 90
 */
export function defaultMethodology(method: MethodId = DEFAULT_METHOD): Methodology {
  const preset = presetById(method);
  if (!preset) throw new Error(`no preset for method ${method}`);
  return preset;
}
