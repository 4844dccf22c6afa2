#!/usr/bin/env node
/**
 * The `isms` command: `run(argv, io)` parses the command line, runs one command and returns its exit
 * code (0 done, 1 error-level findings, 2 unusable input). Failures are one line on stderr in the
 * chosen language, never a stack trace. `main` wires it to the process when run directly.
 */
import { LANGS, type Lang } from "../i18n";
import { environmentLang, langFlag, parseCommandArgs, parseLang } from "./cliArgs";
import {
  cliContext,
  EXIT_OK,
  EXIT_UNUSABLE,
  failure,
  isFailure,
  type CliContext,
  type CliFailure,
  type CliIo,
} from "./cliContext";
import { commandByName, COMMANDS } from "./commands";

export type { CliIo } from "./cliContext";

function report(ctx: CliContext, problem: CliFailure): number {
  ctx.io.stderr(`isms: ${ctx.say(problem.key, problem.params)}\n`);
  return EXIT_UNUSABLE;
}

/** The message language: --lang when valid, else the environment's. */
function chooseLang(argv: readonly string[], io: CliIo): { lang: Lang; problem?: CliFailure } {
  const fallback = environmentLang(io.env ?? process.env);
  const requested = langFlag(argv);
  if (requested === undefined) return { lang: fallback };
  const lang = parseLang(requested);
  if (lang) return { lang };
  return {
    lang: fallback,
    problem: failure("cli.args.badChoice", { flag: "--lang", choices: LANGS.join(", "), value: requested }),
  };
}

async function dispatch(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  const commands = COMMANDS.map((command) => command.name).join(", ");
  if (name === undefined) return report(ctx, failure("cli.args.missingCommand", { commands }));
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" && rest[0] ? commandByName(rest[0]) : undefined;
    ctx.print(topic ? topic.help(ctx) : ctx.say("cli.help.main"));
    return EXIT_OK;
  }
  const command = commandByName(name);
  if (!command) return report(ctx, failure("cli.args.unknownCommand", { command: name, commands }));
  const args = parseCommandArgs(name, rest, command.options, command.positionals);
  if (isFailure(args)) return report(ctx, args);
  if (args.flags.help === true) {
    ctx.print(command.help(ctx));
    return EXIT_OK;
  }
  const outcome = await command.run(args, ctx);
  return isFailure(outcome) ? report(ctx, outcome) : outcome;
}

/**
 * Runs `isms <argv>` and returns the exit code.
 * @example await run(["risk", "--method", "li", "--likelihood", "4", "--impact", "5", "--json"], io) // 0
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { lang, problem } = chooseLang(argv, io);
  const ctx = cliContext(io, lang);
  if (problem) return report(ctx, problem);
  try {
    return await dispatch(argv, ctx);
  } catch (error) {
    // A bug, not bad input: still one line, so scripts calling the command see a clean failure.
    io.stderr(`isms: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_UNUSABLE;
  }
}

/** Runs with the process's arguments and streams; sets the exit code (so piped output is flushed). */
export async function main(argv: readonly string[]): Promise<void> {
  process.exitCode = await run(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  });
}

if (require.main === module) void main(process.argv.slice(2));
