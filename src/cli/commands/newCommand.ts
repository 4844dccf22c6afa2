/**
 * `isms new <out.xlsx>`: writes a new ISMS workbook through the .xlsx port (with `--sample`, filled
 * with a sample client). It never replaces an existing file unless told to with --force.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { DEFAULT_METHOD, METHOD_IDS } from "../../domain/methodology";
import { createWorkbook } from "../../operations/createWorkbook";
import { describePlanLines } from "../../operations/describePlan";
import { XlsxWorkbookPort } from "../../xlsx";
import { choiceFlag, type ParsedArgs } from "../cliArgs";
import { EXIT_OK, failure, isFailure, type CliContext, type CliFailure } from "../cliContext";
import { resolvePath } from "../inputWorkbook";
import type { Command } from "./command";

export interface NewOptions {
  readonly file: string;
  readonly resolved: string;
  readonly standard: "2022" | "2013";
  readonly method: (typeof METHOD_IDS)[number];
  readonly sample: boolean;
  /** Protect the computed columns (default); `--no-protect` leaves every sheet unprotected. */
  readonly protect: boolean;
}

/** The output file and options of `isms new`, or why they are unusable. */
export function newOptions(args: ParsedArgs, ctx: CliContext): NewOptions | CliFailure {
  const file = args.positionals[0];
  if (file === undefined) return failure("cli.args.missingFile", { command: "new" });
  const standard = choiceFlag(args, "standard", ["2022", "2013"], "2022");
  if (isFailure(standard)) return standard;
  const method = choiceFlag(args, "method", METHOD_IDS, DEFAULT_METHOD);
  if (isFailure(method)) return method;
  const resolved = resolvePath(ctx, file);
  if (existsSync(resolved) && args.flags.force !== true) return failure("cli.args.outputExists", { file });
  const protect = args.flags["no-protect"] !== true;
  return { file, resolved, standard, method, sample: args.flags.sample === true, protect };
}

/** Creates the folder the output goes into, or says why it cannot be written. */
export function prepareOutput(options: {
  readonly file: string;
  readonly resolved: string;
}): CliFailure | undefined {
  try {
    mkdirSync(path.dirname(options.resolved), { recursive: true });
    return undefined;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return failure("cli.args.writeFailed", { file: options.file, reason });
  }
}

async function saveWorkbook(port: XlsxWorkbookPort, options: NewOptions): Promise<CliFailure | undefined> {
  const prepared = prepareOutput(options);
  if (prepared) return prepared;
  try {
    await port.save(options.resolved);
    return undefined;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return failure("cli.args.writeFailed", { file: options.file, reason });
  }
}

export const newCommand: Command = {
  name: "new",
  options: {
    standard: { type: "string" },
    method: { type: "string" },
    sample: { type: "boolean" },
    force: { type: "boolean" },
    "no-protect": { type: "boolean" },
  },
  positionals: 1,
  help: (ctx) => ctx.say("cli.help.new", { methods: METHOD_IDS.join(", "), defaultMethod: DEFAULT_METHOD }),
  async run(args, ctx) {
    const options = newOptions(args, ctx);
    if (isFailure(options)) return options;
    const port = XlsxWorkbookPort.create();
    const { standard, method, sample, protect } = options;
    const created = await createWorkbook(port, { lang: ctx.lang, standard, method, sample, protect });
    if (created.status === "conflict") {
      return failure("cli.args.sheetExists", {
        file: options.file,
        sheet: created.conflicts[0]?.sheet ?? "",
      });
    }
    const written = await saveWorkbook(port, options);
    if (written) return written;
    ctx.print(
      ctx.say("cli.result.written", { file: options.file }),
      ...describePlanLines(created.plan, ctx.lang),
    );
    return EXIT_OK;
  },
};
