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

/** Normalised word → column key, for one schema. The column's own key and headers win over aliases. */
export function headerIndex(schema: SheetSchema): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  const add = (word: string, key: string): void => {
    const normal = normaliseHeader(word);
    if (normal !== "" && !index.has(normal)) index.set(normal, key);
  };
  for (const c of schema.columns) {
    add(c.header.en, c.key);
    add(c.header["zh-CN"], c.key);
  }
  for (const c of schema.columns) add(c.key, c.key);
  for (const c of schema.columns) for (const alias of c.aliases) add(alias, c.key);
  return index;
}

export interface HeaderMatch {
  /** Column key → 0-based index in the row. */
  readonly columns: ReadonlyMap<string, number>;
  /** Indexes of non-blank headers that name no column. */
  readonly unknown: readonly number[];
  /** Indexes of headers naming a column already matched further left. */
  readonly duplicates: readonly number[];
}

/** Matches one row of headers against a schema's index. */
export function matchHeaders(row: readonly RawValue[], index: ReadonlyMap<string, string>): HeaderMatch {
  const columns = new Map<string, number>();
  const unknown: number[] = [];
  const duplicates: number[] = [];
  row.forEach((cell, i) => {
    if (typeof cell !== "string" || cell.trim() === "") return;
    const key = index.get(normaliseHeader(cell));
    if (key === undefined) unknown.push(i);
    else if (columns.has(key)) duplicates.push(i);
    else columns.set(key, i);
  });
  return { columns, unknown, duplicates };
}

/** True when every required column of the schema is among the matched keys. */
export function hasRequired(schema: SheetSchema, columns: ReadonlyMap<string, number>): boolean {
  return schema.columns.every((c) => !c.required || columns.has(c.key));
}
