/**
 * The workbook's own ISMS sheets: found by the ISMS metadata (still right after a sheet or a header was
 * renamed; a moved column is found by its header) or by the stable table name, their columns read from
 * the table's header row.
 */
import { parseRange, type CellArea } from "../cells/cellAddress";
import { displayText } from "../cells/cellCodec";
import type { IsmsMetadata } from "../plan";
import type { DataSheetKey } from "../schema";
import type { SheetSchema } from "../schema/columnSchema";
import type { RawValue, SheetData, WorkbookSnapshot } from "../sheetData";
import { matchHeaders, type HeaderIndex, type HeaderMatch } from "./headerMatching";
import type { FoundVia, SheetLocation } from "./sheetLocator";

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

export const texts = (row: readonly RawValue[]): string[] => row.map((cell) => displayText(cell));

function byTableArea(
  key: DataSheetKey,
  index: HeaderIndex,
  sheet: SheetData,
  area: CellArea,
  via: FoundVia,
): SheetLocation {
  const row = sheet.values[area.top] ?? [];
  const match = inArea(matchHeaders(row, index), area);
  return {
    key,
    sheet,
    via,
    headerIndex: area.top,
    headerRows: 1,
    headers: texts(row),
    lastIndex: area.bottom,
    leftIndex: area.left,
    rightIndex: area.right,
    match,
  };
}

export function byMetadata(
  entry: IsmsMetadata["sheets"][number],
  index: HeaderIndex,
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
  const located = byTableArea(key, index, sheet, area, "metadata");
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

export function byTableName(
  key: DataSheetKey,
  schema: SheetSchema,
  index: HeaderIndex,
  snapshot: WorkbookSnapshot,
): SheetLocation | null {
  const wanted = schema.table.toLowerCase();
  for (const sheet of snapshot.sheets) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === wanted);
    const area = table ? tableArea(sheet, table.address) : null;
    if (area) return byTableArea(key, index, sheet, area, "table");
  }
  return null;
}
