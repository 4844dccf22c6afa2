/**
 * The custom functions' #VALUE! messages (`functions.errors.*`, and `catalog.errors.*` of ISMS.CONTROL,
 * ISMS.CONTROLMAP and ISMS.CONTROLID), typed like every other catalog (a missing translation is a compile
 * error) but kept apart from the task pane's: only the functions' runtime shows them, so the pane's bundle
 * does not carry them.
 */
import { messageIn } from "./index";
import { catalog as enCatalog } from "./en/catalog";
import { functionErrors as en } from "./en/functionErrors";
import type { Lang, MessageKey, Params, Widen } from "./types";
import { catalog as zhCatalog } from "./zh-CN/catalog";
import { functionErrors as zhCN } from "./zh-CN/functionErrors";

type FunctionErrorMessages = Widen<{
  readonly functions: { readonly errors: typeof en };
  readonly catalog: typeof enCatalog;
}>;

/** A key of the custom functions' messages, e.g. "functions.errors.shape" or "catalog.errors.lang". */
export type FunctionErrorKey = MessageKey<FunctionErrorMessages>;

const catalogs: Readonly<Record<Lang, FunctionErrorMessages>> = {
  en: { functions: { errors: en }, catalog: enCatalog },
  "zh-CN": { functions: { errors: zhCN }, catalog: zhCatalog },
};

/**
 * A custom function's message for `key` in `lang`.
 * @example tFunctionError("en", "functions.errors.matrix", { argument: "matrix" }) // "matrix must be a range of numbers."
 */
export function tFunctionError(lang: Lang, key: FunctionErrorKey, params?: Params): string {
  return messageIn(catalogs[lang], catalogs.en, key, params);
}
