/**
 * What changed between two SoA versions: the state a version records (soaBaseline, or soaBaselineOfRows
 * for an SoA made by hand) and the differences the next derivation makes to it (soaChanges).
 */
import { controls } from "../../../src/domain/catalog";
import {
  deriveSoa,
  soaBaseline,
  soaBaselineOfRows,
  soaChanges,
  type SoaChange,
  type SoaInput,
  type SoaPreviousRow,
  type SoaResult,
} from "../../../src/domain/soa";

const RISKS: SoaInput["risks"] = [
  { riskId: "R-1", existingControls: ["5.15"] },
  { riskId: "R-2" },
  { riskId: "R-3" },
];

const TREATMENTS: SoaInput["treatments"] = [
  { riskId: "R-1", option: "reduce", controls: ["8.8"], dueDate: "2026-05-31" },
  { riskId: "R-3", option: "reduce", controls: ["8.8"], dueDate: "2026-04-30" },
];

const derive = (
  previous: readonly SoaPreviousRow[],
  treatments: SoaInput["treatments"] = TREATMENTS,
  risks: SoaInput["risks"] = RISKS,
): SoaResult => deriveSoa({ standard: "2022", risks, treatments, previous });

/** The changes one version makes to the version before it, derived from the same registers. */
function changesBetween(
  before: readonly SoaPreviousRow[],
  after: readonly SoaPreviousRow[],
  treatments: SoaInput["treatments"] = TREATMENTS,
): SoaChange[] {
  return soaChanges(soaBaseline(derive(before), 1, "2026-01-05"), derive(after, treatments));
}

const ofKind = (changes: readonly SoaChange[], kind: SoaChange["kind"]) =>
  changes.filter((change) => change.kind === kind);

describe("the state a version records", () => {
  const previous: SoaPreviousRow[] = [
    { controlId: "5.1", applicable: true, reasons: "Legal", status: "已实施" },
    { controlId: "5.2", applicable: true, reasons: "Business need", status: "See the annex" },
    { controlId: "7.4", applicable: false, justification: "Fully remote company" },
    { controlId: "8.8", applicable: false, justification: "Handled by the group" },
    { controlId: "A.12.4.1", applicable: true, status: "Implemented" },
  ];
  const result = derive(previous);
  const baseline = soaBaseline(result, 4, "2026-03-01");

  it("keeps the version and its date", () => {
    expect({ version: baseline.version, date: baseline.date }).toEqual({ version: 4, date: "2026-03-01" });
  });

  it("records every control of the standard and every legacy row, by id", () => {
    const ids = [...controls("2022").map((control) => control.id), "A.12.4.1"];
    expect(Object.keys(baseline.controls).sort()).toEqual([...ids].sort());
  });

  it("records applicability and status: status keys when known, the text as typed otherwise", () => {
    expect(baseline.controls).toMatchObject({
      "5.1": "Y:implemented",
      "5.2": "Y:See the annex",
      "7.4": "N:",
      // Required by R-1 and R-3's treatment: excluded by a person, so recorded as excluded.
      "8.8": "N:",
      "5.15": "Y:",
      "5.3": ":",
      "A.12.4.1": "legacy:",
    });
  });

  it("records the conflicts and orphans reported with it", () => {
    expect(baseline.conflicts).toEqual(["8.8"]);
    expect(baseline.orphans).toEqual([]);
  });
});

describe("changes in applicability", () => {
  it("reports a control that became applicable, with the risks that now require it", () => {
    const changes = changesBetween(
      [],
      [],
      [...TREATMENTS, { riskId: "R-2", option: "avoid", controls: ["8.13"], dueDate: "2026-06-30" }],
    );
    expect(changes).toEqual([{ kind: "applicable", controlId: "8.13", risks: ["R-2"] }]);
  });

  it("reports a control a person made applicable without naming risks", () => {
    const changes = changesBetween([], [{ controlId: "5.31", applicable: true, reasons: "法律法规" }]);
    expect(changes).toEqual([{ kind: "applicable", controlId: "5.31" }]);
  });

  it("reports an exclusion, without the risks (they are on the conflict line)", () => {
    const before = [{ controlId: "5.31", applicable: true, reasons: "Legal" }];
    const after = [{ controlId: "5.31", applicable: false, justification: "No regulated activity" }];
    expect(changesBetween(before, after)).toEqual([{ kind: "excluded", controlId: "5.31" }]);
  });

  it("reports a decision cleared", () => {
    const before = [{ controlId: "5.31", applicable: true, reasons: "Legal" }];
    expect(changesBetween(before, [{ controlId: "5.31" }])).toEqual([
      { kind: "undecided", controlId: "5.31" },
    ]);
  });

  it("reports nothing when a person only writes down what derivation already decided", () => {
    const after = [{ controlId: "8.8", applicable: true, reasons: "Risk treatment" }];
    expect(changesBetween([], after)).toEqual([]);
  });
});

