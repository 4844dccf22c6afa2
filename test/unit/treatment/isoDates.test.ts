/** Day arithmetic on ISO dates agrees with the calendar, and refuses what is not a date. */
import { isoDay, isoFromDay } from "../../../src/domain/treatment/isoDates";

const MS_PER_DAY = 86_400_000;

it("agrees with the calendar every 3rd day from 1900 to 2200, both ways", () => {
  const wrong: string[] = [];
  for (let day = -25_567; day <= 84_000; day += 3) {
    const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoDay(iso) !== day || isoFromDay(day) !== iso) wrong.push(iso);
  }
  expect(wrong).toEqual([]);
});

it.each(["2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "20260101", "2026-1-01", "下周", "TBD", ""])(
  "refuses %j",
  (text) => {
    expect(isoDay(text)).toBeUndefined();
  },
);

it("takes a leap day and surrounding spaces", () => {
  expect(isoDay("2024-02-29")).toBe(19_782);
  expect(isoDay(" 2026-03-02 ")).toBe(20_514);
});
