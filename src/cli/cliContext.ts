/**
 * What every command runs with: where output goes, the working folder, the language of messages,
 * and the outcome type (an exit code, or a failure to report as one line on stderr).
 */
import type { Lang, Params } from "../i18n";
import { tCli, type CliKey } from "../i18n/cliMessages";

export type { CliKey };

/** Output writers and working folder; `run` takes them so tests can call the command in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** Environment for LANG/LC_ALL; process.env when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
/** Done, with error-level findings (validate). */
export const EXIT_FINDINGS = 1;
/** Unusable input: missing or broken file, bad flag, unknown command. */
export const EXIT_UNUSABLE = 2;

/** Why a command could not run, as an i18n key and its parameters. */
export interface CliFailure {
  readonly key: CliKey;
  readonly params: Params;
}

export function failure(key: CliKey, params: Params = {}): CliFailure {
  return { key, params };
}

export function isFailure(value: unknown): value is CliFailure {
  return typeof value === "object" && value !== null && "key" in value && "params" in value;
}

export interface CliContext {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly say: (key: CliKey, params?: Params) => string;
  /** Prints lines to stdout. */
  readonly print: (...lines: string[]) => void;
  /** Prints a value as JSON to stdout. */
  readonly printJson: (value: unknown) => void;
}

export function cliContext(io: CliIo, lang: Lang): CliContext {
  return {
    io,
    lang,
    say: (key, params) => tCli(lang, key, params),
    print: (...lines) => io.stdout(`${lines.join("\n")}\n`),
    printJson: (value) => io.stdout(`${JSON.stringify(value, null, 2)}\n`),
  };
}
