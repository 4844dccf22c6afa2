/**
 * The responsible persons list (人员名单): one list of unique, non-blank names on the methodology sheet,
 * filled from the records a workbook is written with, which every owner list offers with a warning
 * (a new name is asked about, not refused) and a message saying what the column accepts.
 */
import { defaultMethodology } from "../../../src/domain/methodology";
import { LANGS, t } from "../../../src/i18n";
import { parseRange } from "../../../src/workbook/cells/cellAddress";
import { buildWorkbookPlan } from "../../../src/workbook/layout/buildWorkbookPlan";
import {
  COLUMN_NAMES,
  listSource,
  peopleListMessage,
  peopleOf,
  type PeopleRecords,
} from "../../../src/workbook/layout/listSources";
import { PEOPLE_NAME, peopleListSource, peopleRows } from "../../../src/workbook/method/methodPeople";
import { methodSheetPlan } from "../../../src/workbook/method/methodSheet";
import type { PlanCell, SheetPlan } from "../../../src/workbook/plan";
import type { WorkbookSnapshot } from "../../../src/workbook/sheetData";
import { OWNERS } from "../../../src/workbook/sample/sampleClient";
import { sampleRecords } from "../../../src/workbook/sample/sampleRecords";

const SOURCE = "=OFFSET(ISMS_People,0,0,MAX(1,COUNTA(ISMS_People)),1)";

describe("the names of the records", () => {
  it.each<[string, PeopleRecords, string[]]>([
    ["nothing from no records", {}, []],
    [
      "owners of assets, risks and treatments, in that order",
      { assets: [{ owner: "张伟" }], risks: [{ owner: "李娜" }], treatments: [{ owner: "王强" }] },
      ["张伟", "李娜", "王强"],
    ],
    [
      "each name once",
      { assets: [{ owner: "张伟" }, { owner: "张伟" }], risks: [{ owner: "张伟" }] },
      ["张伟"],
    ],
    [
      "no blank, the first spelling of a name that differs in case or spaces",
      { assets: [{ owner: " Li Na " }, { owner: "" }, { owner: "   " }, {}, { owner: "li na" }] },
      ["Li Na"],
    ],
    [
      "assessors and approvers after the owners, without a role in brackets",
      {
        risks: [{ owner: "张伟", assessor: "李娜" }],
        treatments: [
          { acceptedBy: "王强（管理者代表）" },
          { acceptedBy: "Wang Qiang (management representative)" },
        ],
      },
      ["张伟", "李娜", "王强", "Wang Qiang"],
    ],
  ])("gives %s", (_, records, names) => {
    expect(peopleOf(records)).toEqual(names);
  });

  it.each(LANGS)("gives the sample client's six owners in %s", (lang) => {
    const names = peopleOf(sampleRecords(lang, defaultMethodology("atv")));
    const owners = Object.values(OWNERS).map(([en, zh]) => (lang === "en" ? en : zh));
    expect([...names].sort()).toEqual([...owners].sort());
  });
});

/** The cells of one column of a sheet plan's blocks, by 0-based row. */
function columnCells(sheet: SheetPlan, column: number): Map<number, PlanCell> {
  const cells = new Map<number, PlanCell>();
  for (const block of sheet.blocks)
    block.cells.forEach((line, r) => {
      const cell = line[column - block.column];
      if (column >= block.column && cell !== undefined) cells.set(block.row + r, cell);
    });
  return cells;
}

