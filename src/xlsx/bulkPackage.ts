/**
 * Writes what ExcelJS's model does not hold into the package it saved: the in-workbook links
 * (internalLinks.ts), row heights (rowHeightParts.ts), tables' calculated columns (tableParts.ts) and
 * deferred table rows (bulkRows.ts): each row straight into its sheet's `<sheetData>` after the last row
 * ExcelJS wrote of its table (bulkSheet.ts), its text filed in the shared strings as ExcelJS files it, and
 * the table's range (and the sheet's dimension) widened to match. Charts get their own parts
 * (chartParts.ts). A package that is not as expected throws.
 */
import type { RowHeightPlan } from "../workbook/plan";
import type { DeferredBody } from "./bulkRows";
import { sheetPart } from "./bulkSheet";
import { writeCharts, type PartWriter, type SheetCharts } from "./chartParts";
import { sheetWithLinks, type SheetLinks } from "./internalLinks";
import { sheetWithRowHeights, type SheetRowHeights } from "./rowHeightParts";
import { PackageParts, sheetEntries } from "./packageScan";
import { SHARED_STRINGS_PART, SharedStringTable } from "./sharedStringTable";
import { editedTable, tableParts, type TableEdit, type TableFormulas } from "./tableParts";
import { zipEntries, type ZipEntry } from "./zipDirectory";
import { repackZip } from "./zipRepack";

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
  /** Tables' calculated columns, by table name (the plan's, and those of a file opened). */
  readonly tableFormulas: TableFormulas;
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

/** The heights of a body's rows (by 1-based row number) apart from those of the rows ExcelJS wrote. */
function splitHeights(
  heights: readonly RowHeightPlan[],
  body: DeferredBody | undefined,
): { written: RowHeightPlan[]; deferred: Map<number, RowHeightPlan> } {
  const deferred = new Map<number, RowHeightPlan>();
  const written: RowHeightPlan[] = [];
  for (const height of heights) {
    const inBody = body && height.row >= body.firstRow && height.row < body.firstRow + body.rows.length;
    if (inBody) deferred.set(height.row + 1, height);
    else written.push(height);
  }
  return { written, deferred };
}

/** What the port changes in each table part, by part name. */
function tableEdits(parts: PackageParts, writes: PackageWrites): Map<string, TableEdit> {
  const byTable = tableParts(parts);
  const partOf = (table: string) => {
    const part = byTable.get(table);
    if (!part) throw new Error(`no table part for ${table}`);
    return part;
  };
  const edits = new Map<string, TableEdit>();
  for (const [table, formulas] of writes.tableFormulas) {
    const part = byTable.get(table);
    if (part) edits.set(part, { formulas });
  }
  for (const body of writes.bodies ?? []) {
    const part = partOf(body.table);
    edits.set(part, { ...edits.get(part), range: { written: body.writtenRef, full: body.fullRef } });
  }
  return edits;
}

/**
 * The stored package ExcelJS wrote, with the deferred rows, the row heights, the links, the tables'
 * calculated columns and the charts written in, deflated. A package that is not as expected throws:
 * nothing is left out in silence.
 * @example
 *   const file = writePackage(await workbook.xlsx.writeBuffer(), writes);
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
  const sst = parts.has(SHARED_STRINGS_PART) ? parts.text(SHARED_STRINGS_PART) : undefined;
  const strings = sst === undefined ? undefined : new SharedStringTable(sst);
  const bodies = new Map((writes.bodies ?? []).map((body) => [body.sheet, body]));
  const sheets = new Set([...bodies.keys(), ...writes.rowHeights.keys(), ...writes.links.keys()]);
  for (const sheet of sheets) {
    const part = partOf(sheet);
    const body = bodies.get(sheet);
    const heights = splitHeights(writes.rowHeights.get(sheet) ?? [], body);
    let xml = parts.text(part) ?? "";
    if (heights.written.length > 0) xml = sheetWithRowHeights(xml, heights.written);
    xml = sheetWithLinks(xml, [...(writes.links.get(sheet)?.values() ?? [])]);
    const bytes = body ? sheetPart(xml, { body, heights: heights.deferred, strings }) : undefined;
    replacements.set(part, bytes ?? Buffer.from(xml, "utf8"));
  }
  if (strings?.changed) replacements.set(SHARED_STRINGS_PART, Buffer.from(strings.xml(), "utf8"));
  for (const [part, edit] of tableEdits(parts, writes)) {
    replacements.set(part, Buffer.from(editedTable(parts.text(part) ?? "", edit), "utf8"));
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
