/**
 * Reading the values clients really write: dates to the month, yes/no words of both languages, free text
 * in an option column, 2013 control ids, ranges, and control ids Excel stored as numbers.
 */
import { controlIdFromNumber, readCell, splitOption } from "../../../src/workbook/cells/cellCodec";
import { column } from "../../../src/workbook/schema/columnSchema";
import type { RawValue } from "../../../src/workbook/sheetData";

const due = column("dueDate", "Planned completion", "计划完成日期", "date");
const applicable = column("applicable", "Applicable", "是否适用", "boolean");
const option = column("option", "Treatment option", "处置方式", "option");
const status = column("status", "Status", "状态", "status");
const controls = column("controls", "Annex A controls", "控制项", "controls");
const soaControl = column("controlId", "Control", "条款", "id", { controlIds: true });

describe("due dates written to the month", () => {
  it.each([
    ["2026年3月", "2026-03-31"],
    ["2026年3月底", "2026-03-31"],
    ["2026年2月末", "2026-02-28"],
    ["2028-02", "2028-02-29"],
    ["2026/6", "2026-06-30"],
    ["March 2026", "2026-03-31"],
  ])("reads %j as the month's last day, %s, with a note", (text, iso) => {
    expect(readCell(due, text)).toEqual({
      value: iso,
      problem: "workbook.date.month",
      params: { date: iso },
    });
  });

  it("notes a date typed with its day as text, not as a month", () => {
    expect(readCell(due, "2026年3月31日")).toEqual({ value: "2026-03-31", problem: "workbook.date.text" });
  });

  it.each(["下周", "TBD", "ASAP", "2026年3月中旬"])("reports %j as no date rather than guessing", (text) => {
    expect(readCell(due, text)).toEqual({ problem: "workbook.date.invalid" });
  });

  it("still refuses a day/month order it cannot tell", () => {
    expect(readCell(due, "3/4/2026")).toEqual({ problem: "workbook.date.ambiguous" });
  });
});

describe("yes/no answers", () => {
  it.each<[RawValue, boolean]>([
    ["是", true],
    ["否", false],
    ["适用", true],
    ["不适用", false],
    ["Y", true],
    ["N", false],
    ["Yes", true],
    ["No", false],
    ["Included", true],
    ["Excluded", false],
    ["包含", true],
    ["删减", false],
    ["排除", false],
    ["采用", true],
    ["不采用", false],
    ["√", true],
    ["×", false],
    ["✔", true],
    ["✘", false],
    ["✓", true],
    ["✗", false],
    ["Ｙ", true],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["1", true],
    ["0", false],
  ])("%j is %j", (raw, value) => {
    expect(readCell(applicable, raw)).toEqual({ value });
  });

  it.each(["部分适用", "Partially", "Partial", "部分", "partly applicable"])(
    "reads %j as yes, noting that it applies in part",
    (text) => {
      expect(readCell(applicable, text)).toEqual({ value: true, problem: "workbook.yesNo.partial" });
    },
  );

  it.each<RawValue>(["待定", "maybe", 2, 0.5])("reports %j instead of dropping it", (raw) => {
    expect(readCell(applicable, raw)).toEqual({ problem: "workbook.term.unknown" });
  });
});

describe("splitOption", () => {
  it.each([
    ["降低", { option: "reduce" }],
    ["Tolerate", { option: "accept" }],
    ["降低：部署WAF", { option: "reduce", measures: "部署WAF" }],
    ["Reduce - enable MFA", { option: "reduce", measures: "enable MFA" }],
    ["降低（部署WAF）", { option: "reduce", measures: "部署WAF" }],
    ["Mitigate: MFA for admins", { option: "reduce", measures: "MFA for admins" }],
    ["接受风险，管理层签字", { option: "accept", measures: "管理层签字" }],
    ["转移：购买网络安全保险", { option: "transfer", measures: "购买网络安全保险" }],
    [
      "Avoid. Decommission the legacy FTP server",
      { option: "avoid", measures: "Decommission the legacy FTP server" },
    ],
    ["降低。", { option: "reduce" }],
    ["降低 / Reduce", { option: "reduce" }],
  ])("reads %j as %j", (text, expected) => {
    expect(splitOption(text)).toEqual(expected);
  });

  it.each([
    "部署WAF并开启双因素认证",
    "Enable MFA for all admins",
    "控制访问权限",
    "Treatment pending budget",
  ])("keeps %j, which names no option, as measures only", (text) => {
    expect(splitOption(text)).toEqual({ measures: text });
  });

  it.each(["", "  ", "-", "/", "N/A", "TBD", "无"])("reads the placeholder %j as nothing", (text) => {
    expect(splitOption(text)).toEqual({});
  });

  it.each(["降低/转移", "Reduce or accept", "接受；转移"])(
    "reads %j, which names two options, as nothing",
    (text) => {
      expect(splitOption(text)).toEqual({});
    },
  );
});

