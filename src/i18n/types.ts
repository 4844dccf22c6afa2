/** Typing for messages: English is the source of truth; every other language must have every key. */

export type Lang = "en" | "zh-CN";
export const LANGS: readonly Lang[] = ["en", "zh-CN"];

/** The shape of a message tree with string literals widened, so a translation can differ in text only. */
export type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** "a.b.c" paths to every string leaf of a message tree. */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];

export type Params = Readonly<Record<string, string | number>>;
