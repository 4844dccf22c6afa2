/** The register sheets of a new workbook: what they hold, in both languages, and how they print. */
import { REQUIRED_INFORMATION } from "../../../src/domain/readiness/requiredInformation";
import { REGISTER_FIELDS, REGISTER_KEYS, REVIEW_INPUTS } from "../../../src/domain/readiness/types";
import { LANGS, type Lang } from "../../../src/i18n";
import { buildWorkbookPlan } from "../../../src/workbook/layout/buildWorkbookPlan";
import { printPlan } from "../../../src/workbook/layout/printSetup";
import {
  registerValues,
  reviewInputRows,
  starterLawRows,
  starterRegisters,
} from "../../../src/workbook/layout/registerRows";
import { REGISTER_SHEET_ORDER, registerSheetPlan } from "../../../src/workbook/layout/registerSheets";
import { isFormula, type SheetPlan, type WorkbookPlan } from "../../../src/workbook/plan";
import { registerSchema } from "../../../src/workbook/schema/registerSchemas";
import { sampleRecords } from "../../../src/workbook/sample/sampleRecords";
import { defaultMethodology } from "../../../src/domain/methodology";

function planOf(lang: Lang, sample = false): WorkbookPlan {
  const build = buildWorkbookPlan({ lang, standard: "2022", method: "li", sample });
  if (!build.ok) throw new Error("a new workbook has no conflicts");
  return build.plan;
}

const sheetOf = (plan: WorkbookPlan, key: string): SheetPlan => {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`no ${key} sheet`);
  return sheet;
};

/** The body rows of a sheet's table as text by column key (blank rows left out). */
function bodyOf(sheet: SheetPlan): Record<string, string>[] {
  const table = sheet.tables[0];
  if (!table) return [];
  return table.rows
    .map((row) =>
      Object.fromEntries(
        table.columns.flatMap((c, i) => {
          const cell = row[i];
          return cell === null || cell === undefined || isFormula(cell) ? [] : [[c.key, String(cell)]];
        }),
      ),
    )
    .filter((row) => Object.keys(row).length > 0);
}

const LATIN_WORD = /[A-Za-z]{3,}/;
/** Latin words a Chinese sheet keeps: the standard's name, document numbers, the catalog's abbreviations. */
const allowedLatin = (text: string) =>
  text.replace(/ISO\/IEC 27001|ISMS-[A-Z]+-\d+|ISMS|App|POS|OA|SWOT|PESTLE|Amd|ICT|PII/g, "");

