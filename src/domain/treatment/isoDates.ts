/**
 * Calendar days for deadline arithmetic: an ISO date (YYYY-MM-DD) as a day number and back. Plain
 * proleptic Gregorian arithmetic (H. Hinnant's days-from-civil), so no time zone moves a date and a
 * 10,000-row plan allocates no Date objects. Bad input gives undefined, never a throw.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The number written at text[from, to), or NaN when a character there is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k) - 48;
    if (code < 0 || code > 9) return NaN;
    value = value * 10 + code;
  }
  return value;
}

/**
 * Days since 1970-01-01 of an ISO date, or undefined when the text is not a real calendar date.
 * @example isoDay("2026-03-02") // 20514
 * @example isoDay("2026-02-30") // undefined
 */
export function isoDay(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const iso = text.length === 10 ? text : text.trim();
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  const [year, month, day] = [digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10)];
  if (!(month >= 1 && month <= 12 && day >= 1)) return undefined;
  const last = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > last) return undefined;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The ISO date of a day number.
 * @example isoFromDay(20514 + 90) // "2026-05-31"
 */
export function isoFromDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${two(month)}-${two(date)}`;
}
