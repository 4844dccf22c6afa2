/**
 * The command's messages (`cli.*`), typed like every other catalog (a missing translation is a compile
 * error) but kept apart from them, so the task pane's bundle does not carry the command's words.
 */
import { messageIn } from "./index";
import { cli as en } from "./en/cli";
import type { Lang, MessageKey, Params, Widen } from "./types";
import { cli as zhCN } from "./zh-CN/cli";

type CliMessages = Widen<{ readonly cli: typeof en }>;

/** A key of the command's messages, e.g. "cli.args.missingFile". */
export type CliKey = MessageKey<CliMessages>;

const catalogs: Readonly<Record<Lang, CliMessages>> = { en: { cli: en }, "zh-CN": { cli: zhCN } };

/**
 * The command's message for `key` in `lang`.
 * @example tCli("en", "cli.args.missingFile", { command: "soa" })
 */
export function tCli(lang: Lang, key: CliKey, params?: Params): string {
  return messageIn(catalogs[lang], catalogs.en, key, params);
}
