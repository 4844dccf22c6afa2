/** The preset scales of the methodology and the checks on a custom scale. */
import { GAP_SCALES, checkCustomScale, customScale, type GapScalePoint } from "../../../src/domain/gap";

const p = (value: number | null, en: string, zh: string, aliases?: readonly string[]): GapScalePoint => ({
  value,
  label: { en, "zh-CN": zh },
  ...(aliases ? { aliases } : {}),
});

describe("preset scales", () => {
  it("rates maturity 0–5 with the CMM level names, plus N/A; default target 3", () => {
    const { points, max, defaultTarget, id } = GAP_SCALES.maturity;
    expect(points.map((pt) => [pt.value, pt.label["zh-CN"], pt.label.en])).toEqual([
      [0, "不存在", "Non-existent"],
      [1, "初始", "Initial"],
      [2, "可重复", "Repeatable"],
      [3, "已定义", "Defined"],
      [4, "已管理", "Managed"],
      [5, "优化", "Optimised"],
      [null, "不适用", "Not applicable"],
    ]);
    expect([id, max, defaultTarget]).toEqual(["maturity", 5, 3]);
  });

  it("rates compliance 1 / 0.5 / 0, plus N/A; default target 1", () => {
    const { points, max, defaultTarget, id } = GAP_SCALES.compliance;
    expect(points.map((pt) => [pt.value, pt.label["zh-CN"], pt.label.en])).toEqual([
      [1, "符合", "Compliant"],
      [0.5, "部分符合", "Partially compliant"],
      [0, "不符合", "Non-compliant"],
      [null, "不适用", "Not applicable"],
    ]);
    expect([id, max, defaultTarget]).toEqual(["compliance", 1, 1]);
  });
});

describe("custom scales", () => {
  const oneToFour = [
    p(1, "Ad hoc", "临时"),
    p(2, "Partial", "部分"),
    p(3, "Largely", "大部分"),
    p(4, "Full", "完全"),
  ];

  it("takes the largest value as max and, by default, as target", () => {
    expect(checkCustomScale(oneToFour)).toEqual({
      ok: true,
      scale: { id: "custom", points: oneToFour, max: 4, defaultTarget: 4 },
    });
  });

  it("accepts points in descending order", () => {
    const scale = customScale([...oneToFour].reverse());
    expect([scale.max, scale.points[0]?.value]).toEqual([4, 4]);
  });

  it("takes a default target that is on the scale", () => {
    expect(customScale(oneToFour, { defaultTarget: 3 }).defaultTarget).toBe(3);
  });

  it("allows one point to carry the same label in both languages", () => {
    expect(checkCustomScale([p(1, "L1", "L1"), p(2, "L2", "L2")]).ok).toBe(true);
  });

  it.each<[string, readonly GapScalePoint[], unknown]>([
    ["no points", [], { code: "scale.tooFewPoints" }],
    [
      "one numeric point and N/A",
      [p(1, "One", "一"), p(null, "N/A", "不适用")],
      { code: "scale.tooFewPoints" },
    ],
    [
      "a value used twice",
      [p(1, "Low", "低"), p(1, "High", "高")],
      { code: "scale.valueDuplicate", index: 1 },
    ],
    [
      "two N/A points",
      [p(0, "No", "否"), p(1, "Yes", "是"), p(null, "N/A", "不适用"), p(null, "Excluded", "排除")],
      { code: "scale.valueDuplicate", index: 3 },
    ],
    ["a negative value", [p(-1, "Minus", "负"), p(1, "One", "一")], { code: "scale.valueInvalid", index: 0 }],
    [
      "an infinite value",
      [p(1, "One", "一"), p(Infinity, "All", "全部")],
      { code: "scale.valueInvalid", index: 1 },
    ],
    ["a point with no label", [p(1, "One", "一"), p(2, " ", "")], { code: "scale.labelMissing", index: 1 }],
    [
      "a label on two points, case aside",
      [p(1, "High", "高"), p(2, "HIGH", "很高")],
      { code: "scale.labelDuplicate", index: 1 },
    ],
    [
      "an alias that is another point's label",
      [p(1, "Low", "低"), p(2, "High", "高", ["低"])],
      { code: "scale.labelDuplicate", index: 1 },
    ],
  ])("refuses %s", (_, points, error) => {
    expect(checkCustomScale(points)).toEqual({ ok: false, error });
  });

  it("refuses a default target that is not on the scale", () => {
    expect(checkCustomScale(oneToFour, { defaultTarget: 2.5 })).toEqual({
      ok: false,
      error: { code: "scale.targetNotOnScale" },
    });
  });

  it("throws from customScale on a scale it would refuse", () => {
    expect(() => customScale([p(1, "One", "一")])).toThrow("scale.tooFewPoints");
  });
});
