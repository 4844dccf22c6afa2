/** The rows of a gap analysis for each standard: clauses 4–10 then Annex A, with their roll-up groups. */
import { controlTitle } from "../../../src/domain/catalog";
import { GAP_SCALES, gapRequirements, scoreGap } from "../../../src/domain/gap";

const CLAUSE_IDS = ["4", "5", "6", "7", "8", "9", "10"];

describe.each([
  ["2022", 93, ["5", "8"], [37, 8, 14, 34]],
  ["2013", 114, ["A.5", "A.18"], [2, 7, 6, 10, 14, 2, 15, 14, 7, 13, 5, 7, 4, 8]],
] as const)("ISO/IEC 27001:%s", (standard, controlCount, [firstGroup, lastGroup], groupSizes) => {
  const requirements = gapRequirements(standard);
  const scores = scoreGap(requirements, [], { scale: GAP_SCALES.maturity });

  it("lists the 41 clause requirements first, then every control", () => {
    const kinds = requirements.map((r) => r.kind);
    expect(kinds.slice(0, 41).every((kind) => kind !== "control")).toBe(true);
    expect(kinds.filter((kind) => kind === "control")).toHaveLength(controlCount);
    expect(requirements).toHaveLength(41 + controlCount);
  });

  it("rolls the clauses up into 4..10 with all their sub-clauses", () => {
    expect(scores.clauses.map((c) => [c.id, c.total])).toEqual(
      CLAUSE_IDS.map((id, i) => [id, [5, 4, 7, 9, 4, 9, 3][i]]),
    );
  });

  it("rolls the controls up by theme or domain", () => {
    expect(scores.themes.map((t) => t.total)).toEqual(groupSizes);
    expect([scores.themes[0]?.id, scores.themes.at(-1)?.id]).toEqual([firstGroup, lastGroup]);
  });

  it("rolls sub-clauses with children up over them", () => {
    expect(scores.subClauses.map((s) => [s.id, s.total])).toEqual([
      ["6.1", 4],
      ["7.5", 4],
      ["9.2", 3],
      ["9.3", 4],
    ]);
  });

  it("puts every row in overall", () => {
    expect(scores.overall.total).toBe(41 + controlCount);
  });
});

describe("2022 rows", () => {
  const byId = new Map(gapRequirements("2022").map((r) => [r.id, r]));

  it.each([
    ["4", "clause", "4", undefined],
    ["4.1", "subclause", "4", "4"],
    ["6.1.2", "subclause", "6", "6.1"],
    ["10.2", "subclause", "10", "10"],
    ["5.1", "subclause", "5", "5"],
    ["A.5.1", "control", "5", undefined],
    ["A.6.8", "control", "6", undefined],
    ["A.8.34", "control", "8", undefined],
  ])("places %s as a %s in group %s under %s", (id, kind, group, parent) => {
    const row = byId.get(id);
    expect([row?.kind, row?.group, row?.parent]).toEqual([kind, group, parent]);
  });

  it("gives every row a unique id, clause 5.1 and control A.5.1 apart", () => {
    expect(byId.size).toBe(41 + 93);
    expect([byId.get("5.1")?.title.en, byId.get("A.5.1")?.title.en]).toEqual([
      "Leadership and commitment",
      "Policies for information security",
    ]);
  });

  it("takes control titles from the catalog", () => {
    expect(byId.get("A.5.23")?.title["zh-CN"]).toBe(controlTitle("5.23", "zh-CN"));
    expect(byId.get("A.5.23")?.title.en).toBe("Information security for use of cloud services");
  });

  it("carries the catalog's titles and evidence for clauses", () => {
    expect(byId.get("6.1.3")?.title["zh-CN"]).toBe("信息安全风险处置");
    expect(byId.get("6.1.3")?.evidence.map((e) => e.en)).toContain("Statement of Applicability");
  });

  it("carries Amd 1:2024 on 4.1 and 4.2: the added text and the climate evidence prompts", () => {
    expect(byId.get("4.1")?.amendment?.en).toBe(
      "The organization shall determine whether climate change is a relevant issue.",
    );
    expect(byId.get("4.2")?.amendment?.["zh-CN"]).toBe("注：相关方可能有与气候变化相关的要求。");
    expect(byId.get("4.1")?.evidence.map((e) => e["zh-CN"])).toContain(
      "气候变化是否为相关问题的确定（Amd 1:2024）",
    );
    expect(byId.get("4.2")?.evidence.map((e) => e.en)).toContain(
      "Climate-related requirements of interested parties (Amd 1:2024)",
    );
  });

  it("gives controls no evidence prompts", () => {
    expect(byId.get("A.8.15")?.evidence).toEqual([]);
  });
});

describe("2013 rows", () => {
  const byId = new Map(gapRequirements("2013").map((r) => [r.id, r]));

  it("groups a 2013 control by its domain", () => {
    const row = byId.get("A.9.2.3");
    expect([row?.kind, row?.group, row?.title.en]).toEqual([
      "control",
      "A.9",
      "Management of privileged access rights",
    ]);
  });

  it("gives every row a unique id, with the same clauses as 2022", () => {
    expect(byId.size).toBe(41 + 114);
    expect([byId.get("5.1")?.kind, byId.has("A.5.1")]).toEqual(["subclause", false]);
  });
});
