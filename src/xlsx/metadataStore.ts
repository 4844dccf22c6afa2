/**
 * Where .xlsx files keep the ISMS metadata (sheet roles and column keys, so renamed sheets and headers
 * are still found). The Office port stores it as a custom XML part; ExcelJS cannot write custom XML
 * parts, so this port writes the same IsmsMetadata JSON into a very hidden sheet `_isms_meta`
 * (column A, in chunks below Excel's 32,767-character cell limit) and reads either.
 */
import type ExcelJS from "exceljs";
import { ISMS_METADATA_NAMESPACE, parseMetadataJson, parseMetadataXml } from "../workbook/metadata";
import type { IsmsMetadata } from "../workbook/plan";
import { zipEntryData, type ZipEntry } from "./zipDirectory";

export const METADATA_SHEET = "_isms_meta";
/** Cell A1 of the metadata sheet; the JSON follows in A2, A3, … */
export const METADATA_MARKER = "isms-metadata";
const CHUNK = 30_000;

/** Writes (or replaces) the metadata sheet, very hidden and last, so it is never the active sheet. */
export function writeMetadataSheet(workbook: ExcelJS.Workbook, metadata: IsmsMetadata): void {
  const existing = workbook.getWorksheet(METADATA_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(METADATA_SHEET, { state: "veryHidden" });
  const json = JSON.stringify(metadata);
  sheet.getCell(1, 1).value = METADATA_MARKER;
  for (let at = 0, row = 2; at < json.length; at += CHUNK, row++) {
    sheet.getCell(row, 1).value = json.slice(at, at + CHUNK);
  }
}

function readMetadataSheet(workbook: ExcelJS.Workbook): IsmsMetadata | null {
  const sheet = workbook.getWorksheet(METADATA_SHEET);
  if (!sheet || sheet.getCell(1, 1).text !== METADATA_MARKER) return null;
  let json = "";
  for (let row = 2; row <= sheet.rowCount; row++) json += sheet.getCell(row, 1).text;
  return parseMetadataJson(json);
}

/** The metadata the Office port stores as a custom XML part, if the file has one. */
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

/** The workbook's ISMS metadata from the hidden sheet, else from the Office port's custom XML part. */
export function readMetadata(
  workbook: ExcelJS.Workbook,
  file?: { readonly bytes: Buffer; readonly entries: readonly ZipEntry[] },
): IsmsMetadata | null {
  return readMetadataSheet(workbook) ?? (file ? readMetadataPart(file.bytes, file.entries) : null);
}
