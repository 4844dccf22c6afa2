/**
 * Headers, row heights, widths and frozen panes in the files the `isms` command writes, read back from the
 * sheet and style XML (neither through the port nor through ExcelJS): on every data sheet the header is
 * styled on its own cells (bold, filled, coloured, wrapped, centred, outlined), the header row has a set
 * height that holds its wrapped header, body rows with wrapped text carry an estimated height that is not
 * a custom one (so Excel still fits them), every column is wide enough for its header's words, and the
 * header row is frozen with the id and name columns. LibreOffice prints every header on every page of its
 * sheet, and grows the rows that hold wrapped text.
 */
import { unescapeXml } from "../support/xmlText";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import type { CreateWorkbookOptions } from "../../src/operations/createWorkbook";
import { buildWorkbookPlan } from "../../src/workbook/layout/buildWorkbookPlan";
import { documentNumber } from "../../src/workbook/layout/printSetup";
import type { SheetKey, SheetPlan } from "../../src/workbook/plan";
import { pagesBySheet, requirePrinting } from "../support/pdfPages";
import { libreOfficeProgram } from "../support/programs";
import { runIsms } from "../support/runIsms";
import { sheetWithRowHeights } from "../../src/xlsx/rowHeightParts";

const dir = mkdtempSync(path.join(tmpdir(), "isms-headers-"));

/** The sheets that are tables of records a person fills in or reads. */
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

/** Frozen columns: the id column through the column that names the row. */
const FROZEN_COLUMNS: Readonly<Record<string, number>> = {
  assets: 2,
  threats: 3,
  vulnerabilities: 3,
  risks: 3,
  treatments: 2,
  soa: 2,
  gap: 2,
  soaChanges: 0,
};

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** A cell format as the style part describes it. */
interface CellFormat {
  readonly bold: boolean;
  readonly fontColor: string | null;
  readonly fill: string | null;
  readonly wrap: boolean;
  readonly vertical: string | null;
  readonly horizontal: string | null;
  /** "left:thin:FF808080" for each edge that has a line. */
  readonly borders: readonly string[];
}

const elements = (xml: string, list: string, item: string): string[] => {
  const body = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? "";
  return [...body.matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g"))].map(
    (m) => m[0],
  );
};

function cellFormats(styles: string): CellFormat[] {
  const fonts = elements(styles, "fonts", "font");
  const fills = elements(styles, "fills", "fill");
  const borders = elements(styles, "borders", "border");
  return elements(styles, "cellXfs", "xf").map((xf) => {
    const font = fonts[Number(attribute(xf, "fontId") ?? 0)] ?? "";
    const fill = fills[Number(attribute(xf, "fillId") ?? 0)] ?? "";
    const border = borders[Number(attribute(xf, "borderId") ?? 0)] ?? "";
    const alignment = /<alignment\b[^>]*>/.exec(xf)?.[0] ?? "";
    return {
      bold: /<b\/>|<b val="(1|true)"\/>/.test(font),
      fontColor: /<color rgb="([0-9A-F]{8})"/.exec(font)?.[1] ?? null,
      fill: /patternType="solid"[\s\S]*?<fgColor rgb="([0-9A-F]{8})"/.exec(fill)?.[1] ?? null,
      wrap: attribute(alignment, "wrapText") === "1",
      vertical: attribute(alignment, "vertical") ?? null,
      horizontal: attribute(alignment, "horizontal") ?? null,
      borders: ["left", "right", "top", "bottom"].flatMap((edge) => {
        const line = new RegExp(`<${edge} style="([a-z]+)"[^>]*>\\s*<color rgb="([0-9A-F]{8})"`).exec(border);
        return line ? [`${edge}:${line[1]}:${line[2]}`] : [];
      }),
    };
  });
}

/** What one sheet part says about its rows, columns, panes and cells. */
interface SheetXml {
  /** 1-based row → its `ht` and whether it is a custom height. */
  readonly rows: ReadonlyMap<number, { readonly ht: number | null; readonly custom: boolean }>;
  /** 1-based column → width. */
  readonly widths: ReadonlyMap<number, number>;
  readonly pane: { readonly xSplit: number; readonly ySplit: number; readonly frozen: boolean } | null;
  /** A1 → style index. */
  readonly styles: ReadonlyMap<string, number>;
}

