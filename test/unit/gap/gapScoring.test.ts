/** Gap scores on hand-computed fixtures: each scale, not-applicable both ways, weights, and the gap order. */
import {
  GAP_SCALES,
  customScale,
  gapRequirements,
  scoreGap,
  type GapEntry,
  type GapOptions,
  type GapRequirement,
} from "../../../src/domain/gap";
import { expected, requirement, rounded } from "./gapFixtures";

const NULLS = [null, null, null, null] as const;

describe("maturity scale (0–5, default target 3)", () => {
  // Clause 4 with three sub-clauses, clause 5, and controls in themes 5 and 8.
  const requirements: readonly GapRequirement[] = [
    requirement("4", "clause", "4"),
    requirement("4.1", "subclause", "4", "4"),
    requirement("4.2", "subclause", "4", "4"),
    requirement("4.3", "subclause", "4", "4"),
    requirement("5", "clause", "5"),
    requirement("A.5.1", "control", "5"),
    requirement("A.5.2", "control", "5"),
    requirement("A.8.1", "control", "8"),
  ];
  const entries: readonly GapEntry[] = [
    { requirementId: "4", current: 2 },
    { requirementId: "4.1", current: 3, target: 4 },
    { requirementId: "4.2", current: "na" },
    { requirementId: "4.3", current: null },
    { requirementId: "5", current: 5 },
    { requirementId: "A.5.1", current: 1, weight: 2 },
    { requirementId: "A.5.2", current: "na", target: 4 },
    { requirementId: "A.8.1", current: 0 },
  ];
  const exclude = scoreGap(requirements, entries, { scale: GAP_SCALES.maturity });
  const atTarget = scoreGap(requirements, entries, { scale: GAP_SCALES.maturity, notApplicable: "atTarget" });

  it("scores clause 4 over its own row and its sub-clauses, N/A and unrated rows left out", () => {
    // (2 + 3) / 2 / 5 = 0.5; targets (3 + 4) / 2 / 5 = 0.7
    expect(rounded(exclude.clauses[0])).toEqual(expected("4", [0.5, 0.7, 0.2, 5 / 7], [2, 1, 4]));
  });

  it("counts an N/A row at its default target with atTarget", () => {
    // 4.2 counts as 3 of target 3: (2 + 3 + 3) / 3 / 5; targets (3 + 4 + 3) / 3 / 5
    expect(rounded(atTarget.clauses[0])).toEqual(expected("4", [8 / 15, 10 / 15, 2 / 15, 0.8], [2, 1, 4]));
  });

  it("keeps clause 5 and theme 5 apart", () => {
    expect(rounded(exclude.clauses[1])).toEqual(expected("5", [1, 0.6, -0.4, 5 / 3], [1, 0, 1]));
    // 5.1 is 1 of 3 with weight 2; 5.2 is N/A
    expect(rounded(exclude.themes[0])).toEqual(expected("5", [0.2, 0.6, 0.4, 1 / 3], [1, 1, 2]));
  });

  it("counts an N/A control at its own target with atTarget", () => {
    // 5.1: 1 of 3, weight 2; 5.2 counts as 4 of 4: (2 + 4) / 3 / 5, targets (6 + 4) / 3 / 5
    expect(rounded(atTarget.themes[0])).toEqual(expected("5", [0.4, 10 / 15, 4 / 15, 0.6], [1, 1, 2]));
  });

  it("lists the themes in requirement order", () => {
    expect(exclude.themes.map((t) => t.id)).toEqual(["5", "8"]);
    expect(rounded(exclude.themes[1])).toEqual(expected("8", [0, 0.6, 0.6, 0], [1, 0, 1]));
  });

  it("scores overall over clauses and controls together, flat", () => {
    // Σw = 6, Σw·current = 2 + 3 + 5 + 2 + 0 = 12, Σw·target = 3 + 4 + 3 + 6 + 3 = 19
    expect(rounded(exclude.overall)).toEqual(expected("overall", [0.4, 19 / 30, 7 / 30, 12 / 19], [5, 2, 8]));
    // plus 4.2 (3 of 3) and 5.2 (4 of 4): Σw = 8, 19 / 8 / 5, 26 / 8 / 5
    expect(rounded(atTarget.overall)).toEqual(expected("overall", [0.475, 0.65, 0.175, 19 / 26], [5, 2, 8]));
  });

  it("always gives all seven clauses, unrated ones empty", () => {
    expect(exclude.clauses.map((c) => c.id)).toEqual(["4", "5", "6", "7", "8", "9", "10"]);
    expect(rounded(exclude.clauses[6])).toEqual(expected("10", NULLS, [0, 0, 0]));
  });

  it("lists the gaps by weighted gap, ties by requirement order", () => {
    expect(exclude.gaps.map((g) => [g.requirementId, g.gap, g.weighted])).toEqual([
      ["A.5.1", 2, 4],
      ["A.8.1", 3, 3],
      ["4", 1, 1],
      ["4.1", 1, 1],
    ]);
  });

  it("describes a gap in scale units with its group and kind", () => {
    expect(exclude.gaps[0]).toEqual({
      requirementId: "A.5.1",
      kind: "control",
      group: "5",
      current: 1,
      target: 3,
      weight: 2,
      gap: 2,
      weighted: 4,
    });
  });

  it("lists no gap for N/A rows, even when they count at target", () => {
    expect(atTarget.gaps.map((g) => g.requirementId)).toEqual(["A.5.1", "A.8.1", "4", "4.1"]);
  });
});

