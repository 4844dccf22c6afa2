/**
 * `isms soa`: it parses its flags and checks the input workbook now; the operation behind it arrives
 * in a later release and until then answers "not available yet".
 */
import { choiceFlag, type ParsedArgs } from "../cliArgs";
import { failure, isFailure, type CliContext, type CliFailure } from "../cliContext";
import { openInput } from "../inputWorkbook";
import type { Command } from "./command";

async function checkedInput(
  ctx: CliContext,
  args: ParsedArgs,
  command: string,
): Promise<number | CliFailure> {
  const input = await openInput(ctx, args, command, args.flags.output === undefined);
  if (isFailure(input)) return input;
  return failure("cli.args.notAvailable", { command });
}

export const soaCommand: Command = {
  name: "soa",
  options: {
    output: { type: "string", short: "o" },
    standard: { type: "string" },
    json: { type: "boolean" },
  },
  positionals: 1,
  help: (ctx) => ctx.say("cli.help.soa"),
  async run(args, ctx) {
    const standard = choiceFlag(args, "standard", ["2022", "2013"], "2022");
    if (isFailure(standard)) return standard;
    return checkedInput(ctx, args, "soa");
  },
};
