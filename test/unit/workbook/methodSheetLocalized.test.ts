/**
 * The methodology sheet as a Chinese (or English) client reads it: every value and label in the
 * workbook's language, the keys and codes only in hidden helper cells; read back exactly, and sheets the
 * previous version wrote (keys and English codes shown) still read.
 */
import { defaultMethodology, METHOD_IDS, NAMES, type Methodology } from "../../../src/domain/methodology";
import { LANGS, translator, type Lang } from "../../../src/i18n";
import { cellA1, parseRange } from "../../../src/workbook/cells/cellAddress";
import {
  CHOICE_CODES,
  choiceLabel,
  choiceLabels,
  codeFormula,
  decodeChoice,
  type ChoiceParameter,
} from "../../../src/workbook/method/methodChoices";
import { HIDDEN_FORMAT, METHOD_TABLE, methodSheetPlan } from "../../../src/workbook/method/methodSheet";
import { readMethodSheet } from "../../../src/workbook/method/readMethodSheet";
import { isFormula, type PlanCell, type SheetPlan, type TablePlan } from "../../../src/workbook/plan";
import { locateSheets } from "../../../src/workbook/read/sheetLocator";
import { readingSchemas } from "../../../src/workbook/schema/readingSchemas";
import type { RawValue, SheetData, WorkbookSnapshot } from "../../../src/workbook/sheetData";
import { sheetDataOf, withoutTables } from "./planToSnapshot";

const PARAMETER_KEYS = [
  "method",
  "standard",
  "assessmentDate",
  "scope",
  "assetValuation",
  "weightC",
  "weightI",
  "weightA",
  "rounding",
  "acceptanceLevel",
  "acceptanceValue",
  "scaleMax",
  "treatmentDays",
  "reviewFrequency",
  "approver",
  "version",
  "protectFormulas",
];
const CODES: readonly string[] = [
  ...CHOICE_CODES.method,
  ...CHOICE_CODES.assetValuation,
  ...CHOICE_CODES.rounding,
];

/** Text a person sees: every cell but formulas and the helper cells formatted to show nothing. */
function shownTexts(sheet: SheetPlan): string[] {
  const texts: string[] = [];
  const add = (cell: PlanCell) => typeof cell === "string" && texts.push(cell);
  for (const block of sheet.blocks) {
    if (block.style?.numberFormat === HIDDEN_FORMAT) continue;
    block.cells.flat().forEach(add);
  }
  for (const table of sheet.tables) {
    table.columns.forEach((c) => add(c.header));
    table.rows.flat().forEach(add);
  }
  return texts;
}

/** The code a helper formula gives for the text its value cell shows (a reading of the nested IFs). */
function codeFor(text: string, shown: string): string {
  const branch = /IF\(OR\(((?:[A-Z]+\d+="(?:[^"]|"")*",?)+)\),"([^"]*)",/g;
  for (const [, tests = "", code = ""] of text.matchAll(branch)) {
    const spellings = [...tests.matchAll(/[A-Z]+\d+="((?:[^"]|"")*)"/g)].map(([, s = ""]) =>
      s.replace(/""/g, '"'),
    );
    if (spellings.some((s) => s.toLowerCase() === shown.toLowerCase())) return code;
  }
  return /,"([^"]*)"\)+$/.exec(text)?.[1] ?? "";
}

function snapshotOfSheet(sheet: SheetData, lang: Lang, standard = "2022"): WorkbookSnapshot {
  return { sheets: [sheet], metadata: { version: 1, lang, standard, sheets: [] } };
}

/** The plan's sheet as read back, with `edits` (A1 → value) typed over it. */
function readBack(
  plan: SheetPlan,
  lang: Lang,
  edits: Readonly<Record<string, RawValue>> = {},
): WorkbookSnapshot {
  const sheet = sheetDataOf(plan);
  const values = sheet.values.map((row) => row.slice());
  for (const [address, value] of Object.entries(edits)) {
    const area = parseRange(address);
    if (!area) throw new Error(address);
    const row = values[area.top] ?? [];
    while (row.length <= area.left) row.push("");
    row[area.left] = value;
  }
  return snapshotOfSheet({ ...sheet, values }, lang);
}

