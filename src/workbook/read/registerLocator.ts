/**
 * Where the registers the method names (文件清单 … 管理评审输入) sit in a workbook, most reliable way first:
 * the ISMS metadata (still right after a sheet or a header was renamed), the stable table name
 * (ISMS_Documents, or ISMS_Documents_2 when written beside another), then a sheet whose header row names
 * a register's columns in either language, under titles, anywhere in its first rows.
 */
import { REGISTER_KEYS, type RegisterKey } from "../../domain/readiness/types";
import { isIsmsTable, isMetadataSheet } from "../metadata";
import type { IsmsMetadata } from "../plan";
import { registerSchemas, type RegisterSchema } from "../schema/registerSchemas";
import { sheetTitles } from "../schema/sheetTitles";
import { normaliseWord } from "../schema/vocabulary";
import type { SheetData, TableData, WorkbookSnapshot } from "../sheetData";
import { hasRequired, headerIndex, matchHeaders, type HeaderIndex } from "./headerMatching";
import { byMetadata } from "./ownSheets";
import { headerCandidates, tableEnd, type TableEnd } from "./tableFinder";

/** A register's table on its sheet: indexes into sheet.values and into its rows. */
export interface RegisterPlace {
  readonly sheet: SheetData;
  /** Index into sheet.values of the header row; data starts on the next row. */
  readonly headerIndex: number;
  /** Index into a row of the table's first column. */
  readonly leftIndex: number;
  /** Last index into sheet.values that belongs to the table. */
  readonly lastIndex: number;
  /** Column key → index into a row. */
  readonly columns: ReadonlyMap<string, number>;
  /** The header text of each column. */
  readonly headers: readonly string[];
  /** The line under a table found by its headers that ended it. */
  readonly stop?: TableEnd["stop"];
}

type Schemas = { readonly [K in RegisterKey]: RegisterSchema<K> };

let cached: { readonly schemas: Schemas; readonly indexes: Record<RegisterKey, HeaderIndex> } | null = null;

/** The registers' schemas and header indexes, built once (header indexes are memoised per schema object). */
export function registerReading(): {
  readonly schemas: Schemas;
  readonly indexes: Readonly<Record<RegisterKey, HeaderIndex>>;
} {
  if (cached) return cached;
  const schemas = registerSchemas();
  const indexes = Object.fromEntries(
    REGISTER_KEYS.map((key) => [key, headerIndex(schemas[key])] as const),
  ) as Record<RegisterKey, HeaderIndex>;
  cached = { schemas, indexes };
  return cached;
}

/** A register table's key by its name, written beside ("_2") or not. */
export function registerKeyOfTable(table: string): RegisterKey | null {
  const base = table.toLowerCase().replace(/_\d+$/, "");
  const { schemas } = registerReading();
  return REGISTER_KEYS.find((key) => schemas[key].table.toLowerCase() === base) ?? null;
}

/** A register's table given by the metadata, or by its stable name. */
function byTable(
  entry: IsmsMetadata["sheets"][number],
  index: HeaderIndex,
  snapshot: WorkbookSnapshot,
): RegisterPlace | null {
  const located = byMetadata(entry, index, snapshot);
  if (!located) return null;
  return {
    sheet: located.sheet,
    headerIndex: located.headerIndex,
    leftIndex: located.leftIndex,
    lastIndex: located.lastIndex,
    columns: located.match.columns,
    headers: located.headers,
  };
}

/** The register's table by its stable name, the exact name first (then one written beside). */
function tableNamed(
  key: RegisterKey,
  snapshot: WorkbookSnapshot,
): { sheet: SheetData; table: TableData } | null {
  const found: { sheet: SheetData; table: TableData; exact: boolean }[] = [];
  const wanted = registerReading().schemas[key].table.toLowerCase();
  for (const sheet of snapshot.sheets)
    for (const table of sheet.tables)
      if (registerKeyOfTable(table.name) === key)
        found.push({ sheet, table, exact: table.name.toLowerCase() === wanted });
  return found.find((f) => f.exact) ?? found[0] ?? null;
}

/** Registers read from every other sheet must name this many of a register's columns. */
const MIN_MATCHED = 3;
/** A sheet named like the register counts as this many more matched columns. */
const NAME_BONUS = 2;

interface Candidate {
  readonly key: RegisterKey;
  readonly score: number;
  readonly place: RegisterPlace;
}

/**
 * The best header reading of a sheet for one register: its required columns and at least three named,
 * and at least half of the header's words naming this register's columns (a risk register that happens
 * to have an owner, a status and a due date is not a nonconformity list).
 */
