/**
 * The treatment plan's rule formats in the workbook plan: which cells each covers, its formula and
 * colours, the names the formulas read, and the legend on the methodology sheet — for both languages and
 * for a level and a value criterion. What the formulas mark row by row: planRulesFormulas.test.ts.
 */
import { defaultMethodology, METHOD_IDS, type Methodology } from "../../../src/domain/methodology";
import type { Lang } from "../../../src/i18n";
import { columnRange } from "../../../src/workbook/cells/cellAddress";
import { buildWorkbookPlan } from "../../../src/workbook/layout/buildWorkbookPlan";
import { PLAN_RULE_COLUMNS, PLAN_RULES, planRuleFormats } from "../../../src/workbook/layout/planRules";
import { methodSheetPlan } from "../../../src/workbook/method/methodSheet";
import type { SheetKey, SheetPlan, TablePlan, WorkbookPlan } from "../../../src/workbook/plan";
import { writtenColumns } from "../../../src/workbook/schema/columnSchema";
import { bindMethod } from "../../../src/workbook/schema/methodBinding";
import { treatmentSchema } from "../../../src/workbook/schema/treatmentSchema";
import type { WorkbookSnapshot } from "../../../src/workbook/sheetData";

const RED = { fill: "#FFC7CE", fontColor: "#9C0006" };
const AMBER = { fill: "#FFEB9C", fontColor: "#9C5700" };

const VALUE_BASIS: Methodology = { ...defaultMethodology("li"), acceptance: { basis: "value", value: 12 } };

function planOf(lang: Lang, methodology: Methodology, sample = true): WorkbookPlan {
  const build = buildWorkbookPlan({
    lang,
    standard: "2022",
    method: methodology.method,
    methodology,
    sample,
  });
  if (!build.ok) throw new Error("a new workbook has no conflicts");
  return build.plan;
}

function sheetOf(plan: WorkbookPlan, key: SheetKey): SheetPlan {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`no ${key} sheet`);
  return sheet;
}

function tableOf(plan: WorkbookPlan, key: SheetKey): TablePlan {
  const table = sheetOf(plan, key).tables[0];
  if (!table) throw new Error(`no ${key} table`);
  return table;
}

/** The expression formats of the plan's treatment sheet. */
const expressions = (plan: WorkbookPlan) =>
  sheetOf(plan, "treatments").conditionalFormats.filter((f) => f.kind === "expression");

describe("the rule formats of the English plan, li (level criterion)", () => {
  const plan = planOf("en", defaultMethodology("li"));
  // li plan: A riskId … E option … H owner, I dueDate … N residualLevel, O acceptedBy, P acceptedOn.
  const risk = (name: string) => `INDEX(${name},MATCH($A2,ISMS_RiskIds,0))`;
  const above = `IFERROR(1*${risk("ISMS_RiskLevels")},0)>ISMS_Acceptance`;
  const start = `IF(ISNUMBER(${risk("ISMS_RiskDates")}),${risk("ISMS_RiskDates")},IF(ISNUMBER(ISMS_AssessmentDate),ISMS_AssessmentDate,TODAY()))`;
  const residual = `IFERROR(1*$N2,0)>ISMS_Acceptance,NOT(AND($E2="Accept",${above}))`;

  it("checks the columns it reads are where the formulas say", () => {
    const keys = tableOf(plan, "treatments").columns.map((c) => c.key);
    expect(["A", "E", "H", "I", "N", "O", "P", "Q"].map((l) => keys[l.charCodeAt(0) - 65])).toEqual([
      "riskId",
      "option",
      "owner",
      "dueDate",
      "residualLevel",
      "residualAcceptable",
      "acceptedBy",
      "acceptedOn",
    ]);
  });

  it.each([
    ["treatment.risk.unknown", "A2:A1001", '=AND($A2<>"",ISNA(MATCH($A2,ISMS_RiskIds,0)))', RED],
    ["treatment.owner.missing", "H2:H1001", '=AND($A2<>"",TRIM($H2)="")', RED],
    ["treatment.due.missing", "I2:I1001", '=AND($A2<>"",TRIM($I2)="",NOT($E2="Accept"))', RED],
    ["treatment.due.late", "I2:I1001", `=AND(ISNUMBER($I2),$I2>${start}+ISMS_TreatmentDays)`, AMBER],
    ["treatment.accept.unapproved", "P2:P1001", `=AND($A2<>"",$E2="Accept",${above},TRIM($P2)="")`, RED],
    [
      "treatment.accept.unapproved",
      "Q2:Q1001",
      `=AND($A2<>"",$E2="Accept",${above},TRIM($P2)<>"",TRIM($Q2)="")`,
      RED,
    ],
    ["residual.unaccepted", "P2:P1001", `=AND(${residual},TRIM($P2)="")`, RED],
    ["residual.unaccepted", "Q2:Q1001", `=AND(${residual},TRIM($P2)<>"",TRIM($Q2)="")`, RED],
  ])("marks %s over %s", (_, range, formula, colours) => {
    expect(expressions(plan)).toContainEqual({ kind: "expression", range, formula, ...colours });
  });

  it("adds them after the level colours, one per rule and marked column, and nothing else", () => {
    const formats = sheetOf(plan, "treatments").conditionalFormats;
    expect(formats.slice(0, 10).every((f) => f.kind === "cellValue")).toBe(true);
    expect(formats.slice(10)).toHaveLength(8);
  });

  it("reaches as far as the table's lists", () => {
    const lists = sheetOf(plan, "treatments").validations.map((v) => v.range);
    expect(lists).toContain("H2:H1001");
  });
});