describe.each(LANGS)("the register sheets of a new %s workbook", (lang) => {
  const plan = planOf(lang);

  it("follow the SoA and gap sheets in the method's order", () => {
    const keys = plan.sheets.map((s) => s.key);
    expect(keys.slice(-REGISTER_SHEET_ORDER.length)).toEqual([...REGISTER_SHEET_ORDER]);
    expect(keys.indexOf("roles")).toBeGreaterThan(keys.indexOf("gap"));
    expect([...REGISTER_SHEET_ORDER].sort()).toEqual([...REGISTER_KEYS].sort());
  });

  it.each(REGISTER_KEYS)("write %s as its table with exactly the rules' column keys", (key) => {
    const sheet = sheetOf(plan, key);
    const schema = registerSchema(key);
    expect(sheet.name).toBe(schema.names[lang]);
    expect(sheet.tables[0]?.name).toBe(schema.table);
    expect(sheet.tables[0]?.columns.map((c) => c.key)).toEqual([...REGISTER_FIELDS[key]]);
    expect(sheet.tables[0]?.columns.map((c) => c.header)).toEqual(schema.columns.map((c) => c.header[lang]));
  });

  it.each(REGISTER_KEYS)("records %s in the metadata so it is found again after renaming", (key) => {
    const entry = plan.metadata?.sheets.find((s) => s.key === key);
    expect(entry).toEqual({
      key,
      name: registerSchema(key).names[lang],
      table: registerSchema(key).table,
      columns: [...REGISTER_FIELDS[key]],
    });
  });

  it("starts the documents register with the required documents, owner and status left blank", () => {
    const rows = bodyOf(sheetOf(plan, "documents"));
    const required = REQUIRED_INFORMATION.filter((i) => i.kind === "document");
    expect(rows.map((r) => [r["docId"], r["clauses"]])).toEqual(required.map((i) => [i.number, i.clause]));
    expect(rows.every((r) => r["title"] && !r["owner"] && !r["status"] && !r["version"])).toBe(true);
  });

  it("starts the records register with the required records", () => {
    const rows = bodyOf(sheetOf(plan, "records"));
    const required = REQUIRED_INFORMATION.filter((i) => i.kind === "record");
    expect(rows.map((r) => r["recordId"])).toEqual(required.map((i) => i.number));
  });

  it("starts the law register with the Chinese laws, not yet assessed, answered by 5.31", () => {
    const rows = bodyOf(sheetOf(plan, "laws"));
    expect(rows).toHaveLength(starterLawRows(lang).length);
    const notAssessed = lang === "en" ? "Not assessed" : "未评估";
    expect(rows.every((r) => r["status"] === notAssessed && r["controls"]?.includes("5.31"))).toBe(true);
    const names = rows.map((r) => r["name"]);
    expect(names).toContain(
      lang === "en" ? "Cybersecurity Law of the People's Republic of China" : "中华人民共和国网络安全法",
    );
  });

  it("writes the laws' dates as real dates", () => {
    const table = sheetOf(plan, "laws").tables[0];
    const at = table?.columns.findIndex((c) => c.key === "effectiveDate") ?? -1;
    expect(typeof table?.rows[0]?.[at]).toBe("number");
    expect(table?.columns[at]?.numberFormat).toBe("yyyy-mm-dd");
  });

  it("lists every management review input, one row each", () => {
    const rows = bodyOf(sheetOf(plan, "review"));
    expect(rows.map((r) => r["inputId"])).toEqual([...REVIEW_INPUTS]);
    expect(rows.map((r) => r["input"])).toEqual(reviewInputRows(lang).map((r) => r.input));
  });

  it("leaves the audit sheets empty with rows prepared to type in", () => {
    for (const key of ["auditProgramme", "auditChecklist", "nonconformities", "roles", "scope"] as const) {
      const sheet = sheetOf(plan, key);
      expect(bodyOf(sheet)).toEqual([]);
      expect(sheet.tables[0]?.rows.length).toBeGreaterThan(0);
    }
  });

  it("offers the registers' vocabularies as lists in the workbook's language", () => {
    const grades = sheetOf(plan, "nonconformities").validations.map((v) => v.source);
    expect(grades).toContainEqual(
      lang === "en"
        ? [
            "Conforming",
            "Major nonconformity",
            "Minor nonconformity",
            "Observation",
            "Opportunity for improvement",
          ]
        : ["符合", "严重不符合", "一般不符合", "观察项", "改进机会"],
    );
  });

  it.each(REGISTER_KEYS)("prints %s on A4 landscape, one page wide, its header repeated", (key) => {
    const print = sheetOf(plan, key).print;
    expect(print).toMatchObject({ orientation: "landscape", paper: "A4", fitToPagesWide: 1 });
    expect(print?.titleRows).toEqual({ first: 0, last: 0 });
  });
});

describe("signed documents", () => {
  it.each(REGISTER_KEYS)("the %s sheet carries the prepared / reviewed / approved line", (key) =>
    expect(printPlan(key, 0, "zh-CN").footer?.left).toContain("批准"),
  );
  it.each(["guide", "revisions", "threats"] as const)("the %s sheet does not", (key) =>
    expect(printPlan(key, 0, "en").footer?.left).toBeUndefined(),
  );
});

describe("Chinese register sheets", () => {
  it.each([false, true])("have no English words in their headers or rows (sample: %s)", (sample) => {
    const plan = planOf("zh-CN", sample);
    for (const key of REGISTER_KEYS) {
      const sheet = sheetOf(plan, key);
      const words = [
        sheet.name,
        ...(sheet.tables[0]?.columns.map((c) => c.header) ?? []),
        ...bodyOf(sheet).flatMap((row) => Object.values(row)),
      ];
      const english = words.filter((w) => LATIN_WORD.test(allowedLatin(w)));
      expect({ key, english }).toEqual({ key, english: [] });
    }
  });
});

