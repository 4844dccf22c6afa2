/**
 * What each input column accepts: every list and date validation of a new workbook's data sheets carries
 * its own message in the workbook's language, naming the column (or, for people, the role) and where its
 * list comes from; people and library lists warn rather than refuse; date columns accept dates from 2000.
 */
import { LANGS, t, type Lang } from "../../../src/i18n";
import { columnRange } from "../../../src/workbook/cells/cellAddress";
import { buildWorkbookPlan, methodologyOf } from "../../../src/workbook/layout/buildWorkbookPlan";
import { columnMessage, dateMessage } from "../../../src/workbook/layout/columnMessages";
import { EARLIEST_DATE } from "../../../src/workbook/layout/dataSheetPlan";
import type { SheetKey, SheetPlan } from "../../../src/workbook/plan";
import { sheetSchemas } from "../../../src/workbook/schema";
import { writtenColumns } from "../../../src/workbook/schema/columnSchema";
import { bindMethod } from "../../../src/workbook/schema/methodBinding";

const DATA_SHEETS: readonly SheetKey[] = ["assets", "risks", "treatments"];

function planOf(lang: Lang, method: "atv" | "cia-max") {
  const options = { lang, standard: "2022", method, sample: false } as const;
  const build = buildWorkbookPlan(options);
  if (!build.ok) throw new Error("a new workbook has no conflicts");
  return { sheets: build.plan.sheets, schemas: sheetSchemas(bindMethod(methodologyOf(options))) };
}

describe.each(
  LANGS.flatMap((lang) => (["atv", "cia-max"] as const).map((method) => [lang, method] as const)),
)("validation messages of a new %s workbook (%s)", (lang, method) => {
  const { sheets, schemas } = planOf(lang, method);
  const sheet = (key: SheetKey): SheetPlan => {
    const found = sheets.find((s) => s.key === key);
    if (!found) throw new Error(`no ${key} sheet`);
    return found;
  };

  it.each(DATA_SHEETS)("%s: every list column says what it accepts, in its own words", (key) => {
    const columns = writtenColumns(schemas[key as "assets"]);
    const validations = sheet(key).validations;
    expect(validations.length).toBeGreaterThan(0);
    for (const validation of validations) {
      const at = columns.findIndex(
        (c, i) => validation.range === columnRange(i, 1, Number(validation.range.split(/\D+/).pop()) - 1),
      );
      const column = columns[at];
      expect(column).toBeDefined();
      if (!column) continue;
      expect(validation.errorMessage).toBe(columnMessage(column, lang));
      // The message names the column, or for a person list the role the column asks for.
      if (column.list !== "owners")
        expect(validation.errorMessage?.startsWith(column.header[lang])).toBe(true);
    }
    const messages = validations.map((v) => v.errorMessage);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it("people and library lists warn, the others refuse", () => {
    const risks = writtenColumns(schemas.risks);
    for (const validation of sheet("risks").validations) {
      const column = risks.find((c) => validation.errorMessage === columnMessage(c, lang));
      const open = ["owners", "threatNames", "vulnerabilityNames"].includes(column?.list ?? "");
      expect({ column: column?.key, alert: validation.alert ?? "stop" }).toEqual({
        column: column?.key,
        alert: open ? "warning" : "stop",
      });
    }
  });

  it("a library list names the library's sheet as the workbook names it", () => {
    const threat = writtenColumns(schemas.risks).find((c) => c.list === "threatNames");
    expect(threat && columnMessage(threat, lang)).toContain(t(lang, "workbook.sheetNames.threats"));
  });

  it("date columns accept a date from 2000 on, with a message naming the column", () => {
    const plan = sheet("treatments");
    const dates = writtenColumns(schemas.treatments).filter((c) => c.type === "date" && !c.computed);
    expect(dates.length).toBeGreaterThan(0);
    expect(plan.dateValidations?.map((v) => v.errorMessage)).toEqual(dates.map((c) => dateMessage(c, lang)));
    for (const validation of plan.dateValidations ?? []) expect(validation.from).toBe(EARLIEST_DATE);
    expect(sheet("risks").dateValidations?.length).toBeGreaterThan(0);
  });
});

describe("the words of a message", () => {
  const option = {
    key: "option",
    header: { en: "Treatment option", "zh-CN": "处置方式" },
    list: "options",
    type: "option",
  } as const;
  it("lists the choices in the workbook's language", () => {
    expect(columnMessage(option, "zh-CN")).toBe("处置方式：只能填写 降低、规避、转移、接受。");
    expect(columnMessage(option, "en")).toMatch(
      /^Treatment option: one of Reduce, Avoid, Transfer, Accept\.$/i,
    );
  });
  it("gives a date's form", () => {
    expect(dateMessage({ header: { en: "Planned completion", "zh-CN": "计划完成日期" } }, "zh-CN")).toBe(
      "计划完成日期：请填写日期，格式如 2026-03-31。",
    );
  });
});
