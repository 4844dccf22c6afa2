/**
 * Protected computed columns in the files the .xlsx port writes, read back with an independent reader
 * (the package's XML through JSZip): each protecting sheet's `<sheetProtection>` without a password and
 * with the product's options; computed cells grey and locked, every other cell open (`<protection
 * locked="0"/>` on their styles, and on every column's style for the cells the file leaves out). Long
 * registers written in bulk come out cell for cell as written through ExcelJS. Writing into the protected
 * sheets later (an SoA refresh through ExcelJS or patched into the package) keeps their protection, and a
 * person's protection is never replaced. LibreOffice opens the file, recalculates it and shows no error.
 */
import { newWorkbookPlan } from "../support/newPlan";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import type { CreateWorkbookOptions } from "../../src/operations/createWorkbook";
import { generateSoa } from "../../src/operations/generateSoa";
import { parseRange } from "../../src/workbook/cells/cellAddress";
import type { SheetPlan, WorkbookPlan } from "../../src/workbook/plan";
import { patchPackage, XlsxWorkbookPort } from "../../src/xlsx";
import { readWithExcelJs } from "../support/excelJsReader";
import { recalculate, requireLibreOffice } from "../support/libreoffice";

const dir = mkdtempSync(path.join(tmpdir(), "isms-protection-"));
const OPTIONS: CreateWorkbookOptions = {
  lang: "zh-CN",
  standard: "2022",
  method: "gbt-matrix",
  sample: true,
};

/** Attributes of the first `<tag …>` in `xml`, or null. */
function attributesOf(xml: string, tag: string): Record<string, string> | null {
  const element = new RegExp(`<${tag}\\b([^>]*?)/?>`).exec(xml);
  if (!element) return null;
  return Object.fromEntries([...(element[1] ?? "").matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** What a cell format of styles.xml says: its fill's colour and whether it locks its cells. */
interface CellFormat {
  readonly fill: string | null;
  readonly locked: boolean;
}

/** A written package read without the product's code: sheets by name, cell formats, each cell's format index. */
class Package {
  private readonly sheets = new Map<string, Promise<SheetCells>>();

  private constructor(
    private readonly zip: JSZip,
    private readonly parts: ReadonlyMap<string, string>,
    readonly formats: readonly CellFormat[],
  ) {}

  static async of(bytes: Buffer): Promise<Package> {
    const zip = await JSZip.loadAsync(bytes);
    const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
    const workbook = await text("xl/workbook.xml");
    const rels = await text("xl/_rels/workbook.xml.rels");
    const targets = new Map(
      [...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    const parts = new Map(
      [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]+)"[^>]*\br:id="([^"]+)"/g)].map((m) => [
        (m[1] ?? "").replace(/&amp;/g, "&"),
        `xl/${(targets.get(m[2]) ?? "").replace(/^\/?xl\//, "")}`,
      ]),
    );
    const styles = await text("xl/styles.xml");
    const fills = [
      ...(/<fills\b[^>]*>([\s\S]*?)<\/fills>/.exec(styles)?.[1] ?? "").matchAll(/<fill>([\s\S]*?)<\/fill>/g),
    ].map((m) => /<fgColor rgb="([0-9A-F]{8})"/.exec(m[1] ?? "")?.[1] ?? null);
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
    const formats = [...xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>([\s\S]*?)<\/xf>)/g)].map((m) => ({
      fill: fills[Number(/fillId="(\d+)"/.exec(m[1] ?? "")?.[1] ?? 0)] ?? null,
      locked: !/<protection\b[^>]*locked="(0|false)"/.test(m[2] ?? ""),
    }));
    return new Package(zip, parts, formats);
  }

  async sheetXml(name: string): Promise<string> {
    const part = this.parts.get(name);
    if (!part) throw new Error(`no sheet ${name}`);
    return (await this.zip.file(part)?.async("string")) ?? "";
  }

  /** The format of a cell, from its own style or, when the file leaves it out, its column's. */
  async formatAt(sheet: string, address: string): Promise<CellFormat & { readonly inFile: boolean }> {
    const { cells, columns } = await this.cellsOf(sheet);
    const own = cells.get(address);
    if (own !== undefined) return { ...this.format(own), inFile: true };
    const column = (parseRange(address)?.left ?? 0) + 1;
    const style = columns.find((col) => col.min <= column && column <= col.max)?.style ?? 0;
    return { ...this.format(style), inFile: false };
  }

  private cellsOf(sheet: string): Promise<SheetCells> {
    const known = this.sheets.get(sheet);
    if (known) return known;
    const parsed = this.sheetXml(sheet).then((xml) => ({
      cells: new Map(
        [...xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)\/?>/g)].map((m) => [
          m[1] ?? "",
          Number(/\ss="(\d+)"/.exec(m[2] ?? "")?.[1] ?? 0),
        ]),
      ),
      columns: [...xml.matchAll(/<col\b[^>]*\/>/g)].map((m) => {
        const a = attributesOf(m[0], "col") ?? {};
        return { min: Number(a.min), max: Number(a.max), style: Number(a.style ?? 0) };
      }),
    }));
    this.sheets.set(sheet, parsed);
    return parsed;
  }

  private format(index: number): CellFormat {
    const format = this.formats[index];
    if (!format) throw new Error(`no cell format ${index}`);
    return format;
  }
}

