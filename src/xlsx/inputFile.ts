/**
 * What the .xlsx port accepts as input: reads a file and says, as a stable code, why it is not an
 * .xlsx workbook (missing, a folder, empty, encrypted, a .docx or .csv renamed, a truncated download)
 * before ExcelJS sees it, so the command can answer with one clear line instead of a stack trace.
 */
import { readFile, stat } from "node:fs/promises";
import { zipEntries, type ZipEntry } from "./zipDirectory";

export type InputProblemCode =
  | "input.missing"
  | "input.directory"
  | "input.unreadable"
  | "input.empty"
  | "input.encrypted"
  | "input.notZip"
  | "input.truncated"
  | "input.notWorkbook"
  | "input.corrupt";

export interface InputProblem {
  readonly code: InputProblemCode;
  readonly file: string;
}

export type InputFile =
  | { readonly ok: true; readonly bytes: Buffer; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly problem: InputProblem };

/** Compound File Binary (OLE2): password-protected .xlsx files and legacy .xls files start with it. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

async function readBytes(file: string): Promise<Buffer | InputProblemCode> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return "input.directory";
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR" ? "input.missing" : "input.unreadable";
  }
}

/** Classifies bytes that claim to be an .xlsx file. */
export function classifyXlsxBytes(bytes: Buffer): InputProblemCode | readonly ZipEntry[] {
  if (bytes.length === 0) return "input.empty";
  if (bytes.subarray(0, 8).equals(CFB_SIGNATURE)) return "input.encrypted";
  if (!bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) return "input.notZip";
  const entries = zipEntries(bytes);
  if (!entries) return "input.truncated";
  const isWorkbook = entries.some((entry) => /^xl\/workbook\d*\.xml$/i.test(entry.name));
  return isWorkbook ? entries : "input.notWorkbook";
}

/**
 * Reads an .xlsx file, or says why it cannot be one.
 * @example
 *   const input = await readXlsxFile("register.xlsx");
 *   if (!input.ok) console.error(input.problem.code); // "input.missing"
 */
export async function readXlsxFile(file: string): Promise<InputFile> {
  const bytes = await readBytes(file);
  if (typeof bytes === "string") return { ok: false, problem: { code: bytes, file } };
  const classified = classifyXlsxBytes(bytes);
  if (typeof classified === "string") return { ok: false, problem: { code: classified, file } };
  return { ok: true, bytes, entries: classified };
}
