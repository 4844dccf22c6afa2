/**
 * The ratings a method takes, checked cell by cell: a number off the scale, text that is not a number
 * (the reader leaves the rating out and keeps the text), or a blank.
 */
import type { Methodology, RatingKey } from "../methodology";
import { ratingProblem, scaleOf } from "../risk";

export interface RatingIssue {
  readonly rating: RatingKey;
  /** The cell as typed. */
  readonly value: string;
  readonly min: number;
  readonly max: number;
}

export interface RatingCheck {
  /** Ratings written but not a whole number on their scale. */
  readonly invalid: readonly RatingIssue[];
  /** Ratings left blank, with their scale. */
  readonly missing: readonly RatingIssue[];
  /** How many of the method's ratings were written at all (valid or not). */
  readonly written: number;
}

const NONE: readonly RatingIssue[] = [];

/**
 * Checks the method's ratings of one row.
 * @example checkRatings(presetById("li")!, ["likelihood", "impact"], { likelihood: 7 }, { likelihood: "7" }, (k) => k)
 * // { invalid: [{ rating: "likelihood", value: "7", min: 1, max: 5 }],
 * //   missing: [{ rating: "impact", value: "", min: 1, max: 5 }], written: 1 }
 */
export function checkRatings(
  methodology: Methodology,
  inputs: readonly RatingKey[],
  ratings: Readonly<Partial<Record<RatingKey, number>>>,
  text: Readonly<Record<string, string>>,
  columnKey: (rating: RatingKey) => string,
): RatingCheck {
  // Lists are made only for a row that has an issue: most rows have none.
  let invalid: RatingIssue[] | undefined;
  let missing: RatingIssue[] | undefined;
  let written = 0;
  for (const rating of inputs) {
    const value = ratings[rating];
    const max = scaleOf(methodology, rating).points.length;
    if (value !== undefined && ratingProblem(value, max) === null) {
      written++;
      continue;
    }
    const typed = text[columnKey(rating)]?.trim() ?? "";
    if (value === undefined && typed === "") {
      (missing ??= []).push({ rating, value: "", min: 1, max });
      continue;
    }
    written++;
    (invalid ??= []).push({ rating, value: typed === "" ? String(value) : typed, min: 1, max });
  }
  return { invalid: invalid ?? NONE, missing: missing ?? NONE, written };
}
