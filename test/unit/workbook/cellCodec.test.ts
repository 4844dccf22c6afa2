/** Reading one cell under its column's type: words for options, statuses and levels; numbers; control ids. */
import { readCell } from "../../../src/workbook/cells/cellCodec";
import { parseWorkbook } from "../../../src/workbook/read/parseWorkbook";
import { column } from "../../../src/workbook/schema/columnSchema";
import type { RawValue } from "../../../src/workbook/sheetData";

const option = column("option", "Treatment option", "处置方式", "option");
const status = column("status", "Status", "状态", "status");
const level = column("level", "Risk level", "风险等级", "level");
const rating = column("likelihood", "Likelihood", "可能性", "rating");
const controls = column("controls", "Annex A controls", "控制项", "controls");

describe("treatment options written as consultants write them", () => {
  it.each([
    ["风险降低", "reduce"],
    ["风险规避", "avoid"],
    ["风险转移", "transfer"],
    ["风险接受", "accept"],
    ["Mitigation", "reduce"],
    ["Mitigate", "reduce"],
    ["Reduce risk", "reduce"],
    ["Risk accepted", "accept"],
  ])("%j is %j", (text, key) => {
    expect(readCell(option, text)).toEqual({ value: key });
  });

  it("keeps text that names no option as the measures, with a note, instead of dropping it", () => {
    expect(readCell(option, "看情况")).toEqual({
      spill: { measures: "看情况" },
      problem: "workbook.option.freeText",
    });
  });

  it("reports a placeholder that is neither an option nor measures", () => {
    expect(readCell(option, "N/A")).toEqual({ problem: "workbook.term.unknown" });
  });

  it("reports a status it does not know", () => {
    expect(readCell(status, "Pending budget")).toEqual({ problem: "workbook.term.unknown" });
  });
});

describe("levels written as numbers or as their names", () => {
  it.each<[RawValue, number]>([
    [3, 3],
    ["4", 4],
    ["很低", 1],
    ["低", 2],
    ["中等", 3],
    ["中", 3],
    ["高", 4],
    ["很高", 5],
    ["Very low", 1],
    ["Low", 2],
    ["Medium", 3],
    ["High", 4],
    ["Very high", 5],
  ])("%j is level %j", (raw, value) => {
    expect(readCell(level, raw).value).toBe(value);
  });

  it("reports a level that is neither a number nor a level name", () => {
    expect(readCell(level, "严重?")).toEqual({ problem: "workbook.term.unknown" });
  });
});

describe("numbers stored as text", () => {
  it.each<[string, number]>([
    ["4", 4],
    [" 2.5 ", 2.5],
    ["1,234", 1234],
    ["12,345.5", 12345.5],
    ["-3", -3],
    ["４", 4],
  ])("%j reads as %j", (text, value) => {
    expect(readCell(rating, text)).toEqual({ value, problem: "workbook.number.text" });
  });

  it.each(["2,5", "0x3", "1e3", "Infinity", "1,23", "12,34,567", ".", "3 4", "+"])(
    "%j is not a number",
    (text) => {
      expect(readCell(rating, text)).toEqual({ problem: "workbook.number.invalid" });
    },
  );
});

describe("control ids stored as numbers", () => {
  it("reads the id and warns that the column must be text", () => {
    expect(readCell(controls, 5.1)).toEqual({ value: ["5.1"], problem: "workbook.control.numeric" });
  });

  it("warns for an SoA control id too, but not for a risk id that is a number", () => {
    const soaControl = column("controlId", "Control", "条款", "id", { controlIds: true });
    const riskId = column("riskId", "Risk ID", "风险编号", "id");
    expect(readCell(soaControl, 8.1)).toEqual({ value: "8.1", problem: "workbook.control.numeric" });
    expect(readCell(riskId, 12)).toEqual({ value: "12" });
  });

  it("does not warn for ids typed as text", () => {
    expect(readCell(controls, "5.10")).toEqual({ value: ["5.10"] });
  });
});

describe("reading a treatment plan with unknown words and numeric control ids", () => {
  const parsed = parseWorkbook({
    sheets: [
      {
        name: "处置",
        row: 0,
        column: 0,
        tables: [],
        values: [
          ["风险编号", "处置方式", "处置措施", "控制项", "责任人", "计划完成日期", "状态"],
          ["R-1", "风险降低", "隔离备份", 5.1, "张伟", "2026-05-01", "进行中"],
          ["R-2", "看情况", "购买保险", "5.10", "李娜", "2026-05-01", "等预算"],
        ],
      },
    ],
    metadata: null,
  });

  it("reads the option it knows", () => {
    expect(parsed.treatments.map((t) => t.option)).toEqual(["reduce", undefined]);
  });

  it("keeps the measures already written when the option cell holds other text", () => {
    expect(parsed.treatments.map((t) => t.measures)).toEqual(["隔离备份", "购买保险"]);
  });

  it("notes the option cell whose text was kept as measures", () => {
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({
        code: "workbook.option.freeText",
        severity: "info",
        cell: "B3",
        params: expect.objectContaining({ value: "看情况" }),
      }),
    );
  });

  it.each([
    ["workbook.control.numeric", "D2", "5.1"],
    ["workbook.term.unknown", "G3", "等预算"],
  ])("reports %s at %s", (code, cell, value) => {
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({
        code,
        severity: "warning",
        sheet: "处置",
        cell,
        params: expect.objectContaining({ value }),
      }),
    );
  });
});
