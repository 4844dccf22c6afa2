/** What the SoA asks a person to decide: conflicts, orphans and exclusions without a justification. */
import { deriveSoa, isBoilerplateJustification, parseReasons, parseStatus } from "../../../src/domain/soa";
import { RISKS, TREATMENTS } from "./soaFixture";

const derive = (previous: Parameters<typeof deriveSoa>[0]["previous"]) =>
  deriveSoa({ standard: "2022", risks: RISKS, treatments: TREATMENTS, previous });

describe("SoA findings", () => {
  it("flags a control a treatment requires but a person excluded, keeping the exclusion", () => {
    const soa = derive([{ controlId: "8.8", applicable: false, justification: "由集团统一负责" }]);
    expect(soa.findings).toEqual([{ code: "soa.conflict", controlId: "8.8", risks: ["R-002", "R-003"] }]);
    expect(soa.entries.find((entry) => entry.id === "8.8")?.applicable).toBe(false);
  });

  it("flags an existing control a person excluded", () => {
    expect(derive([{ controlId: "7.1", applicable: false, justification: "x" }]).findings).toEqual([
      { code: "soa.conflict", controlId: "7.1", risks: ["R-002"] },
    ]);
  });

  it("flags a control selected only for risk treatment that no risk cites any more", () => {
    const soa = derive([{ controlId: "5.7", applicable: true, reasons: "风险评估" }]);
    expect(soa.findings).toEqual([{ code: "soa.orphan", controlId: "5.7" }]);
    expect(soa.entries.find((entry) => entry.id === "5.7")?.applicable).toBe(true);
  });

  it("does not flag a control that also has a legal reason", () => {
    expect(
      derive([{ controlId: "5.7", applicable: true, reasons: "Risk treatment; legal" }]).findings,
    ).toEqual([]);
  });

  it.each(["", "N/A", "n/a.", "不适用", "-", "无", "  无  "])(
    "flags the exclusion justified by %j",
    (text) => {
      expect(derive([{ controlId: "7.4", applicable: false, justification: text }]).findings).toEqual([
        {
          code: "soa.justification.missing",
          controlId: "7.4",
          ...(text.trim() ? { justification: text.trim() } : {}),
        },
      ]);
    },
  );

  it("accepts a justification that explains the exclusion", () => {
    expect(isBoilerplateJustification("不适用：公司无软件开发活动")).toBe(false);
  });
});

describe("reading typed SoA text", () => {
  it.each([
    ["法律法规", ["legal"]],
    ["合同要求；业务需要", ["contractual", "business"]],
    ["最佳实践", ["business"]],
    ["Risk assessment, contractual", ["riskTreatment", "contractual"]],
    ["Legal and regulatory", ["legal"]],
    ["", []],
  ])("reads the reasons %j", (text, reasons) => {
    expect(parseReasons(text)).toEqual(reasons);
  });

  it.each([
    ["已实施", "implemented"],
    ["部分实施", "partial"],
    ["计划中", "planned"],
    ["未实施", "notImplemented"],
    ["Not implemented", "notImplemented"],
    ["Partially implemented", "partial"],
    ["见附件", undefined],
  ])("reads the status %j", (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });
});
