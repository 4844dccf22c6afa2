/** The whole assessment: 16 items in the method's order, the score, the blockers, bounded reasons. */
import {
  assessReadiness,
  MAX_REASONS,
  READINESS_ITEMS,
  readinessScore,
  type ReadinessInput,
} from "../../../src/domain/readiness";
import { planRows, registerRows, REGISTER } from "../treatment/placedRows";
import { CLEAN_RISK, LI } from "../treatment/scenario";
import { readyInput, SHEETS, withRegister } from "./builders";

const empty: ReadinessInput = {
  today: "2026-03-10",
  standard: "2022",
  sheets: {},
  risks: [],
  treatments: [],
  soa: [],
  registers: {},
};

describe("assessReadiness", () => {
  it("gives the 16 items in the method's order, numbered from 1", () => {
    const { items } = assessReadiness(readyInput());
    expect(items.map((item) => [item.id, item.key])).toEqual(
      READINESS_ITEMS.map((key, index) => [index + 1, key]),
    );
  });

  it("finds an empty workbook missing everything: score 0, all 16 blocking", () => {
    const result = assessReadiness(empty);
    expect(result.items.every((item) => item.status === "missing")).toBe(true);
    expect(result.score).toBe(0);
    expect(result.blockers.map((blocker) => blocker.id)).toEqual(
      READINESS_ITEMS.map((_, index) => index + 1),
    );
    expect(result.blockers[0]).toEqual({
      id: 1,
      key: "roles",
      reason: { code: "roles.missing", params: {} },
    });
  });

  it("blocks on every item not ready, in order, with its first reason", () => {
    const input = withRegister(withRegister(readyInput(), "laws", undefined), "roles", [
      { role: "总经理", person: "", responsibilities: "批准方针" },
      { role: "管理者代表", person: "李娜", responsibilities: "" },
    ]);
    const result = assessReadiness(input);
    expect(result.blockers).toEqual([
      {
        id: 1,
        key: "roles",
        reason: {
          code: "roles.person.missing",
          sheet: SHEETS.roles,
          cell: "B2",
          params: { row: 2, id: "总经理" },
        },
      },
      { id: 16, key: "laws", reason: { code: "laws.missing", params: {} } },
    ]);
    // 14 ready, one incomplete, one missing: (14 + ½) / 16.
    expect(result.score).toBe(0.906);
  });
});

describe("readinessScore", () => {
  it.each([
    [16, 0, 0, 1],
    [0, 16, 0, 0.5],
    [0, 0, 16, 0],
    [12, 4, 0, 0.875],
    [1, 0, 15, 0.063],
    [10, 1, 5, 0.656],
  ])("scores %i ready, %i incomplete, %i missing as %d", (ready, incomplete, missing, score) => {
    const items = [
      ...Array.from({ length: ready }, () => ({ status: "ready" as const })),
      ...Array.from({ length: incomplete }, () => ({ status: "incomplete" as const })),
      ...Array.from({ length: missing }, () => ({ status: "missing" as const })),
    ];
    expect(readinessScore(items)).toBe(score);
  });
});

describe("a large register", () => {
  const count = 10_000;
  const input: ReadinessInput = {
    ...readyInput(),
    risks: registerRows(
      LI,
      Array.from({ length: count }, (_, index) => ({ ...CLEAN_RISK, riskId: `R-${index + 1}` })),
    ),
    treatments: planRows(LI, []),
  };

  it("keeps the first reasons and counts the rest in one last reason", () => {
    const treatment = assessReadiness(input).items.find((item) => item.key === "treatment");
    expect(treatment?.status).toBe("incomplete");
    expect(treatment?.reasons).toHaveLength(MAX_REASONS + 1);
    expect(treatment?.reasons[0]).toMatchObject({ code: "treatment.finding", sheet: REGISTER, cell: "A2" });
    expect(treatment?.reasons[MAX_REASONS]).toEqual({
      code: "more",
      sheet: REGISTER,
      params: { count: count - MAX_REASONS },
    });
  });

  it("is assessed in well under a second", () => {
    const fresh = { ...input }; // a new input: the treatment findings are not cached for it
    const started = performance.now();
    assessReadiness(fresh);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
