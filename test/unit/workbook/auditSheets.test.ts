/** The generated audit sheets and review pack, from a fixture SoA, gap analysis and risk register. */
import { clauses } from "../../../src/domain/catalog";
import { defaultMethodology } from "../../../src/domain/methodology";
import { mergeRegisterRows } from "../../../src/workbook/layout/auditMerge";
import {
  auditChecklistRows,
  auditProgrammeRows,
  type AuditSources,
} from "../../../src/workbook/layout/auditSheets";
import { reviewCounts, reviewPackRows } from "../../../src/workbook/layout/reviewPack";
import type { RegisterRecords } from "../../../src/workbook/records";

const methodology = { ...defaultMethodology("li"), standard: "2022" as const };

/** R-1 is above the criterion (5 × 5), R-2 within it (1 × 1). */
const RISKS = [
  { riskId: "R-1", existingControls: ["8.13"], ratings: { likelihood: 5, impact: 5 } },
  { riskId: "R-2", existingControls: ["5.15"], ratings: { likelihood: 1, impact: 1 } },
];

const REGISTERS: RegisterRecords = {
  objectives: [
    { objectiveId: "O-1", objective: "Availability", result: "99.9%", achieved: "yes" },
    { objectiveId: "O-2", objective: "Patching", result: "80%", achieved: "no" },
    { objectiveId: "O-3", objective: "Training" },
  ],
  auditChecklist: [
    { requirementId: "4.1", grade: "conforming" },
    { requirementId: "A.8.13", grade: "minor", ncId: "NC-1" },
    { requirementId: "5.2", grade: "improvement" },
    { requirementId: "6.2", grade: "observation" },
    { requirementId: "7.2" },
  ],
  nonconformities: [
    {
      ncId: "NC-1",
      requirementId: "A.8.13",
      linkedRisks: "R-1",
      description: "No restore test",
      status: "open",
    },
    { ncId: "NC-2", requirementId: "7.5.3", description: "Old version in use", status: "closed" },
    { ncId: "NC-3", description: "Visitor log incomplete" },
  ],
  review: [{ inputId: "a", decision: "Budget for backup testing" }],
};

function sources(lang: "en" | "zh-CN" = "en", registers: RegisterRecords = REGISTERS): AuditSources {
  return {
    lang,
    standard: "2022",
    methodology,
    soa: [
      { controlId: "5.15", applicable: true, documents: "ISMS-PRO-08 Access control" },
      { controlId: "A.8.13", applicable: true },
      { controlId: "7.4", applicable: false },
      { controlId: "8.30", applicable: false },
      { controlId: "5.7" },
    ],
    gap: [
      {
        requirementId: "9.2",
        currentRating: "0",
        currentState: "No audit yet.",
        recommendation: "Plan one.",
      },
      { requirementId: "4.1", currentRating: "4", target: 3 },
    ],
    risks: RISKS,
    treatments: [
      { riskId: "R-1", option: "reduce", controls: ["8.13"], status: "done", acceptedBy: "Wang Qiang" },
      { riskId: "R-2", option: "accept", status: "verified" },
    ],
    registers,
  };
}

const clauseLeaves = () => {
  const all = clauses();
  return all.filter((c) => !all.some((other) => other.parent === c.id)).map((c) => c.id);
};

describe("the audit checklist", () => {
  const rows = auditChecklistRows(sources());

  it("lists the clause 4–10 requirements, then exactly the SoA's applicable controls", () => {
    expect(rows.map((r) => r.requirementId)).toEqual([...clauseLeaves(), "A.5.15", "A.8.13"]);
  });

  it("carries the SoA's documents, the linked risks and a sampling priority by risk", () => {
    expect(rows.find((r) => r.requirementId === "A.5.15")).toMatchObject({
      documents: "ISMS-PRO-08 Access control",
      linkedRisks: "R-2",
      priority: "Medium",
    });
    expect(rows.find((r) => r.requirementId === "A.8.13")).toMatchObject({
      linkedRisks: "R-1",
      priority: "High",
    });
  });

  it("takes the audit point from the gap analysis, else from what an auditor asks to see", () => {
    const audit = rows.find((r) => r.requirementId === "9.2.2");
    expect(rows.find((r) => r.requirementId === "4.1")).toMatchObject({ priority: "Low" });
    expect(audit?.auditPoint).toBe("Gap analysis found: No audit yet. Check that: Plan one.");
    expect(String(rows.find((r) => r.requirementId === "10.1")?.auditPoint)).toMatch(/^Ask for:/);
    expect(audit?.documents).toContain("ISMS-R-06");
  });

  it("leaves the auditor's columns blank", () => {
    expect(rows.every((r) => !r.finding && !r.grade && !r.ncId && !r.auditor && !r.auditedOn)).toBe(true);
  });

  it("is worded in Chinese in a Chinese workbook", () => {
    const zh = auditChecklistRows(sources("zh-CN"));
    expect(zh.find((r) => r.requirementId === "A.8.13")).toMatchObject({
      priority: "高",
      requirement: "信息备份",
    });
  });
});