/** The value cell (A1) and helper cell of a parameter, by the workbook name formulas read. */
function cellsOf(plan: ReturnType<typeof methodSheetPlan>, name: string) {
  const address = plan.names.find((n) => n.name === name)?.address.replace(/\$/g, "") ?? "";
  const at = parseRange(address);
  if (!at) throw new Error(name);
  return { value: cellA1(at.top, 1), named: cellA1(at.top, at.left), row: at.top };
}

describe.each(LANGS)("the methodology sheet in %s", (lang) => {
  const tr = translator(lang);

  it.each(METHOD_IDS)("shows no key and no code for %s", (method) => {
    const { sheet } = methodSheetPlan(defaultMethodology(method), lang, ["张伟"]);
    const texts = shownTexts(sheet);
    expect(texts.filter((text) => PARAMETER_KEYS.includes(text) || CODES.includes(text))).toEqual([]);
    if (lang === "zh-CN") {
      const code =
        /(?<![A-Za-z])(atv|li|max|mean|weighted|log2|truncate|round|gbt-matrix|gbt-multiply|cia-max)(?![A-Za-z-])/i;
      expect(texts.filter((text) => code.test(text))).toEqual([]);
    }
  });

  it("is titled as practitioners title it", () => {
    const { sheet } = methodSheetPlan(defaultMethodology("atv"), lang);
    const title = lang === "zh-CN" ? "风险评估方法与准则" : "Risk assessment methodology and criteria";
    expect(sheet.blocks[0]?.cells).toEqual([[title]]);
    expect(sheet.tables.map((t) => t.name)).toEqual([METHOD_TABLE]);
    const headers = sheet.tables[0]?.columns.map((c) => c.header);
    expect(headers).toEqual(lang === "zh-CN" ? ["项目", "取值", "说明"] : ["Item", "Value", "Note"]);
  });

  it("keeps every parameter's key in a hidden helper cell of its row", () => {
    const { sheet } = methodSheetPlan(defaultMethodology("gbt-multiply"), lang);
    const helper = sheet.blocks.filter((b) => b.style?.numberFormat === HIDDEN_FORMAT);
    expect(helper).toHaveLength(1);
    const table = sheet.tables[0] as TablePlan;
    expect(helper[0]?.row).toBe(table.row + 1);
    expect(helper[0]?.column).toBeGreaterThan(table.column + table.columns.length);
    expect(helper[0]?.cells.map((line) => line[0])).toEqual(
      PARAMETER_KEYS.filter((k) => k !== "acceptanceValue"),
    );
    const width = sheet.columnWidths?.find((w) => w.column === helper[0]?.column)?.width;
    expect(width).toBeLessThanOrEqual(1);
  });

  it.each([
    ["method", NAMES.method],
    ["assetValuation", NAMES.assetValuation],
    ["rounding", NAMES.rounding],
  ] as const)(
    "shows %s as a label, offers the labels, and names a helper cell that gives the code",
    (key, name) => {
      const plan = methodSheetPlan(defaultMethodology("gbt-multiply"), lang);
      const { value, named, row } = cellsOf(plan, name);
      const table = plan.sheet.tables[0] as TablePlan;
      const shown = table.rows[row - table.row - 1]?.[1];
      const m = defaultMethodology("gbt-multiply");
      const code = { method: m.method, assetValuation: m.assetValuation.method, rounding: m.rounding }[key];
      expect(shown).toBe(choiceLabel(key, code, tr));
      expect(plan.sheet.validations.find((v) => v.range === value)?.source).toEqual(choiceLabels(key, tr));
      const helper = plan.sheet.blocks.find((b) => b.style?.numberFormat === HIDDEN_FORMAT);
      const formula = helper?.cells[row - (helper?.row ?? 0)]?.[1];
      expect(isFormula(formula) && named !== value).toBe(true);
      if (!isFormula(formula)) return;
      expect([...formula.formula.matchAll(/([A-Z]+\d+)=/g)].every(([, ref]) => ref === value)).toBe(true);
      for (const other of CHOICE_CODES[key]) {
        for (const labelLang of LANGS)
          expect(codeFor(formula.formula, choiceLabel(key, other, translator(labelLang)))).toBe(other);
        expect(codeFor(formula.formula, other)).toBe(other);
      }
    },
  );

  it("writes inline lists without commas (a port joins the items with commas)", () => {
    for (const key of ["method", "assetValuation", "rounding"] as const)
      expect(choiceLabels(key, tr).filter((label) => label.includes(","))).toEqual([]);
  });
});

