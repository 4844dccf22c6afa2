/**
 * Dates as Excel stores them (serial day numbers, 1900 system) and as people type them. Typed dates
 * are read when the order of day and month is certain: year first (`2026-03-01`, `2026/3/1`,
 * `2026.3.1`, `2026年3月1日`), or day/month/year where one part is above 12 (`15/3/2026`,
 * `3/15/2026`). `3/1/2026` reads as 1 March in Europe and 3 January in the US, so it is refused as
 * ambiguous rather than guessed.
 */

/** 1899-12-30: day 0 of Excel's 1900 date system (which counts the non-existent 1900-02-29). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export type DateReading =
  | { readonly ok: true; readonly iso: string }
  | { readonly ok: false; readonly code: "invalid" | "ambiguous" };

/** Serial 60 is Excel's phantom 1900-02-29; serials below it count from one day later. */
const PHANTOM_LEAP_DAY = 60;

/** @example isoToSerial("2026-03-01") // 46082 */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  const days = Math.round((Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) - EPOCH_MS) / DAY_MS);
  return days <= PHANTOM_LEAP_DAY ? days - 1 : days;
}

/** @example serialToIso(46082) // "2026-03-01" (the time of day, if any, is dropped) */
export function serialToIso(serial: number): string {
  const whole = Math.floor(serial);
  const days = whole < PHANTOM_LEAP_DAY ? whole + 1 : whole;
  return new Date(EPOCH_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** Serial numbers that can be a date a person means (1900-01-01 … 2199-12-31). */
export function isPlausibleSerial(value: number): boolean {
  return Number.isFinite(value) && value >= 1 && value < 109_574;
}

function isoOf(year: number, month: number, day: number): DateReading {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? { ok: true, iso: date.toISOString().slice(0, 10) } : { ok: false, code: "invalid" };
}

const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const YEAR_LAST = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;

/**
 * A date typed as text, to an ISO date.
 * @example parseDateText("2026年3月1日") // { ok: true, iso: "2026-03-01" }
 * @example parseDateText("3/1/2026") // { ok: false, code: "ambiguous" }
 */
export function parseDateText(text: string): DateReading {
  const trimmed = text
    .normalize("NFKC")
    .trim()
    .replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, "");
  const yearFirst = YEAR_FIRST.exec(trimmed);
  if (yearFirst) return isoOf(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const yearLast = YEAR_LAST.exec(trimmed);
  if (!yearLast) return { ok: false, code: "invalid" };
  const a = Number(yearLast[1]);
  const b = Number(yearLast[2]);
  const year = Number(yearLast[3]);
  if (a > 12 && b <= 12) return isoOf(year, b, a);
  if (b > 12 && a <= 12) return isoOf(year, a, b);
  if (a === b) return isoOf(year, a, b);
  return { ok: false, code: a > 12 && b > 12 ? "invalid" : "ambiguous" };
}
