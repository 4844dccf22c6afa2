/**
 * The custom functions' descriptions (`ISMS.*` and each parameter, by function id), typed like every other
 * catalog (a missing translation is a compile error) but kept apart from them: only the build reads them
 * (scripts/localizeFunctions.mjs writes the Chinese function metadata from them), so neither the task pane
 * nor the functions' runtime carries them.
 */
import { functionMeta as en } from "./en/functionMeta";
import type { Lang, Widen } from "./types";
import { functionMeta as zhCN } from "./zh-CN/functionMeta";

/** Each function's description and its parameters' descriptions, by function id. */
export type FunctionMessages = Widen<typeof en>;

/** A custom function's id, e.g. "RISKLEVEL". */
export type FunctionId = keyof FunctionMessages;

const catalogs: Readonly<Record<Lang, FunctionMessages>> = { en, "zh-CN": zhCN };

/**
 * The custom functions' descriptions in `lang`.
 * @example functionMessages("zh-CN").RISKLI.params.impact // "影响赋值，单个单元格或一列。"
 */
export function functionMessages(lang: Lang): FunctionMessages {
  return catalogs[lang];
}
