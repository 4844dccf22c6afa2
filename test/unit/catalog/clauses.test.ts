/** Clauses 4–10 of ISO/IEC 27001:2022 as rated in a gap analysis. */
import ExcelJS from "exceljs";
import { clauseById, clauses } from "../../../src/domain/catalog";
import { templatePath } from "./referenceData";

const REQUIRED = [
  "4",
  "4.1",
  "4.2",
  "4.3",
  "4.4",
  "5",
  "5.1",
  "5.2",
  "5.3",
  "6",
  "6.1",
  "6.1.1",
  "6.1.2",
  "6.1.3",
  "6.2",
  "6.3",
  "7",
  "7.1",
  "7.2",
  "7.3",
  "7.4",
  "7.5",
  "7.5.1",
  "7.5.2",
  "7.5.3",
  "8",
  "8.1",
  "8.2",
  "8.3",
  "9",
  "9.1",
  "9.2",
  "9.2.1",
  "9.2.2",
  "9.3",
  "9.3.1",
  "9.3.2",
  "9.3.3",
  "10",
  "10.1",
  "10.2",
];

describe("ISO/IEC 27001:2022 clauses 4–10", () => {
  it("lists exactly the requirements of clauses 4–10, in the standard's order", () => {
    expect(clauses().map((c) => c.id)).toEqual(REQUIRED);
  });

  it("links every sub-clause to a parent that comes before it", () => {
    clauses().forEach((clause, index) => {
      if (clause.parent === undefined) {
        expect(clause.id).toMatch(/^\d+$/);
        return;
      }
      const parentIndex = clauses().findIndex((c) => c.id === clause.parent);
      expect(parentIndex).toBeGreaterThanOrEqual(0);
      expect(parentIndex).toBeLessThan(index);
      expect(clause.id.startsWith(`${clause.parent}.`)).toBe(true);
    });
  });

  it.each([
    ["6.1", ["6.1.1", "6.1.2", "6.1.3"]],
    ["7.5", ["7.5.1", "7.5.2", "7.5.3"]],
    ["9.2", ["9.2.1", "9.2.2"]],
    ["9.3", ["9.3.1", "9.3.2", "9.3.3"]],
    ["10", ["10.1", "10.2"]],
  ])("gives %s the children %j", (parent, children) => {
    expect(
      clauses()
        .filter((c) => c.parent === parent)
        .map((c) => c.id),
    ).toEqual(children);
  });

  it("titles every clause in English and Chinese", () => {
    for (const clause of clauses()) {
      expect(clause.title.en).toMatch(/^[A-Z]/);
      expect(clause.title["zh-CN"]).toMatch(/\p{Script=Han}/u);
    }
  });

  it("lists evidence an auditor asks for on every clause, in both languages", () => {
    for (const clause of clauses()) {
      expect(clause.evidence.length).toBeGreaterThan(0);
      for (const item of clause.evidence) {
        expect(item.en).toMatch(/[a-z]/);
        expect(item["zh-CN"]).toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it.each([
    ["6.1.2", "Information security risk assessment", "信息安全风险评估"],
    ["6.1.3", "Information security risk treatment", "信息安全风险处置"],
    ["9.3", "Management review", "管理评审"],
    ["10.2", "Nonconformity and corrective action", "不符合及纠正措施"],
  ])("titles %s %s / %s", (id, en, zh) => {
    expect(clauseById(id)?.title).toEqual({ en, "zh-CN": zh });
  });

  it("asks for the Statement of Applicability under 6.1.3", () => {
    expect(clauseById("6.1.3")?.evidence.map((e) => e["zh-CN"])).toContain("适用性声明");
  });

  describe("ISO/IEC 27001:2022/Amd 1:2024 (climate action changes)", () => {
    it("adds the climate-change determination to 4.1 in the standard's words", () => {
      expect(clauseById("4.1")?.amendment).toEqual({
        en: "The organization shall determine whether climate change is a relevant issue.",
        "zh-CN": "组织应确定气候变化是否为相关问题。",
      });
    });

    it("adds the note on interested parties' climate requirements to 4.2", () => {
      expect(clauseById("4.2")?.amendment).toEqual({
        en: "NOTE Relevant interested parties can have requirements related to climate change.",
        "zh-CN": "注：相关方可能有与气候变化相关的要求。",
      });
    });

    it("changes no other clause", () => {
      expect(
        clauses()
          .filter((c) => c.amendment !== undefined)
          .map((c) => c.id),
      ).toEqual(["4.1", "4.2"]);
    });

    it("asks for the climate-change determination as evidence under 4.1", () => {
      expect(clauseById("4.1")?.evidence).toContainEqual({
        en: "Determination whether climate change is a relevant issue (Amd 1:2024)",
        "zh-CN": "气候变化是否为相关问题的确定（Amd 1:2024）",
      });
    });

    it("asks for interested parties' climate-related requirements as evidence under 4.2", () => {
      expect(clauseById("4.2")?.evidence).toContainEqual({
        en: "Climate-related requirements of interested parties (Amd 1:2024)",
        "zh-CN": "相关方与气候变化相关的要求（Amd 1:2024）",
      });
    });

    it("keeps the evidence asked before the amendment", () => {
      expect(clauseById("4.1")?.evidence.map((e) => e["zh-CN"])).toContain("内外部问题定期评审记录");
      expect(clauseById("4.2")?.evidence.map((e) => e["zh-CN"])).toContain("相关方及其要求清单");
    });
  });

  it("matches the clause ids of a public ISO/IEC 27001:2022 framework workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(templatePath("ciso-assistant_iso27001-2022.xlsx"));
    const ids: string[] = [];
    workbook.getWorksheet("req_content")?.eachRow((row) => {
      const id = row.getCell(4).text.trim();
      if (/^\d+(\.\d+)*$/.test(id)) ids.push(id);
    });
    expect(ids).toEqual(clauses().map((c) => c.id));
  });
});