describe("the choice labels", () => {
  it.each<[ChoiceParameter, string, string]>([
    ["method", "资产×威胁×脆弱性 相乘法", "atv"],
    ["method", "GB/T 20984 matrix method", "gbt-matrix"],
    ["assetValuation", "取最大值", "max"],
    ["assetValuation", " weighted ", "weighted"],
    ["rounding", "截断取两位小数", "truncate"],
    ["rounding", "Round (2 decimals)", "round"],
  ])("read %s %j as %s", (parameter, text, code) => {
    expect(decodeChoice(parameter, text)).toBe(code);
  });

  it("read nothing from other text", () => {
    expect(decodeChoice("method", "矩阵")).toBeUndefined();
    expect(decodeChoice("rounding", "")).toBeUndefined();
  });

  it("fall back to the methodology's own code in the helper formula", () => {
    expect(codeFor(codeFormula("method", "B5", "li"), "something else")).toBe("li");
  });
});

/** Methodologies as a consultant may have edited them, each parameter the sheet holds changed. */
const EDITED: readonly Methodology[] = [
  {
    ...defaultMethodology("gbt-multiply"),
    standard: "2013",
    assetValuation: { method: "weighted", weights: { c: 0.5, i: 0.3, a: 0.2 } },
    rounding: "round",
    acceptance: { basis: "value", value: 3.2 },
    treatmentDeadlineDays: 60,
    bands: [1, 2, 2.8, 3.6, 4.4],
    likelihoodBands: [1, 1.5, 2.5, 3.5, 4.5],
  },
  { ...defaultMethodology("li"), assetValuation: { method: "mean", weights: { c: 0.4, i: 0.3, a: 0.3 } } },
  { ...defaultMethodology("atv"), acceptance: { basis: "level", level: 3 }, bands: [1, 10, 27, 48, 75] },
  { ...defaultMethodology("gbt-matrix"), lossBands: [1, 5, 10, 15, 20], treatmentDeadlineDays: 30 },
  { ...defaultMethodology("cia-max"), acceptance: { basis: "value", value: 30 } },
  // The consultant turned the protection of formula columns off (否 / No on the sheet).
  { ...defaultMethodology("atv"), protectFormulas: false },
];

