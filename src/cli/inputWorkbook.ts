/**
 * The input file of validate, soa and gap: opened through the .xlsx port and parsed into ISMS records,
 * with every reason it is unusable (not an .xlsx workbook, no ISMS sheet) turned into one CliFailure
 * naming the file.
 */
import path from "node:path";
import { parseWorkbook, type ParsedWorkbook } from "../workbook/read/parseWorkbook";
import { XlsxWorkbookPort, type InputProblemCode } from "../xlsx";
import type { ParsedArgs } from "./cliArgs";
import { failure, type CliContext, type CliFailure, type CliKey } from "./cliContext";

const PROBLEM_MESSAGES: { readonly [C in InputProblemCode]: CliKey } = {
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

export interface InputWorkbook {
  /** The path as the user wrote it (for messages). */
  readonly file: string;
  /** The path resolved against the working folder. */
  readonly resolved: string;
  readonly port: XlsxWorkbookPort;
  /** The ISMS sheets found (by metadata, table name or header aliases) and their records. */
  readonly parsed: ParsedWorkbook;
}

/** Resolves a path the user typed against the command's working folder. */
export function resolvePath(ctx: CliContext, file: string): string {
  return path.resolve(ctx.io.cwd, file);
}

/** Opens the command's first positional as an .xlsx workbook (read-only unless it will be written). */
export async function openInput(
  ctx: CliContext,
  args: ParsedArgs,
  command: string,
  readOnly: boolean,
): Promise<InputWorkbook | CliFailure> {
  const file = args.positionals[0];
  if (file === undefined) return failure("cli.args.missingFile", { command });
  const resolved = resolvePath(ctx, file);
  const opened = await XlsxWorkbookPort.tryOpen(resolved, { readOnly });
  if (!opened.ok) return failure(PROBLEM_MESSAGES[opened.problem.code], { file });
  const parsed = parseWorkbook(await opened.port.read({ formulas: true }));
  if (Object.keys(parsed.sheets).length === 0) return failure("cli.input.noIsmsSheet", { file });
  return { file, resolved, port: opened.port, parsed };
}
