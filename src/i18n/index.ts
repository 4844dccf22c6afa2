/**
 * Typed i18n: `t("app.nav.workbook")` compiles only for keys that exist in English, and the zh-CN tree
 * is typed from the English one, so a missing translation is a compile error.
 */
import { en } from "./en";
import type { Lang, MessageKey, Params, Widen } from "./types";
import { zhCN } from "./zh-CN";

export type { Lang, Params } from "./types";
export { LANGS } from "./types";

export type Messages = Widen<typeof en>;
export type Key = MessageKey<Messages>;

const catalogs: Readonly<Record<Lang, Messages>> = { en, "zh-CN": zhCN };

/** Office's display language ("zh-CN", "zh-Hans-CN", "en-US", ...) → one of ours (English otherwise). */
export function resolveLang(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && /^zh(-hans|-cn|-sg|$)/i.test(displayLanguage) ? "zh-CN" : "en";
}

export function messages(lang: Lang): Messages {
  return catalogs[lang];
}

function lookup(tree: unknown, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/**
 * The message for `key` in `lang`, with `{name}` placeholders filled from `params`.
 * @example t("en", "app.version", { version: "1.0" }) // "Version 1.0"
 */
export function t(lang: Lang, key: Key, params?: Params): string {
  return messageIn(catalogs[lang], en, key, params);
}

/**
 * The message at `key` in `tree` (else in `fallback`, else the key itself), with `{name}` placeholders
 * filled from `params`: the one lookup every catalog uses (the pane's and the command's).
 */
export function messageIn(tree: unknown, fallback: unknown, key: string, params?: Params): string {
  const text = lookup(tree, key) ?? lookup(fallback, key) ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A translator bound to one language. */
export type Translate = (key: Key, params?: Params) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}
