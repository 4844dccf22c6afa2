/**
 * Finding the ISMS sheets of a workbook, most reliable way first: the workbook's ISMS metadata (still
 * right after a sheet or a header was renamed), then the stable table name, then header words in
 * either language with the header row anywhere in the first 20 rows.
 */
import { isIsmsTable } from "../metadata";
import type { IsmsMetadata } from "../plan";
import { parseRange, type CellArea } from "../cells/cellAddress";
import type { DataSheetKey } from "../schema";
import type { SheetSchema } from "../schema/columnSchema";
import type { SheetData, WorkbookSnapshot } from "../sheetData";
import { hasRequired, headerIndex, matchHeaders, type HeaderMatch } from "./headerMatching";

export type FoundVia = "metadata" | "table" | "headers";

export interface SheetLocation {
  readonly key: DataSheetKey;
  readonly sheet: SheetData;
  readonly via: FoundVia;
  /** Index into sheet.values of the header row. */
  readonly headerIndex: number;
  /** Last index into sheet.values that belongs to the sheet's table (or the last row). */
  readonly lastIndex: number;
  /** Index into a row of the table's first column (of the first matched header when found by headers). */
  readonly leftIndex: number;
  readonly match: HeaderMatch;
}

/** How far down a title and a legend may push the header row. */
export const HEADER_SEARCH_ROWS = 20;
/** Fewer matched headers than this is a coincidence, not an ISMS sheet. */
const MIN_MATCHED = 3;
/** Who claims a sheet first when it matches several schemas: a register that carries its treatment is a register. */
const CLAIM_ORDER: readonly DataSheetKey[] = [
  "risks",
  "treatments",
  "assets",
  "soa",
  "gap",
  "threats",
  "vulnerabilities",
];

type Schemas = Readonly<Record<DataSheetKey, SheetSchema>>;

/** The area of a table, relative to the sheet's values. */
function tableArea(sheet: SheetData, address: string): CellArea | null {
  const area = parseRange(address);
  if (!area) return null;
  return {
    top: area.top - sheet.row,
    left: area.left - sheet.column,
    bottom: area.bottom - sheet.row,
    right: area.right - sheet.column,
  };
}

function inArea(match: HeaderMatch, area: CellArea): HeaderMatch {
  const inside = (i: number): boolean => i >= area.left && i <= area.right;
  return {
    columns: new Map([...match.columns].filter(([, i]) => inside(i))),
    unknown: match.unknown.filter(inside),
    duplicates: match.duplicates.filter(inside),
  };
}

function byTableArea(
  key: DataSheetKey,
  schema: SheetSchema,
  sheet: SheetData,
  area: CellArea,
  via: FoundVia,
): SheetLocation {
  const row = sheet.values[area.top] ?? [];
  const match = inArea(matchHeaders(row, headerIndex(schema)), area);
  return { key, sheet, via, headerIndex: area.top, lastIndex: area.bottom, leftIndex: area.left, match };
}

function byMetadata(
  entry: IsmsMetadata["sheets"][number],
  schema: SheetSchema,
  snapshot: WorkbookSnapshot,
): SheetLocation | null {
  const key = entry.key as DataSheetKey;
  const sheet =
    snapshot.sheets.find((s) => s.name === entry.name && s.tables.some((t) => t.name === entry.table)) ??
    snapshot.sheets.find((s) => s.tables.some((t) => t.name === entry.table)) ??
    snapshot.sheets.find((s) => s.name === entry.name);
  const table = sheet?.tables.find((t) => t.name === entry.table);
  const area = sheet && table ? tableArea(sheet, table.address) : null;
  if (!sheet || !area) return null;
  const located = byTableArea(key, schema, sheet, area, "metadata");
  // Columns inserted or removed since the metadata was written: trust the headers instead.
  if (area.right - area.left + 1 !== entry.columns.length) return located;
  return { ...located, match: metadataMatch(entry.columns, area.left, located.match) };
}