describe("register values", () => {
  it("writes vocabulary keys as the workbook language's words and keeps other text", () => {
    expect(registerValues("documents", { docId: "D-1", status: "approved" }, "zh-CN")).toEqual({
      docId: "D-1",
      status: "已发布",
    });
    expect(registerValues("objectives", { achieved: "yes" }, "en")).toEqual({ achieved: "Yes" });
    expect(registerValues("nonconformities", { status: "inProgress", grade: "minor" }, "zh-CN")).toEqual({
      status: "整改中",
      grade: "一般不符合",
    });
    expect(registerValues("laws", { status: "Under review by legal" }, "en")).toEqual({
      status: "Under review by legal",
    });
  });

  it("writes text that looks like a formula as text", () => {
    const sheet = registerSheetPlan({ key: "roles", lang: "en", rows: [{ role: "=HYPERLINK(1)" }] });
    expect(sheet.tables[0]?.rows[0]?.[0]).toBe("=HYPERLINK(1)");
  });

  it("gives a new workbook's registers without a sample the starter rows only", () => {
    const starter = starterRegisters("en");
    expect(Object.keys(starter).sort()).toEqual(["documents", "laws", "records", "review"]);
  });
});

describe.each(LANGS)("the sample's registers (%s)", (lang) => {
  const registers = sampleRecords(lang, defaultMethodology("li")).registers ?? {};

  it("name top management and the management representative", () => {
    const roles = (registers.roles ?? []).map((r) => r.role);
    expect(roles.join(" ")).toContain(lang === "en" ? "Top management" : "最高管理者");
    expect(roles.join(" ")).toContain(lang === "en" ? "Management representative" : "管理者代表");
  });

  it("approve the scope but leave one exclusion without a justification", () => {
    const exclusions = (registers.scope ?? []).filter((s) => s.kind === "exclusion");
    expect(exclusions).toHaveLength(1);
    expect(exclusions[0]?.justification).toBeUndefined();
    expect((registers.scope ?? []).some((s) => s.kind === "scope" && s.approvalDate)).toBe(true);
  });

  it("have some documents approved and some in draft, fed by the SoA's documents", () => {
    const statuses = new Set((registers.documents ?? []).map((d) => d.status));
    expect(statuses).toEqual(new Set(["approved", "review", "draft"]));
    expect((registers.documents ?? []).map((d) => d.docId)).toContain("ISMS-PRO-18");
  });

  it("log one open minor nonconformity linked to its control and to a risk of the register", () => {
    const risks = new Set((sampleRecords(lang, defaultMethodology("li")).risks ?? []).map((r) => r.riskId));
    expect(registers.nonconformities).toHaveLength(1);
    const nc = registers.nonconformities?.[0];
    expect(nc).toMatchObject({
      grade: "minor",
      status: "open",
      requirementId: "A.8.13",
      linkedRisks: "R-020",
    });
    expect(risks.has(String(nc?.linkedRisks))).toBe(true);
    const item = (registers.auditChecklist ?? []).find((c) => c.requirementId === "A.8.13");
    expect(item).toMatchObject({ grade: "minor", ncId: "NC-01" });
    expect(String(item?.linkedRisks)).toContain("R-020");
  });

  it("judge part of the checklist and leave the rest for the auditor", () => {
    const checklist = registers.auditChecklist ?? [];
    const judged = checklist.filter((c) => c.grade !== undefined).length;
    expect(judged).toBeGreaterThan(0);
    expect(judged).toBeLessThan(checklist.length);
  });

  it("prepare the review pack with no decisions", () => {
    const review = registers.review ?? [];
    expect(review.map((r) => r.inputId)).toEqual([...REVIEW_INPUTS]);
    expect(review.every((r) => r.decision === undefined)).toBe(true);
    expect(review.find((r) => r.inputId === "d1")?.count).toBe(1);
  });
});