function byHeaders(key: RegisterKey, sheet: SheetData, searchRows?: number): Candidate | null {
  const { schemas, indexes } = registerReading();
  const schema = schemas[key];
  let best: Candidate | null = null;
  for (const header of headerCandidates(sheet, searchRows)) {
    const match = matchHeaders(header.texts, indexes[key], header.groups);
    const named = match.columns.size;
    const words = header.texts.filter((text) => text !== "").length;
    if (named < MIN_MATCHED || named * 2 < words || !hasRequired(schema, match.columns)) continue;
    const score = named + nameBonus(key, sheet.name) - (header.rows === 2 ? 0.5 : 0);
    if (best && best.score >= score) continue;
    const headerAt = header.top + header.rows - 1;
    const matched = [...match.columns.values()];
    const filled = header.texts.flatMap((text, i) => (text !== "" ? [i] : []));
    // The table spans its whole header, a running number left of the columns read included.
    const leftIndex = Math.min(...filled, ...matched);
    const rightIndex = Math.max(...filled, ...matched);
    // No id column: a register's rows may be numbered or not, and a blank row inside is skipped; the
    // table ends at a run of blank rows or a sign-off line.
    const end = tableEnd(sheet.values, headerAt + 1, leftIndex, rightIndex, undefined);
    const headers = header.texts.map((text, i) => {
      const group = header.groups[i] ?? "";
      return group !== "" && group !== text ? `${group} ${text}` : text;
    });
    const place: RegisterPlace = {
      sheet,
      headerIndex: headerAt,
      leftIndex,
      lastIndex: end.last,
      columns: match.columns,
      headers,
      ...(end.stop ? { stop: end.stop } : {}),
    };
    best = { key, score, place };
  }
  return best;
}

function nameBonus(key: RegisterKey, sheetName: string): number {
  const name = normaliseWord(sheetName);
  const titles = Object.values(registerReading().schemas[key].names).map(normaliseWord);
  return titles.some((title) => title !== "" && name.includes(title)) ? NAME_BONUS : 0;
}

const GUIDE_NAMES = (): readonly string[] => Object.values(sheetTitles("guide")).map(normaliseWord);

/**
 * Sheets that hold no register however their headers read: the metadata sheet, the how-to-fill-in guide
 * (it names every column of every sheet), and the workbook's other ISMS sheets (found by their tables).
 */
function neverARegister(sheet: SheetData): boolean {
  if (isMetadataSheet(sheet.name) || GUIDE_NAMES().includes(normaliseWord(sheet.name))) return true;
  return sheet.tables.some((t) => isIsmsTable(t.name) && registerKeyOfTable(t.name) === null);
}

/**
 * Where each register is: by metadata, by table name, else the sheet whose headers name it best (each
 * sheet holds one register at most).
 * @example locateRegisters(snapshot).get("documents")?.sheet.name // "文件清单"
 */
export function locateRegisters(snapshot: WorkbookSnapshot): ReadonlyMap<RegisterKey, RegisterPlace> {
  const { indexes } = registerReading();
  const places = new Map<RegisterKey, RegisterPlace>();
  const claimed = new Set<string>();
  const claim = (key: RegisterKey, place: RegisterPlace | null): void => {
    if (!place || places.has(key) || claimed.has(place.sheet.name)) return;
    places.set(key, place);
    claimed.add(place.sheet.name);
  };
  for (const entry of snapshot.metadata?.sheets ?? []) {
    const key = REGISTER_KEYS.find((k) => k === entry.key);
    if (key) claim(key, byTable(entry, indexes[key], snapshot));
  }
  for (const key of REGISTER_KEYS) {
    if (places.has(key)) continue;
    const named = tableNamed(key, snapshot);
    // Found by its name, the table's headers say where each column is.
    const entry = named && { key, name: named.sheet.name, table: named.table.name, columns: [] };
    if (entry) claim(key, byTable(entry, indexes[key], snapshot));
  }
  for (const sheet of snapshot.sheets) {
    if (claimed.has(sheet.name) || neverARegister(sheet) || sheet.tables.some((t) => isIsmsTable(t.name)))
      continue;
    const best = REGISTER_KEYS.filter((key) => !places.has(key))
      .map((key) => byHeaders(key, sheet))
      .reduce<Candidate | null>((a, b) => (b && (!a || b.score > a.score) ? b : a), null);
    if (best) claim(best.key, best.place);
  }
  return places;
}

/**
 * Whether the first rows of a sheet show a register: its table, or a header row naming one. Ports read
 * the rest of a sheet only when this (or looksLikeIsmsSheet) says so.
 */
export function looksLikeRegisterSheet(head: SheetData): boolean {
  if (head.tables.some((t) => registerKeyOfTable(t.name) !== null)) return true;
  if (neverARegister(head)) return false;
  return REGISTER_KEYS.some((key) => byHeaders(key, head) !== null);
}
