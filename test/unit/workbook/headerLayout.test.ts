/**
 * Headers that read as headers without Excel's table styles, whole in their columns, in a header row tall
 * enough for them; body rows whose wrapped text needs more lines estimated for readers that do not fit
 * rows; the id and name columns frozen; the sign-off line on the documents that are signed.
 */
import { LANGS, type Lang } from "../../../src/i18n";
import { buildWorkbookPlan } from "../../../src/workbook/layout/buildWorkbookPlan";
import {
  HEADER_PADDING,
  HEADER_STYLE,
  headerRowHeight,
  headerWidth,
  longestWord,
  MAX_COLUMN_WIDTH,
  MAX_HEADER_LINES,
  styledTable,
  tableRowHeights,
  textWidth,
  wrappedLines,
} from "../../../src/workbook/layout/headerLayout";
import { printPlan, reportPrintPlan } from "../../../src/workbook/layout/printSetup";
import type { SheetKey, SheetPlan, TablePlan, WorkbookPlan } from "../../../src/workbook/plan";

function planOf(lang: Lang, sample = true): WorkbookPlan {
  const build = buildWorkbookPlan({ lang, standard: "2022", method: "gbt-matrix", sample });
  if (!build.ok) throw new Error("a new workbook has no conflicts");
  return build.plan;
}

const DATA_SHEETS: readonly SheetKey[] = [
  "assets",
  "threats",
  "vulnerabilities",
  "risks",
  "treatments",
  "soa",
  "gap",
  "soaChanges",
];

function dataSheets(plan: WorkbookPlan): { sheet: SheetPlan; table: TablePlan }[] {
  return plan.sheets
    .filter((sheet) => DATA_SHEETS.includes(sheet.key))
    .map((sheet) => {
      const table = sheet.tables[0];
      if (!table) throw new Error(`no table on ${sheet.key}`);
      return { sheet, table };
    });
}

describe("text widths", () => {
  it.each([
    ["Risk ID", 7],
    ["风险编号", 8],
    ["风险 ID", 7],
    ["“补丁未及时安装”", 18],
    ["控制名称（英文）", 16],
    ["", 0],
  ])("measures %j as %d characters, a CJK character counting two", (text, width) => {
    expect(textWidth(text)).toBe(width);
  });

  it.each([
    ["Residual vulnerability rating", 13],
    ["残余脆弱性赋值", 2],
    ["Control title (中文)", 7],
    ["", 0],
  ])("finds the widest word of %j: %d", (text, width) => {
    expect(longestWord(text)).toBe(width);
  });

  it.each([
    ["Risk ID", 12, 1],
    ["Residual vulnerability rating", 13, 3],
    ["Residual vulnerability rating", 40, 1],
    ["残余脆弱性赋值", 9, 2],
    ["残余脆弱性赋值", 7, 3],
    ["Confidentiality", 5, 4],
    ["first\nsecond", 40, 2],
    ["", 10, 1],
  ])("wraps %j in %d characters onto %d lines", (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });
});

describe("a column's width for its header", () => {
  it("is never narrower than the width asked for", () => {
    expect(headerWidth("ID", 12)).toBe(12);
    expect(headerWidth("风险编号", 12)).toBe(12);
  });

  it("widens a column until its header's longest word fits on a line", () => {
    const width = headerWidth("Residual vulnerability rating", 10);
    expect(width).toBeGreaterThan(10);
    expect(wrappedLines("vulnerability", width - HEADER_PADDING)).toBe(1);
    expect(wrappedLines("vulnerability", width - 1 - HEADER_PADDING)).toBe(2);
  });

  it("widens a column until its header fits in the most lines a header may take", () => {
    const header = "之".repeat(12);
    const width = headerWidth(header, 8);
    expect(wrappedLines(header, width - HEADER_PADDING)).toBeLessThanOrEqual(MAX_HEADER_LINES);
    expect(wrappedLines(header, width - 1 - HEADER_PADDING)).toBeGreaterThan(MAX_HEADER_LINES);
  });

  it.each(["处置后威胁赋值", "处置后脆弱性赋值", "残余风险是否可接受", "选用的控制措施（附录A）"])(
    "never leaves the last character of %s alone on a line",
    (header) => {
      for (let asked = 6; asked <= 20; asked++) {
        const room = headerWidth(header, asked) - HEADER_PADDING;
        const lines = wrappedLines(header, room);
        // Dropping the last character must not save a line: it shares its line with another.
        expect({ asked, lines }).toEqual({ asked, lines: wrappedLines(header.slice(0, -1), room) });
      }
    },
  );

  it("stops widening at the cap", () => {
    expect(headerWidth("x".repeat(120), 10)).toBe(MAX_COLUMN_WIDTH);
    expect(headerWidth("x".repeat(120), 60)).toBe(60);
  });
});

