/**
 * Header words → column keys. A header row is data to be matched, not a fixed string: case, width,
 * spaces, line breaks, punctuation ("?", "：", "*"), and scale hints in brackets ("(1-5)", "(L x I)",
 * "（1-5分）") are ignored; a header is tried whole, then without its bracketed note, then line by line,
 * then by the longest known word it contains. "Residual …" / "残余…" / "处置后…" headers name the residual
 * copy of a column, "Inherent …" / "固有…" the column itself, so the two can never swap.
 */
import type { SheetSchema } from "../schema/columnSchema";
import { normaliseWord } from "../schema/vocabulary";
import type { RawValue } from "../sheetData";

/** A note in brackets after a header: "(1-5)", "（1~5分）", "[Y/N]", "(L x I)", "(Risk ID)". */
const BRACKETED = /[(（[【][^()（）[\]【】]*[)）\]】]/g;
/** A bracketed note that only states a scale or a format: dropped before anything else is compared. */
const SCALE_HINT =
  /[(（[【]\s*(?:\d+\s*[-–~～至到]\s*\d+\s*分?|[a-z]\s*[x×*]\s*[a-z]|y\s*\/\s*n(?:\s*\/\s*na)?|yyyy[-/]mm[-/]dd|分|%)\s*[)）\]】]/gi;
