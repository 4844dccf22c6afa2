/**
 * `isms validate` and `isms soa`: they parse their flags and check the input workbook now;
 * the operations behind them arrive in later releases and until then answer "not available yet".
 */
import { choiceFlag, stringFlag, type ParsedArgs } from "../cliArgs";
import { failure, isFailure, type CliContext, type CliFailure } from "../cliContext";
import { openInput } from "../inputWorkbook";
import type { Command } from "./command";

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

async function checkedInput(
  ctx: CliContext,
  args: ParsedArgs,
  command: string,
): Promise<number | CliFailure> {
  const input = await openInput(ctx, args, command, args.flags.output === undefined);
  if (isFailure(input)) return input;
  return failure("cli.args.notAvailable", { command });
}

export const validateCommand: Command = {
  name: "validate",
  options: { json: { type: "boolean" }, today: { type: "string" } },
  positionals: 1,
  help: (ctx) => ctx.say("cli.help.validate"),
  async run(args, ctx) {
    const today = stringFlag(args, "today");
    if (today !== undefined && !ISO_DATE.test(today)) return failure("cli.args.badDate", { value: today });
    return checkedInput(ctx, args, "validate");
  },
};

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