interface SheetCells {
  readonly cells: ReadonlyMap<string, number>;
  readonly columns: readonly { readonly min: number; readonly max: number; readonly style: number }[];
}

/** Attribute values as the file format's booleans: LibreOffice writes "true"/"false" where Excel writes "1"/"0". */
function asBits(attributes: Record<string, string> | null): Record<string, string> | null {
  if (!attributes) return null;
  const bit = (value: string) => (value === "true" ? "1" : value === "false" ? "0" : value);
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, bit(value)]));
}

const GREY = "FFF2F2F2";

/** A few cells of an A1 range: its corners and its middle. */
function samples(address: string): string[] {
  const area = parseRange(address);
  if (!area) throw new Error(`not a range: ${address}`);
  const cell = (row: number, column: number) => `${letters(column)}${row + 1}`;
  const middle = Math.floor((area.top + area.bottom) / 2);
  return [cell(area.top, area.left), cell(middle, area.right), cell(area.bottom, area.right)];
}

function letters(column: number): string {
  let text = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

async function written(plan: WorkbookPlan, bulkRows = true): Promise<Buffer> {
  const port = XlsxWorkbookPort.create({ bulkRows });
  await port.apply(plan);
  return port.toBuffer();
}

/** The product's protection as the file states it: sheet and objects protected, these five allowed. */
const PRODUCT_PROTECTION = {
  sheet: "1",
  objects: "1",
  scenarios: "1",
  formatColumns: "0",
  formatRows: "0",
  insertRows: "0",
  sort: "0",
  autoFilter: "0",
};

describe("a workbook with protected computed columns, read back from its package", () => {
  const plan = newWorkbookPlan(OPTIONS);
  let file: Package;

  beforeAll(async () => {
    file = await Package.of(await written(plan));
  });

  it("protects each sheet that computes, without a password, allowing what a person filling it needs", async () => {
    const protectedKeys = plan.sheets.filter((sheet) => sheet.protect).map((sheet) => sheet.key);
    expect(protectedKeys).toEqual(expect.arrayContaining(["assets", "risks", "treatments", "soa", "gap"]));
    for (const sheet of plan.sheets) {
      const protection = attributesOf(await file.sheetXml(sheet.name), "sheetProtection");
      expect({ sheet: sheet.name, protection }).toEqual({
        sheet: sheet.name,
        protection: sheet.protect ? PRODUCT_PROTECTION : null,
      });
    }
  });

  it("fills and locks the computed cells, including the rows prepared below the table", async () => {
    for (const sheet of plan.sheets.filter((s) => s.protect)) {
      expect(sheet.computedRanges?.length).toBeGreaterThan(0);
      for (const address of (sheet.computedRanges ?? []).flatMap(samples)) {
        const format = await file.formatAt(sheet.name, address);
        expect({ sheet: sheet.name, address, ...format }).toEqual({
          sheet: sheet.name,
          address,
          fill: GREY,
          locked: true,
          inFile: true,
        });
      }
    }
  });

  it("leaves every other cell open: headers, inputs, cells the file leaves out, far columns", async () => {
    for (const sheet of plan.sheets.filter((s) => s.protect)) {
      const computed = new Set(
        (sheet.computedRanges ?? []).flatMap((address) => {
          const area = parseRange(address);
          return area ? Array.from({ length: area.right - area.left + 1 }, (_, i) => area.left + i) : [];
        }),
      );
      const inputs = (sheet.tables[0]?.columns ?? []).flatMap((_, c) => (computed.has(c) ? [] : [c]));
      expect(inputs.length).toBeGreaterThan(0);
      const cells = [
        ...[...computed].map((c) => `${letters(c)}1`),
        ...inputs.flatMap((c) => [`${letters(c)}1`, `${letters(c)}2`, `${letters(c)}3000`]),
        "XFD1048576",
      ];
      for (const address of cells) {
        const format = await file.formatAt(sheet.name, address);
        expect({ sheet: sheet.name, address, locked: format.locked }).toEqual({
          sheet: sheet.name,
          address,
          locked: false,
        });
        expect(format.fill).not.toBe(GREY);
      }
    }
  });
});

describe("a long protected register written in bulk", () => {
  it("has every cell's value and style as written through ExcelJS cell by cell", async () => {
    const plan = newWorkbookPlan({ ...OPTIONS, sampleRisks: 2500 });
    const cellsOf = async (bytes: Buffer) => {
      const workbook = await readWithExcelJs(bytes);
      return workbook.worksheets.map((sheet) => {
        const cells: unknown[] = [];
        sheet.eachRow({ includeEmpty: true }, (row) =>
          row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.value, cell.style])),
        );
        return {
          name: sheet.name,
          protection: (sheet as unknown as { sheetProtection: unknown }).sheetProtection,
          cells,
        };
      });
    };
    const [bulk, plain] = await Promise.all([written(plan, true), written(plan, false)]);
    expect(await cellsOf(bulk)).toEqual(await cellsOf(plain));
    const register = plan.sheets.find((sheet) => sheet.key === "risks");
    const last = (register?.computedRanges ?? []).flatMap(samples).at(-1) ?? "";
    expect(await (await Package.of(bulk)).formatAt(register?.name ?? "", last)).toMatchObject({
      fill: GREY,
      locked: true,
    });
  }, 120_000);
});