describe("compliance scale (1 / 0.5 / 0, default target 1)", () => {
  const requirements: readonly GapRequirement[] = [
    requirement("6", "clause", "6"),
    requirement("6.1", "subclause", "6", "6"),
    requirement("6.1.1", "subclause", "6", "6.1"),
    requirement("6.1.2", "subclause", "6", "6.1"),
    requirement("6.2", "subclause", "6", "6"),
    requirement("7", "clause", "7"),
    requirement("7.1", "subclause", "7", "7"),
  ];
  const entries: readonly GapEntry[] = [
    { requirementId: "6", current: 1 },
    { requirementId: "6.1", current: 0.5 },
    { requirementId: "6.1.1", current: 0 },
    { requirementId: "6.1.2", current: "na" },
    { requirementId: "6.2", current: 0.5, weight: 3 },
    { requirementId: "7", current: "na" },
    { requirementId: "7.1", current: 1 },
  ];
  const exclude = scoreGap(requirements, entries, { scale: GAP_SCALES.compliance });
  const atTarget = scoreGap(requirements, entries, {
    scale: GAP_SCALES.compliance,
    notApplicable: "atTarget",
  });

  it("scores clause 6 with N/A excluded", () => {
    // (1 + 0.5 + 0 + 3 × 0.5) / 6
    expect(rounded(exclude.clauses[2])).toEqual(expected("6", [0.5, 1, 0.5, 0.5], [4, 1, 5]));
  });

  it("scores clause 6 with N/A at target", () => {
    expect(rounded(atTarget.clauses[2])).toEqual(expected("6", [4 / 7, 1, 3 / 7, 4 / 7], [4, 1, 5]));
  });

  it("rolls sub-clause 6.1 up over itself and its children, N/A both ways", () => {
    expect(exclude.subClauses.map((s) => s.id)).toEqual(["6.1"]);
    expect(rounded(exclude.subClauses[0])).toEqual(expected("6.1", [0.25, 1, 0.75, 0.25], [2, 1, 3]));
    expect(rounded(atTarget.subClauses[0])).toEqual(expected("6.1", [0.5, 1, 0.5, 0.5], [2, 1, 3]));
  });

  it("scores a clause whose main row is N/A from its other rows", () => {
    expect(rounded(exclude.clauses[3])).toEqual(expected("7", [1, 1, 0, 1], [1, 1, 2]));
  });

  it("scores overall both ways", () => {
    expect(rounded(exclude.overall)).toEqual(expected("overall", [4 / 7, 1, 3 / 7, 4 / 7], [5, 2, 7]));
    expect(rounded(atTarget.overall)).toEqual(expected("overall", [6 / 9, 1, 3 / 9, 6 / 9], [5, 2, 7]));
  });

  it("gives no themes when no control is rated as a requirement", () => {
    expect(exclude.themes).toEqual([]);
  });

  it("lists the gaps: partial with weight 3 first, then non-compliant, then partial", () => {
    expect(exclude.gaps.map((g) => [g.requirementId, g.gap, g.weighted])).toEqual([
      ["6.2", 0.5, 1.5],
      ["6.1.1", 1, 1],
      ["6.1", 0.5, 0.5],
    ]);
  });
});

