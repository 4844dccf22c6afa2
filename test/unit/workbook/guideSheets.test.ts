/**
 * The 填写说明 (how to fill in) and 修订记录 (revision history) sheets: what each sheet is for and in which
 * order, the registers for certification and who fills them in, every column of every sheet, the methodology's scales, calculation, bands, criterion and deadline
 * as the method uses them; and a table of versions starting at 1.0. Both print like every other sheet.
 */
import { defaultMethodology, METHOD_IDS, type Methodology } from "../../../src/domain/methodology";
import { LANGS, t, translator, type Lang } from "../../../src/i18n";
import { isoToSerial } from "../../../src/workbook/cells/excelDates";
import { buildWorkbookPlan } from "../../../src/workbook/layout/buildWorkbookPlan";
import {
  guideSheetPlan,
  REVISIONS_TABLE,
  revisionsSheetPlan,
} from "../../../src/workbook/layout/guideSheets";
import { levelRange } from "../../../src/workbook/method/methodGuide";
import { peopleListSource } from "../../../src/workbook/method/methodPeople";
import { scalesShown } from "../../../src/workbook/method/methodSheet";
import { REGISTER_SHEET_ORDER } from "../../../src/workbook/layout/registerSheets";
import { registerSchema } from "../../../src/workbook/schema/registerSchemas";
import type { PlanCell, SheetPlan } from "../../../src/workbook/plan";
import { DATA_SHEET_KEYS, sheetSchemas } from "../../../src/workbook/schema";
import { writtenColumns } from "../../../src/workbook/schema/columnSchema";
import { bindMethod } from "../../../src/workbook/schema/methodBinding";

/** The sheet's lines as rows of cells, in row order. */
function lines(sheet: SheetPlan): PlanCell[][] {
  return [...sheet.blocks].sort((a, b) => a.row - b.row).flatMap((b) => b.cells.map((line) => [...line]));
}

/** The line whose first cell is `first`, after the line whose first cell is `after`. */
function lineAfter(sheet: SheetPlan, after: string, first: string): PlanCell[] | undefined {
  const all = lines(sheet);
  const start = all.findIndex((line) => line[0] === after);
  return all.slice(start + 1).find((line) => line[0] === first);
}

function texts(sheet: SheetPlan): string[] {
  return lines(sheet)
    .flat()
    .filter((c): c is string => typeof c === "string");
}

