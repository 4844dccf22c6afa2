/**
 * The input file of validate, soa and gap: opened through the .xlsx port and parsed into ISMS records,
 * with every reason it is unusable (not an .xlsx workbook, no ISMS sheet) turned into one CliFailure
 * naming the file.
 */
import type { WorkbookSnapshot } from "../workbook/sheetData";
import path from "node:path";
import { parseWorkbook, type ParsedWorkbook } from "../workbook/read/parseWorkbook";
import { XlsxSnapshotReader, XlsxWorkbookPort, type InputProblemCode, type OpenResult } from "../xlsx";
import type { ParsedArgs } from "./cliArgs";
import { failure, type CliContext, type CliFailure, type CliKey } from "./cliContext";

export const INPUT_PROBLEM_MESSAGES: { readonly [C in InputProblemCode]: CliKey } = {
  "input.missing": "cli.input.missing",
  "input.directory": "cli.input.directory",
  "input.unreadable": "cli.input.unreadable",
  "input.empty": "cli.input.empty",
  "input.encrypted": "cli.input.encrypted",
  "input.notZip": "cli.input.notZip",
  "input.truncated": "cli.input.truncated",
  "input.notWorkbook": "cli.input.notWorkbook",
  "input.corrupt": "cli.input.corrupt",
};

/** An input opened only to be read, or to be changed and saved (-o). */
export type InputPort = XlsxSnapshotReader | XlsxWorkbookPort;

export interface InputWorkbook<Port extends InputPort = InputPort> {
  /** The path as the user wrote it (for messages). */
  readonly file: string;
  /** The path resolved against the working folder. */
  readonly resolved: string;
  readonly port: Port;
  /** The ISMS sheets found (by metadata, table name or header aliases) and their records. */
  readonly parsed: ParsedWorkbook;
  /** What was read (every sheet, with formulas), for operations that need more than the records. */
  readonly snapshot: WorkbookSnapshot;
}

/** Resolves a path the user typed against the command's working folder. */
export function resolvePath(ctx: CliContext, file: string): string {
  return path.resolve(ctx.io.cwd, file);
}

/**
 * Opens the command's first positional as an .xlsx workbook: read-only (a snapshot reader) unless it
 * will be written (a writable port).
 */
export async function openInput(
  ctx: CliContext,
  args: ParsedArgs,
  command: string,
  readOnly: true,
): Promise<InputWorkbook<XlsxSnapshotReader> | CliFailure>;
export async function openInput(
  ctx: CliContext,
  args: ParsedArgs,
  command: string,
  readOnly: false,
): Promise<InputWorkbook<XlsxWorkbookPort> | CliFailure>;
export async function openInput(
  ctx: CliContext,
  args: ParsedArgs,
  command: string,
  readOnly: boolean,
): Promise<InputWorkbook | CliFailure>;
export async function openInput(
  ctx: CliContext,
  args: ParsedArgs,
  command: string,
  readOnly: boolean,
): Promise<InputWorkbook | CliFailure> {
  const file = args.positionals[0];
  if (file === undefined) return failure("cli.args.missingFile", { command });
  const resolved = resolvePath(ctx, file);
  const opened: OpenResult<InputPort> = readOnly
    ? await XlsxSnapshotReader.tryOpen(resolved)
    : await XlsxWorkbookPort.tryOpen(resolved);
  if (!opened.ok) return failure(INPUT_PROBLEM_MESSAGES[opened.problem.code], { file });
  const snapshot = await opened.port.read({ formulas: true });
  const parsed = parseWorkbook(snapshot);
  if (Object.keys(parsed.sheets).length === 0) return failure("cli.input.noIsmsSheet", { file });
  return { file, resolved, port: opened.port, parsed, snapshot };
}