describe.each(LANGS)("a methodology read back from the sheet (%s)", (lang) => {
  it.each(METHOD_IDS)("reads the %s preset exactly", (method) => {
    const m = defaultMethodology(method);
    expect(readMethodSheet(readBack(methodSheetPlan(m, lang).sheet, lang))?.methodology).toEqual(m);
  });

  it.each(EDITED.map((m) => [m.method, m] as const))("reads an edited %s methodology exactly", (_, m) => {
    // The metadata says 2022: the standard on the sheet (2013 in the first case) is what counts.
    const snapshot = readBack(methodSheetPlan(m, lang, ["张伟", "李娜"]).sheet, lang);
    expect(readMethodSheet(snapshot)?.methodology).toEqual(m);
  });

  it("reads the label a person picked, in either language, or a code typed as is", () => {
    const plan = methodSheetPlan(defaultMethodology("gbt-multiply"), lang);
    const edits = {
      [cellsOf(plan, NAMES.assetValuation).value]: choiceLabel(
        "assetValuation",
        "weighted",
        translator("en"),
      ),
      [cellsOf(plan, NAMES.rounding).value]: choiceLabel("rounding", "round", translator("zh-CN")),
      [cellsOf(plan, NAMES.method).value]: "gbt-matrix",
    };
    const stated = readMethodSheet(readBack(plan.sheet, lang, edits))?.methodology;
    expect(stated?.method).toBe("gbt-matrix");
    expect(stated?.assetValuation.method).toBe("weighted");
    expect(stated?.rounding).toBe("round");
  });

  it("reads the helper cell's code when the value cell says nothing it knows", () => {
    const plan = methodSheetPlan(defaultMethodology("gbt-multiply"), lang);
    const rounding = cellsOf(plan, NAMES.rounding);
    const edits = { [rounding.value]: "?", [rounding.named]: "round" };
    expect(readMethodSheet(readBack(plan.sheet, lang, edits))?.methodology.rounding).toBe("round");
  });

  it("keeps the preset where a value cannot be read", () => {
    const plan = methodSheetPlan(defaultMethodology("atv"), lang);
    const edits = { [cellsOf(plan, NAMES.assetValuation).value]: "by feel" };
    expect(readMethodSheet(readBack(plan.sheet, lang, edits))?.methodology.assetValuation.method).toBe("max");
  });
});

/** What the previous version wrote in the parameter table: key | item | value | note, codes shown. */
const LEGACY_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  en: ["Key", "Parameter", "Value", "Note"],
  "zh-CN": ["参数键", "参数", "取值", "说明"],
};

function legacyRows(lang: Lang): PlanCell[][] {
  const zh = lang === "zh-CN";
  return [
    ["method", zh ? "风险计算方法" : "Risk calculation method", "gbt-multiply", "GB/T 20984"],
    ["standard", zh ? "标准版本（ISO/IEC 27001）" : "Standard (ISO/IEC 27001)", "2013", "2022 / 2013"],
    ["assessmentDate", zh ? "评估日期" : "Assessment date", 46082, ""],
    ["scope", zh ? "评估范围（资产、部门、网络边界）" : "Assessment scope", null, ""],
    [
      "assetValuation",
      zh ? "资产价值计算方法" : "Asset valuation method",
      "weighted",
      "max, mean, weighted, log2",
    ],
    ["weightC", zh ? "保密性（C）权重" : "Weight of confidentiality (C)", 0.5, ""],
    ["weightI", zh ? "完整性（I）权重" : "Weight of integrity (I)", 0.3, ""],
    ["weightA", zh ? "可用性（A）权重" : "Weight of availability (A)", 0.2, ""],
    ["rounding", zh ? "√(x·y) 取值方式（相乘法）" : "Rounding of √(x·y)", "round", "truncate / round"],
    ["acceptanceLevel", zh ? "风险接受准则：可接受的最高风险等级" : "Highest acceptable risk level", 3, ""],
    ["scaleMax", zh ? "资产赋值最高值" : "Highest asset rating", { formula: "=MAX(ISMS_ScaleAsset)" }, ""],
    ["treatmentDays", zh ? "风险处置期限（天）" : "Treatment deadline (days)", 60, ""],
    ["reviewFrequency", zh ? "评审频率" : "Review frequency", null, ""],
    [
      "approver",
      zh ? "残余风险批准人" : "Risk acceptance approved by",
      zh ? "管理者代表" : "Management representative",
      "",
    ],
    ["version", zh ? "版本" : "Version", "1.0", ""],
  ];
}