describe.each(LANGS)("the how-to-fill-in sheet (%s)", (lang) => {
  const tr = translator(lang);

  it.each(METHOD_IDS)("lists every column of every sheet for %s, computed ones marked", (method) => {
    const m = defaultMethodology(method);
    const sheet = guideSheetPlan(m, lang);
    const schemas = sheetSchemas(bindMethod(m));
    for (const key of DATA_SHEET_KEYS) {
      const name = schemas[key].names[lang];
      const all = lines(sheet);
      const start = all.findIndex((line) => line[0] === name && line[1] === null);
      expect(start).toBeGreaterThan(0);
      const columns = writtenColumns(schemas[key]);
      const rows = all.slice(start + 1, start + 1 + columns.length);
      expect(rows.map((r) => r[0])).toEqual(columns.map((c) => c.header[lang]));
      rows.forEach((row, k) => {
        const column = columns[k];
        const requirement = column?.computed ? "computed" : column?.required ? "required" : "optional";
        expect(row[3]).toBe(tr(`guide.columns.requirement.${requirement}`));
        expect(typeof row[2] === "string" && row[2] !== "").toBe(true);
      });
    }
  });

  it("says what each sheet is for, in the order to fill them in", () => {
    const sheet = guideSheetPlan(defaultMethodology("atv"), lang);
    const order = lines(sheet).filter((line) => typeof line[0] === "string" && /^\d\. /.test(line[0]));
    const schemas = sheetSchemas(bindMethod(defaultMethodology("atv")));
    expect(order.map((line) => line[0])).toEqual([
      `1. ${t(lang, "workbook.sheetNames.method")}`,
      ...DATA_SHEET_KEYS.map((key, k) => `${k + 2}. ${schemas[key].names[lang]}`),
      `9. ${t(lang, "guide.sheetNames.revisions")}`,
    ]);
    expect(order.every((line) => typeof line[1] === "string" && typeof line[2] === "string")).toBe(true);
  });

  it("says what each register for certification is for and who fills it in, and that readiness scores them", () => {
    const sheet = guideSheetPlan(defaultMethodology("atv"), lang);
    const all = lines(sheet);
    const title = all.findIndex((line) => line[0] === tr("guide.registers.title"));
    expect(title).toBeGreaterThan(0);
    expect(all[title + 1]?.[1]).toBe(tr("guide.registers.intro"));
    expect(tr("guide.registers.intro")).toContain("isms readiness");
    expect(tr("guide.registers.intro")).toContain("16");
    const rows = all.slice(title + 3, title + 3 + REGISTER_SHEET_ORDER.length);
    expect(rows).toEqual(
      REGISTER_SHEET_ORDER.map((key) => [
        registerSchema(key).names[lang],
        tr(`guide.registers.steps.${key}.what`),
        tr(`guide.registers.steps.${key}.who`),
      ]),
    );
    // After the order of work, before the columns of each sheet.
    const order = all.findIndex((line) => line[0] === tr("guide.order.title"));
    const columns = all.findIndex((line) => line[0] === tr("guide.columns.title"));
    expect(order < title && title < columns).toBe(true);
  });

  it.each(METHOD_IDS)("explains each scale %s uses: every value, label and meaning", (method) => {
    const m = defaultMethodology(method);
    const sheet = guideSheetPlan(m, lang);
    for (const key of scalesShown(m)) {
      const title = tr(`functions.methodSheet.scales.${key}`);
      for (const point of m.scales[key].points) {
        const rating = tr("guide.scales.point", { value: point.value, label: point.label[lang] });
        expect(lineAfter(sheet, title, rating)?.[1]).toBe(point.description[lang]);
      }
    }
    const unused = (["likelihood", "impact", "threat", "vulnerability"] as const).filter(
      (key) => !scalesShown(m).includes(key),
    );
    for (const key of unused) expect(texts(sheet)).not.toContain(tr(`functions.methodSheet.scales.${key}`));
  });

  it.each(METHOD_IDS)("says how %s computes the asset value and the risk value", (method) => {
    const m = defaultMethodology(method);
    const all = texts(guideSheetPlan(m, lang));
    expect(all).toContain(tr(`functions.valuations.${m.assetValuation.method}`));
    expect(all).toContain(tr(`functions.methodSheet.formulas.${method}`));
  });

  it("gives each level's range of risk values from the method's bands, highest first", () => {
    const m = defaultMethodology("atv");
    const sheet = guideSheetPlan(m, lang);
    const title = lines(sheet).findIndex((line) => line[0] === tr("guide.levels.title"));
    const levels = lines(sheet).slice(title + 2, title + 7);
    const words = lang === "zh-CN" ? "80 及以上" : "80 or more";
    expect(levels.map((line) => line[2])).toEqual([words, "50–79", "25–49", "9–24", "1–8"]);
    expect(levels[0]?.[0]).toBe(
      tr("guide.levels.level", { level: 5, label: m.levels[4]?.label[lang] ?? "" }),
    );
    expect(levels[0]?.[1]).toBe(m.levels[4]?.description[lang]);
  });

  it("states the acceptance criterion, residual acceptance and the deadline of the methodology", () => {
    const m: Methodology = { ...defaultMethodology("li"), treatmentDeadlineDays: 60 };
    const all = texts(guideSheetPlan(m, lang));
    expect(all).toContain(tr("guide.criteria.byLevel", { level: 2, label: m.levels[1]?.label[lang] ?? "" }));
    expect(all).toContain(tr("guide.criteria.residualText"));
    expect(all).toContain(tr("guide.criteria.deadlineText", { days: 60 }));
    const byValue = { ...m, acceptance: { basis: "value", value: 12 } } as const;
    expect(texts(guideSheetPlan(byValue, lang))).toContain(tr("guide.criteria.byValue", { value: 12 }));
  });

  it("prints on A4 landscape, one page wide, and gives wrapped rows their height", () => {
    const sheet = guideSheetPlan(defaultMethodology("gbt-matrix"), lang);
    expect(sheet.name).toBe(lang === "zh-CN" ? "填写说明" : "How to fill in");
    expect(sheet.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToPagesWide: 1 });
    expect(sheet.tables).toEqual([]);
    expect(sheet.rowHeights?.length).toBeGreaterThan(10);
    expect(sheet.rowHeights?.every((h) => h.height >= 32)).toBe(true);
  });
});

