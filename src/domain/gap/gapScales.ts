/**
 * Rating scales for a gap analysis: the maturity (0–5) and compliance presets of the methodology, and
 * custom scales a consultant defines. A rating becomes a fraction of the scale's highest value, so scores
 * on different scales read alike (0..1).
 */
import type { GapScale, GapScalePoint, GapScaleProblem } from "./types";
import { ratingKey } from "./ratingText";

const point = (value: number | null, en: string, zh: string, aliases?: readonly string[]): GapScalePoint => ({
  value,
  label: { en, "zh-CN": zh },
  ...(aliases ? { aliases } : {}),
});

/**
 * The methodology's preset scales.
 *
 * - maturity: 0 不存在 Non-existent … 5 优化 Optimised, and 不适用 N/A; max 5, default target 3 (已定义).
 * - compliance: 符合 Compliant 1, 部分符合 Partially compliant 0.5, 不符合 Non-compliant 0, 不适用 N/A;
 *   max 1, default target 1.
 * @example GAP_SCALES.maturity.points[3]?.label["zh-CN"] // "已定义"
 */
export const GAP_SCALES: Readonly<Record<"maturity" | "compliance", GapScale>> = {
  maturity: {
    id: "maturity",
    points: [
      point(0, "Non-existent", "不存在"),
      point(1, "Initial", "初始"),
      point(2, "Repeatable", "可重复"),
      point(3, "Defined", "已定义"),
      point(4, "Managed", "已管理"),
      point(5, "Optimised", "优化", ["Optimized", "已优化"]),
      point(null, "Not applicable", "不适用"),
    ],
    max: 5,
    defaultTarget: 3,
  },
  compliance: {
    id: "compliance",
    points: [
      point(1, "Compliant", "符合"),
      point(0.5, "Partially compliant", "部分符合", ["Partial", "Partially"]),
      point(0, "Non-compliant", "不符合", ["Noncompliant"]),
      point(null, "Not applicable", "不适用"),
    ],
    max: 1,
    defaultTarget: 1,
  },
};

/** A custom scale, or why it is refused (`index` names the offending point where there is one). */
export type CheckedGapScale =
  | { readonly ok: true; readonly scale: GapScale }
  | { readonly ok: false; readonly error: { readonly code: GapScaleProblem; readonly index?: number } };

export interface CustomScaleOptions {
  /** The target of a blank target cell; must be a value of the scale. Default: the highest value. */
  readonly defaultTarget?: number;
}

function labelsOf(p: GapScalePoint): readonly string[] {
  return [p.label.en, p.label["zh-CN"], ...(p.aliases ?? [])].map(ratingKey).filter((key) => key !== "");
}

function pointProblem(points: readonly GapScalePoint[]): CheckedGapScale | undefined {
  const values = new Set<number | null>();
  const labels = new Set<string>();
  for (const [index, p] of points.entries()) {
    if (p.value !== null && !(Number.isFinite(p.value) && p.value >= 0)) {
      return { ok: false, error: { code: "scale.valueInvalid", index } };
    }
    if (values.has(p.value)) return { ok: false, error: { code: "scale.valueDuplicate", index } };
    values.add(p.value);
    const keys = new Set(labelsOf(p));
    if (keys.size === 0) return { ok: false, error: { code: "scale.labelMissing", index } };
    if ([...keys].some((key) => labels.has(key))) {
      return { ok: false, error: { code: "scale.labelDuplicate", index } };
    }
    keys.forEach((key) => labels.add(key));
  }
  return undefined;
}

/**
 * Checks a scale a consultant defined: at least two numeric points, each value a finite number ≥ 0 (or
 * null for not applicable) and used once, each point labelled in at least one language, no label (or
 * alias) shared by two points, and a default target that is one of the values. Points may come in any
 * order; `max` is the largest value.
 * @example checkCustomScale([p(1, "Low", "低"), p(4, "High", "高")]) // { ok: true, scale: { id: "custom", max: 4, defaultTarget: 4, … } }
 * @example checkCustomScale([p(1, "Only", "唯一")]) // { ok: false, error: { code: "scale.tooFewPoints" } }
 */
export function checkCustomScale(
  points: readonly GapScalePoint[],
  options: CustomScaleOptions = {},
): CheckedGapScale {
  const numeric = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (numeric.length < 2) return { ok: false, error: { code: "scale.tooFewPoints" } };
  const problem = pointProblem(points);
  if (problem) return problem;
  const max = Math.max(...numeric);
  const defaultTarget = options.defaultTarget ?? max;
  if (!numeric.includes(defaultTarget)) return { ok: false, error: { code: "scale.targetNotOnScale" } };
  return { ok: true, scale: { id: "custom", points, max, defaultTarget } };
}

/**
 * A custom scale from points known to be valid (see checkCustomScale, which says why a scale is refused
 * and is what input from a sheet goes through). Throws on an invalid scale: that is a broken invariant.
 * @example customScale([p(1, "Ad hoc", "临时"), p(2, "Partial", "部分"), p(3, "Largely", "大部分"), p(4, "Full", "完全")]).max // 4
 */
export function customScale(points: readonly GapScalePoint[], options?: CustomScaleOptions): GapScale {
  const checked = checkCustomScale(points, options);
  if (!checked.ok) throw new Error(`invalid custom gap scale: ${checked.error.code}`);
  return checked.scale;
}
