/** The threat scale the methodology sheet writes: GB/T 20984-2007's 威胁赋值 table, level by level. */
import { DEFAULT_SCALES } from "../../../src/domain/methodology/scales";

it.each([
  [5, "很高", "Very high", "出现的频率很高（或≥1次/周）", "at least once a week"],
  [4, "高", "High", "出现的频率较高（或≥1次/月）", "at least once a month"],
  [3, "中等", "Medium", "出现的频率中等（或>1次/半年）", "more than once every six months"],
  [2, "低", "Low", "出现的频率较小，或一般不太可能发生", "unlikely to occur"],
  [1, "很低", "Very low", "威胁几乎不可能发生", "almost never occurs"],
])("threat frequency %i is %s / %s: %s", (value, zhLabel, enLabel, zhMeaning, enMeaning) => {
  const point = DEFAULT_SCALES.threat.points.find((p) => p.value === value);
  expect(point?.label).toEqual({ en: enLabel, "zh-CN": zhLabel });
  expect(point?.description["zh-CN"]).toContain(zhMeaning);
  expect(point?.description.en).toContain(enMeaning);
});
