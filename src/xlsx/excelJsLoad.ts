/**
 * A file's bytes loaded into ExcelJS's model: what the writable port edits (XlsxWorkbookPort), and the
 * baseline the part scanner is compared with (XlsxSnapshotReader's `via: "exceljs"`, in tests and the
 * benchmark). Reading a file never falls back to it.
 */
import ExcelJS from "exceljs";
import type { ZipEntry } from "./zipDirectory";
import { repackZip } from "./zipRepack";

/** An .xlsx file's bytes and its zip entries (see inputFile.ts). */
export interface XlsxBytes {
  readonly bytes: Buffer;
  readonly entries: readonly ZipEntry[];
}

type ExcelJsBuffer = Parameters<ExcelJS.Xlsx["load"]>[0];

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
  const stored = repackZip(input.bytes, "store", input.entries) ?? input.bytes;
  try {
    await workbook.xlsx.load(stored as unknown as ExcelJsBuffer, { ignoreNodes: [...ignoreNodes] });
  } catch {
    // ExcelJS's reason is no use to a user; the file is reported as corrupt.
    return undefined;
  }
  return workbook;
}