/**
 * A methodology sheet as the previous version laid it out: its parameter table (keys in column A,
 * codes in column C) and, below it, the same scales and levels at the same places — shifted down by
 * `inserted` rows a person added to the table.
 */
function legacySheet(m: Methodology, lang: Lang, inserted = 0): SheetData {
  const { sheet } = methodSheetPlan(m, lang);
  const table = sheet.tables[0] as TablePlan;
  const rows = legacyRows(lang);
  const extra: PlanCell[][] = Array.from({ length: inserted }, () => ["", "", "", ""]);
  const below = table.row + table.rows.length;
  // The previous version's table had fewer rows (no protection switch): what is below sat that much higher.
  const moved = inserted + rows.length - table.rows.length;
  const legacy: SheetPlan = {
    ...sheet,
    blocks: sheet.blocks
      .filter((b) => b.style?.numberFormat !== HIDDEN_FORMAT)
      .map((b) => (b.row > below ? { ...b, row: b.row + moved } : b)),
    tables: [
      {
        ...table,
        columns: LEGACY_HEADERS[lang].map((header, k) => ({
          key: ["key", "parameter", "value", "note"][k] ?? "",
          header,
        })),
        rows: [...rows.slice(0, 3), ...extra, ...rows.slice(3)],
      },
    ],
  };
  return sheetDataOf(legacy);
}

describe.each(LANGS)("a methodology sheet the previous version wrote (%s)", (lang) => {
  const m: Methodology = {
    ...defaultMethodology("gbt-multiply"),
    standard: "2013",
    assetValuation: { method: "weighted", weights: { c: 0.5, i: 0.3, a: 0.2 } },
    rounding: "round",
    acceptance: { basis: "level", level: 3 },
    treatmentDeadlineDays: 60,
    bands: [1, 2, 2.8, 3.6, 4.4],
    lossBands: [1, 1.5, 2.5, 3.5, 4.5],
  };

  it("reads its keys, English codes, values and bands", () => {
    const stated = readMethodSheet(snapshotOfSheet(legacySheet(m, lang), lang));
    expect(stated?.methodology).toEqual(m);
    expect(stated?.assessedOn).toBe("2026-03-01");
  });

  it("finds the bands below a table a person lengthened", () => {
    const stated = readMethodSheet(snapshotOfSheet(legacySheet(m, lang, 2), lang));
    expect(stated?.methodology.bands).toEqual(m.bands);
    expect(stated?.methodology.lossBands).toEqual(m.lossBands);
    expect(stated?.methodology.treatmentDeadlineDays).toBe(60);
  });

  it("reads the codes the previous version wrote for every method", () => {
    for (const method of METHOD_IDS) {
      const sheet = legacySheet(defaultMethodology(method), lang);
      const values = sheet.values.map((row) => row.slice());
      const tableTop = parseRange(sheet.tables[0]?.address ?? "")?.top ?? 0;
      const methodRow = values[tableTop + 1];
      if (methodRow) methodRow[2] = method;
      expect(readMethodSheet(snapshotOfSheet({ ...sheet, values }, lang))?.methodology.method).toBe(method);
    }
  });
});

describe("the methodology sheet without its table", () => {
  const sheets = METHOD_IDS.flatMap((method) =>
    LANGS.flatMap((lang) =>
      (["max", "mean", "weighted", "log2"] as const).map((valuation) => ({ method, lang, valuation })),
    ),
  );

  it.each(sheets)(
    "never reads as a data sheet by its rows ($method, $lang, $valuation)",
    ({ method, lang, valuation }) => {
      const preset = defaultMethodology(method);
      const m = { ...preset, assetValuation: { ...preset.assetValuation, method: valuation } };
      const sheet = withoutTables(sheetDataOf(methodSheetPlan(m, lang, ["张伟", "李娜"]).sheet));
      const found = locateSheets({ sheets: [sheet], metadata: null }, readingSchemas());
      expect(found.locations.map((l) => l.key)).toEqual([]);
    },
  );
});
