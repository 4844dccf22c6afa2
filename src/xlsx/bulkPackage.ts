/**
 * Writes what ExcelJS's model does not hold into the package it saved: the in-workbook links
 * (internalLinks.ts), and deferred table rows (bulkRows.ts): each row straight into its sheet's
 * `<sheetData>`, after the last row ExcelJS wrote, with the cell styles and shared-formula groups
 * ExcelJS gave that row, and the table's range (and the sheet's dimension) widened to match.
 * Text is written as inline strings, which read back exactly as ExcelJS's shared strings do
 * (bulkRows.ts keeps out the text that would not). Charts get their own parts (chartParts.ts). A
 * package that is not as expected throws.
 */
import type ExcelJS from "exceljs";
import { columnLetters } from "../workbook/cells/cellAddress";
import type { DeferredBody } from "./bulkRows";
import { writeCharts, type PartWriter, type SheetCharts } from "./chartParts";
import { sheetWithLinks, type SheetLinks } from "./internalLinks";
import { sheetWithRowHeights, type SheetRowHeights } from "./rowHeightParts";
import { PackageParts, sheetEntries } from "./packageScan";
import { xmlEncode } from "./xmlText";
import { zipEntries, type ZipEntry } from "./zipDirectory";
import { repackZip } from "./zipRepack";

/** A template cell of the last kept row: its style attribute and the whole element. */
interface TemplateCell {
  readonly style: string;
  readonly xml: string;
}

function templateCells(row: string, body: DeferredBody): TemplateCell[] {
  return (body.rows[0] ?? []).map((_, index) => {
    const start = row.indexOf(`<c r="${columnLetters(body.column + index)}${body.firstRow}"`);
    if (start < 0) return { style: "", xml: "" };
    const tagEnd = row.indexOf(">", start);
    const end = row[tagEnd - 1] === "/" ? tagEnd + 1 : row.indexOf("</c>", start) + 4;
    const xml = row.slice(start, end);
    const style = /\ss="(\d+)"/.exec(xml.slice(0, tagEnd - start))?.[1];
    return { style: style ? ` s="${style}"` : "", xml };
  });
}

function cellXml(
  value: ExcelJS.CellValue,
  address: string,
  template: TemplateCell,
  firstRow: number,
): string {
  const head = `<c r="${address}"${template.style}`;
  if (value === null || value === "") return template.style ? `${head}/>` : "";
  if (typeof value === "number") return `${head}><v>${String(value)}</v></c>`;
  if (typeof value === "boolean") return `${head} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "string") {
    return `${head} t="inlineStr"><is><t xml:space="preserve">${xmlEncode(value)}</t></is></c>`;
  }
  if (typeof value === "object" && "sharedFormula" in value) {
    if (!/<f t="shared" si="\d+"\/>/.test(template.xml)) throw new Error(`no shared member at ${address}`);
    return template.xml.replace(/ r="[A-Z]+\d+"/, ` r="${address}"`);
  }
  if (typeof value === "object" && "formula" in value && typeof value.formula === "string") {
    return `${head}><f>${xmlEncode(value.formula)}</f></c>`;
  }
  throw new Error(`not bulk-writable at ${address} (row ${firstRow})`);
}

/** The sheet XML with the deferred rows appended after the last kept row. */
function sheetWithRows(xml: string, body: DeferredBody): string {
  const last = body.firstRow;
  const start = xml.indexOf(`<row r="${last}"`);
  const end = xml.indexOf("</row>", start) + "</row>".length;
  if (start < 0 || !xml.startsWith("</sheetData>", end)) throw new Error(`row ${last} is not the last row`);
  const template = xml.slice(start, end);
  const rowTag = template.slice(0, template.indexOf(">") + 1);
  const cells = templateCells(template, body);
  const letters = cells.map((_, index) => columnLetters(body.column + index));
  const rows = body.rows.map((row, offset) => {
    const number = last + 1 + offset;
    const content = row.map((value, index) =>
      cellXml(value, `${letters[index] ?? ""}${number}`, cells[index] ?? { style: "", xml: "" }, last),
    );
    return `${rowTag.replace(` r="${last}"`, ` r="${number}"`)}${content.join("")}</row>`;
  });
  const bottom = last + body.rows.length;
  const widened = xml.replace(
    /(<dimension ref="[A-Z]+\d+:[A-Z]+)(\d+)"/,
    (whole, head: string, row: string) => (Number(row) < bottom ? `${head}${bottom}"` : whole),
  );
  const at = widened.indexOf("</sheetData>");
  return `${widened.slice(0, at)}${rows.join("")}${widened.slice(at)}`;
}

