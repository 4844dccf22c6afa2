/**
 * Workbooks the product did not write: public templates, and registers written by hand in either
 * language with a title above the header row.
 */
import { parseWorkbook } from "../../../src/workbook/read/parseWorkbook";
import type { RawValue, SheetData, WorkbookSnapshot } from "../../../src/workbook/sheetData";
import { readXlsx } from "./xlsxSheetData";

const TEMPLATES = "../shared/templates";

describe("the PayBridges ISO 27005 risk register", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await readXlsx(`${TEMPLATES}/paybridges_ISO_27005_Risk_Register.xlsx`);
  });

  it("is recognised as a risk register by its headers", () => {
    const parsed = parseWorkbook(snapshot);
    expect(parsed.sheets.risks).toMatchObject({
      name: "ISO27005 Risk Register",
      via: "headers",
      headerRow: 1,
    });
    expect(parsed.sheets.treatments).toBeUndefined();
  });

  it.each([
    ["riskId", "A"],
    ["description", "B"],
    ["asset", "C"],
    ["threat", "D"],
    ["vulnerability", "E"],
    ["likelihood", "F"],
    ["impact", "G"],
    ["value", "H"],
    ["levelName", "I"],
    ["plan.option", "J"],
    ["plan.controls", "K"],
    ["plan.residualLikelihood", "L"],
    ["plan.residualImpact", "M"],
    ["plan.residualValue", "N"],
    ["plan.residualLevel", "O"],
    ["owner", "P"],
    ["plan.status", "Q"],
  ])("finds the %s column in %s", (key, column) => {
    expect(parseWorkbook(snapshot).sheets.risks?.columns[key]).toBe(column);
  });

  it("reads the treatment each risk carries on the register, with its residual ratings", () => {
    const { treatments } = parseWorkbook(snapshot);
    expect(treatments).toHaveLength(20);
    expect(treatments[0]).toMatchObject({
      riskId: "RR-01",
      option: "reduce",
      controls: ["5.17", "8.2", "8.5"],
      owner: "Head of IT/Security",
      residual: { likelihood: expect.any(Number), impact: expect.any(Number) },
      cells: { riskId: "A2", option: "J2", controls: "K2" },
    });
  });

  it("reads its 20 risks with ratings, option, controls and owner", () => {
    const risks = parseWorkbook(snapshot).risks;
    expect(risks).toHaveLength(20);
    expect(risks[0]).toMatchObject({
      riskId: "RR-01",
      ratings: { likelihood: 4, impact: 5 },
      value: 20,
      treatment: "reduce",
      plannedControls: ["5.17", "8.2", "8.5"],
      owner: "Head of IT/Security",
      row: 2,
      cells: { riskId: "A2", owner: "P2" },
    });
  });
});

describe("the CISO Assistant risk assessment template", () => {
  it("is recognised by its ref_id, name, proba and impact columns", async () => {
    const parsed = parseWorkbook(await readXlsx(`${TEMPLATES}/ciso-assistant_risk_assessment_template.xlsx`));
    expect(parsed.sheets.risks?.via).toBe("headers");
    expect(parsed.risks.map((r) => r.riskId)).toEqual(["R01", "R02", "R03", "R04"]);
    expect(parsed.risks.map((r) => r.treatment)).toEqual(["avoid", undefined, "reduce", "transfer"]);
    expect(parsed.sheets.risks?.columns).toMatchObject({
      likelihood: "D",
      impact: "E",
      existingControls: "G",
      asset: "P",
    });
  });
});

function sheet(name: string, values: RawValue[][], merged?: string[]): SheetData {
  return { name, row: 0, column: 0, values, tables: [], ...(merged ? { merged } : {}) };
}

const zhRegister = sheet("风险登记", [
  ["云付通 2026 年度风险评估", "", "", "", "", "", ""],
  ["评估日期：2026-03-02", "", "", "", "", "", ""],
  ["", "", "", "", "", "", ""],
  [
    "风险ID",
    "资产",
    "威胁名称",
    "脆弱点",
    "可能性(1-5)",
    "影响程度",
    "处置策略",
    "负责人",
    "完成时间",
    "评估日期",
    "奇怪的列",
  ],
  ["R-1", "支付数据库", "勒索软件", "备份未隔离", 4, "5", "降低", "张伟", "2026年5月1日", 46082, "x"],
  ["R-2", "办公网络", "网络钓鱼", "意识不足", "#N/A", "高", "转移", "", "3/1/2026", "", ""],
]);