describe("the audit programme", () => {
  const rows = auditProgrammeRows(sources());

  it("has one row per clause 4–10 and per Annex A theme", () => {
    expect(rows.map((r) => r.auditId)).toEqual([
      "IA-4",
      "IA-5",
      "IA-6",
      "IA-7",
      "IA-8",
      "IA-9",
      "IA-10",
      "IA-A5",
      "IA-A6",
      "IA-A7",
      "IA-A8",
    ]);
  });

  it("covers only applicable controls and counts the risks above the criterion", () => {
    expect(rows.find((r) => r.auditId === "IA-A5")).toMatchObject({
      requirements: "ISO/IEC 27001 5.15",
      riskCount: 0,
    });
    expect(rows.find((r) => r.auditId === "IA-A8")).toMatchObject({
      requirements: "ISO/IEC 27001 8.13",
      riskCount: 1,
      priority: "Medium",
    });
    expect(rows.find((r) => r.auditId === "IA-A7")?.requirements).toBe(
      "No applicable controls in this theme",
    );
    expect(rows.find((r) => r.auditId === "IA-9")?.priority).toBe("High");
  });
});

describe("a nonconformity", () => {
  it("links back to its checklist requirement and to a risk of the register", () => {
    const nc = REGISTERS.nonconformities?.[0];
    const item = auditChecklistRows(sources()).find((r) => r.requirementId === nc?.requirementId);
    expect(item).toBeDefined();
    expect(RISKS.map((r) => r.riskId)).toContain(nc?.linkedRisks);
    expect(String(item?.linkedRisks)).toContain(String(nc?.linkedRisks));
  });
});

describe("the review pack", () => {
  it("counts what the workbook holds", () => {
    const r = REGISTERS;
    const ncs = r.nonconformities ?? [];
    const grades = (g: string) => (r.auditChecklist ?? []).filter((c) => c.grade === g).length;
    expect(reviewCounts(sources())).toEqual({
      previousDecisions: 1,
      nonconformities: {
        total: ncs.length,
        open: ncs.filter((n) => n.status !== "closed").length,
        closed: 1,
      },
      objectives: { total: 3, measured: 2, achieved: 1 },
      audit: {
        total: 5,
        judged: 4,
        conforming: grades("conforming"),
        major: 0,
        minor: grades("minor"),
        observation: grades("observation"),
        improvement: grades("improvement"),
      },
      risks: { total: 2, above: 1, treatments: 2, done: 1, verified: 1, residualAccepted: 1 },
      gapRecommendations: 1,
    });
  });

  it("fills the inputs the workbook answers and leaves the others to people", () => {
    const s = sources();
    const rows = reviewPackRows(s, reviewCounts(s));
    const count = Object.fromEntries(rows.map((row) => [row.inputId, row.count]));
    expect(count).toEqual({
      a: 1,
      b: undefined,
      c: undefined,
      d1: 3,
      d2: 2,
      d3: 4,
      d4: 1,
      e: undefined,
      f: 1,
      g: 3,
    });
    expect(rows.find((row) => row.inputId === "d1")?.data).toBe("3 nonconformities: 2 open, 1 closed.");
    expect(rows.every((row) => row.decision === undefined)).toBe(true);
  });

  it("says when there was no previous review", () => {
    const s = sources("zh-CN", {});
    const a = reviewPackRows(s, reviewCounts(s))[0];
    expect(a).toMatchObject({ inputId: "a", count: 0, data: "本工作簿中尚无以往管理评审记录。" });
  });
});

describe("merging generated rows into a sheet's rows", () => {
  const generated = auditChecklistRows(sources());

  it("keeps the auditor's columns and refreshes the generated ones", () => {
    const typed = [
      {
        itemId: 7,
        requirementId: "A.8.13",
        requirement: "old",
        grade: "minor" as const,
        ncId: "NC-1",
        auditor: "Li Na",
      },
      { itemId: 8, requirementId: "X-1", requirement: "The auditor's own question" },
    ];
    const merge = mergeRegisterRows("auditChecklist", typed, generated);
    expect(merge.rows[0]).toMatchObject({
      itemId: 7,
      grade: "minor",
      ncId: "NC-1",
      auditor: "Li Na",
      requirement: "Information backup",
    });
    expect(merge.rows[1]).toEqual(typed[1]);
    expect(merge.added).toHaveLength(generated.length - 1);
    expect(merge.added[0]?.itemId).toBe(9);
  });

  it("keeps an audit point a person rewrote and suggests one where blank", () => {
    const merge = mergeRegisterRows(
      "auditChecklist",
      [{ requirementId: "a8.13", auditPoint: "Mine" }, { requirementId: "9.2.2" }],
      generated,
    );
    expect(merge.rows[0]?.auditPoint).toBe("Mine");
    expect(merge.rows[1]?.auditPoint).toBe(generated.find((g) => g.requirementId === "9.2.2")?.auditPoint);
  });

  it("takes a control typed without its A. for the control, and a clause's number for the clause", () => {
    const merge = mergeRegisterRows(
      "auditChecklist",
      [
        { requirementId: "8.13", grade: "minor" as const },
        { requirementId: "9.2.2", grade: "conforming" as const },
      ],
      generated,
    );
    expect(merge.rows.filter((row) => ["8.13", "A.8.13"].includes(String(row.requirementId)))).toHaveLength(
      1,
    );
    expect(merge.rows[0]).toMatchObject({ grade: "minor", requirement: "Information backup" });
    expect(merge.rows[1]).toMatchObject({ grade: "conforming" });
    expect(merge.added).toHaveLength(generated.length - 2);
  });

  it("matches review rows however the input is written, keeping decisions", () => {
    const s = sources();
    const rows = reviewPackRows(s, reviewCounts(s));
    const merge = mergeRegisterRows(
      "review",
      [{ inputId: "D) 1)", decision: "Close NC-1 by May", owner: "Li Na" }],
      rows,
    );
    expect(merge.rows[0]).toMatchObject({ decision: "Close NC-1 by May", owner: "Li Na", count: 3 });
    expect(merge.added.map((r) => r.inputId)).not.toContain("d1");
  });
});