/** Marks that add nothing to a header's meaning. */
const NOISE = /[?？*＊※!！#＃]/g;

/**
 * The form headers are compared in.
 * @example normaliseHeader("Likelihood (1-5)") // "likelihood"
 */
export function normaliseHeader(text: string): string {
  const plain = text.normalize("NFKC").replace(SCALE_HINT, "");
  const word = normaliseWord(plain.replace(NOISE, ""));
  // A header that is only "#" numbers rows: keep it so it can name the id column.
  return word === "" && plain.trim() === "#" ? "#" : word;
}

/**
 * How surely a header names its column, best first: the column's own header (either language) or key,
 * an alias seen in the wild, a word found inside a longer header, a generic word such as "序号" that
 * numbers rows in any register.
 */
export type HeaderRank = "own" | "alias" | "contains" | "generic";

const RANK_ORDER: Readonly<Record<HeaderRank, number>> = { own: 0, alias: 1, contains: 2, generic: 3 };

/** The column a header word names, and how surely. */
export interface HeaderName {
  readonly key: string;
  readonly rank: HeaderRank;
}

/** Words for one schema: exact words, words that may be found inside a longer header, residual routes. */
export interface HeaderIndex {
  readonly words: ReadonlyMap<string, HeaderName>;
  /** Contained-word candidates, longest first. */
  readonly inner: readonly (readonly [string, string])[];
  /** Base column key (as the register names it) → this schema's residual column key. */
  readonly residual: ReadonlyMap<string, string>;
  /** Words of the base columns residual headers are matched against (the register's ratings and results). */
  readonly residualWords: ReadonlyMap<string, string>;
}

/** Words too common to name a column when found inside a longer header. */
const NOT_INNER = new Set(
  [
    "风险",
    "描述",
    "名称",
    "日期",
    "时间",
    "等级",
    "级别",
    "编号",
    "序号",
    "说明",
    "备注",
    "状态",
    "类别",
    "类型",
    "分类",
    "资产",
    "控制",
    "措施",
    "risk",
    "name",
    "date",
    "level",
    "value",
    "score",
    "status",
    "type",
    "notes",
    "title",
    "control",
    "controls",
  ].map(normaliseWord),
);

/** A word long enough to be looked for inside a longer header: two Chinese characters, or five letters. */
function innerWord(word: string): boolean {
  if (NOT_INNER.has(word)) return false;
  return /[\u4e00-\u9fff]/.test(word) ? word.length >= 2 : word.length >= 5;
}

/** Words that mark a residual (after treatment) column, and an inherent (before treatment) one. */
const RESIDUAL_MARKS = [
  "残余风险",
  "残余",
  "剩余风险",
  "剩余",
  "处置后风险",
  "处置后",
  "处理后",
  "整改后",
  "控制后",
  "治理后",
  "目标风险",
  "residualrisk",
  "residual",
  "posttreatment",
  "aftertreatment",
  "targetrisk",
].map(normaliseWord);
const INHERENT_MARKS = [
  "固有风险",
  "固有",
  "原始风险",
  "原始",
  "初始风险",
  "初始",
  "处置前",
  "inherentrisk",
  "inherent",
  "grossrisk",
  "gross",
  "pretreatment",
  "beforetreatment",
].map(normaliseWord);

/** What is left of a header after each marker it starts with ("" when the marker is the whole header). */
function afterMarks(normal: string, marks: readonly string[]): string[] {
  return marks.filter((mark) => normal.startsWith(mark)).map((mark) => normal.slice(mark.length));
}

/** Residual copies of the register's result columns (a residual "rating" text is a residual level). */
const RESIDUAL_RESULTS: Readonly<Record<string, string>> = {
  value: "residualValue",
  level: "residualLevel",
  levelName: "residualLevel",
};

function residualKeyOf(baseKey: string): string {
  return RESIDUAL_RESULTS[baseKey] ?? `residual${baseKey.charAt(0).toUpperCase()}${baseKey.slice(1)}`;
}

/**
 * Normalised word → the column it names, for one schema; a word keeps its best-ranked column. With a
 * base schema (the register), "residual" headers of the base's ratings and results route to this
 * schema's residual columns (keys `residual…`, or `plan.residual…` on a register that carries its plan).
 */
export function headerIndex(schema: SheetSchema, base?: SheetSchema): HeaderIndex {
  // An index depends only on its schemas, which are built once per method shape: build it once too.
  const byBase = indexes.get(schema) ?? new Map<SheetSchema | undefined, HeaderIndex>();
  indexes.set(schema, byBase);
  const known = byBase.get(base);
  if (known) return known;
  const index = buildHeaderIndex(schema, base);
  byBase.set(base, index);
  return index;
}

const indexes = new WeakMap<SheetSchema, Map<SheetSchema | undefined, HeaderIndex>>();

function buildHeaderIndex(schema: SheetSchema, base: SheetSchema | undefined): HeaderIndex {
  const words = new Map<string, HeaderName>();
  const add = (word: string, key: string, rank: HeaderRank): void => {
    const normal = normaliseHeader(word);
    if (normal !== "" && !words.has(normal)) words.set(normal, { key, rank });
  };
  for (const c of schema.columns) {
    add(c.header.en, c.key, "own");
    add(c.header["zh-CN"], c.key, "own");
  }
  for (const c of schema.columns) add(c.key, c.key, "own");
  for (const c of schema.columns) for (const alias of c.aliases) add(alias, c.key, "alias");
  for (const c of schema.columns) for (const word of c.genericAliases ?? []) add(word, c.key, "generic");
  const inner = [...words]
    .filter(([word, name]) => name.rank !== "generic" && innerWord(word))
    .map(([word, name]) => [word, name.key] as const)
    .sort((a, b) => b[0].length - a[0].length);

  const keys = new Set(schema.columns.map((c) => c.key));
  const residual = new Map<string, string>();
  const residualWords = new Map<string, string>();
  for (const c of (base ?? schema).columns) {
    const plain = residualKeyOf(c.key);
    const target = keys.has(plain) ? plain : keys.has(`plan.${plain}`) ? `plan.${plain}` : undefined;
    if (!target || c.key.startsWith("residual")) continue;
    residual.set(c.key, target);
    for (const word of [c.header.en, c.header["zh-CN"], c.key, ...c.aliases]) {
      const normal = normaliseHeader(word);
      if (normal !== "" && !residualWords.has(normal)) residualWords.set(normal, c.key);
    }
  }
  return { words, inner, residual, residualWords };
}

/** The forms a header is tried in, surest first: whole, without its bracketed note, each line, the note. */
function headerForms(text: string): string[] {
  const nfkc = text.normalize("NFKC");
  const forms = [nfkc];
  // A note in brackets often names the column more precisely than the words before it:
  // "控制措施（附录A）" is the Annex A controls, "风险编号(Risk ID)" the risk id.
  for (const note of nfkc.match(BRACKETED) ?? []) forms.push(note.slice(1, -1));
  forms.push(nfkc.replace(BRACKETED, " "));
  const lines = nfkc.split(/[\r\n]+/).filter((line) => line.trim() !== "");
  if (lines.length > 1) forms.push(...lines, ...lines.map((line) => line.replace(BRACKETED, " ")));
  return forms;
}

function exact(text: string, words: ReadonlyMap<string, HeaderName>): HeaderName | null {
  for (const form of headerForms(text)) {
    const name = words.get(normaliseHeader(form));
    if (name) return name;
  }
  return null;
}

/** Longer than this, a cell is a sentence (a description, a requirement), not a header naming a column. */
const HEADER_LENGTH = 24;

function contained(text: string, index: HeaderIndex): HeaderName | null {
  const normal = normaliseHeader(text.replace(BRACKETED, " "));
  if (normal.length > HEADER_LENGTH) return null;
  for (const [word, key] of index.inner) if (normal.includes(word)) return { key, rank: "contains" };
  return null;
}

/** A residual header ("残余可能性", "Residual Likelihood (1-5)", "处置后风险值") → this schema's residual column. */
function residualName(text: string, index: HeaderIndex): HeaderName | null {
  for (const form of headerForms(text)) {
    for (const rest of afterMarks(normaliseHeader(form), RESIDUAL_MARKS)) {
      // "残余风险" alone names the residual level.
      const baseKey = rest === "" ? "level" : index.residualWords.get(rest);
      const key = baseKey === undefined ? undefined : index.residual.get(baseKey);
      if (key) return { key, rank: "own" };
    }
  }
  return null;
}

/** An inherent header ("固有风险值", "Inherent Likelihood") → the column without its marker. */
function inherentName(text: string, index: HeaderIndex): HeaderName | null {
  for (const rest of afterMarks(normaliseHeader(text.replace(BRACKETED, " ")), INHERENT_MARKS)) {
    const name = rest === "" ? undefined : index.words.get(rest);
    if (name) return name;
  }
  return null;
}

/**
 * The column one header cell names, or null. A group cell above it (two-row headers) adds context:
 * "残余风险" over "可能性" is the residual likelihood; "资产" over "名称" is the asset name.
 * @example matchHeader("可能性（1-5分）", headerIndex(schema))?.key // "likelihood"
 */
export function matchHeader(text: string, index: HeaderIndex, group = ""): HeaderName | null {
  if (text.trim() === "") return null;
  if (group.trim() !== "" && group.trim() !== text.trim()) {
    const g = normaliseHeader(group);
    if (
      afterMarks(g, RESIDUAL_MARKS).length > 0 &&
      afterMarks(normaliseHeader(text), RESIDUAL_MARKS).length === 0
    ) {
      return residualName(`${group}${text}`, index) ?? residualName(`残余${text}`, index);
    }
    const joined = exact(`${group}${text}`, index.words) ?? residualName(`${group}${text}`, index);
    if (joined) return joined;
  }
  return (
    residualName(text, index) ??
    exact(text, index.words) ??
    inherentName(text, index) ??
    contained(text, index)
  );
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
 * Matches one row of headers (with the group cells above them, for two-row headers) against a schema's
 * index. Where two headers name the same column the better-ranked one wins (the leftmost among
 * equals); a losing generic word is a running number, not a duplicate, and is ignored.
 * @example matchHeaders(["序号", "风险编号"], headerIndex(schema)).columns.get("riskId") // 1
 */
export function matchHeaders(
  row: readonly RawValue[],
  index: HeaderIndex,
  groups: readonly string[] = [],
): HeaderMatch {
  const held = new Map<string, { readonly at: number; readonly rank: HeaderRank }>();
  const unknown: number[] = [];
  const duplicates: number[] = [];
  const lose = (at: number, rank: HeaderRank): void => {
    if (rank !== "generic") duplicates.push(at);
  };
  row.forEach((cell, i) => {
    if (typeof cell !== "string" || cell.trim() === "") return;
    const name = matchHeader(cell, index, groups[i] ?? "");
    const holder = name ? held.get(name.key) : undefined;
    if (name === null) unknown.push(i);
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