describe("a register written by hand in Chinese", () => {
  const parsed = parseWorkbook({ sheets: [zhRegister], metadata: null });

  it("finds the header row below the title", () => {
    expect(parsed.sheets.risks).toMatchObject({ name: "风险登记", headerRow: 4 });
  });

  it("reads ratings typed as text as numbers, and says so", () => {
    expect(parsed.risks[0]?.ratings).toEqual({ likelihood: 4, impact: 5 });
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({ code: "workbook.number.text", sheet: "风险登记", cell: "F5" }),
    );
  });

  it("treats error values as blank and reports them", () => {
    expect(parsed.risks[1]?.ratings).toEqual({});
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({ code: "workbook.cell.error", cell: "E6", severity: "warning" }),
    );
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({ code: "workbook.number.invalid", cell: "F6" }),
    );
  });

  it("reports a column it does not know, with how many values were not read", () => {
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({
        code: "workbook.column.ignored",
        severity: "warning",
        cell: "K4",
        params: { header: "奇怪的列", count: 1 },
      }),
    );
  });

  it("reads Excel serial dates", () => {
    expect(parsed.risks[0]?.assessedOn).toBe("2026-03-01");
  });
});

describe("a treatment plan written by hand in English", () => {
  const plan = sheet(
    "RTP",
    [
      ["Risk treatment plan FY26"],
      [
        "Risk Ref",
        "Risk",
        "Treatment",
        "Action plan",
        "Control(s)",
        "Responsible",
        "Target Date",
        "Progress",
        "Approved by",
      ],
      [
        "R-001",
        "Ransomware",
        "Mitigate",
        "Isolate backups",
        "A.8.13; A.12.3.1",
        "Li Na",
        "2026/5/1",
        "Open",
        "",
      ],
      ["R-002", "Phishing", "Share", "Insurance", "", "", "1/6/2026", "WIP", ""],
    ],
    ["A1:I1", "H3:H4"],
  );
  const parsed = parseWorkbook({ sheets: [plan], metadata: null });

  it("maps the words it uses to the four options and the statuses", () => {
    expect(parsed.treatments.map((t) => [t.option, t.status])).toEqual([
      ["reduce", "notStarted"],
      ["transfer", "inProgress"],
    ]);
  });

  it("keeps 2013 control ids as written for the validator", () => {
    expect(parsed.treatments[0]?.controls).toEqual(["8.13", "A.12.3.1"]);
  });

  it("reads dates typed as text and refuses ambiguous ones", () => {
    expect(parsed.treatments[0]?.dueDate).toBe("2026-05-01");
    expect(parsed.treatments[1]?.dueDate).toBeUndefined();
    expect(parsed.treatments[1]?.text["dueDate"]).toBe("1/6/2026");
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({ code: "workbook.date.text", cell: "G3", severity: "info" }),
    );
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({ code: "workbook.date.ambiguous", cell: "G4" }),
    );
  });

  it("fills a cell merged down over rows of the table and says so, not a merged title above it", () => {
    const merged = parsed.problems
      .filter((p) => p.code === "workbook.merge.filled" || p.code === "workbook.cells.merged")
      .map((p) => [p.code, p.cell]);
    expect(merged).toEqual([["workbook.merge.filled", "H3:H4"]]);
  });
});

describe("a workbook with no ISMS sheet", () => {
  it("says so", () => {
    const parsed = parseWorkbook({
      sheets: [
        sheet("Budget", [
          ["Item", "Cost"],
          ["Laptops", 1200],
        ]),
      ],
      metadata: null,
    });
    expect(parsed.problems).toEqual([
      expect.objectContaining({ code: "workbook.sheets.none", severity: "error" }),
    ]);
  });
});