function sheetXml(xml: string): SheetXml {
  const rows = new Map<number, { ht: number | null; custom: boolean }>();
  for (const [tag] of xml.matchAll(/<row\b[^>]*>/g)) {
    const ht = attribute(tag, "ht");
    rows.set(Number(attribute(tag, "r")), {
      ht: ht === undefined ? null : Number(ht),
      custom: attribute(tag, "customHeight") === "1",
    });
  }
  const widths = new Map<number, number>();
  for (const [tag] of xml.matchAll(/<col\b[^>]*>/g)) {
    for (let c = Number(attribute(tag, "min")); c <= Number(attribute(tag, "max")); c++)
      widths.set(c, Number(attribute(tag, "width")));
  }
  const paneTag = /<pane\b[^>]*>/.exec(xml)?.[0];
  const pane = paneTag
    ? {
        xSplit: Number(attribute(paneTag, "xSplit") ?? 0),
        ySplit: Number(attribute(paneTag, "ySplit") ?? 0),
        frozen: attribute(paneTag, "state") === "frozen",
      }
    : null;
  const styles = new Map<string, number>();
  for (const [tag] of xml.matchAll(/<c\b[^>]*>/g))
    styles.set(attribute(tag, "r") ?? "", Number(attribute(tag, "s") ?? 0));
  return { rows, widths, pane, styles };
}

/** Sheet name → what its part says, and the file's cell formats. */
async function readFile(file: string): Promise<{ sheets: Map<string, SheetXml>; formats: CellFormat[] }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = async (part: string) => (await zip.file(part)?.async("string")) ?? "";
  const workbook = await text("xl/workbook.xml");
  const rels = [...(await text("xl/_rels/workbook.xml.rels")).matchAll(/<Relationship\b[^>]*>/g)].map(
    (m) => m[0],
  );
  const sheets = new Map<string, SheetXml>();
  for (const [tag] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const rel = rels.find((r) => attribute(r, "Id") === attribute(tag, "r:id")) ?? "";
    const target = (attribute(rel, "Target") ?? "").replace(/^\/?(xl\/)?/, "");
    sheets.set(unescapeXml(attribute(tag, "name") ?? ""), sheetXml(await text(`xl/${target}`)));
  }
  return { sheets, formats: cellFormats(await text("xl/styles.xml")) };
}

function letters(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Width in characters, a CJK (full-width) character counting two: this test's own measure. */
const measure = (text: string): number =>
  [...text].reduce(
    (sum, char) =>
      sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(char) ? 2 : 1),
    0,
  );

function dataSheets(options: CreateWorkbookOptions): SheetPlan[] {
  const build = buildWorkbookPlan(options);
  if (!build.ok) throw new Error("expected a plan");
  return build.plan.sheets.filter((sheet) => DATA_SHEETS.includes(sheet.key));
}

/** The command's flags for the options. */
const argsOf = (options: CreateWorkbookOptions): string[] => [
  ...["--lang", options.lang, "--standard", options.standard, "--method", options.method],
  ...(options.sample ? ["--sample"] : []),
];

const CASES: readonly CreateWorkbookOptions[] = [
  { lang: "zh-CN", standard: "2022", method: "gbt-matrix", sample: true },
  { lang: "zh-CN", standard: "2022", method: "li", sample: false },
  { lang: "en", standard: "2022", method: "atv", sample: true },
  { lang: "en", standard: "2013", method: "li", sample: false },
];