it("shows no code or key to a Chinese reader", () => {
  for (const method of METHOD_IDS) {
    const all = texts(guideSheetPlan(defaultMethodology(method), "zh-CN"));
    const code =
      /(?<![A-Za-z])(atv|li|max|mean|weighted|log2|truncate|round|gbt-matrix|gbt-multiply|cia-max)(?![A-Za-z-])/i;
    expect(all.filter((text) => code.test(text))).toEqual([]);
  }
});

describe("level ranges", () => {
  const en = translator("en");
  it.each<[number[], number, boolean, string]>([
    [[1, 9, 25, 50, 80], 0, true, "1–8"],
    [[1, 2, 25], 0, true, "1"],
    [[1, 9, 25, 50, 80], 4, true, "80 or more"],
    [[1, 1.8, 2.6, 3.4, 4.2], 1, false, "1.8 to below 2.6"],
  ])("of bands %j, level %i (whole values %s): %s", (bands, k, whole, text) => {
    expect(levelRange(bands, k, whole, en)).toBe(text);
  });
});

describe.each(LANGS)("the revision history sheet (%s)", (lang: Lang) => {
  const sheet = revisionsSheetPlan(lang, "2026-03-02");
  const table = sheet.tables[0];

  it("is a table of versions, dates, changes and who prepared, reviewed and approved them", () => {
    expect(sheet.name).toBe(lang === "zh-CN" ? "修订记录" : "Revision history");
    expect(table?.name).toBe(REVISIONS_TABLE);
    const headers = lang === "zh-CN" ? ["版本", "日期", "修订内容", "修订人", "审核人", "批准人"] : undefined;
    if (headers) expect(table?.columns.map((c) => c.header)).toEqual(headers);
    expect(table?.columns.map((c) => c.key)).toEqual([
      "version",
      "date",
      "change",
      "author",
      "reviewer",
      "approver",
    ]);
    expect(table?.headerStyle?.bold).toBe(true);
  });

  it("starts at version 1.0 on the date given, with rows free for the next versions", () => {
    expect(table?.rows[0]).toEqual([
      "1.0",
      isoToSerial("2026-03-02"),
      t(lang, "guide.revisions.firstIssue"),
      null,
      null,
      null,
    ]);
    expect(table?.rows.slice(1).every((row) => row.every((cell) => cell === null))).toBe(true);
    expect(table?.columns[1]?.numberFormat).toBe("yyyy-mm-dd");
    expect(revisionsSheetPlan(lang).tables[0]?.rows[0]?.[1]).toBeNull();
    expect(revisionsSheetPlan(lang, "soon").tables[0]?.rows[0]?.[1]).toBeNull();
  });

  it("offers the people list on who prepared, reviewed and approved, warning on a new name", () => {
    expect(sheet.validations.map((v) => v.range.replace(/\d+/g, ""))).toEqual(["D:D", "E:E", "F:F"]);
    expect(sheet.validations.every((v) => v.source === peopleListSource() && v.alert === "warning")).toBe(
      true,
    );
  });

  it("prints on A4 landscape with its header row on every page", () => {
    expect(sheet.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToPagesWide: 1 });
    expect(sheet.print?.titleRows).toEqual({ first: table?.row, last: table?.row });
  });
});

describe.each(LANGS)("both sheets in a new workbook (%s)", (lang) => {
  it("take names no other sheet, table or workbook name has", () => {
    const build = buildWorkbookPlan({ lang, standard: "2022", method: "gbt-matrix", sample: true });
    if (!build.ok) throw new Error("the plan did not build");
    // The new workbook carries both sheets once, under names no other sheet or table takes.
    const extra: SheetPlan[] = [];
    const keys = build.plan.sheets.map((s) => s.key);
    expect(keys.filter((key) => key === "guide" || key === "revisions")).toEqual(["revisions", "guide"]);
    const sheets = [...build.plan.sheets, ...extra].map((s) => s.name);
    expect(new Set(sheets).size).toBe(sheets.length);
    const tables = [...build.plan.sheets, ...extra].flatMap((s) =>
      s.tables.map((tb) => tb.name.toLowerCase()),
    );
    expect(new Set(tables).size).toBe(tables.length);
    expect(build.plan.names.map((n) => n.name.toLowerCase())).not.toContain(REVISIONS_TABLE.toLowerCase());
  });
});
