/**
 * A file's bytes loaded into ExcelJS's model: what the writable port edits (XlsxWorkbookPort), and the
 * baseline the part scanner is compared with (XlsxSnapshotReader's `via: "exceljs"`, in tests and the
 * benchmark). Reading a file never falls back to it.
 */
import ExcelJS from "exceljs";
import { withoutColumnChildren } from "./tableParts";
import { zipEntryData, type ZipEntry } from "./zipDirectory";
import { repackZip } from "./zipRepack";

/** An .xlsx file's bytes and its zip entries (see inputFile.ts). */
export interface XlsxBytes {
  readonly bytes: Buffer;
  readonly entries: readonly ZipEntry[];
}

type ExcelJsBuffer = Parameters<ExcelJS.Xlsx["load"]>[0];

const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/i;

/**
 * Table parts ExcelJS cannot read as they are: its parser ends a table's column list at the first column
 * with an element inside (a calculated column's formula, as Excel and this port write it), and then fails
 * on the table. Such columns are given to it without their elements (the port keeps the calculated
 * formulas itself, tableParts.ts).
 */
function readableTables(input: XlsxBytes): Map<string, Buffer> {
  const replacements = new Map<string, Buffer>();
  for (const entry of input.entries) {
    if (!TABLE_PART.test(entry.name)) continue;
    const xml = zipEntryData(input.bytes, entry)?.toString("utf8");
    const readable = xml === undefined ? undefined : withoutColumnChildren(xml);
    if (readable !== undefined && readable !== xml)
      replacements.set(entry.name, Buffer.from(readable, "utf8"));
  }
  return replacements;
}

/**
 * The workbook, or undefined when ExcelJS cannot read the file. `ignoreNodes` names sheet XML elements
 * to skip (a reader skips what reading never reports).
 */
export async function loadExcelJs(
  input: XlsxBytes,
  ignoreNodes: readonly string[] = [],
): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  // Inflated natively first: ExcelJS would inflate in JavaScript, far slower on large files. ExcelJS
  // types `load` with the pre-generic Node Buffer; the bytes are a Node Buffer all the same.
  const stored = repackZip(input.bytes, "store", input.entries, readableTables(input)) ?? input.bytes;
  try {
    await workbook.xlsx.load(stored as unknown as ExcelJsBuffer, { ignoreNodes: [...ignoreNodes] });
  } catch {
    // ExcelJS's reason is no use to a user; the file is reported as corrupt.
    return undefined;
  }
  return workbook;
}
