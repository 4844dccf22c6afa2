/** Item 9: the Statement of Applicability decided, justified, and in place by the audit. */
import { itemCases, readyInput, READY_SOA, SOA_SHEET, soaRows, type SoaInput } from "./builders";

const ready = readyInput();
/** The ready input with the SoA's row for 8.8 (row 3) changed. */
const with88 = (changes: Partial<SoaInput>, audit: "audit date" | "no audit date" = "audit date") => {
  const rows = READY_SOA.map((row) => (row.controlId === "8.8" ? { ...row, ...changes } : row));
  const { auditDate, ...rest } = ready;
  return { ...rest, ...(audit === "audit date" ? { auditDate } : {}), soa: soaRows(rows) };
};

describe("9 Statement of Applicability", () => {
  itemCases("soa", [
    {
      name: "is ready when every control is decided and on track",
      input: ready,
      status: "ready",
      reasons: [],
    },
    {
      name: "is missing without SoA rows",
      input: { ...ready, soa: [] },
      status: "missing",
      reasons: [{ code: "soa.missing", sheet: SOA_SHEET }],
    },
    {
      name: "flags a control without an applicability decision",
      input: with88({ applicable: undefined }),
      status: "incomplete",
      reasons: [{ code: "soa.applicability.missing", sheet: SOA_SHEET, cell: "B3" }],
    },
    {
      name: "flags an exclusion justified by 不适用",
      input: with88({ applicable: false, justification: "不适用" }),
      status: "incomplete",
      reasons: [{ code: "soa.exclusion.unjustified", sheet: SOA_SHEET, cell: "C3" }],
    },
    {
      name: "flags an applicable control with no status it can read",
      input: with88({ status: "TBD" }),
      status: "incomplete",
      reasons: [{ code: "soa.status.missing", sheet: SOA_SHEET, cell: "D3" }],
    },
    {
      name: "flags an applicable control not implemented with no planned date",
      input: with88({ status: "未实施", plannedDate: undefined }),
      status: "incomplete",
      reasons: [{ code: "soa.planned.missing", sheet: SOA_SHEET, cell: "E3" }],
    },
    {
      name: "flags a control planned after the audit date",
      input: with88({ plannedDate: "2026-06-30" }),
      status: "incomplete",
      reasons: [{ code: "soa.planned.afterAudit", sheet: SOA_SHEET, cell: "E3" }],
    },
    {
      name: "accepts a control planned on the audit date",
      input: with88({ plannedDate: "2026-05-20" }),
      status: "ready",
      reasons: [],
    },
    {
      name: "flags a control whose planned date has passed",
      input: with88({ status: "部分实施", plannedDate: "2026-03-01" }),
      status: "incomplete",
      reasons: [{ code: "soa.planned.overdue", sheet: SOA_SHEET, cell: "E3" }],
    },
    {
      name: "without an audit date, flags a control not in place today",
      input: with88({}, "no audit date"),
      status: "incomplete",
      reasons: [{ code: "soa.planned.pending", sheet: SOA_SHEET, cell: "E3" }],
    },
    {
      name: "does not ask an implemented control for a date",
      input: with88({ status: "Implemented", plannedDate: undefined }),
      status: "ready",
      reasons: [],
    },
  ]);
});
