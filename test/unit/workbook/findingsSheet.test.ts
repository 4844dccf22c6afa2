/**
 * The validation report sheet as a plan: one row per finding (errors first), a link from each to the
 * cell to fix, words in the chosen language; where it goes (over our earlier report, never over a
 * person's sheet); and that reading the workbook afterwards never takes it for an ISMS sheet.
 */
import { ruleTitle, severityLabel } from "../../../src/domain/treatment";
import { LANGS, type Lang } from "../../../src/i18n";
import { validationOf } from "../../../src/operations/validateTreatmentPlan";
import { buildWorkbookPlan } from "../../../src/workbook/layout/buildWorkbookPlan";
import {
  FINDINGS_TABLE,
  findingsSheetName,
  findingsSheetPlan,
  placeFindingsSheet,
  type ReportedFinding,
} from "../../../src/workbook/layout/findingsSheet";
import { looksLikeIsmsSheet } from "../../../src/workbook/read/sheetLocator";
import { readingSchemas } from "../../../src/workbook/schema/readingSchemas";
import { sheetDataOf, snapshotOf } from "./planToSnapshot";

const FINDINGS: readonly ReportedFinding[] = [
  {
    rule: "treatment.due.late",
    severity: "warning",
    sheet: "Risk treatment plan",
    cell: "I4",
    riskId: "R-003",
    params: {},
    message: "Risk R-003: planned completion is beyond the deadline.",
  },
  {
    rule: "treatment.owner.missing",
    severity: "error",
    sheet: "Risk treatment plan",
    cell: "H7",
    riskId: "R-007",
    params: {},
    message: "Risk R-007: the treatment has no owner.",
  },
  {
    rule: "risk.id.missing",
    severity: "error",
    sheet: "Risk's register",
    cell: "A12",
    params: { row: 12 },
    message: '=Row 12 has content but no risk ID ("-5").',
  },
];

describe.each(LANGS)("the findings sheet (%s)", (lang: Lang) => {
  const plan = findingsSheetPlan({ findings: FINDINGS }, lang);
  const [table] = plan.tables;
  if (!table) throw new Error("the report has a table");

  it("is a table named IsmsFindings at A1 with the report's headers in the language", () => {
    expect(plan.name).toBe(findingsSheetName(lang));
    expect(plan.mode).toBe("create");
    expect(table).toMatchObject({ name: FINDINGS_TABLE, row: 0, column: 0 });
    expect(table.columns.map((c) => c.key)).toEqual([
      "severity",
      "rule",
      "riskId",
      "sheet",
      "cell",
      "message",
    ]);
    expect(table.columns.map((c) => c.header)).toEqual(
      lang === "zh-CN"
        ? ["严重程度", "规则", "风险编号", "工作表", "单元格", "问题说明"]
        : ["Severity", "Rule", "Risk ID", "Sheet", "Cell", "Finding"],
    );
  });

  it("lists every finding, errors first, each kept in the validator's order", () => {
    expect(table.rows.map((row) => row[4])).toEqual(["H7", "A12", "I4"]);
    expect(table.rows[0]).toEqual([
      severityLabel("error", lang),
      ruleTitle("treatment.owner.missing", lang),
      "R-007",
      "Risk treatment plan",
      "H7",
      "Risk R-007: the treatment has no owner.",
    ]);
    // A finding without a risk id leaves the cell empty; text stays text (the ports guard it).
    expect(table.rows[1]?.[2]).toBeNull();
    expect(table.rows[1]?.[5]).toBe('=Row 12 has content but no risk ID ("-5").');
  });

  it("links each finding's cell column to the cell to fix", () => {
    expect(plan.hyperlinks).toEqual([
      { address: "E2", targetSheet: "Risk treatment plan", targetAddress: "H7", text: "H7" },
      { address: "E3", targetSheet: "Risk's register", targetAddress: "A12", text: "A12" },
      { address: "E4", targetSheet: "Risk treatment plan", targetAddress: "I4", text: "I4" },
    ]);
  });

  it("freezes the header row, sets widths, colours severities and prints like the other sheets", () => {
    expect(plan.freeze).toEqual({ rows: 1, columns: 0 });
    expect(plan.columnWidths).toEqual(table.columns.map((c, i) => ({ column: i, width: c.width })));
    expect(table.columns.find((c) => c.key === "message")).toMatchObject({ wrap: true });
    expect(plan.conditionalFormats).toEqual([
      expect.objectContaining({ kind: "expression", range: "A2:A4", fill: "#FFC7CE" }),
      expect.objectContaining({ kind: "expression", range: "A2:A4", fill: "#FFEB9C" }),
    ]);
    expect(plan.conditionalFormats[0]).toMatchObject({
      formula: `=$A2="${severityLabel("error", lang)}"`,
    });
    expect(plan.print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      fitToPagesWide: 1,
      titleRows: { first: 0, last: 0 },
      header: { left: "{sheet}" },
    });
    expect(plan.print?.footer?.center).toContain("{page}");
  });

  it("is an empty table (one blank row when written) when there is nothing to report", () => {
    const empty = findingsSheetPlan({ findings: [] }, lang, "Checked", "update");
    expect(empty).toMatchObject({ name: "Checked", mode: "update", hyperlinks: [] });
    expect(empty.tables[0]?.rows).toEqual([]);
    expect(empty.conditionalFormats[0]?.range).toBe("A2:A2");
  });
});

describe("where the report goes", () => {
  it("takes the language's name on a workbook without it", () => {
    expect(placeFindingsSheet({ sheets: [{ name: "Sheet1", tables: [] }] }, "zh-CN")).toEqual({
      name: "检查结果",
      mode: "create",
    });
  });

  it("writes over the earlier report, found by its table on a renamed sheet", () => {
    const outline = {
      sheets: [
        { name: "Validation findings", tables: [] },
        { name: "Audit prep", tables: ["ismsfindings"] },
      ],
    };
    expect(placeFindingsSheet(outline, "en")).toEqual({ name: "Audit prep", mode: "update" });
  });

  it("goes beside a person's sheet of the same name (in any case), at the first free number", () => {
    const outline = {
      sheets: [
        { name: "validation FINDINGS", tables: [] },
        { name: "Validation findings (2)", tables: ["Notes"] },
      ],
    };
    expect(placeFindingsSheet(outline, "en")).toEqual({ name: "Validation findings (3)", mode: "create" });
  });
});

describe("a workbook with a report, read again", () => {
  const build = buildWorkbookPlan({ lang: "en", standard: "2022", method: "li", sample: true });
  if (!build.ok) throw new Error("a new workbook has no conflicts");
  const snapshot = snapshotOf(build.plan);
  const options = { today: "2026-04-01", lang: "en" } as const;
  const report = validationOf(snapshot, options);
  const sheet = sheetDataOf(findingsSheetPlan(report, "en"));

  it("has findings to report", () => {
    expect(report.findings.length).toBeGreaterThan(3);
    expect(sheet.values).toHaveLength(report.findings.length + 1);
  });

  it("never takes the report for an ISMS sheet, so it is never read in full", () => {
    expect(looksLikeIsmsSheet(sheet, readingSchemas())).toBe(false);
  });

  it("gives the same findings with the report in the workbook", () => {
    const again = validationOf({ ...snapshot, sheets: [...snapshot.sheets, sheet] }, options);
    expect(again.findings).toEqual(report.findings);
    expect(again.sheets).toEqual(report.sheets);
  });
});
