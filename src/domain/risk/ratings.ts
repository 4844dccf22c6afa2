/**
 * Rating validation: a rating is a whole number on its scale (1..N). Anything else (6 on a 1–5 scale,
 * text, a blank where a rating is required) is an error value naming the argument and the allowed range,
 * never a number.
 */
import type { Rated, RatingErrorCode, RatingKey, Scale } from "../methodology/types";

/**
 * The rating as a number, or why it is refused.
 * @example checkRating(6, "threat", scale) // { ok: false, error: { code: "rating.outOfRange", argument: "threat", min: 1, max: 5 } }
 */
export function checkRating(value: unknown, argument: RatingKey, scale: Scale): Rated<number> {
  const max = scale.points.length;
  const code = ratingProblem(value, max);
  return code ? { ok: false, error: { code, argument, min: 1, max } } : { ok: true, value: value as number };
}

/**
 * Why `value` is not a whole number in 1..max, or null when it is. Shared by every 1..N argument
 * (ratings, matrix rows and columns, levels).
 * @example ratingProblem("", 5) // "rating.missing"
 */
export function ratingProblem(value: unknown, max: number): RatingErrorCode | null {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= max) return null;
  if (value === null || value === undefined || value === "") return "rating.missing";
  return typeof value !== "number" || !Number.isFinite(value) ? "rating.notNumber" : "rating.outOfRange";
}