describe.each(CASES)(
  "a new $lang $method workbook (sample=$sample, $standard), read from its XML",
  (options) => {
    const sheets = dataSheets(options);
    let file: Awaited<ReturnType<typeof readFile>>;

    beforeAll(async () => {
      const out = path.join(dir, `${options.lang}-${options.standard}-${options.sample}.xlsx`);
      expect((await runIsms(["new", out, ...argsOf(options)])).code).toBe(0);
      file = await readFile(out);
    });

    const partOf = (sheet: SheetPlan): SheetXml => {
      const part = file.sheets.get(sheet.name);
      if (!part) throw new Error(`no part for ${sheet.name}`);
      return part;
    };

    it("styles every header cell itself: bold white on dark blue, wrapped, centred, outlined thin", () => {
      for (const sheet of sheets) {
        const table = sheet.tables[0];
        const part = partOf(sheet);
        table?.columns.forEach((column, c) => {
          const address = `${letters(table.column + c)}${table.row + 1}`;
          const format = file.formats[part.styles.get(address) ?? 0];
          expect({ sheet: sheet.name, address, format }).toEqual({
            sheet: sheet.name,
            address,
            format: {
              bold: true,
              fontColor: "FFFFFFFF",
              fill: "FF1F4E79",
              wrap: true,
              vertical: "center",
              horizontal: "center",
              borders: [
                "left:thin:FF808080",
                "right:thin:FF808080",
                "top:thin:FF808080",
                "bottom:thin:FF808080",
              ],
            },
          });
        });
      }
    });

    it("sets the header row's height, tall enough for its most wrapped header", () => {
      for (const sheet of sheets) {
        const table = sheet.tables[0];
        if (!table) continue;
        const row = partOf(sheet).rows.get(table.row + 1);
        // Lines of each header at its column's width (less the filter button), by this test's own measure.
        const lines = Math.max(
          ...table.columns.map((column) => {
            const width = partOf(sheet).widths.get(table.column + table.columns.indexOf(column) + 1) ?? 8.43;
            return Math.ceil(measure(column.header) / Math.max(1, width - 3));
          }),
        );
        expect({ sheet: sheet.name, custom: row?.custom, tall: (row?.ht ?? 0) >= lines * 15 }).toEqual({
          sheet: sheet.name,
          custom: true,
          tall: true,
        });
      }
    });

    it("sets no custom height on a body row; rows with wrapped text carry an estimate instead", () => {
      let estimated = 0;
      for (const sheet of sheets) {
        const table = sheet.tables[0];
        if (!table) continue;
        const part = partOf(sheet);
        for (let r = table.row + 2; r <= table.row + 1 + table.rows.length; r++) {
          const row = part.rows.get(r);
          expect({ sheet: sheet.name, row: r, custom: row?.custom ?? false }).toEqual({
            sheet: sheet.name,
            row: r,
            custom: false,
          });
          if (row?.ht) estimated++;
        }
      }
      expect(estimated).toBeGreaterThan(options.sample ? 100 : 50);
    });

    it("makes every column wide enough for its header's longest word", () => {
      for (const sheet of sheets) {
        const table = sheet.tables[0];
        table?.columns.forEach((column, c) => {
          const width = partOf(sheet).widths.get(table.column + c + 1) ?? 0;
          const word = Math.max(
            ...column.header.split(/\s+/).map((w) => (measure(w) === w.length ? w.length : 2)),
          );
          expect({ sheet: sheet.name, header: column.header, fits: width >= word + 2 }).toEqual({
            sheet: sheet.name,
            header: column.header,
            fits: true,
          });
        });
      }
    });

    it("freezes the header row with the id and name columns", () => {
      for (const sheet of sheets) {
        const table = sheet.tables[0];
        expect({ sheet: sheet.key, pane: partOf(sheet).pane }).toEqual({
          sheet: sheet.key,
          pane: { xSplit: FROZEN_COLUMNS[sheet.key], ySplit: (table?.row ?? 0) + 1, frozen: true },
        });
      }
    });
  },
);

describe("row heights written into a sheet part", () => {
  const xml =
    '<sheetData><row r="1" spans="1:2"><c r="A1"/></row><row r="2" ht="15" customHeight="1"/></sheetData>';

  it("writes a set height as a custom one and an estimate as a plain height, over what the row had", () => {
    expect(
      sheetWithRowHeights(xml, [
        { row: 0, height: 34 },
        { row: 1, height: 45, estimate: true },
      ]),
    ).toBe(
      '<sheetData><row r="1" ht="34" customHeight="1" spans="1:2"><c r="A1"/></row><row r="2" ht="45"/></sheetData>',
    );
  });

  it("refuses a height for a row the part does not have", () => {
    expect(() => sheetWithRowHeights(xml, [{ row: 5, height: 30 }])).toThrow(/no row 6/);
  });
});