describe("changes in status", () => {
  const withStatus = (status: string | undefined): SoaPreviousRow[] => [
    { controlId: "5.1", applicable: true, reasons: "Legal", ...(status === undefined ? {} : { status }) },
  ];

  it("reports a status change by key", () => {
    expect(changesBetween(withStatus("Planned"), withStatus("已实施"))).toEqual([
      { kind: "status", controlId: "5.1", from: "planned", to: "implemented" },
    ]);
  });

  it("reports a status set and a status cleared", () => {
    expect(changesBetween(withStatus(undefined), withStatus("部分实施"))).toEqual([
      { kind: "status", controlId: "5.1", from: "", to: "partial" },
    ]);
    expect(changesBetween(withStatus("部分实施"), withStatus(undefined))).toEqual([
      { kind: "status", controlId: "5.1", from: "partial", to: "" },
    ]);
  });

  it("reports free text as typed, on either side", () => {
    expect(changesBetween(withStatus("见附件"), withStatus("Implemented"))).toEqual([
      { kind: "status", controlId: "5.1", from: "见附件", to: "implemented" },
    ]);
    expect(changesBetween(withStatus("Implemented"), withStatus("Pending audit"))).toEqual([
      { kind: "status", controlId: "5.1", from: "implemented", to: "Pending audit" },
    ]);
  });

  it("does not report the same words written another way", () => {
    expect(changesBetween(withStatus("已实施"), withStatus("Implemented"))).toEqual([]);
    expect(changesBetween(withStatus("见附件"), withStatus(" 见附件 "))).toEqual([]);
  });

  // Each status key against each of the others: every pair is a change, in both directions.
  const STATUS_TEXT = {
    notImplemented: "Not implemented",
    planned: "Planned",
    partial: "Partially implemented",
    implemented: "Implemented",
  } as const;
  const pairs = Object.keys(STATUS_TEXT).flatMap((from) =>
    Object.keys(STATUS_TEXT)
      .filter((to) => to !== from)
      .map((to) => [from, to] as [keyof typeof STATUS_TEXT, keyof typeof STATUS_TEXT]),
  );

  it.each(pairs)("reports %s → %s", (from, to) => {
    expect(changesBetween(withStatus(STATUS_TEXT[from]), withStatus(STATUS_TEXT[to]))).toEqual([
      { kind: "status", controlId: "5.1", from, to },
    ]);
  });
});

describe("findings", () => {
  const excluded: SoaPreviousRow[] = [{ controlId: "8.8", applicable: false, justification: "Group IT" }];

  it("reports a new conflict once, with the risks that require the control", () => {
    const v1 = derive([]);
    const v2 = derive(excluded);
    const changes = soaChanges(soaBaseline(v1, 1, "2026-01-05"), v2);
    expect(changes).toEqual([
      { kind: "excluded", controlId: "8.8" },
      { kind: "conflict", controlId: "8.8", risks: ["R-1", "R-3"] },
    ]);
    const v3 = derive(excluded);
    expect(soaChanges(soaBaseline(v2, 2, "2026-02-01"), v3)).toEqual([]);
  });

  it("reports a conflict again when it comes back after being resolved", () => {
    const v2 = derive(excluded);
    const v3 = derive(excluded, []);
    expect(soaChanges(soaBaseline(v2, 2, "2026-02-01"), v3)).toEqual([]);
    const v4 = derive(excluded);
    expect(soaChanges(soaBaseline(v3, 3, "2026-03-01"), v4)).toEqual([
      { kind: "conflict", controlId: "8.8", risks: ["R-1", "R-3"] },
    ]);
  });

  it("reports a new orphan once", () => {
    // 5.7 was selected for risk treatment only; then the treatment citing it went away.
    const selected: SoaPreviousRow[] = [{ controlId: "5.7", applicable: true, reasons: "Risk treatment" }];
    const cited = [...TREATMENTS, { riskId: "R-2", option: "reduce" as const, controls: ["5.7"] }];
    const v1 = derive(selected, cited);
    expect(v1.findings).toEqual([]);
    const v2 = derive(selected);
    const changes = soaChanges(soaBaseline(v1, 1, "2026-01-05"), v2);
    expect(changes).toEqual([{ kind: "orphan", controlId: "5.7" }]);
    expect(soaChanges(soaBaseline(v2, 2, "2026-02-01"), derive(selected))).toEqual([]);
  });
});