describe.each(LANGS)("the people list on the methodology sheet (%s)", (lang) => {
  const people = peopleOf(sampleRecords(lang, defaultMethodology("li")));
  const plan = methodSheetPlan(defaultMethodology("li"), lang, people);
  const named = plan.names.find((n) => n.name === PEOPLE_NAME);
  const area = parseRange(named?.address.replace(/\$/g, "") ?? "");

  it("names an input area in one column, the names first and free rows below", () => {
    if (!area) throw new Error("no ISMS_People");
    expect(area.left).toBe(area.right);
    const cells = columnCells(plan.sheet, area.left);
    const column = Array.from(
      { length: area.bottom - area.top + 1 },
      (_, k) => cells.get(area.top + k) ?? null,
    );
    expect(column.slice(0, people.length)).toEqual(people);
    expect(column.slice(people.length).every((cell) => cell === null)).toBe(true);
    expect(column.length).toBe(peopleRows(people.length));
    expect(column.length - people.length).toBeGreaterThanOrEqual(10);
  });

  it("sits under a header naming the column, with a title saying how to fill it in", () => {
    if (!area) throw new Error("no ISMS_People");
    const header = plan.sheet.blocks.find((b) => b.row === area.top - 1 && b.column === 0);
    expect(header?.cells[0]?.[0]).toBe(t(lang, "functions.methodSheet.people.headers.name"));
    const title = plan.sheet.blocks.find((b) => b.row === area.top - 4);
    expect(title?.cells).toEqual([[t(lang, "functions.methodSheet.people.title")]]);
  });

  it("turns a repeated name red", () => {
    if (!area) throw new Error("no ISMS_People");
    const format = plan.sheet.conditionalFormats.find(
      (f) => f.kind === "expression" && f.formula.includes("COUNTIF"),
    );
    expect(format?.range.replace(/\$/g, "")).toBe(named?.address.replace(/\$/g, ""));
    expect(format?.kind === "expression" && format.formula).toContain(`COUNTIF(${named?.address}`);
    expect(format?.fill).toBe("#FFC7CE");
  });

  it("is there, empty, when the workbook starts without names", () => {
    const empty = methodSheetPlan(defaultMethodology("li"), lang);
    const range = parseRange(
      empty.names.find((n) => n.name === PEOPLE_NAME)?.address.replace(/\$/g, "") ?? "",
    );
    expect(range ? range.bottom - range.top + 1 : 0).toBe(peopleRows(0));
  });
});

describe("lists of people", () => {
  it("offer the filled rows of the people list", () => {
    expect(peopleListSource()).toBe(SOURCE);
    for (const lang of LANGS) expect(listSource("owners", lang)).toBe(SOURCE);
  });

  it("no longer read the asset register's owner column", () => {
    expect(COLUMN_NAMES.map((c) => c.name)).not.toContain("ISMS_Owners");
  });

  it.each(["owner", "assessor", "acceptedBy", "verifiedBy"])(
    "say what the %s column accepts, within Excel's 255 characters",
    (key) => {
      for (const lang of LANGS) {
        const message = peopleListMessage(key, lang);
        expect(message.length).toBeLessThanOrEqual(255);
        expect(message).toContain(t(lang, "workbook.sheetNames.method"));
      }
    },
  );

  it("word each role apart", () => {
    const messages = ["owner", "assessor", "acceptedBy", "notes"].map((key) =>
      peopleListMessage(key, "zh-CN"),
    );
    expect(new Set(messages).size).toBe(4);
    expect(peopleListMessage("owner", "zh-CN")).toMatch(/^责任人：/);
    expect(peopleListMessage("acceptedBy", "zh-CN")).toContain("管理者代表");
  });
});

describe.each([
  { lang: "zh-CN", sample: true },
  { lang: "en", sample: false },
] as const)("a new workbook ($lang, sample $sample)", ({ lang, sample }) => {
  const build = buildWorkbookPlan({ lang, standard: "2022", method: "atv", sample });
  if (!build.ok) throw new Error("the plan did not build");
  const { plan } = build;
  const validations = plan.sheets.flatMap((s) => s.validations.map((v) => ({ sheet: s.key, ...v })));

  it("defines the people list once, and no asset-owner list", () => {
    const names = plan.names.map((n) => n.name);
    expect(names.filter((n) => n === PEOPLE_NAME)).toHaveLength(1);
    expect(names).not.toContain("ISMS_Owners");
    expect(validations.filter((v) => JSON.stringify(v.source).includes("ISMS_Owners"))).toEqual([]);
  });

  it("offers the people list, warning rather than refusing, on the register's and the plan's owners", () => {
    const owners = validations.filter((v) => v.source === SOURCE);
    expect(owners.map((v) => v.sheet).sort()).toEqual(expect.arrayContaining(["risks", "treatments"]));
    expect(owners.every((v) => v.alert === "warning" && v.allowBlank)).toBe(true);
  });
});

describe("a workbook written beside an existing ISMS workbook", () => {
  it("offers its own people list", () => {
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
      { lang: "en", standard: "2022", method: "li", onConflict: "beside" },
      existing,
    );
    if (!build.ok) throw new Error("the plan did not build");
    const owners = build.plan.sheets
      .flatMap((sheet) => sheet.validations)
      .filter((v) => typeof v.source === "string" && v.source.includes("ISMS_People"));
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.every((v) => v.source === SOURCE.replace(/ISMS_People/g, "ISMS_People_2"))).toBe(true);
    expect(build.plan.names.map((n) => n.name)).toContain("ISMS_People_2");
  });
});