describe("an option cell holding more than the option", () => {
  it("reads the option and spills the rest into the measures, with a note", () => {
    expect(readCell(option, "降低：部署WAF")).toEqual({
      value: "reduce",
      spill: { measures: "部署WAF" },
      problem: "workbook.option.freeText",
    });
  });

  it("reads an option word alone with no note", () => {
    expect(readCell(option, "Transfer")).toEqual({ value: "transfer" });
  });
});

describe("statuses practitioners write", () => {
  it.each([
    ["已完成", "done"],
    ["完成", "done"],
    ["已关闭", "done"],
    ["Closed", "done"],
    ["Completed", "done"],
    ["Done", "done"],
    ["进行中", "inProgress"],
    ["实施中", "inProgress"],
    ["In progress", "inProgress"],
    ["Ongoing", "inProgress"],
    ["未开始", "notStarted"],
    ["计划中", "notStarted"],
    ["Open", "notStarted"],
    ["Not started", "notStarted"],
    ["Planned", "notStarted"],
  ])("%j is %j", (text, value) => {
    expect(readCell(status, text)).toEqual({ value });
  });
});

describe("2013 control ids in a controls column", () => {
  it("keeps the 2013 id as written and notes the 2022 ids it maps to", () => {
    expect(readCell(controls, "A.12.6.1")).toEqual({
      value: ["A.12.6.1"],
      problem: "workbook.control.legacy",
      params: { value: "A.12.6.1", ids: "8.8" },
    });
  });

  it("notes several 2013 ids once for the cell, each 2022 id once", () => {
    expect(readCell(controls, "A.12.4.1; A.12.4.3, 5.15, A.18.2.3")).toEqual({
      value: ["A.12.4.1", "A.12.4.3", "5.15", "A.18.2.3"],
      problem: "workbook.control.legacy",
      params: { value: "A.12.4.1, A.12.4.3, A.18.2.3", ids: "8.15, 5.36, 8.8" },
    });
  });

  it("keeps unknown tokens in the list without a note", () => {
    expect(readCell(controls, "5.1, 待定")).toEqual({ value: ["5.1", "待定"] });
  });

  it("lists every control of a range", () => {
    expect(readCell(controls, "A.5.15–A.5.18")).toEqual({ value: ["5.15", "5.16", "5.17", "5.18"] });
  });
});

describe("controlIdFromNumber", () => {
  it.each([
    [5.3, "ICT readiness for business continuity", "5.30"],
    [5.3, "业务连续性的ICT就绪", "5.30"],
    [5.3, "5.30 ICT readiness for business continuity", "5.30"],
    [5.3, "ict readiness", "5.30"],
    [8.1, "Information deletion", "8.10"],
    [5.1, "Acceptable use of information and other associated assets", "5.10"],
  ])("reads %d titled %j as %s", (n, title, id) => {
    expect(controlIdFromNumber(n, title)).toEqual({ id, problem: "workbook.control.numericFixed" });
  });

  it.each<[number, string | undefined]>([
    [5.3, "Segregation of duties"],
    [5.3, "职责分离"],
    [5.3, undefined],
    [5.3, ""],
    [5.3, "Something else"],
  ])("keeps %d titled %j as written, with the warning", (n, title) => {
    expect(controlIdFromNumber(n, title)).toEqual({ id: String(n), problem: "workbook.control.numeric" });
  });

  it("reads a number without floating-point noise", () => {
    expect(controlIdFromNumber(5.300000000000001, undefined).id).toBe("5.3");
  });

  it("has no zero to restore on a two-digit id", () => {
    expect(controlIdFromNumber(8.15, "Logging")).toEqual({ id: "8.15", problem: "workbook.control.numeric" });
  });

  it("is what readCell uses for an SoA control id stored as a number, given the row's title", () => {
    expect(readCell(soaControl, 5.3, { title: "ICT readiness for business continuity" })).toEqual({
      value: "5.30",
      problem: "workbook.control.numericFixed",
      params: { id: "5.30" },
    });
    expect(readCell(soaControl, 5.3)).toEqual({ value: "5.3", problem: "workbook.control.numeric" });
  });

  it("is what readCell uses for a controls column stored as a number", () => {
    expect(readCell(controls, 8.1, { title: "信息删除" })).toEqual({
      value: ["8.10"],
      problem: "workbook.control.numericFixed",
      params: { id: "8.10" },
    });
  });
});