describe("custom 1–4 scale (default target 3, its own N/A label)", () => {
  const scale = customScale(
    [
      { value: 1, label: { en: "Ad hoc", "zh-CN": "临时" } },
      { value: 2, label: { en: "Partial", "zh-CN": "部分" } },
      { value: 3, label: { en: "Largely", "zh-CN": "大部分" } },
      { value: 4, label: { en: "Full", "zh-CN": "完全" } },
      { value: null, label: { en: "Out of scope", "zh-CN": "范围外" } },
    ],
    { defaultTarget: 3 },
  );
  const requirements: readonly GapRequirement[] = [
    requirement("A.9.1.1", "control", "A.9"),
    requirement("A.9.1.2", "control", "A.9"),
    requirement("A.9.2.1", "control", "A.9"),
    requirement("A.12.1.1", "control", "A.12"),
    requirement("A.12.1.2", "control", "A.12"),
  ];
  const entries: readonly GapEntry[] = [
    { requirementId: "A.9.1.1", current: 2 },
    { requirementId: "A.9.1.2", current: 4, target: 4 },
    { requirementId: "A.9.2.1", current: "na", target: 2 },
    { requirementId: "A.12.1.1", current: 1, weight: 0.5 },
    { requirementId: "A.12.1.2", current: null },
  ];
  const exclude = scoreGap(requirements, entries, { scale });
  const atTarget = scoreGap(requirements, entries, { scale, notApplicable: "atTarget" });

  it("divides by the scale's highest value, 4", () => {
    // (2 + 4) / 2 / 4 = 0.75; targets (3 + 4) / 2 / 4
    expect(rounded(exclude.themes[0])).toEqual(expected("A.9", [0.75, 0.875, 0.125, 6 / 7], [2, 1, 3]));
    expect(rounded(exclude.themes[1])).toEqual(expected("A.12", [0.25, 0.75, 0.5, 1 / 3], [1, 0, 2]));
  });

  it("counts the N/A control at its target of 2 with atTarget", () => {
    expect(rounded(atTarget.themes[0])).toEqual(expected("A.9", [8 / 12, 0.75, 1 / 12, 8 / 9], [2, 1, 3]));
  });

  it("scores overall with a half weight both ways", () => {
    // Σw = 2.5: (6 + 0.5) / 2.5 / 4, (7 + 1.5) / 2.5 / 4
    expect(rounded(exclude.overall)).toEqual(expected("overall", [0.65, 0.85, 0.2, 13 / 17], [3, 1, 5]));
    // Σw = 3.5: (8 + 0.5) / 3.5 / 4, (9 + 1.5) / 3.5 / 4
    expect(rounded(atTarget.overall)).toEqual(
      expected("overall", [8.5 / 14, 0.75, 2 / 14, 17 / 21], [3, 1, 5]),
    );
  });

  it("still lists all seven clauses, each empty", () => {
    expect(exclude.clauses.map((c) => [c.id, c.total, c.score])).toEqual(
      ["4", "5", "6", "7", "8", "9", "10"].map((id) => [id, 0, null]),
    );
  });
});

describe("weights", () => {
  const requirements = [requirement("4.1", "subclause", "4", "4"), requirement("4.2", "subclause", "4", "4")];
  const options: GapOptions = { scale: GAP_SCALES.maturity };
  const overall = (w1: number | null | undefined, w2: number | null | undefined): number | null =>
    scoreGap(
      requirements,
      [
        { requirementId: "4.1", current: 1, weight: w1 },
        { requirementId: "4.2", current: 5, weight: w2 },
      ],
      options,
    ).overall.score;

  it.each([
    ["equal weights", 1, 1, 0.6],
    ["blank weights, taken as 1", null, undefined, 0.6],
    ["more weight on the weak row", 3, 1, 0.4],
    ["more weight on the strong row", 1, 3, 0.8],
    ["weight 0 leaves a row out", 0, 1, 1],
    ["a negative weight, taken as blank", -2, 1, 0.6],
  ])("%s", (_, w1, w2, score) => {
    expect(overall(w1, w2)).toBeCloseTo(score, 12);
  });

  it("gives no score when every counted row weighs 0", () => {
    expect(overall(0, 0)).toBeNull();
  });

  it("breaks a weighted tie by the larger gap", () => {
    const rows = ["7.1", "7.2", "7.3"].map((id) => requirement(id, "subclause", "7", "7"));
    const { gaps } = scoreGap(
      rows,
      [
        { requirementId: "7.1", current: 2, weight: 2 }, // gap 1, weighted 2
        { requirementId: "7.2", current: 1, weight: 1 }, // gap 2, weighted 2
        { requirementId: "7.3", current: 0, weight: 1 }, // gap 3, weighted 3
      ],
      options,
    );
    expect(gaps.map((g) => g.requirementId)).toEqual(["7.3", "7.2", "7.1"]);
  });

  it("keeps a weight-0 gap, last", () => {
    const rows = ["7.1", "7.2"].map((id) => requirement(id, "subclause", "7", "7"));
    const { gaps } = scoreGap(
      rows,
      [
        { requirementId: "7.1", current: 0, weight: 0 },
        { requirementId: "7.2", current: 2 },
      ],
      options,
    );
    expect(gaps.map((g) => [g.requirementId, g.weighted])).toEqual([
      ["7.2", 1],
      ["7.1", 0],
    ]);
  });
});