describe.each(["en", "zh-CN"] as const)("the rule formats in %s", (lang) => {
  it.each(METHOD_IDS)("are written for %s with the workbook's word for accept", (method) => {
    const plan = planOf(lang, defaultMethodology(method));
    const written = expressions(plan);
    expect(written).toHaveLength(8);
    const accept = lang === "en" ? '"Accept"' : '"接受"';
    expect(written.filter((f) => f.formula.includes(accept))).toHaveLength(5);
  });

  it("are the ones planRuleFormats describes, in its order", () => {
    const m = defaultMethodology("gbt-matrix");
    const plan = planOf(lang, m);
    const columns = writtenColumns(treatmentSchema(bindMethod(m)));
    expect(tableOf(plan, "treatments").columns.map((c) => c.key)).toEqual(columns.map((c) => c.key));
    const described = planRuleFormats({ columns, methodology: m, lang, capacity: 1000 });
    expect(described.map((d) => d.rule)).toEqual(
      PLAN_RULES.flatMap((r) => PLAN_RULE_COLUMNS[r].map(() => r)),
    );
    expect(expressions(plan)).toEqual(described.map((d) => d.format));
  });

  it("compare values, not levels, under a value criterion", () => {
    const plan = planOf(lang, VALUE_BASIS);
    const keys = tableOf(plan, "treatments").columns.map((c) => c.key);
    const residualValue = String.fromCharCode(65 + keys.indexOf("residualValue"));
    const signing = expressions(plan).filter((f) => /ISMS_Acceptance/.test(f.formula));
    expect(signing).toHaveLength(4);
    for (const format of signing) {
      expect(format.formula).not.toContain("ISMS_RiskLevels");
      expect(format.formula).not.toMatch(/IFERROR\(1\*\$N2/);
    }
    expect(signing.filter((f) => f.formula.includes("ISMS_RiskValues"))).toHaveLength(4);
    expect(signing.filter((f) => f.formula.includes(`IFERROR(1*$${residualValue}2,0)`))).toHaveLength(2);
  });

  it("mark nothing on a blank first row: every formula needs a risk id, a date or a residual", () => {
    const plan = planOf(lang, defaultMethodology("li"), false);
    for (const format of expressions(plan)) {
      expect(format.formula).toMatch(
        /^=AND\((\$A2<>""|ISNUMBER\(\$I2\)|IFERROR\(1\*\$N2,0\)>ISMS_Acceptance),/,
      );
    }
  });

  it("read only names the workbook defines, and stay under 255 characters", () => {
    for (const method of METHOD_IDS) {
      const plan = planOf(lang, defaultMethodology(method));
      const defined = new Set(plan.names.map((n) => n.name));
      for (const format of expressions(plan)) {
        for (const [name] of format.formula.matchAll(/\bISMS_\w+/g)) expect(defined).toContain(name);
        // A conservative bound for a conditional format's formula across the programs clients use.
        expect(format.formula.length).toBeLessThan(255);
      }
    }
  });
});

describe("the names the rule formats read", () => {
  const plan = planOf("zh-CN", defaultMethodology("gbt-matrix"));
  const name = (n: string) => plan.names.find((x) => x.name === n);
  const register = tableOf(plan, "risks");
  const at = (key: string) => register.columns.findIndex((c) => c.key === key);

  it("cover the register's assessment dates and risk values, like its ids and levels", () => {
    expect(name("ISMS_RiskDates")).toEqual({
      name: "ISMS_RiskDates",
      sheet: "风险评估表",
      address: columnRange(at("assessedOn"), 1, 1000, true),
    });
    expect(name("ISMS_RiskValues")).toEqual({
      name: "ISMS_RiskValues",
      sheet: "风险评估表",
      address: columnRange(at("value"), 1, 1000, true),
    });
    expect(name("ISMS_RiskIds")?.address).toBe(columnRange(0, 1, 1000, true));
  });

  it("name the methodology sheet's assessment date cell", () => {
    const method = sheetOf(plan, "method");
    const table = method.tables[0];
    // Rows are labelled in the workbook's language; the value is the table's second column.
    const row = table?.rows.findIndex((r) => r[0] === "评估日期") ?? -1;
    expect(row).toBeGreaterThanOrEqual(0);
    expect(name("ISMS_AssessmentDate")).toEqual({
      name: "ISMS_AssessmentDate",
      sheet: "风险评估方法与准则",
      address: `$B$${(table?.row ?? 0) + row + 2}`,
    });
  });

  it("follow the suffix when the workbook is written beside an existing ISMS workbook", () => {
    const existing: WorkbookSnapshot = {
      sheets: [
        {
          name: "Risks",
          row: 0,
          column: 0,
          values: [["x"]],
          tables: [{ name: "ISMS_Risks", address: "A1:A2" }],
        },
      ],
      metadata: null,
    };
    const build = buildWorkbookPlan(
      { lang: "en", standard: "2022", method: "li", sample: false, onConflict: "beside" },
      existing,
    );
    if (!build.ok) throw new Error("written beside");
    const formulas = expressions(build.plan)
      .map((f) => f.formula)
      .join(" ");
    const used = new Set([...formulas.matchAll(/\bISMS_\w+/g)].map((m) => m[0]));
    expect([...used].sort()).toEqual([
      "ISMS_Acceptance_2",
      "ISMS_AssessmentDate_2",
      "ISMS_RiskDates_2",
      "ISMS_RiskIds_2",
      "ISMS_RiskLevels_2",
      "ISMS_TreatmentDays_2",
    ]);
  });
});

describe.each(["en", "zh-CN"] as const)("the legend on the methodology sheet (%s)", (lang) => {
  it.each(METHOD_IDS)("for %s sits below every named cell and says what each colour marks", (method) => {
    const m = defaultMethodology(method);
    const { sheet, names } = methodSheetPlan(m, lang);
    const lastNamedRow = Math.max(
      ...names.map((n) => Number(/(\d+)$/.exec(n.address)?.[1] ?? 0)),
      (sheet.tables[0]?.row ?? 0) + (sheet.tables[0]?.rows.length ?? 0) + 1,
    );
    const title = lang === "en" ? "Risk treatment plan checks" : "风险处置计划检查标记";
    const titleBlock = sheet.blocks.find((b) => b.cells[0]?.[0] === title);
    expect(titleBlock?.row).toBeGreaterThan(lastNamedRow);
    const swatches = sheet.blocks.filter((b) => b.style?.fill === RED.fill || b.style?.fill === AMBER.fill);
    expect(swatches).toHaveLength(PLAN_RULES.length);
    expect(swatches.map((b) => b.style?.fill)).toEqual(
      PLAN_RULES.map((r) => (r === "treatment.due.late" ? AMBER.fill : RED.fill)),
    );
    expect(swatches.every((b) => b.row > (titleBlock?.row ?? Infinity))).toBe(true);
  });

  it("writes each line as one cell that runs on into empty cells (nothing to its right, no wrapping)", () => {
    const { sheet } = methodSheetPlan(defaultMethodology("gbt-matrix"), lang);
    const swatches = sheet.blocks.filter((b) => b.style?.fill === RED.fill || b.style?.fill === AMBER.fill);
    for (const swatch of swatches) {
      const line = sheet.blocks.filter((b) => b.row === swatch.row && b !== swatch);
      expect(line).toHaveLength(1);
      expect(line[0]?.column).toBe(1);
      expect(line[0]?.cells).toEqual([[expect.any(String)]]);
      expect(line[0]?.style?.wrap).toBeUndefined();
    }
  });

  it("names the plan's columns in the workbook's language and explains each colour", () => {
    const { sheet } = methodSheetPlan(defaultMethodology("atv"), lang);
    const texts = sheet.blocks
      .flatMap((b) => b.cells.flat())
      .filter((c): c is string => typeof c === "string");
    const swatches = sheet.blocks.filter((b) => b.style?.fill === RED.fill || b.style?.fill === AMBER.fill);
    const marked = swatches.map((b) => b.cells[0]?.[0]);
    if (lang === "zh-CN") {
      expect(marked).toEqual([
        "风险编号",
        "责任人",
        "计划完成日期",
        "计划完成日期",
        "残余风险批准人 / 批准日期",
        "残余风险批准人 / 批准日期",
      ]);
      expect(texts.some((t) => t.startsWith("风险处置计划中标红的单元格表示必须更正的问题"))).toBe(true);
    } else {
      expect(marked).toEqual([
        "Risk ID",
        "Owner",
        "Planned completion",
        "Planned completion",
        "Residual risk approved by / Approved on",
        "Residual risk approved by / Approved on",
      ]);
      expect(texts.some((t) => t.startsWith("Red cells of the risk treatment plan must be corrected"))).toBe(
        true,
      );
    }
  });
});
