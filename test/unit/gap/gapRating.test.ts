/** Reading a rating cell: numbers, labels in either language, full-width input, N/A spellings. */
import { GAP_SCALES, customScale, parseGapRating, type GapScale } from "../../../src/domain/gap";

type Input = Parameters<typeof parseGapRating>[0];
const PROBLEM = { problem: "notOnScale" };

describe("on the maturity scale", () => {
  it.each<[Input, unknown]>([
    ["已定义", { value: 3 }],
    ["Defined", { value: 3 }],
    ["  defined ", { value: 3 }],
    ["ＤＥＦＩＮＥＤ", { value: 3 }],
    ["不存在", { value: 0 }],
    ["Non-existent", { value: 0 }],
    ["non existent", { value: 0 }],
    ["可重复", { value: 2 }],
    ["已管理", { value: 4 }],
    ["优化", { value: 5 }],
    ["Optimized", { value: 5 }],
    ["３", { value: 3 }],
    ["3", { value: 3 }],
    ["3.0", { value: 3 }],
    [0, { value: 0 }],
    [5, { value: 5 }],
    ["3 - 已定义", { value: 3 }],
    ["3 Defined", { value: 3 }],
    ["３．已定义", { value: 3 }],
    ["2 - 已定义", PROBLEM],
    ["N/A", { value: "na" }],
    ["n/a", { value: "na" }],
    ["NA", { value: "na" }],
    ["Ｎ／Ａ", { value: "na" }],
    ["不适用", { value: "na" }],
    ["Not applicable", { value: "na" }],
    ["", { value: null }],
    ["   ", { value: null }],
    [null, { value: null }],
    [undefined, { value: null }],
    [6, PROBLEM],
    [-1, PROBLEM],
    ["-1", PROBLEM],
    [2.5, PROBLEM],
    [Number.NaN, PROBLEM],
    [true, PROBLEM],
    ["Compliant", PROBLEM],
    ["部分符合", PROBLEM],
    ["three", PROBLEM],
  ])("reads %j as %j", (input, result) => {
    expect(parseGapRating(input, GAP_SCALES.maturity)).toEqual(result);
  });
});

describe("on the compliance scale", () => {
  it.each<[Input, unknown]>([
    ["符合", { value: 1 }],
    ["Compliant", { value: 1 }],
    ["部分符合", { value: 0.5 }],
    ["Partially compliant", { value: 0.5 }],
    ["PARTIALLY-COMPLIANT", { value: 0.5 }],
    ["Partial", { value: 0.5 }],
    ["不符合", { value: 0 }],
    ["Non-compliant", { value: 0 }],
    ["noncompliant", { value: 0 }],
    ["不适用", { value: "na" }],
    ["Not applicable", { value: "na" }],
    [0.5, { value: 0.5 }],
    [0.5000000000001, { value: 0.5 }],
    ["0.5", { value: 0.5 }],
    ["０.５", { value: 0.5 }],
    [1, { value: 1 }],
    [0.75, PROBLEM],
    [3, PROBLEM],
    ["Defined", PROBLEM],
  ])("reads %j as %j", (input, result) => {
    expect(parseGapRating(input, GAP_SCALES.compliance)).toEqual(result);
  });
});

describe("on a custom scale", () => {
  const scale: GapScale = customScale([
    { value: 1, label: { en: "Ad hoc", "zh-CN": "临时" } },
    { value: 2, label: { en: "Partial", "zh-CN": "部分" } },
    { value: 3, label: { en: "Largely", "zh-CN": "大部分" } },
    { value: 4, label: { en: "Full", "zh-CN": "完全" } },
    { value: null, label: { en: "Out of scope", "zh-CN": "范围外" } },
  ]);

  it.each<[Input, unknown]>([
    ["Largely", { value: 3 }],
    ["大部分", { value: 3 }],
    ["Partial", { value: 2 }],
    ["Out of scope", { value: "na" }],
    ["范围外", { value: "na" }],
    ["N/A", { value: "na" }],
    [4, { value: 4 }],
    ["0", PROBLEM],
    [5, PROBLEM],
    ["Defined", PROBLEM],
  ])("reads %j as %j", (input, result) => {
    expect(parseGapRating(input, scale)).toEqual(result);
  });

  it("accepts N/A on a scale that defines no N/A point", () => {
    const noNa = customScale([
      { value: 0, label: { en: "No", "zh-CN": "否" } },
      { value: 10, label: { en: "Yes", "zh-CN": "是" } },
    ]);
    expect([parseGapRating("不适用", noNa), parseGapRating("是", noNa)]).toEqual([
      { value: "na" },
      { value: 10 },
    ]);
  });
});
