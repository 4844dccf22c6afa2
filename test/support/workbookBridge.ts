/**
 * Moving a workbook between the fake Excel host and an .xlsx file, as a person does when they save a
 * workbook the pane wrote and hand it to the command, or open a file the command wrote in Excel. Written
 * with ExcelJS directly (not through the project's .xlsx port), so a bug in the port cannot hide here.
 * Also: what a saved file says about validations, conditional formats and in-workbook links, read from
 * its XML parts.
 */
import { unescapeXml } from "./xmlText";
import type { FakeValidation } from "../fakes/fakeState";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { needsTextGuard } from "../../src/excel/textCells";
import { cellKey, type Rect } from "../fakes/fakeAddress";
import type { FakeCell, FakeValue, FakeWorkbookState, SheetSeed, WorkbookSeed } from "../fakes/fakeState";
import { readWithExcelJs } from "./excelJsReader";

const STATES = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

function rectA1(rect: Rect): string {
  const end = cellKey(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1);
  return `${cellKey(rect.row, rect.column)}:${end}`;
}

function fileValue(cell: FakeCell | undefined): ExcelJS.CellValue {
  if (!cell) return null;
  if (cell.formula !== null) return { formula: cell.formula.replace(/^=/, "") };
  return cell.value === "" ? null : cell.value;
}

/** The fake's workbook saved as an .xlsx file: sheets (with visibility), cells, tables, names. */
export async function fakeToXlsx(state: FakeWorkbookState): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of state.sheets) {
    const target = workbook.addWorksheet(sheet.name, { state: STATES[sheet.visibility] });
    const inTable = new Set<string>();
    for (const table of sheet.tables) {
      const { row, column, rowCount, columnCount } = table.rect;
      const at = (r: number, c: number) => sheet.cells[cellKey(r, c)];
      const columns = Array.from({ length: columnCount }, (_, c) => ({
        name: String(at(row, column + c)?.value ?? `Column${c + 1}`),
      }));
      const rows = Array.from({ length: rowCount - 1 }, (_, r) =>
        Array.from({ length: columnCount }, (_, c) => fileValue(at(row + 1 + r, column + c))),
      );
      target.addTable({ name: table.name, ref: cellKey(row, column), headerRow: true, columns, rows });
      for (let r = 0; r < rowCount; r++)
        for (let c = 0; c < columnCount; c++) inTable.add(cellKey(row + r, column + c));
    }
    for (const [address, cell] of Object.entries(sheet.cells)) {
      if (inTable.has(address)) continue;
      const value = fileValue(cell);
      if (value !== null) target.getCell(address).value = value;
    }
  }
  for (const name of state.names) {
    workbook.definedNames.add(name.formula.replace(/^=/, ""), name.name);
  }
  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function seedValue(value: ExcelJS.CellValue): FakeValue | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const formula = "formula" in value ? value.formula : undefined;
      return formula ? `=${formula}` : null;
    }
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("text" in value) return String(value.text);
    return null;
  }
  // Text in a file stays text in Excel ("8.7", "=x", "-1"): seeded with its quote prefix, since the
  // seed enters values as typed input.
  if (typeof value === "string" && needsTextGuard(value)) return `'${value}`;
  return value;
}

/** An .xlsx file as the fake host's seed: what Excel holds after opening it. */
export async function xlsxToSeed(bytes: Buffer): Promise<WorkbookSeed> {
  const workbook = await readWithExcelJs(bytes);
  const sheets: SheetSeed[] = workbook.worksheets.map((sheet) => {
    const rows: (FakeValue | null)[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values: (FakeValue | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        values[columnNumber - 1] = seedValue(cell.formula ? { formula: cell.formula } : cell.value);
      });
      rows[rowNumber - 1] = Array.from(values, (value) => value ?? null);
    });
    const state =
      sheet.state === "veryHidden" ? "VeryHidden" : sheet.state === "hidden" ? "Hidden" : "Visible";
    return {
      name: sheet.name,
      rows: Array.from(rows, (row) => row ?? []),
      tables: sheet.getTables().map((entry) => {
        const table = entry as unknown as { name: string; table: { tableRef: string } };
        return { name: table.name, address: table.table.tableRef };
      }),
      visibility: state,
    };
  });
  return { sheets };
}