describe("controls added and legacy rows", () => {
  it("reports a control the previous version did not list as added, with the risks citing it", () => {
    const baseline = soaBaselineOfRows([{ controlId: "A.8.8", applicable: true }], "2022", 1, "");
    const changes = soaChanges(baseline, derive([{ controlId: "A.8.8", applicable: true }]));
    const added = ofKind(changes, "added");
    expect(added).toHaveLength(controls("2022").length - 1);
    expect(added.map((change) => change.controlId)).not.toContain("8.8");
    expect(added.find((change) => change.controlId === "5.15")).toEqual({
      kind: "added",
      controlId: "5.15",
      risks: ["R-1"],
    });
    expect(added.find((change) => change.controlId === "5.1")).toEqual({ kind: "added", controlId: "5.1" });
  });

  it("reports a row of a control the standard does not have once", () => {
    const legacyRow: SoaPreviousRow = { controlId: "A.12.4.1", applicable: true, documents: "Logging" };
    const v1 = derive([]);
    const v2 = derive([legacyRow]);
    expect(soaChanges(soaBaseline(v1, 1, "2026-01-05"), v2)).toEqual([
      { kind: "legacy", controlId: "A.12.4.1" },
    ]);
    expect(soaChanges(soaBaseline(v2, 2, "2026-02-01"), derive([legacyRow]))).toEqual([]);
  });

  it("lists the changes in the SoA's order, legacy rows last", () => {
    const before: SoaPreviousRow[] = [{ controlId: "8.34", applicable: true, reasons: "Legal" }];
    const after: SoaPreviousRow[] = [
      { controlId: "X-1", notes: "typo" },
      { controlId: "8.34", applicable: false, justification: "No audits of live systems" },
      { controlId: "5.1", applicable: true, reasons: "Legal" },
      { controlId: "8.8", applicable: false, justification: "Group IT" },
    ];
    const changes = changesBetween(before, after);
    expect(changes.map((change) => [change.controlId, change.kind])).toEqual([
      ["5.1", "applicable"],
      ["8.8", "excluded"],
      ["8.8", "conflict"],
      ["8.34", "excluded"],
      ["X-1", "legacy"],
    ]);
  });
});

describe("the state of an SoA made by hand", () => {
  it("keys rows by canonical id, keeps the status as typed and marks rows of other controls", () => {
    const baseline = soaBaselineOfRows(
      [
        { controlId: " A.5.1 ", applicable: true, status: "已实施" },
        { controlId: "A5.2", applicable: false },
        { controlId: "A.9.2.3", applicable: true },
        { controlId: "  " },
        {},
      ],
      "2022",
      1,
      "",
    );
    expect(baseline).toEqual({
      version: 1,
      date: "",
      controls: { "5.1": "Y:已实施", "5.2": "N:", "A.9.2.3": "legacy:" },
      conflicts: [],
      orphans: [],
    });
  });

  it("counts every conflict of the first generated version as new", () => {
    const rows: SoaPreviousRow[] = [{ controlId: "8.8", applicable: false, justification: "Group IT" }];
    const changes = soaChanges(soaBaselineOfRows(rows, "2022", 1, ""), derive(rows));
    expect(ofKind(changes, "conflict")).toEqual([
      { kind: "conflict", controlId: "8.8", risks: ["R-1", "R-3"] },
    ]);
  });

  // Deriving from the rows a person typed, with nothing changed, must not claim that a person changed a
  // status or an applicability: only controls the hand-made SoA did not list are new.
  const unchanged = (rows: readonly SoaPreviousRow[]) =>
    soaChanges(soaBaselineOfRows(rows, "2022", 1, ""), derive(rows)).filter(
      (change) => change.kind !== "added" && change.kind !== "conflict",
    );

  it.each([
    "已实施",
    "部分实施",
    "计划中",
    "未实施",
    "Implemented",
    "Partially implemented",
    "Planned",
    "Not implemented",
    "In progress",
    "见附件",
  ])("finds nothing changed in a status typed as %j", (status) => {
    expect(unchanged([{ controlId: "5.1", applicable: true, reasons: "Legal", status }])).toEqual([]);
  });

  it("finds nothing changed in a control a person listed twice", () => {
    const rows: SoaPreviousRow[] = [
      {
        controlId: "5.1",
        applicable: false,
        justification: "Covered by the group policy",
        status: "Implemented",
      },
      { controlId: "A.5.1", applicable: true, reasons: "Legal", status: "Planned" },
    ];
    expect(unchanged(rows)).toEqual([]);
  });
});
