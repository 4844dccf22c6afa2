/**
 * Where .xlsx files keep the ISMS metadata: the very hidden metadata sheet defined once, for both ports,
 * in src/workbook/metadata.ts (written here as text cells in column A), and, in files from earlier
 * versions of the pane, a custom XML part in our namespace, read when the sheet is absent.
 */
import type ExcelJS from "exceljs";
import {
  ISMS_METADATA_NAMESPACE,
  METADATA_SHEET,
  isMetadataSheet,
  metadataFromSheetRows,
  metadataSheetRows,
  parseMetadataXml,
} from "../workbook/metadata";
import type { IsmsMetadata } from "../workbook/plan";
import type { SheetData } from "../workbook/sheetData";
import { zipEntryData, type ZipEntry } from "./zipDirectory";

/** Writes (or replaces) the metadata sheet, very hidden and last, so it is never the active sheet. */
export function writeMetadataSheet(workbook: ExcelJS.Workbook, metadata: IsmsMetadata): void {
  for (const existing of workbook.worksheets.filter((sheet) => isMetadataSheet(sheet.name))) {
    workbook.removeWorksheet(existing.id);
  }
  const sheet = workbook.addWorksheet(METADATA_SHEET, { state: "veryHidden" });
  // A plain string is a text cell (a shared string), whatever it starts with.
  metadataSheetRows(metadata).forEach(([text], row) => (sheet.getCell(row + 1, 1).value = text ?? ""));
}

/** The metadata in the metadata sheet as read (from A1 down), or null when the sheet is absent or not ours. */
export function metadataInSheet(sheet: SheetData | undefined): IsmsMetadata | null {
  if (!sheet || sheet.row !== 0 || sheet.column !== 0) return null;
  return metadataFromSheetRows(sheet.values);
}

/** The metadata an earlier version of the pane stored as a custom XML part, if the file has one. */
export function readMetadataPart(bytes: Buffer, entries: readonly ZipEntry[]): IsmsMetadata | null {
  for (const entry of entries) {
    if (!/^customXml\/item\d+\.xml$/i.test(entry.name)) continue;
    const xml = zipEntryData(bytes, entry)?.toString("utf8");
    if (!xml?.includes(ISMS_METADATA_NAMESPACE)) continue;
    const metadata = parseMetadataXml(xml);
    if (metadata) return metadata;
  }
  return null;
}