/** A saved file's features per sheet, from its XML: what the parity test compares with the fake. */
export interface FileFeatures {
  readonly validations: string[];
  readonly conditionalFormats: string[];
  readonly links: string[];
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Fills of the differential styles (conditional formats), by dxf index. */
function dxfFills(styles: string): string[] {
  const dxfs = /<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? "";
  return [...dxfs.matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map((dxf) => {
    const colour = /<bgColor[^>]*rgb="([0-9A-Fa-f]{8})"/.exec(dxf[1] ?? "")?.[1] ?? "";
    return colour ? `#${colour.slice(2).toUpperCase()}` : "";
  });
}

/** Normal forms shared with the fake side (see the parity test). */
export function validationKey(range: string, source: string, style = "stop"): string {
  return `${range}|${source.replace(/^=/, "").replace(/^"(.*)"$/, "$1")}|${style.toLowerCase()}`;
}

/** A date rule in the normal form the parity test compares: "date" + operator + ISO bound (a file states a serial). */
export function dateRuleKey(operator: string | undefined, bound: string): string {
  const op = (operator ?? "").toLowerCase().replace(/to$/, "");
  const iso = /^\d+$/.test(bound)
    ? new Date(Date.UTC(1899, 11, 30) + Number(bound) * 86_400_000).toISOString().slice(0, 10)
    : bound;
  return `date ${op} ${iso}`;
}

/** A fake validation (list or date) in the same normal form, its range given in A1. */
export function fakeValidationKey(
  range: string,
  validation: Pick<FakeValidation, "list" | "date" | "errorStyle">,
): string {
  const source = validation.date
    ? dateRuleKey(validation.date.operator, validation.date.formula1)
    : (validation.list?.source ?? "");
  return validationKey(range, source, validation.errorStyle ?? "stop");
}

export function formatKey(
  range: string,
  kind: string,
  operator: string | null,
  formulas: readonly string[],
  fill: string,
): string {
  const op = operator ? operator.charAt(0).toLowerCase() + operator.slice(1) : "";
  return [
    range,
    kind,
    op.replace(/^equalTo$/, "equal"),
    ...formulas.map((f) => f.replace(/^=/, "")),
    fill,
  ].join("|");
}

/** Sheet name → the features its XML part declares. */
export async function fileFeatures(bytes: Buffer): Promise<Map<string, FileFeatures>> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string): Promise<string> => (await zip.file(path)?.async("string")) ?? "";
  const workbook = await read("xl/workbook.xml");
  const rels = await read("xl/_rels/workbook.xml.rels");
  const fills = dxfFills(await read("xl/styles.xml"));
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      attribute(m[0], "Id"),
      attribute(m[0], "Target"),
    ]),
  );
  const result = new Map<string, FileFeatures>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(attribute(match[0], "name") ?? "");
    const target = targets.get(attribute(match[0], "r:id"))?.replace(/^\/?(xl\/)?/, "") ?? "";
    const xml = await read(`xl/${target}`);
    const validations = [...xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)].flatMap(
      (m) => {
        const formula1 = unescapeXml(/<formula1>([\s\S]*?)<\/formula1>/.exec(m[2] ?? "")?.[1] ?? "");
        const source =
          attribute(m[0], "type") === "date" ? dateRuleKey(attribute(m[0], "operator"), formula1) : formula1;
        const style = attribute(m[0], "errorStyle") ?? "stop";
        return (attribute(m[0], "sqref") ?? "")
          .split(/\s+/)
          .map((range) => validationKey(range, source, style));
      },
    );
    const conditionalFormats = [
      ...xml.matchAll(/<conditionalFormatting\b([^>]*)>([\s\S]*?)<\/conditionalFormatting>/g),
    ].flatMap((m) =>
      [...(m[2] ?? "").matchAll(/<cfRule\b([^>]*)>([\s\S]*?)<\/cfRule>/g)].map((rule) =>
        formatKey(
          attribute(m[0], "sqref") ?? "",
          attribute(rule[0], "type") === "expression" ? "expression" : "cellValue",
          attribute(rule[0], "operator") ?? null,
          [...(rule[2] ?? "").matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((f) =>
            unescapeXml(f[1] ?? ""),
          ),
          fills[Number(attribute(rule[0], "dxfId"))] ?? "",
        ),
      ),
    );
    const links = [...xml.matchAll(/<hyperlink\b[^>]*>/g)].map(
      (m) => `${attribute(m[0], "ref")}|${unescapeXml(attribute(m[0], "location") ?? "")}`,
    );
    result.set(name, { validations, conditionalFormats, links });
  }
  return result;
}

export { rectA1 };

/** Sheet name → address → number format, for every cell whose format is not General. */
export async function fileNumberFormats(bytes: Buffer): Promise<Map<string, Record<string, string>>> {
  const workbook = await readWithExcelJs(bytes);
  const result = new Map<string, Record<string, string>>();
  for (const sheet of workbook.worksheets) {
    const formats: Record<string, string> = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const format = cell.numFmt;
        if (format && format !== "General") formats[cell.address] = format;
      }),
    );
    result.set(sheet.name, formats);
  }
  return result;
}
