/**
 * How typed rating text is compared: width-, case- and spacing-insensitive, so "３", "ＤＥＦＩＮＥＤ",
 * "non compliant" and "Non-compliant" read as what the person meant.
 */

/**
 * The comparison key of a label or typed text: NFKC (full-width to half-width), lower case, hyphens,
 * underscores and runs of spaces folded to one space, trimmed.
 * @example ratingKey(" Non-Compliant ") // "non compliant"
 */
export function ratingKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-‐‑–—]+/g, " ")
    .trim();
}

/** Spellings of "not applicable" understood on every scale, as comparison keys. */
export const NOT_APPLICABLE_KEYS: ReadonlySet<string> = new Set(
  ["N/A", "NA", "N.A.", "N.A", "Not applicable", "不适用"].map(ratingKey),
);