describe("the header row's height", () => {
  it("holds its most wrapped header, a CJK line taking a little more room", () => {
    const one = headerRowHeight([{ header: "ID", width: 12 }]);
    const three = headerRowHeight([
      { header: "ID", width: 12 },
      { header: "Residual vulnerability rating", width: 17 },
    ]);
    const wide = headerRowHeight([{ header: "残余脆弱性赋值", width: 10 }]);
    expect([one, three, wide]).toEqual([19, 49, 52]);
  });
});

describe.each(LANGS)("the data sheets of a new %s workbook", (lang) => {
  const plan = planOf(lang);
  const sheets = dataSheets(plan);

  it("are every data sheet, the SoA change list too", () => {
    expect(sheets.map(({ sheet }) => sheet.key).sort()).toEqual([...DATA_SHEETS].sort());
  });

  it("style every header on its cells: bold, filled, coloured, wrapped, outlined, centred", () => {
    for (const { sheet, table } of sheets) {
      expect({ sheet: sheet.key, style: table.headerStyle }).toEqual({
        sheet: sheet.key,
        style: HEADER_STYLE,
      });
    }
    expect(HEADER_STYLE).toMatchObject({
      bold: true,
      wrap: true,
      border: { weight: "thin" },
      verticalAlignment: "center",
    });
    expect(HEADER_STYLE.fill).toMatch(/^#[0-9A-F]{6}$/);
    expect(HEADER_STYLE.fontColor).toMatch(/^#[0-9A-F]{6}$/);
  });

  it("make every column wide enough for its header's words, in no more than three lines", () => {
    for (const { sheet, table } of sheets) {
      table.columns.forEach((column, index) => {
        const width = column.width ?? 0;
        const words = column.header.split(" ").filter((word) => textWidth(word) === word.length);
        const fits = {
          sheet: sheet.key,
          header: column.header,
          words: words.every((word) => wrappedLines(word, width - HEADER_PADDING) === 1),
          lines: wrappedLines(column.header, width - HEADER_PADDING) <= MAX_HEADER_LINES,
          width: sheet.columnWidths?.find((entry) => entry.column === table.column + index)?.width,
        };
        expect(fits).toEqual({ sheet: sheet.key, header: column.header, words: true, lines: true, width });
      });
    }
  });

  it("set the header row's height, and leave body heights to the application as estimates", () => {
    for (const { sheet, table } of sheets) {
      const [header, ...body] = sheet.rowHeights ?? [];
      expect({ sheet: sheet.key, header }).toEqual({
        sheet: sheet.key,
        header: { row: table.row, height: headerRowHeight(table.columns) },
      });
      for (const row of body) {
        expect(row.estimate).toBe(true);
        expect(row.row).toBeGreaterThan(table.row);
        expect(row.row).toBeLessThanOrEqual(table.row + table.rows.length);
        expect(row.height).toBeGreaterThanOrEqual(30);
      }
    }
  });

  it("estimate the rows whose wrapped text needs more than one line", () => {
    const risks = sheets.find(({ sheet }) => sheet.key === "risks");
    if (!risks) throw new Error("no register");
    const description = risks.table.columns.findIndex((c) => c.key === "description");
    const width = risks.table.columns[description]?.width ?? 0;
    const long = risks.table.rows.findIndex((row) => {
      const text = row[description];
      return typeof text === "string" && wrappedLines(text, width - 1) > 1;
    });
    expect(long).toBeGreaterThanOrEqual(0);
    const estimated = risks.sheet.rowHeights?.find((row) => row.row === risks.table.row + 1 + long);
    expect(estimated).toMatchObject({ estimate: true });
  });

  it.each<[SheetKey, string | null, number]>([
    ["assets", "name", 2],
    ["threats", "name", 3],
    ["vulnerabilities", "name", 3],
    ["risks", "asset", 3],
    ["treatments", "asset", 2],
    ["soa", "title", 2],
    ["gap", "title", 2],
    ["soaChanges", null, 0],
  ])(
    "freeze the header row of %s and the columns through its naming column (%s): %d",
    (key, name, columns) => {
      const found = sheets.find(({ sheet }) => sheet.key === key);
      if (!found) throw new Error(`no ${key}`);
      const { sheet, table } = found;
      expect(sheet.freeze).toEqual({ rows: table.row + 1, columns });
      if (name) expect(table.columns[columns - 1]?.key).toBe(name);
    },
  );
});

describe("body row estimates", () => {
  const table: TablePlan = styledTable({
    name: "T",
    row: 3,
    column: 0,
    columns: [
      { key: "id", header: "ID", width: 8 },
      { key: "text", header: "Text", width: 12, wrap: true },
      { key: "note", header: "Note", width: 6 },
    ],
    rows: [
      ["R-1", "short", "a long note that is not wrapped"],
      ["R-2", "one two three four five six", null],
      ["R-3", { formula: "=B5" }, null],
      ["R-4", "风险描述需要两行文字", null],
    ],
  });

  it("estimate only rows whose wrapped cells need more lines, from the text the caller knows", () => {
    const known = (row: number, column: number) => (row === 2 && column === 1 ? "x ".repeat(30) : "");
    expect(tableRowHeights(table).slice(1)).toEqual([
      { row: 5, height: 45, estimate: true },
      { row: 7, height: 32, estimate: true },
    ]);
    expect(tableRowHeights(table, known).slice(1)).toEqual([{ row: 6, height: 90, estimate: true }]);
  });
});

describe("the sign-off line", () => {
  it.each<[SheetKey, boolean]>([
    ["risks", true],
    ["treatments", true],
    ["soa", true],
    ["assets", false],
    ["threats", false],
    ["vulnerabilities", false],
    ["gap", false],
    ["soaChanges", false],
    ["method", false],
  ])("is at the foot of every printed page of %s: %s", (key, signed) => {
    expect(printPlan(key, 0, "zh-CN").footer?.left).toBe(
      signed ? "编制：________   审核：________   批准：________" : undefined,
    );
    expect(printPlan(key, 0, "en").footer?.left).toBe(
      signed ? "Prepared by: ________   Reviewed by: ________   Approved by: ________" : undefined,
    );
  });

  it("keeps the version and page in the centre", () => {
    expect(printPlan("risks", 0, "zh-CN").footer?.center).toBe("版本 1.0 · 第 {page} 页 / 共 {pages} 页");
    expect(printPlan("soa", 0, "en").footer?.center).toBe("Page {page} of {pages}");
  });

  it("is not on a report, which is neither numbered nor signed", () => {
    expect(reportPrintPlan("en")).toMatchObject({
      header: { left: "{sheet}" },
      footer: { center: "Version 1.0 · page {page} of {pages}" },
    });
    expect(reportPrintPlan("en").footer?.left).toBeUndefined();
    expect(reportPrintPlan("en").header?.right).toBeUndefined();
  });
});
