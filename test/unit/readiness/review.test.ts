/** Items 14–16: measurement, management review, laws and regulations. */
import { readinessReasonMessage } from "../../../src/domain/readiness";
import {
  itemOf,
  changedRow,
  itemCases,
  readyInput,
  READY_REGISTERS,
  READY_SOA,
  SHEETS,
  SOA_SHEET,
  soaRows,
  withRegister,
} from "./builders";

const ready = readyInput();

describe("14 measurement", () => {
  itemCases("measurement", [
    { name: "is ready when every objective is measured", input: ready, status: "ready", reasons: [] },
    {
      name: "is missing without objectives",
      input: withRegister(ready, "objectives", []),
      status: "missing",
      reasons: [{ code: "measurement.missing", sheet: SHEETS.objectives, cell: "A1" }],
    },
    {
      name: "flags an objective not measured",
      input: withRegister(ready, "objectives", changedRow("objectives", 0, { result: "", measuredOn: "" })),
      status: "incomplete",
      reasons: [
        { code: "measurement.result.missing", sheet: SHEETS.objectives, cell: "G2" },
        { code: "measurement.measuredOn.missing", sheet: SHEETS.objectives, cell: "H2" },
      ],
    },
  ]);
});

describe("15 management review", () => {
  itemCases("managementReview", [
    { name: "is ready with a decision on every input", input: ready, status: "ready", reasons: [] },
    {
      name: "is missing without a review sheet",
      input: withRegister(ready, "review", undefined),
      status: "missing",
      reasons: [{ code: "managementReview.missing" }],
    },
    {
      name: "is missing while no input has a decision",
      input: withRegister(
        ready,
        "review",
        READY_REGISTERS.review.map((row) => ({ ...row, decision: "" })),
      ),
      status: "missing",
      reasons: [{ code: "managementReview.missing", sheet: SHEETS.review, cell: "A1" }],
    },
    {
      name: "flags an input without a decision",
      input: withRegister(ready, "review", changedRow("review", 3, { decision: "" })),
      status: "incomplete",
      reasons: [{ code: "managementReview.decision.missing", sheet: SHEETS.review, cell: "F5" }],
    },
    {
      name: "flags an input of 9.3.2 the review leaves out",
      input: withRegister(
        ready,
        "review",
        READY_REGISTERS.review.filter((row) => row.inputId !== "g"),
      ),
      status: "incomplete",
      reasons: [{ code: "managementReview.input.missing", sheet: SHEETS.review, cell: "A1" }],
    },
  ]);

  it("names an undecided input as the register words it", () => {
    const input = withRegister(
      ready,
      "review",
      changedRow("review", 3, { input: "d) 1) 不符合和纠正措施", decision: "" }),
    );
    const [reason] = itemOf(input, "managementReview").reasons;
    expect(reason && readinessReasonMessage(reason, "zh-CN")).toBe(
      "管理评审输入“d) 1) 不符合和纠正措施”没有评审结论。请记录最高管理者对该输入的评审结论及措施。",
    );
  });

  it("reads a register that gives the input keys in its input column", () => {
    const rows = READY_REGISTERS.review.map(({ inputId, decision }) => ({
      inputId: "",
      input: inputId,
      decision,
    }));
    const input = withRegister(ready, "review", rows.slice(1));
    expect(itemOf(input, "managementReview").reasons.map((reason) => reason.params)).toEqual([
      { input: "9.3.2 a)" },
    ]);
  });

  it("names the input by its clause", () => {
    const input = withRegister(
      ready,
      "review",
      READY_REGISTERS.review.filter((row) => row.inputId !== "d3"),
    );
    expect(itemOf(input, "managementReview").reasons.map((reason) => reason.params)).toEqual([
      { input: "9.3.2 d) 3)" },
    ]);
  });
});

describe("16 laws and regulations", () => {
  const laws = SHEETS.laws;
  const with531 = (standard: "2022" | "2013", controlId: string) => ({
    ...ready,
    standard,
    soa: soaRows(
      READY_SOA.map((row) =>
        row.controlId === "5.31" ? { controlId, applicable: false, justification: "无" } : row,
      ),
    ),
  });
  itemCases("laws", [
    { name: "is ready with every law owned and complied with", input: ready, status: "ready", reasons: [] },
    {
      name: "is missing without a laws sheet",
      input: withRegister(ready, "laws", undefined),
      status: "missing",
      reasons: [{ code: "laws.missing" }],
    },
    {
      name: "flags a law without an owner",
      input: withRegister(ready, "laws", changedRow("laws", 0, { owner: "" })),
      status: "incomplete",
      reasons: [{ code: "laws.owner.missing", sheet: laws, cell: "G2" }],
    },
    ...(
      [
        ["", "laws.unassessed"],
        ["notAssessed", "laws.unassessed"],
        ["待定", "laws.unassessed"],
        ["partial", "laws.partial"],
        ["noncompliant", "laws.noncompliant"],
      ] as const
    ).map(([status, code]) => ({
      name: `flags a law whose status is "${status}" as ${code}`,
      input: withRegister(ready, "laws", changedRow("laws", 0, { status })),
      status: "incomplete" as const,
      reasons: [{ code, sheet: laws, cell: "H2" }],
    })),
    {
      name: "flags an SoA that excludes 5.31",
      input: with531("2022", "A.5.31"),
      status: "incomplete",
      reasons: [{ code: "laws.soa.excluded", sheet: SOA_SHEET, cell: "B5" }],
    },
    {
      name: "flags a 2013 SoA that excludes A.18.1.1",
      input: with531("2013", "A.18.1.1"),
      status: "incomplete",
      reasons: [{ code: "laws.soa.excluded", sheet: SOA_SHEET, cell: "B5" }],
    },
  ]);
});
