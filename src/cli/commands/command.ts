/** The shape of one `isms` command: its flags, how many positionals, its help, and what it does. */
import type { OptionSpecs, ParsedArgs } from "../cliArgs";
import type { CliContext, CliFailure } from "../cliContext";

export interface Command {
  readonly name: string;
  readonly options: OptionSpecs;
  /** Most positionals the command takes. */
  readonly positionals: number;
  readonly help: (ctx: CliContext) => string;
  /** Exit code, or a failure reported as one line on stderr with exit code 2. */
  readonly run: (args: ParsedArgs, ctx: CliContext) => Promise<number | CliFailure>;
}
