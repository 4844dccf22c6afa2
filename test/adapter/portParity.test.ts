/**
 * One workbook model, two ports that agree: every use case (status, preview, create, read, gap scoring;
 * sending gaps to the register is compared in sendGaps.test.ts) run through the Office.js port (over the
 * strict fake) and through the .xlsx port on the same inputs gives the same workbook — values, formulas, tables,
 * list validations, conditional formats, in-workbook links, print setup, header cell styles, set row heights,
 * metadata — and the same results.
 * Then both directions: a workbook the pane wrote, saved as a file, reads the same through the command; a
 * file the command wrote, opened in Excel, reads the same through the pane; and metadata the pane rewrote
 * is what the command reads afterwards.
 */
import { readWithExcelJs } from "../support/excelJsReader";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  createWorkbook,
  previewWorkbook,
  type CreateWorkbookOptions,
} from "../../src/operations/createWorkbook";
import { readWorkbook } from "../../src/operations/readWorkbook";
import { scoreGapSheet } from "../../src/operations/scoreGap";
import { buildWorkbookPlan } from "../../src/workbook/layout/buildWorkbookPlan";
import { workbookStatus } from "../../src/operations/workbookStatus";
import { isMetadataSheet, metadataFromSheetRows, METADATA_SHEET } from "../../src/workbook/metadata";
import type { WorkbookOutline, WorkbookPort } from "../../src/workbook/port";
import type { SheetData, WorkbookSnapshot } from "../../src/workbook/sheetData";
import { XlsxSnapshotReader, XlsxWorkbookPort } from "../../src/xlsx";
import { cellKey, FakeExcel, fakeExcelRun, type FakeCell, type FakeSheet } from "../fakes";
import type { Rect } from "../fakes/fakeAddress";
import {
  fakeToXlsx,
  fileFeatures,
  fileNumberFormats,
  formatKey,
  fakeValidationKey,
  xlsxToSeed,
} from "../support/workbookBridge";
import { fakePrintSetup, filePrintSetups } from "../support/printSetup";
import { portOn, portOver } from "./portHarness";

const dir = mkdtempSync(path.join(tmpdir(), "isms-parity-"));
let files = 0;

async function savedReader(bytes: Buffer): Promise<XlsxSnapshotReader> {
  const file = path.join(dir, `parity-${++files}.xlsx`);
  writeFileSync(file, bytes);
  return XlsxSnapshotReader.open(file);
}

/** Every non-empty cell of a sheet as address → "=formula" or the value's JSON. */
function cellsOf(sheet: SheetData): Record<string, string> {
  const cells: Record<string, string> = {};
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = sheet.formulas?.[r]?.[c];
      const key = cellKey(sheet.row + r, sheet.column + c);
      if (typeof formula === "string" && formula.startsWith("=")) cells[key] = formula;
      else if (value !== "") cells[key] = JSON.stringify(value);
    }),
  );
  return cells;
}

/** The blank sheet every new Excel workbook starts with (a new file has none). */
const untouched = (sheet: { name: string; tables: readonly unknown[] }, cells = 0): boolean =>
  sheet.name === "Sheet1" && sheet.tables.length === 0 && cells === 0;

function normalised(snapshot: WorkbookSnapshot) {
  return {
    sheets: snapshot.sheets
      .filter((sheet) => !untouched(sheet, Object.keys(cellsOf(sheet)).length))
      .map((sheet) => ({
        name: sheet.name,
        tables: [...sheet.tables].sort((a, b) => a.name.localeCompare(b.name)),
        cells: cellsOf(sheet),
      })),
    metadata: snapshot.metadata,
  };
}