/** The files printed by LibreOffice in one run; each PDF's pages as raw text and as words with their places. */
function printRaw(files: readonly string[]): { pages: string[]; words: string }[] {
  const { path: soffice, hint } = libreOfficeProgram();
  if (!soffice) throw new Error(hint);
  const profile = path.join(dir, "profile");
  const outDir = path.join(dir, "pdf");
  mkdirSync(profile, { recursive: true });
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    "pdf",
    "--outdir",
    outDir,
    ...files,
  ];
  spawnSync(soffice, args, { encoding: "utf8", timeout: 50_000 });
  return files.map((file) => {
    const pdf = path.join(outDir, `${path.basename(file, ".xlsx")}.pdf`);
    // Raw order keeps a wrapped cell's lines together, so a wrapped header reads whole.
    const raw = spawnSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" });
    const words = spawnSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
    if (raw.status !== 0 || words.status !== 0) throw new Error(`no PDF for ${file}`);
    return { pages: raw.stdout.split("\f").filter((page) => page.trim() !== ""), words: words.stdout };
  });
}

/** The same file with no body row heights: what LibreOffice showed before (every row one line tall). */
async function withoutRowHeights(file: string, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const part of Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))) {
    const xml = (await zip.file(part)?.async("string")) ?? "";
    zip.file(part, xml.replace(/(<row\b[^>]*?) ht="[\d.]+"(?! customHeight)/g, "$1"));
  }
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** The vertical distance between two words on the register's first page. */
function gap(words: string, first: string, second: string): number {
  const top = (word: string) =>
    Number(new RegExp(`<word xMin="[\\d.]+" yMin="([\\d.]+)"[^>]*>${word}</word>`).exec(words)?.[1] ?? NaN);
  return top(second) - top(first);
}

const describePrint = requirePrinting();

describePrint("the zh-CN sample printed to PDF by LibreOffice", () => {
  const options: CreateWorkbookOptions = {
    lang: "zh-CN",
    standard: "2022",
    method: "gbt-matrix",
    sample: true,
  };
  const sheets = dataSheets(options);
  let printed: { pages: string[]; words: string }[];

  beforeAll(async () => {
    const file = path.join(dir, "print-zh.xlsx");
    expect((await runIsms(["new", file, ...argsOf(options)])).code).toBe(0);
    const flat = path.join(dir, "print-zh-flat.xlsx");
    await withoutRowHeights(file, flat);
    printed = printRaw([file, flat]);
  }, 60_000);

  it("shows every header, whole, on every page of its sheet", () => {
    const bySheet = pagesBySheet(printed[0]?.pages ?? []);
    const squeeze = (text: string) => text.replace(/\s+/g, "");
    for (const sheet of sheets) {
      const pages = bySheet.get(documentNumber(sheet.key)) ?? [];
      expect({ sheet: sheet.name, pages: pages.length > 0 }).toEqual({ sheet: sheet.name, pages: true });
      pages.forEach((page, index) => {
        const missing = (sheet.tables[0]?.columns ?? [])
          .map((column) => column.header)
          .filter((header) => !squeeze(page).includes(squeeze(header)));
        expect({ sheet: sheet.name, page: index + 1, missing }).toEqual({
          sheet: sheet.name,
          page: index + 1,
          missing: [],
        });
      });
    }
  });

  it("grows the register's rows that hold wrapped text", () => {
    const [grown, flat] = [printed[0]?.words ?? "", printed[1]?.words ?? ""];
    // are the register's first two rows (and the plan's, printed after the register).
    expect(gap(grown, "R-001", "R-002")).toBeGreaterThan(1.5 * gap(flat, "R-001", "R-002"));
  });
});