function widenTable(parts: PackageParts, body: DeferredBody): [string, Buffer] {
  const name = ` name="${xmlEncode(body.table)}"`;
  for (const part of parts.names()) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(part)) continue;
    const xml = parts.text(part) ?? "";
    if (!xml.includes(name)) continue;
    const widened = xml.split(`ref="${body.writtenRef}"`).join(`ref="${body.fullRef}"`);
    if (widened === xml) throw new Error(`table ${body.table} has no range ${body.writtenRef}`);
    return [part, Buffer.from(widened, "utf8")];
  }
  throw new Error(`no table part for ${body.table}`);
}

/** What the port writes into the package ExcelJS saved, past ExcelJS's model. */
export interface PackageWrites {
  /** Long table bodies to write in bulk; undefined when the port writes every cell through ExcelJS. */
  readonly bodies: DeferredBody[] | undefined;
  /** In-workbook links, by sheet and cell. */
  readonly links: SheetLinks;
  /** Native charts, by sheet. */
  readonly charts: SheetCharts;
  /** Row heights, by sheet (header rows set, body rows estimated). */
  readonly rowHeights: SheetRowHeights;
}

/** A part the package did not have, as a zip entry (its content, size and checksum come with it). */
function newEntry(name: string, like: ZipEntry | undefined): ZipEntry {
  return {
    name,
    method: 0,
    flags: 0,
    modified: like?.modified ?? 0,
    crc32: 0,
    compressedSize: 0,
    size: 0,
    localHeaderOffset: 0,
  };
}

/**
 * The stored package ExcelJS wrote, with the deferred rows, the links and the charts written in, deflated. A
 * package that is not as expected throws: nothing is left out in silence.
 * @example
 *   const file = writePackage(await workbook.xlsx.writeBuffer(), { bodies, links });
 */
export function writePackage(stored: Buffer, writes: PackageWrites): Buffer {
  const entries = zipEntries(stored);
  if (!entries) throw new Error("unreadable package");
  const parts = new PackageParts(stored, entries);
  const sheetParts = new Map(sheetEntries(parts).map((sheet) => [sheet.name, sheet.part]));
  const partOf = (sheet: string) => {
    const part = sheetParts.get(sheet);
    if (!part) throw new Error(`no part for sheet ${sheet}`);
    return part;
  };
  const replacements = new Map<string, Buffer>();
  const current = (part: string) => replacements.get(part)?.toString("utf8") ?? parts.text(part) ?? "";
  for (const body of writes.bodies ?? []) {
    const part = partOf(body.sheet);
    replacements.set(part, Buffer.from(sheetWithRows(current(part), body), "utf8"));
    replacements.set(...widenTable(parts, body));
  }
  for (const [sheet, heights] of writes.rowHeights) {
    const part = partOf(sheet);
    replacements.set(part, Buffer.from(sheetWithRowHeights(current(part), heights), "utf8"));
  }
  for (const [sheet, cells] of writes.links) {
    const part = partOf(sheet);
    replacements.set(part, Buffer.from(sheetWithLinks(current(part), [...cells.values()]), "utf8"));
  }
  const added: string[] = [];
  const writer: PartWriter = {
    read: (part) => replacements.get(part)?.toString("utf8") ?? parts.text(part),
    write: (part, xml) => {
      if (!parts.has(part) && !replacements.has(part)) added.push(part);
      replacements.set(part, Buffer.from(xml, "utf8"));
    },
    names: () => [...parts.names(), ...added],
  };
  writeCharts(writer, writes.charts, partOf);
  const all = [...entries, ...added.map((name) => newEntry(name, entries[0]))];
  const packed = repackZip(stored, "deflate", all, replacements);
  if (!packed) throw new Error("unreadable package");
  return packed;
}