function rectA1(rect: Rect): string {
  const start = cellKey(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return start;
  return `${start}:${cellKey(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

/** The fake sheet's features in the normal form of fileFeatures. */
function fakeFeatures(sheet: FakeSheet) {
  return {
    validations: sheet.validations
      .filter((v) => v.list || v.date)
      .map((v) => fakeValidationKey(rectA1(v.rect), v))
      .sort(),
    conditionalFormats: sheet.conditionalFormats
      .map((f) =>
        formatKey(
          rectA1(f.rect),
          f.type === "Custom" ? "expression" : "cellValue",
          f.type === "Custom" ? null : f.operator,
          [f.formula1, f.formula2].filter((x): x is string => x !== null),
          (f.fill ?? "").toUpperCase(),
        ),
      )
      .sort(),
    links: Object.entries(sheet.hyperlinks)
      .map(([address, link]) => `${address}|${link.documentReference ?? ""}`)
      .sort(),
  };
}

/** A header cell's formatting in one normal form, from the fake's cell or from the file's style. */
interface CellLook {
  readonly bold: boolean;
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly wrap: boolean;
  readonly vertical: string;
  readonly horizontal: string;
  /** "top:thin:#808080 bottom:none ...". */
  readonly borders: string;
}

const EDGES = ["top", "bottom", "left", "right"] as const;

function fakeLook(cell: FakeCell | undefined): CellLook {
  return {
    bold: cell?.bold ?? false,
    fill: cell?.fill?.toUpperCase() ?? null,
    fontColor: cell?.fontColor?.toUpperCase() ?? null,
    wrap: cell?.wrap ?? false,
    vertical: (cell?.verticalAlignment ?? "Bottom").toLowerCase(),
    horizontal: (cell?.horizontalAlignment ?? "General").toLowerCase(),
    borders: EDGES.map((edge) => {
      const line = cell?.borders?.[edge];
      return line && line.style !== "None"
        ? `${edge}:${line.weight.toLowerCase()}:${line.color.toUpperCase()}`
        : `${edge}:none`;
    }).join(" "),
  };
}

const rgb = (color: Partial<ExcelJS.Color> | undefined): string | null =>
  color?.argb ? `#${color.argb.slice(2).toUpperCase()}` : null;

function fileLook(style: Partial<ExcelJS.Style>): CellLook {
  const fill = style.fill?.type === "pattern" ? rgb(style.fill.fgColor) : null;
  const vertical = style.alignment?.vertical;
  return {
    bold: style.font?.bold ?? false,
    fill,
    fontColor: rgb(style.font?.color),
    wrap: style.alignment?.wrapText ?? false,
    vertical: vertical === "middle" ? "center" : (vertical ?? "bottom"),
    horizontal: style.alignment?.horizontal ?? "general",
    borders: EDGES.map((edge) => {
      const line = style.border?.[edge];
      return line?.style ? `${edge}:${line.style}:${rgb(line.color) ?? ""}` : `${edge}:none`;
    }).join(" "),
  };
}

/** Row heights a person (or the plan) set, by 1-based row, from each sheet part's `customHeight` rows. */
async function fileSetHeights(bytes: Buffer): Promise<Map<string, Record<number, number>>> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (part: string) => (await zip.file(part)?.async("string")) ?? "";
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const heights = new Map<string, Record<number, number>>();
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
  for (const [sheetTag = ""] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const [name, id] = [attribute(sheetTag, "name"), attribute(sheetTag, "r:id")];
    const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find(
      ([tag = ""]) => attribute(tag, "Id") === id,
    );
    const target = attribute(rel?.[0] ?? "", "Target").replace(/^\/?(xl\/)?/, "");
    const rows: Record<number, number> = {};
    for (const [tag = ""] of (await text(`xl/${target}`)).matchAll(/<row [^>]*>/g)) {
      const ht = /\sht="([\d.]+)"/.exec(tag)?.[1];
      if (ht && /\scustomHeight="1"/.test(tag)) rows[Number(/\sr="(\d+)"/.exec(tag)?.[1])] = Number(ht);
    }
    heights.set(name.replace(/&amp;/g, "&"), rows);
  }
  return heights;
}

interface Both {
  readonly host: FakeExcel;
  readonly office: WorkbookPort;
  readonly file: XlsxWorkbookPort;
}

function bothPorts(): Both {
  const { host, port } = portOver();
  return { host, office: port, file: XlsxWorkbookPort.create() };
}

const CASES: readonly CreateWorkbookOptions[] = [
  { lang: "zh-CN", standard: "2022", method: "gbt-matrix", sample: true },
  { lang: "en", standard: "2022", method: "atv", sample: true },
  { lang: "en", standard: "2013", method: "cia-max", sample: false },
];

describe.each(CASES)("both ports, $lang $method sample=$sample", (options) => {
  let both: Both;
  let officeSnapshot: WorkbookSnapshot;
  let fileSnapshot: WorkbookSnapshot;
  let bytes: Buffer;

  beforeAll(async () => {
    both = bothPorts();
    const [onOffice, onFile] = [
      await createWorkbook(both.office, options),
      await createWorkbook(both.file, options),
    ];
    expect(onOffice.status).toBe("created");
    expect(onOffice).toEqual(onFile);
    bytes = await both.file.toBuffer();
    officeSnapshot = await both.office.read({ formulas: true });
    fileSnapshot = await (await savedReader(bytes)).read({ formulas: true });
  });

  it("writes the same sheets, tables, values and formulas", () => {
    expect(normalised(officeSnapshot)).toEqual(normalised(fileSnapshot));
  });

  it("writes the same metadata, in the same very hidden sheet", () => {
    expect(officeSnapshot.metadata).not.toBeNull();
    expect(officeSnapshot.metadata).toEqual(fileSnapshot.metadata);
    const meta = both.host.state.sheets.find((sheet) => isMetadataSheet(sheet.name));
    expect(meta?.visibility).toBe("VeryHidden");
    const rows = Object.entries(meta?.cells ?? {})
      .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
      .map(([, cell]) => [cell.value]);
    expect(metadataFromSheetRows(rows)).toEqual(officeSnapshot.metadata);
  });

  it("writes the same list and date validations, conditional formats and links on every sheet", async () => {
    const features = await fileFeatures(bytes);
    const all = [...features.values()];
    expect(all.flatMap((f) => f.validations).length).toBeGreaterThan(0);
    // Date columns (the plan's planned completion, the register's assessment date) accept dates from 2000.
    expect(
      all.flatMap((f) => f.validations).filter((v) => v.includes("|date greaterthanorequal 2000-01-01|"))
        .length,
    ).toBeGreaterThan(1);
    expect(all.flatMap((f) => f.conditionalFormats).length).toBeGreaterThan(0);
    // Links between sheets are HYPERLINK formulas now (they find their row by id), compared with the cells.
    for (const sheet of both.host.state.sheets.filter((s) => !isMetadataSheet(s.name))) {
      const file = features.get(sheet.name);
      expect({ sheet: sheet.name, ...fakeFeatures(sheet) }).toEqual({
        sheet: sheet.name,
        validations: [...(file?.validations ?? [])].sort(),
        conditionalFormats: [...(file?.conditionalFormats ?? [])].sort(),
        links: [...(file?.links ?? [])].sort(),
      });
    }
  });

  it("gives every sheet the same print setup", async () => {
    const file = await filePrintSetups(bytes);
    const sheets = both.host.state.sheets.filter((sheet) => file.has(sheet.name));
    expect(sheets.map((sheet) => sheet.name)).toEqual([...file.keys()]);
    const build = buildWorkbookPlan(options);
    const planned = build.ok ? build.plan.sheets.length : 0;
    expect(planned).toBeGreaterThanOrEqual(9);
    expect(sheets.filter((sheet) => fakePrintSetup(sheet).paper === "A4")).toHaveLength(planned);
    for (const sheet of sheets) {
      expect({ sheet: sheet.name, ...fakePrintSetup(sheet) }).toEqual({
        sheet: sheet.name,
        ...file.get(sheet.name),
      });
    }
  });

  it("styles every table header the same, on its cells, and sets the same row heights", async () => {
    const file = await readWithExcelJs(bytes);
    const heights = await fileSetHeights(bytes);
    let headers = 0;
    for (const sheet of both.host.state.sheets.filter((s) => !isMetadataSheet(s.name))) {
      const fileSheet = file.getWorksheet(sheet.name);
      const office: Record<string, CellLook> = {};
      const written: Record<string, CellLook> = {};
      for (const table of sheet.tables) {
        for (let c = 0; c < table.rect.columnCount; c++) {
          const address = cellKey(table.rect.row, table.rect.column + c);
          office[address] = fakeLook(sheet.cells[address]);
          written[address] = fileLook(fileSheet?.getCell(address).style ?? {});
        }
      }
      expect({ sheet: sheet.name, headers: office }).toEqual({ sheet: sheet.name, headers: written });
      headers += Object.values(office).filter((look) => look.bold && look.fill !== null).length;
      // The fake's rows are 0-based; a sheet the file lacks (the blank Sheet1 Excel starts with) sets none.
      const set = Object.fromEntries(
        Object.entries(sheet.rowHeights).map(([row, h]) => [Number(row) + 1, h]),
      );
      const fileSet = heights.get(sheet.name) ?? {};
      expect({ sheet: sheet.name, heights: set }).toEqual({ sheet: sheet.name, heights: fileSet });
    }
    // Every table the plan styles (all but the methodology's) is styled on its cells in both.
    const build = buildWorkbookPlan(options);
    if (!build.ok) throw new Error("expected a plan");
    const styled = build.plan.sheets.flatMap((sheet) => sheet.tables).filter((table) => table.headerStyle);
    expect(headers).toBe(styled.reduce((sum, table) => sum + table.columns.length, 0));
  });

  it("gives the same number formats to the cells that hold values", async () => {
    const formats = await fileNumberFormats(bytes);
    let compared = 0;
    for (const sheet of both.host.state.sheets.filter((s) => !isMetadataSheet(s.name))) {
      const file = formats.get(sheet.name) ?? {};
      const office = Object.fromEntries(
        Object.entries(sheet.cells)
          .filter(
            ([, cell]) => cell.numberFormat !== "General" && (cell.value !== "" || cell.formula !== null),
          )
          .map(([address, cell]) => [address, cell.numberFormat]),
      );
      const filled = Object.fromEntries(
        Object.entries(file).filter(([address]) => {
          const cell = sheet.cells[address];
          return cell !== undefined && (cell.value !== "" || cell.formula !== null);
        }),
      );
      expect({ sheet: sheet.name, formats: office }).toEqual({ sheet: sheet.name, formats: filled });
      compared += Object.keys(office).length;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("gives the same status, outline and parsed records", async () => {
    expect(await workbookStatus(both.office)).toEqual(await workbookStatus(both.file));
    const outlines: WorkbookOutline[] = [await both.office.outline(), await both.file.outline()];
    expect(outlines[0]?.sheets.filter((sheet) => !untouched(sheet))).toEqual(outlines[1]?.sheets);
    expect(outlines[0]?.sheets.map((s) => s.name)).not.toContain(METADATA_SHEET);
    expect(await readWorkbook(both.office)).toEqual(await readWorkbook(both.file));
    const [officeGap, fileGap] = [await scoreGapSheet(both.office), await scoreGapSheet(both.file)];
    expect(officeGap.sheet).not.toBeNull();
    expect(officeGap).toEqual(fileGap);
  });

  it("previews the same conflicts and the same beside plan on the workbook it wrote", async () => {
    const [office, file] = [
      await previewWorkbook(both.office, options),
      await previewWorkbook(both.file, options),
    ];
    expect(office.conflicts.length).toBeGreaterThan(0);
    expect(office).toEqual(file);
  });
});

describe("a workbook moving between the pane and the command", () => {
  const options: CreateWorkbookOptions = { lang: "zh-CN", standard: "2022", method: "li", sample: true };

  it("reads what the pane wrote, saved as a file, the same through the command", async () => {
    const { host, port } = portOver();
    await createWorkbook(port, options);
    const inExcel = await readWorkbook(port);
    const reader = await savedReader(await fakeToXlsx(host.state));
    expect(await readWorkbook(reader)).toEqual(inExcel);
    expect((await reader.read()).metadata).toEqual((await port.read()).metadata);
  });

  it("reads what the command wrote, opened in Excel, the same through the pane", async () => {
    const file = XlsxWorkbookPort.create();
    await createWorkbook(file, options);
    const bytes = await file.toBuffer();
    const host = new FakeExcel(await xlsxToSeed(bytes));
    const { port } = portOn(host);
    const byCommand = await readWorkbook(await savedReader(bytes));
    expect(await readWorkbook(port)).toEqual(byCommand);
    expect(await workbookStatus(port)).toEqual(await workbookStatus(file));
  });

  it("reads the metadata the pane rewrote, never a stale copy", async () => {
    const file = XlsxWorkbookPort.create();
    await createWorkbook(file, options);
    const host = new FakeExcel(await xlsxToSeed(await file.toBuffer()));
    // An earlier version of the pane kept metadata in a custom XML part: it must go when the pane rewrites.
    host.state.customXmlParts.push({
      id: "{legacy}",
      namespaceUri: "urn:isms-workbench:metadata",
      xml: '<ismsMetadata xmlns="urn:isms-workbench:metadata">{"version":1,"lang":"en","standard":"2013","sheets":[]}</ismsMetadata>',
    });
    const { port } = portOn(host);
    const rewritten = await createWorkbook(port, { ...options, onConflict: "beside" });
    if (rewritten.status !== "created") throw new Error("expected the pane to write beside");
    expect(host.state.customXmlParts).toEqual([]);
    const saved = await savedReader(await fakeToXlsx(host.state));
    const metadata = (await saved.read()).metadata;
    expect(metadata).toEqual(rewritten.plan.metadata);
    expect(metadata?.sheets.map((s) => s.table)).toContain("ISMS_Risks_2");
    expect((await readWorkbook(saved)).sheets.risks?.name).toBe("风险评估表 (2)");
  });
});

describe("the fake's alignment and borders, as the comparison above relies on them", () => {
  const run = (host: FakeExcel) => fakeExcelRun(host);

  it("outlines every cell of a range with the six sides Excel names, on sync", async () => {
    const host = new FakeExcel({ sheets: [{ name: "S" }] });
    await run(host)(async (context) => {
      const format = context.workbook.worksheets.getItem("S").getRange("A1:B2").format;
      for (const side of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideVertical",
        "InsideHorizontal",
      ] as const) {
        const line = format.borders.getItem(side);
        line.style = "Continuous";
        line.weight = "Thin";
        line.color = "#808080";
      }
      format.verticalAlignment = "Center";
      format.horizontalAlignment = "Center";
      expect(host.state.sheets[0]?.cells["A1"]?.borders).toBeUndefined();
      await context.sync();
    });
    const cells = host.state.sheets[0]?.cells ?? {};
    for (const address of ["A1", "B1", "A2", "B2"]) {
      expect(fakeLook(cells[address])).toMatchObject({
        vertical: "center",
        horizontal: "center",
        borders: "top:thin:#808080 bottom:thin:#808080 left:thin:#808080 right:thin:#808080",
      });
    }
  });

  it("draws an outer side on the outer cells only, and reads a side after load + sync", async () => {
    const host = new FakeExcel({ sheets: [{ name: "S" }] });
    const read = await run(host)(async (context) => {
      const format = context.workbook.worksheets.getItem("S").getRange("A1:B2").format;
      format.borders.getItem("EdgeTop").style = "Continuous";
      await context.sync();
      const top = format.borders.getItem("EdgeTop").load("style, weight, color, sideIndex");
      const inside = format.borders.getItem("InsideHorizontal").load("style");
      format.load("verticalAlignment, horizontalAlignment");
      expect(() => top.style).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      return [top.style, top.weight, top.color, top.sideIndex, inside.style, format.verticalAlignment];
    });
    expect(read).toEqual(["Continuous", "Thin", "#000000", "EdgeTop", "None", "Bottom"]);
    const cells = host.state.sheets[0]?.cells ?? {};
    expect([cells["A1"]?.borders?.top?.style, cells["A2"]?.borders?.top]).toEqual(["Continuous", undefined]);
  });

  it.each<[string, (format: Excel.RangeFormat) => void]>([
    ["an unknown side", (format) => format.borders.getItem("Diagonal" as Excel.BorderIndex)],
    ["an unknown line style", (format) => (format.borders.getItem("EdgeTop").style = "Wavy" as "Dot")],
    ["an unknown weight", (format) => (format.borders.getItem("EdgeTop").weight = "Bold" as "Thin")],
    ["an unknown alignment", (format) => (format.verticalAlignment = "Middle" as "Center")],
  ])("refuses %s as Excel does", async (_, change) => {
    const host = new FakeExcel({ sheets: [{ name: "S" }] });
    const failure = run(host)(async (context) => {
      change(context.workbook.worksheets.getItem("S").getRange("A1").format);
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
