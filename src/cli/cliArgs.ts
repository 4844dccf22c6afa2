/**
 * Flags and positionals of one command (node:util parseArgs, strict), with every parse problem turned
 * into a CliFailure; and the message language from --lang or the environment.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang } from "../i18n";
import { failure, type CliFailure } from "./cliContext";

export type OptionSpecs = NonNullable<ParseArgsConfig["options"]>;
export type FlagValue = string | boolean | undefined;

export interface ParsedArgs {
  readonly flags: Readonly<Record<string, FlagValue>>;
  readonly positionals: readonly string[];
}

/** Options every command takes. */
export const COMMON_OPTIONS = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies OptionSpecs;

function quotedPart(message: string): string {
  return /'([^' ]+)/.exec(message)?.[1] ?? message;
}

function parseFailure(error: unknown, command: string): CliFailure {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return failure("cli.args.missingValue", { flag: quotedPart(message) });
  return failure("cli.args.unknownFlag", { flag: quotedPart(message), command });
}

/**
 * Parses a command's arguments; at most `maxPositionals` positionals.
 * @example parseCommandArgs("risk", ["--method", "li"], { method: { type: "string" } }, 0)
 *   // { flags: { method: "li" }, positionals: [] }
 */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: OptionSpecs,
  maxPositionals: number,
): ParsedArgs | CliFailure {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...options },
      strict: true,
      allowPositionals: true,
    });
    const extra = parsed.positionals[maxPositionals];
    if (extra !== undefined) return failure("cli.args.unexpected", { value: extra, command });
    return { flags: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    return parseFailure(error, command);
  }
}

/** "zh-CN", "zh", "en" (any case) → Lang; undefined for anything else. */
export function parseLang(value: string): Lang | undefined {
  const lower = value.toLowerCase();
  if (lower === "zh-cn" || lower === "zh" || lower === "zh-hans") return "zh-CN";
  if (lower === "en") return "en";
  return undefined;
}

/** The language of the environment: LC_ALL, then LC_MESSAGES, then LANG; zh* → zh-CN, else English. */
export function environmentLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(locale) ? "zh-CN" : "en";
}

/** The value of --lang anywhere in argv ("--lang x" or "--lang=x"), before full parsing. */
export function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") return undefined;
    if (arg.startsWith("--lang=")) return arg.slice("--lang=".length);
    if (arg === "--lang") return argv[i + 1];
  }
  return undefined;
}

/** A string flag's value, or undefined when absent. */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags[name];
  return typeof value === "string" ? value : undefined;
}

/** A string flag that must be one of `choices` (default when absent). */
export function choiceFlag<T extends string>(
  args: ParsedArgs,
  name: string,
  choices: readonly T[],
  fallback: T,
): T | CliFailure {
  const value = stringFlag(args, name);
  if (value === undefined) return fallback;
  const found = choices.find((choice) => choice === value);
  return found ?? failure("cli.args.badChoice", { flag: `--${name}`, choices: choices.join(", "), value });
}

/** A date flag's form (--today, --audit-date): an ISO date, month 01–12, day 01–31. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
