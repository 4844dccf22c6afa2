import { isoToSerial, parseDateText, serialToIso } from "../../../src/workbook/cells/excelDates";

describe("dates typed as text", () => {
  it.each([
    ["2026-03-01", "2026-03-01"],
    ["2026/3/1", "2026-03-01"],
    ["2026.3.1", "2026-03-01"],
    ["2026年3月1日", "2026-03-01"],
    ["２０２６年３月１日", "2026-03-01"],
    ["2026-03-01 00:00", "2026-03-01"],
    ["15/3/2026", "2026-03-15"],
    ["3/15/2026", "2026-03-15"],
    ["1/1/2026", "2026-01-01"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseDateText(text)).toEqual({ ok: true, iso });
  });

  it.each([
    ["2026-3-31", "2026-03-31"],
    ["2026年03月31日", "2026-03-31"],
    ["2026年3月31号", "2026-03-31"],
    ["２０２６／３／３１", "2026-03-31"],
    ["2026-03-31T00:00:00", "2026-03-31"],
    ["2026-03-31T00:00:00.000Z", "2026-03-31"],
    ["31 Mar 2026", "2026-03-31"],
    ["31-Mar-2026", "2026-03-31"],
    ["1st April 2026", "2026-04-01"],
    ["March 31, 2026", "2026-03-31"],
    ["Sept 30 2026", "2026-09-30"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseDateText(text)).toEqual({ ok: true, iso });
  });

  it.each([["3/1/2026"], ["12/11/2026"], ["3/4/2026"]])(
    "refuses %s, where day and month could be either",
    (text) => {
      expect(parseDateText(text)).toEqual({ ok: false, code: "ambiguous" });
    },
  );

  it.each([
    ["2026-02-30"],
    ["next week"],
    ["2026/13/1"],
    ["31/31/2026"],
    ["下周"],
    ["TBD"],
    ["ASAP"],
    ["2026年13月"],
    ["2026-00"],
    ["Smarch 2026"],
    ["31 Feb 2026"],
    ["Q2 2026"],
  ])("refuses %s as no date", (text) => {
    expect(parseDateText(text)).toEqual({ ok: false, code: "invalid" });
  });
});

describe("a month without a day", () => {
  it.each([
    ["2026年3月", "2026-03-31"],
    ["2026年3月底", "2026-03-31"],
    ["2026年3月末", "2026-03-31"],
    ["２０２６年４月", "2026-04-30"],
    ["2026-03", "2026-03-31"],
    ["2026/3", "2026-03-31"],
    ["2026.3", "2026-03-31"],
    ["2026.12", "2026-12-31"],
    ["2027年2月", "2027-02-28"],
    ["2028-02", "2028-02-29"],
    ["03/2026", "2026-03-31"],
    ["Mar 2026", "2026-03-31"],
    ["March 2026", "2026-03-31"],
    ["Jun-2026", "2026-06-30"],
  ])("reads %s as the month's last day, %s", (text, iso) => {
    expect(parseDateText(text)).toEqual({ ok: true, iso, monthOnly: true });
  });
});

describe("Excel serial dates", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45658, "2025-01-01"],
    [46082, "2026-03-01"],
  ])("serial %d is %s", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it("drops the time of day", () => {
    expect(serialToIso(46082.75)).toBe("2026-03-01");
  });
});