/**
 * Columns of a table as wide as the metadata says. Positions are trusted until a header names a known
 * column other than the one recorded there (a column was moved); then the headers decide, and only
 * headers renamed to words we do not know (or blanked) keep their recorded column.
 */
function metadataMatch(recorded: readonly string[], left: number, byHeader: HeaderMatch): HeaderMatch {
  const positional = new Map(recorded.map((column, i) => [column, left + i] as const));
  const moved = [...byHeader.columns].some(([column, i]) => recorded[i - left] !== column);
  if (!moved) return { columns: positional, unknown: [], duplicates: [] };
  const columns = new Map(byHeader.columns);
  const named = new Set([...byHeader.columns.values(), ...byHeader.duplicates]);
  recorded.forEach((column, offset) => {
    const i = left + offset;
    if (!named.has(i) && !columns.has(column)) columns.set(column, i);
  });
  const placed = new Set(columns.values());
  const unknown = byHeader.unknown.filter((i) => !placed.has(i));
  return { columns, unknown, duplicates: byHeader.duplicates };
}

function byTableName(
  key: DataSheetKey,
  schema: SheetSchema,
  snapshot: WorkbookSnapshot,
): SheetLocation | null {
  const wanted = schema.table.toLowerCase();
  for (const sheet of snapshot.sheets) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === wanted);
    const area = table ? tableArea(sheet, table.address) : null;
    if (area) return byTableArea(key, schema, sheet, area, "table");
  }
  return null;
}

/** The best header row of a sheet for a schema, or null when none has the required columns. */
function byHeaders(key: DataSheetKey, schema: SheetSchema, sheet: SheetData): SheetLocation | null {
  const index = headerIndex(schema);
  let best: SheetLocation | null = null;
  const rows = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const match = matchHeaders(sheet.values[r] ?? [], index);
    if (match.columns.size < MIN_MATCHED || !hasRequired(schema, match.columns)) continue;
    if (!best || match.columns.size > best.match.columns.size) {
      const leftIndex = Math.min(...match.columns.values());
      best = {
        key,
        sheet,
        via: "headers",
        headerIndex: r,
        lastIndex: sheet.values.length - 1,
        leftIndex,
        match,
      };
    }
  }
  return best;
}

/**
 * Where each ISMS sheet is, by metadata, table name or headers; a sheet serves one role only.
 * @example locateSheets(snapshot, readingSchemas()).risks?.sheet.name // "风险评估表"
 */
export function locateSheets(
  snapshot: WorkbookSnapshot,
  schemas: Schemas,
): Partial<Record<DataSheetKey, SheetLocation>> {
  const found: Partial<Record<DataSheetKey, SheetLocation>> = {};
  const taken = new Set<string>();
  const claim = (location: SheetLocation | null): void => {
    if (!location || found[location.key]) return;
    found[location.key] = location;
    taken.add(location.sheet.name);
  };
  for (const entry of snapshot.metadata?.sheets ?? []) {
    const schema = schemas[entry.key as DataSheetKey];
    if (schema) claim(byMetadata(entry, schema, snapshot));
  }
  for (const key of CLAIM_ORDER) if (!found[key]) claim(byTableName(key, schemas[key], snapshot));
  for (const key of CLAIM_ORDER) {
    if (found[key]) continue;
    const candidates = snapshot.sheets
      .filter((s) => !taken.has(s.name))
      .map((s) => byHeaders(key, schemas[key], s));
    claim(
      candidates.reduce<SheetLocation | null>(
        (best, c) => (c && (!best || c.match.columns.size > best.match.columns.size) ? c : best),
        null,
      ),
    );
  }
  return found;
}

/**
 * Whether the first rows of a sheet show an ISMS sheet: an ISMS table, or a header row any schema
 * recognises. Ports read the rest of a sheet only when this says so (see ReadOptions.readInFull).
 */
export function looksLikeIsmsSheet(head: SheetData, schemas: Schemas): boolean {
  if (head.tables.some((table) => isIsmsTable(table.name))) return true;
  return CLAIM_ORDER.some((key) => byHeaders(key, schemas[key], head) !== null);
}