describe("telling clause 5.1 from control 5.1 (2022)", () => {
  const requirements = gapRequirements("2022");
  const rated = (entry: GapEntry): readonly (string | number)[] =>
    scoreGap(requirements, [entry], { scale: GAP_SCALES.maturity })
      .gaps.map((g) => [g.requirementId, g.kind])
      .flat();

  it.each<[string, GapEntry, readonly string[]]>([
    ["a plain 5.1 is the clause", { requirementId: "5.1", current: 0 }, ["5.1", "subclause"]],
    ["A.5.1 is the control", { requirementId: "A.5.1", current: 0 }, ["A.5.1", "control"]],
    ["A5.1 is the control", { requirementId: "A5.1", current: 0 }, ["A.5.1", "control"]],
    [
      "5.1 of kind control is the control",
      { requirementId: "5.1", kind: "control", current: 0 },
      ["A.5.1", "control"],
    ],
    [
      "a plain 5.23 is the control: no clause has that id",
      { requirementId: " 5.23 ", current: 0 },
      ["A.5.23", "control"],
    ],
    [
      "a plain 5.23 said to be a clause is nothing",
      { requirementId: "5.23", kind: "subclause", current: 0 },
      [],
    ],
  ])("%s", (_, entry, gap) => {
    expect(rated(entry)).toEqual(gap);
  });

  it("finds a 2013 control from its plain id", () => {
    const { gaps } = scoreGap(gapRequirements("2013"), [{ requirementId: "9.2.3", current: 1 }], {
      scale: GAP_SCALES.maturity,
    });
    expect(gaps.map((g) => [g.requirementId, g.group])).toEqual([["A.9.2.3", "A.9"]]);
  });
});

describe("entries", () => {
  const requirements = [requirement("9", "clause", "9"), requirement("9.1", "subclause", "9", "9")];
  const options: GapOptions = { scale: GAP_SCALES.maturity };

  it("ignores entries for requirements not listed", () => {
    const scores = scoreGap(
      requirements,
      [
        { requirementId: "9", current: 4 },
        { requirementId: "9.9", current: 0 },
      ],
      options,
    );
    expect([scores.overall.score, scores.overall.rated, scores.overall.total]).toEqual([0.8, 1, 2]);
  });

  it("uses the first entry for a requirement", () => {
    const scores = scoreGap(
      requirements,
      [
        { requirementId: "9", current: 4 },
        { requirementId: "9", current: 0 },
      ],
      options,
    );
    expect(scores.overall.score).toBe(0.8);
  });

  it("uses the scale's default target for a blank target and reports no ratio against a target of 0", () => {
    const scores = scoreGap(
      requirements,
      [
        { requirementId: "9", current: 2, target: null },
        { requirementId: "9.1", current: 0, target: 0 },
      ],
      options,
    );
    // targets (3 + 0) / 2 / 5 = 0.3; the 9.1 row alone would have target 0
    expect(scores.overall.target).toBeCloseTo(0.3, 12);
    expect(scores.gaps.map((g) => [g.requirementId, g.target])).toEqual([["9", 3]]);
    const zero = scoreGap(
      [requirement("9.1", "subclause", "9", "9")],
      [{ requirementId: "9.1", current: 0, target: 0 }],
      options,
    );
    expect([zero.overall.score, zero.overall.target, zero.overall.gap, zero.overall.ofTarget]).toEqual([
      0,
      0,
      0,
      null,
    ]);
  });

  it("leaves unrated requirements out of every mean, targets too", () => {
    const scores = scoreGap(requirements, [{ requirementId: "9.1", current: 5, target: 5 }], options);
    expect([scores.overall.score, scores.overall.target, scores.overall.rated]).toEqual([1, 1, 1]);
  });

  it("scores nothing when nothing is rated", () => {
    const scores = scoreGap(requirements, [], options);
    expect(rounded(scores.overall)).toEqual(expected("overall", NULLS, [0, 0, 2]));
    expect(scores.gaps).toEqual([]);
  });
});
