/**
 * Dates as Excel stores them (serial day numbers, 1900 system) and as people type them. Typed dates
 * are read when the order of day and month is certain: year first (`2026-03-01`, `2026/3/1`,
 * `2026.3.1`, `2026年3月1日`), a month written as a word (`31 Mar 2026`, `March 31, 2026`), or
 * day/month/year where one part is above 12 (`15/3/2026`, `3/15/2026`). `3/1/2026` reads as 1 March in
 * Europe and 3 January in the US, so it is refused as ambiguous rather than guessed. A month without a
 * day (`2026年3月`, `2026年3月底`, `2026-03`, `March 2026`) is a deadline at the month's end: it reads as
 * the last day, marked so the reader can say so. Words such as "下周", "TBD" or "ASAP" are no date.
 */

/** 1899-12-30: day 0 of Excel's 1900 date system (which counts the non-existent 1900-02-29). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export type DateReading =
  | {
      readonly ok: true;
      readonly iso: string;
      /** Set when the text named a month only and `iso` is that month's last day. */
      readonly monthOnly?: true;
    }
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

/** The last day of a month, as a reading marked month-only. */
function monthEnd(year: number, month: number): DateReading {
  if (month < 1 || month > 12) return { ok: false, code: "invalid" };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const reading = isoOf(year, month, last);
  return reading.ok ? { ...reading, monthOnly: true } : reading;
}

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** 1–12 for an English month name or its abbreviation ("Mar", "March", "Sept"), else undefined. */
function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = MONTH_NAMES.findIndex(
    (name) => lower === name || lower === name.slice(0, 3) || (lower === "sept" && name === "september"),
  );
  return index < 0 ? undefined : index + 1;
}

const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const YEAR_LAST = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;
/** A year and a month: "2026年3月", "2026年3月底", "2026-03", "2026/3", "2026.3". */
const YEAR_MONTH = /^(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(?:底|末|份)?|[-/.]\s*(\d{1,2}))$/;
/** A month and a year: "03/2026", "3-2026". */
const MONTH_YEAR = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/;
/** "31 Mar 2026", "31-Mar-2026", "31st March 2026". */
const DAY_NAMED_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]+)\.?[\s\-/.,]*(\d{4})$/i;
/** "March 31, 2026", "Mar 31 2026". */
const NAMED_MONTH_DAY = /^([a-z]+)\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?[\s,]*(\d{4})$/i;
/** "Mar 2026", "March 2026", "Mar-2026". */
const NAMED_MONTH = /^([a-z]+)\.?[\s\-/.,]*(\d{4})$/i;
/** A time of day after the date ("2026-03-01 00:00", "2026-03-01T00:00:00Z"). */
const TIME_OF_DAY = /(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

/** Dates whose month is a word: never ambiguous. */
function namedMonthDate(text: string): DateReading | null {
  const dayFirst = DAY_NAMED_MONTH.exec(text);
  const monthFirst = dayFirst ? null : NAMED_MONTH_DAY.exec(text);
  const [day, name, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : [monthFirst?.[2], monthFirst?.[1], monthFirst?.[3]];
  const month = monthNumber(name ?? "");
  if (day !== undefined && month !== undefined) return isoOf(Number(year), month, Number(day));
  const monthOnly = NAMED_MONTH.exec(text);
  const named = monthNumber(monthOnly?.[1] ?? "");
  return monthOnly && named !== undefined ? monthEnd(Number(monthOnly[2]), named) : null;
}

/** Dates with the year first, with or without a day. */
function yearFirstDate(text: string): DateReading | null {
  const full = YEAR_FIRST.exec(text);
  if (full) return isoOf(Number(full[1]), Number(full[2]), Number(full[3]));
  const month = YEAR_MONTH.exec(text);
  if (month) return monthEnd(Number(month[1]), Number(month[2] ?? month[3]));
  const monthYear = MONTH_YEAR.exec(text);
  return monthYear ? monthEnd(Number(monthYear[2]), Number(monthYear[1])) : null;
}

/**
 * A date typed as text, to an ISO date.
 * @example parseDateText("2026年3月1日") // { ok: true, iso: "2026-03-01" }
 * @example parseDateText("2026年3月底") // { ok: true, iso: "2026-03-31", monthOnly: true }
 * @example parseDateText("3/1/2026") // { ok: false, code: "ambiguous" }
 */
export function parseDateText(text: string): DateReading {
  const trimmed = text.normalize("NFKC").trim().replace(TIME_OF_DAY, "");
  const certain = yearFirstDate(trimmed) ?? namedMonthDate(trimmed);
  if (certain) return certain;
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
