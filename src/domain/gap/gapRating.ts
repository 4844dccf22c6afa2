/**
 * Reads what a person typed in a rating cell (current or target) on a gap scale: a number, a label in
 * either language, or "not applicable". Unknown input is a value with a code, never an exception.
 */
import { NOT_APPLICABLE_KEYS, ratingKey } from "./ratingText";
import type { GapRating, GapScale } from "./types";

/** A rating cell understood, or why not. */
export type ParsedGapRating = { readonly value: GapRating } | { readonly problem: "notOnScale" };

const NOT_ON_SCALE = { problem: "notOnScale" } as const;
const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
/** "3 Defined", "3 - 已定义", "3: Defined", "3.Defined", "3、已定义", "3)Defined" (after NFKC). */
const NUMBER_AND_LABEL = /^([+-]?\d+(?:\.\d+)?)\s*[-:.、)]?\s*(\D.*)$/;

const labelMaps = new WeakMap<GapScale, ReadonlyMap<string, number | "na">>();

/** Every label and alias of the scale (both languages) → the point's value, "na" for the null point. */
function labelMap(scale: GapScale): ReadonlyMap<string, number | "na"> {
  const cached = labelMaps.get(scale);
  if (cached) return cached;
  const map = new Map<string, number | "na">();
  for (const p of scale.points) {
    for (const label of [p.label.en, p.label["zh-CN"], ...(p.aliases ?? [])]) {
      const key = ratingKey(label);
      if (key !== "" && !map.has(key)) map.set(key, p.value ?? "na");
    }
  }
  labelMaps.set(scale, map);
  return map;
}

/** The scale's own value for `n` (so 0.5000000001 from a float cell reads as 0.5), or undefined. */
function onScale(n: number, scale: GapScale): number | undefined {
  if (!Number.isFinite(n)) return undefined;
  const found = scale.points.find((p) => p.value !== null && Math.abs(p.value - n) < 1e-9);
  return found?.value ?? undefined;
}

function fromNumber(n: number, scale: GapScale): ParsedGapRating {
  const value = onScale(n, scale);
  return value === undefined ? NOT_ON_SCALE : { value };
}

function fromText(text: string, scale: GapScale): ParsedGapRating {
  const plain = text.normalize("NFKC").trim();
  if (NUMBER.test(plain)) return fromNumber(Number(plain), scale);
  const key = ratingKey(plain);
  if (key === "") return { value: null };
  if (NOT_APPLICABLE_KEYS.has(key)) return { value: "na" };
  const labelled = labelMap(scale).get(key);
  if (labelled !== undefined) return { value: labelled };
  const [, number = "", label = ""] = NUMBER_AND_LABEL.exec(key) ?? [];
  const byNumber = onScale(Number(number), scale);
  const byLabel = labelMap(scale).get(label.trim());
  return number !== "" && byNumber !== undefined && byNumber === byLabel ? { value: byNumber } : NOT_ON_SCALE;
}

/**
 * Turns what a person typed in a rating cell into a value: a number on the scale, a label of a point in
 * either language (case-, width- and spacing-insensitive, so "ＤＥＦＩＮＥＤ" and "defined" both work), a
 * number with its label ("3 - 已定义", as a drop-down list may offer it; both must agree), or a spelling
 * of not applicable ("N/A", "NA", "Not applicable", "不适用", or the scale's own N/A label), which every
 * scale accepts. Blank (null, undefined, empty or spaces) is null: not yet rated. Anything else, booleans
 * and numbers off the scale included, is `{ problem: "notOnScale" }`.
 * @example parseGapRating("已定义", GAP_SCALES.maturity) // { value: 3 }
 * @example parseGapRating("３", GAP_SCALES.maturity) // { value: 3 }
 * @example parseGapRating("部分符合", GAP_SCALES.compliance) // { value: 0.5 }
 * @example parseGapRating("N/A", GAP_SCALES.compliance) // { value: "na" }
 * @example parseGapRating(6, GAP_SCALES.maturity) // { problem: "notOnScale" }
 */
export function parseGapRating(
  input: string | number | boolean | null | undefined,
  scale: GapScale,
): ParsedGapRating {
  if (input === null || input === undefined) return { value: null };
  if (typeof input === "boolean") return NOT_ON_SCALE;
  return typeof input === "number" ? fromNumber(input, scale) : fromText(input, scale);
}
