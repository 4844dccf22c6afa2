/**
 * Header words → column keys. A header row is data to be matched, not a fixed string: case, spaces,
 * punctuation, full-width characters, a "*" required marker and a scale hint such as "(1-5)" are
 * ignored, and every column answers to its headers in both languages and to the aliases seen in the wild.
 */
import type { SheetSchema } from "../schema/columnSchema";
import { normaliseWord } from "../schema/vocabulary";
import type { RawValue } from "../sheetData";

/** A scale hint after a header: "(1-5)", "（1~5）", "[1-3]". */
const SCALE_HINT = /[(（[【]\s*\d+\s*[-–~～至到]\s*\d+\s*[)）\]】]/g;

/**
 * The form headers are compared in.
 * @example normaliseHeader("Likelihood (1-5)") // "likelihood"
 */
export function normaliseHeader(text: string): string {
  return normaliseWord(text.normalize("NFKC").replace(SCALE_HINT, ""));
}

/**
 * How surely a header names its column, best first: the column's own header (either language) or key,
 * an alias seen in the wild, a generic word such as "序号" that numbers rows in any register.
 */
export type HeaderRank = "own" | "alias" | "generic";

const RANK_ORDER: Readonly<Record<HeaderRank, number>> = { own: 0, alias: 1, generic: 2 };

/** The column a header word names, and how surely. */
export interface HeaderName {
  readonly key: string;
  readonly rank: HeaderRank;
}

/** Normalised word → the column it names, for one schema; a word keeps its best-ranked column. */
export function headerIndex(schema: SheetSchema): ReadonlyMap<string, HeaderName> {
  const index = new Map<string, HeaderName>();
  const add = (word: string, key: string, rank: HeaderRank): void => {
    const normal = normaliseHeader(word);
    if (normal !== "" && !index.has(normal)) index.set(normal, { key, rank });
  };
  for (const c of schema.columns) {
    add(c.header.en, c.key, "own");
    add(c.header["zh-CN"], c.key, "own");
  }
  for (const c of schema.columns) add(c.key, c.key, "own");
  for (const c of schema.columns) for (const alias of c.aliases) add(alias, c.key, "alias");
  for (const c of schema.columns) for (const word of c.genericAliases ?? []) add(word, c.key, "generic");
  return index;
}

export interface HeaderMatch {
  /** Column key → 0-based index in the row. */
  readonly columns: ReadonlyMap<string, number>;
  /** Indexes of non-blank headers that name no column. */
  readonly unknown: readonly number[];
  /** Indexes of headers naming a column another header names as surely or more surely. */
  readonly duplicates: readonly number[];
}

/**
 * Matches one row of headers against a schema's index. Where two headers name the same column the
 * better-ranked one wins (the leftmost among equals); a losing generic word is a running number,
 * not a duplicate, and is ignored.
 * @example matchHeaders(["序号", "风险编号"], headerIndex(schema)).columns.get("riskId") // 1
 */
export function matchHeaders(row: readonly RawValue[], index: ReadonlyMap<string, HeaderName>): HeaderMatch {
  const held = new Map<string, { readonly at: number; readonly rank: HeaderRank }>();
  const unknown: number[] = [];
  const duplicates: number[] = [];
  const lose = (at: number, rank: HeaderRank): void => {
    if (rank !== "generic") duplicates.push(at);
  };
  row.forEach((cell, i) => {
    if (typeof cell !== "string" || cell.trim() === "") return;
    const name = index.get(normaliseHeader(cell));
    const holder = name ? held.get(name.key) : undefined;
    if (name === undefined) unknown.push(i);
    else if (holder && RANK_ORDER[holder.rank] <= RANK_ORDER[name.rank]) lose(i, name.rank);
    else {
      if (holder) lose(holder.at, holder.rank);
      held.set(name.key, { at: i, rank: name.rank });
    }
  });
  const columns = new Map([...held].map(([key, { at }]) => [key, at] as const));
  return { columns, unknown, duplicates: duplicates.sort((a, b) => a - b) };
}

/** True when every required column of the schema is among the matched keys. */
export function hasRequired(schema: SheetSchema, columns: ReadonlyMap<string, number>): boolean {
  return schema.columns.every((c) => !c.required || columns.has(c.key));
}
