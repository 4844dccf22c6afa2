/** Regenerating the SoA keeps what a person typed; derived columns are refreshed; nothing is deleted. */
import { deriveSoa, type SoaEntry, type SoaPreviousRow } from "../../../src/domain/soa";
import { PREVIOUS, RISKS, TREATMENTS } from "./soaFixture";

const REASON_TEXT = {
  riskTreatment: "Risk treatment",
  existingControl: "Existing control",
  legal: "Legal",
  contractual: "Contractual",
  business: "Business need",
} as const;

/** The SoA sheet as a person would read it back. */
function asTyped(entry: SoaEntry): SoaPreviousRow {
  return {
    controlId: entry.id,
    applicable: entry.applicable,
    reasons: entry.reasons.map((reason) => REASON_TEXT[reason]).join("; "),
    justification: entry.justification,
    status: entry.statusText ?? entry.status,
    documents: entry.documents,
    owner: entry.owner,
    notes: entry.notes,
  };
}

const first = deriveSoa({ standard: "2022", risks: RISKS, treatments: TREATMENTS, previous: PREVIOUS });
const regenerate = (edit: (row: SoaPreviousRow) => SoaPreviousRow, id: string) =>
  deriveSoa({
    standard: "2022",
    risks: RISKS,
    treatments: TREATMENTS,
    previous: first.entries.map(asTyped).map((row) => (row.controlId === id ? edit(row) : row)),
  }).entries.find((entry) => entry.id === id);

const edits: readonly (readonly [string, (row: SoaPreviousRow) => SoaPreviousRow, Partial<SoaEntry>])[] = [
  ["justification", (row) => ({ ...row, justification: "风险评估要求" }), { justification: "风险评估要求" }],
  ["status", (row) => ({ ...row, status: "部分实施" }), { status: "partial" }],
  ["status text", (row) => ({ ...row, status: "见附件" }), { statusText: "见附件" }],
  [
    "documents",
    (row) => ({ ...row, documents: "ISMS-P-07 访问控制程序" }),
    { documents: "ISMS-P-07 访问控制程序" },
  ],
  ["owner", (row) => ({ ...row, owner: "信息中心" }), { owner: "信息中心" }],
  ["notes", (row) => ({ ...row, notes: "=2026 审核抽样" }), { notes: "=2026 审核抽样" }],
  [
    "reasons",
    (row) => ({ ...row, reasons: `${row.reasons ?? ""}; 业务需要` }),
    { reasons: ["riskTreatment", "business"] },
  ],
];

describe("regenerating the SoA", () => {
  it("is stable: deriving from its own output gives the same entries", () => {
    const again = deriveSoa({
      standard: "2022",
      risks: RISKS,
      treatments: TREATMENTS,
      previous: first.entries.map(asTyped),
    });
    expect(again.entries).toEqual(first.entries);
  });

  it.each(edits)("keeps an edited %s", (_name, edit, expected) => {
    expect(regenerate(edit, "8.5")).toMatchObject(expected);
  });

  it("keeps a person's applicability decision on a control no register names", () => {
    expect(regenerate((row) => ({ ...row, applicable: true, reasons: "最佳实践" }), "5.7")).toMatchObject({
      applicable: true,
      reasons: ["business"],
    });
  });

  it("refreshes derived reasons and risks when the plan changes", () => {
    const previous = first.entries.map(asTyped);
    const later = deriveSoa({ standard: "2022", risks: RISKS, treatments: TREATMENTS.slice(0, 1), previous });
    expect(later.entries.find((entry) => entry.id === "8.8")).toMatchObject({ risks: [], reasons: [] });
    expect(later.entries.find((entry) => entry.id === "5.20")).toMatchObject({ reasons: ["contractual"] });
  });

  it("keeps previous rows for controls outside the standard at the bottom, marked legacy", () => {
    const soa = deriveSoa({
      standard: "2022",
      risks: RISKS,
      treatments: TREATMENTS,
      previous: [
        { controlId: "A.9.2.3", applicable: true, documents: "账号管理规定" },
        ...PREVIOUS,
        { controlId: "X.99", notes: "客户自定义控制" },
      ],
    });
    expect(soa.entries).toHaveLength(95);
    expect(soa.entries.slice(-2)).toEqual([
      { id: "A.9.2.3", applicable: true, reasons: [], risks: [], documents: "账号管理规定", legacy: true },
      { id: "X.99", applicable: undefined, reasons: [], risks: [], notes: "客户自定义控制", legacy: true },
    ]);
    expect(soa.counts.applicable + soa.counts.excluded + soa.counts.undecided).toBe(93);
  });

  it("joins a control listed twice rather than dropping either row", () => {
    const soa = deriveSoa({
      standard: "2022",
      risks: [],
      treatments: [],
      previous: [
        { controlId: "5.1", documents: "信息安全方针" },
        { controlId: "A.5.1", documents: "主题策略汇编" },
      ],
    });
    expect(soa.entries[0]?.documents).toBe("信息安全方针\n主题策略汇编");
  });
});
