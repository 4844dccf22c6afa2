/** Items 10 and 11: the lists of documents and records. */
import { REQUIRED_INFORMATION } from "../../../src/domain/readiness";
import {
  changedRow,
  itemCases,
  itemOf,
  readyInput,
  READY_REGISTERS,
  READY_SOA,
  SHEETS,
  SOA_SHEET,
  soaRows,
  withRegister,
} from "./builders";

const ready = readyInput();
const without = <T extends { clauses?: string }>(rows: readonly T[], clause: string): T[] =>
  rows.filter((row) => row.clauses !== clause);
const withSoaDocuments = (documents: string) => ({
  ...ready,
  soa: soaRows(READY_SOA.map((row) => (row.controlId === "8.8" ? { ...row, documents } : row))),
});

describe("10 list of documents", () => {
  itemCases("documents", [
    { name: "is ready with every required document approved", input: ready, status: "ready", reasons: [] },
    {
      name: "is missing without a documents sheet",
      input: withRegister(ready, "documents", undefined),
      status: "missing",
      reasons: [{ code: "documents.missing" }],
    },
    {
      name: "is missing with an empty documents sheet",
      input: withRegister(ready, "documents", []),
      status: "missing",
      reasons: [{ code: "documents.missing", sheet: SHEETS.documents, cell: "A1" }],
    },
    {
      name: "flags a required document not listed",
      input: withRegister(ready, "documents", without(READY_REGISTERS.documents, "4.3")),
      status: "incomplete",
      reasons: [{ code: "documents.required.missing", sheet: SHEETS.documents, cell: "A1" }],
    },
    {
      name: "does not take 6.1.3 for the SoA's 6.1.3 d)",
      input: withRegister(
        ready,
        "documents",
        changedRow("documents", 4, { clauses: "6.1.3", docId: "SOA-1" }),
      ),
      status: "incomplete",
      reasons: [{ code: "documents.required.missing", sheet: SHEETS.documents, cell: "A1" }],
    },
    {
      name: "reads clauses written with full-width separators and spaces",
      input: withRegister(
        ready,
        "documents",
        changedRow("documents", 4, { clauses: "6.1.3d；A.5.1", docId: "SOA-1" }),
      ),
      status: "ready",
      reasons: [],
    },
    {
      name: "flags a required document under review, with neither version nor approval date",
      input: withRegister(
        ready,
        "documents",
        changedRow("documents", 2, { status: "review", version: "", approvalDate: "" }),
      ),
      status: "incomplete",
      reasons: [
        { code: "documents.required.unapproved", sheet: SHEETS.documents, cell: "H4" },
        { code: "documents.required.version.missing", sheet: SHEETS.documents, cell: "F4" },
        { code: "documents.required.approvalDate.missing", sheet: SHEETS.documents, cell: "G4" },
      ],
    },
    {
      name: "flags a document the SoA names that the list does not",
      input: withSoaDocuments("访问控制程序；《补丁管理规范》"),
      status: "incomplete",
      reasons: [{ code: "documents.soa.unlisted", sheet: SOA_SHEET, cell: "F3" }],
    },
    {
      name: "finds SoA documents by number or title, one per line",
      input: withSoaDocuments("ISMS-P-01 v1.0\n《访问控制程序》"),
      status: "ready",
      reasons: [],
    },
  ]);

  it("names the missing document and its clause", () => {
    const input = withRegister(ready, "documents", without(READY_REGISTERS.documents, "6.1.3 d)"));
    expect(itemOf(input, "documents").reasons.map((reason) => reason.params)).toEqual([
      { required: "soa", clause: "6.1.3 d)", number: "ISMS-D-05" },
    ]);
  });

  it("asks for every required document of an unrelated list", () => {
    const input = withRegister(ready, "documents", [{ docId: "X-1", title: "员工手册" }]);
    const required = REQUIRED_INFORMATION.filter((info) => info.kind === "document").map((info) => info.key);
    expect(itemOf(input, "documents").reasons.map((reason) => reason.params["required"])).toEqual(required);
  });
});

describe("11 list of records", () => {
  itemCases("records", [
    {
      name: "is ready with every required record kept somewhere by someone",
      input: ready,
      status: "ready",
      reasons: [],
    },
    {
      name: "is missing without a records sheet",
      input: withRegister(ready, "records", undefined),
      status: "missing",
      reasons: [{ code: "records.missing" }],
    },
    {
      name: "flags a required record not listed",
      input: withRegister(ready, "records", without(READY_REGISTERS.records, "9.2")),
      status: "incomplete",
      reasons: [{ code: "records.required.missing", sheet: SHEETS.records, cell: "A1" }],
    },
    {
      name: "flags a record without owner or location",
      input: withRegister(ready, "records", changedRow("records", 0, { owner: "", location: "" })),
      status: "incomplete",
      reasons: [
        { code: "records.owner.missing", sheet: SHEETS.records, cell: "E2" },
        { code: "records.location.missing", sheet: SHEETS.records, cell: "G2" },
      ],
    },
  ]);
});