describe("later writes into the protected sheets of a file", () => {
  let source: string;

  beforeAll(async () => {
    source = path.join(dir, "protected.xlsx");
    writeFileSync(source, await written(newWorkbookPlan(OPTIONS)));
  });

  async function refreshed(
    via: "exceljs" | "patch",
  ): Promise<{ before: Package; after: Package; sheet: string }> {
    const port = await XlsxWorkbookPort.open(source);
    const { preview } = await generateSoa(port, { lang: "zh-CN", date: "2026-02-01" });
    expect(preview.mode).toBe("refresh");
    const bytes = via === "patch" ? patchPackage(readFileSync(source), preview.plan) : await port.toBuffer();
    if (!bytes) throw new Error("the refresh is patchable");
    return {
      before: await Package.of(readFileSync(source)),
      after: await Package.of(bytes),
      sheet: preview.sheet,
    };
  }

  it.each(["exceljs", "patch"] as const)(
    "keep the SoA's protection and its locked cells (%s)",
    async (via) => {
      const { before, after, sheet } = await refreshed(via);
      const protection = attributesOf(await after.sheetXml(sheet), "sheetProtection");
      expect(protection).toEqual(PRODUCT_PROTECTION);
      expect(protection).toEqual(attributesOf(await before.sheetXml(sheet), "sheetProtection"));
      const soa = newWorkbookPlan(OPTIONS).sheets.find((s) => s.key === "soa");
      for (const address of (soa?.computedRanges ?? []).flatMap(samples)) {
        expect(await after.formatAt(sheet, address)).toMatchObject({ fill: GREY, locked: true });
      }
    },
  );

  it("a person's protection is kept whatever a plan says, and the product's own follows the plan", async () => {
    const workbook = await readWithExcelJs(source);
    const plan = newWorkbookPlan(OPTIONS);
    const [assets, risks] = (["assets", "risks"] as const).map((key) =>
      plan.sheets.find((s) => s.key === key),
    );
    if (!assets || !risks) throw new Error("data sheets");
    await workbook.getWorksheet(risks.name)?.protect("client", {});
    const file = path.join(dir, "person.xlsx");
    await workbook.xlsx.writeFile(file);
    const port = await XlsxWorkbookPort.open(file);
    // The methodology switch turned off: the sheets are written again without protection.
    const open = (sheet: SheetPlan): SheetPlan => ({ ...sheet, mode: "update", protect: false });
    await port.apply({ sheets: [open(assets), open(risks)], names: [] });
    const after = await Package.of(await port.toBuffer());
    expect(attributesOf(await after.sheetXml(assets.name), "sheetProtection")).toBeNull();
    expect(attributesOf(await after.sheetXml(risks.name), "sheetProtection")).toMatchObject({
      sheet: "1",
      algorithmName: "SHA-512",
    });
  });
});

requireLibreOffice()("a protected workbook in LibreOffice", () => {
  it("opens, recalculates with no error cell, and stays protected", async () => {
    const plan = newWorkbookPlan(OPTIONS);
    const file = path.join(dir, "lo-protected.xlsx");
    writeFileSync(file, await written(plan));
    const [out = ""] = recalculate([file]);
    const snapshot = await (await XlsxWorkbookPort.open(out)).read();
    const errors = snapshot.sheets.flatMap((sheet) =>
      sheet.values.flatMap((row, r) =>
        row.flatMap((cell, c) =>
          typeof cell === "string" && /^(#(N\/A|VALUE!|REF!|NAME\?|DIV\/0!|NUM!|NULL!)|Err:\d+)$/.test(cell)
            ? [`${sheet.name}!${letters(c)}${r + 1} ${cell}`]
            : [],
        ),
      ),
    );
    expect(errors).toEqual([]);
    const saved = await Package.of(readFileSync(out));
    for (const sheet of plan.sheets.filter((s) => s.protect)) {
      // LibreOffice keeps the protection and its options (writing the booleans as words).
      expect(asBits(attributesOf(await saved.sheetXml(sheet.name), "sheetProtection"))).toEqual(
        PRODUCT_PROTECTION,
      );
      const [first = ""] = (sheet.computedRanges ?? []).flatMap(samples);
      expect(await saved.formatAt(sheet.name, first)).toMatchObject({ locked: true });
    }
  }, 240_000);
});
