/**
 * Where a table sits on a sheet a person laid out: the header row anywhere in the first rows, under
 * merged titles, possibly split over two rows (a group cell such as 残余风险 over 可能性 / 影响); the
 * table ends at a run of blank rows, a summary block or a sign-off line (编制人： / Approved by); cells
 * merged down over several rows (an asset over its risks) give their value to every row they span.
 */
import { parseRange } from "../cells/cellAddress";
import { displayText } from "../cells/cellCodec";
import type { RawValue, SheetData } from "../sheetData";

/** How far down titles and legends may push the header row. */
export const HEADER_SEARCH_ROWS = 30;
/** This many blank rows in a row end a table. */
const BLANK_RUN = 3;

/** A header row, or two (group cells over sub-headers), as the text of each column. */
export interface HeaderRows {
  /** Index into sheet.values of the first header row. */
  readonly top: number;
  readonly rows: 1 | 2;
  /** The header of each column: the sub-header, or the cell itself when it spans both rows. */
  readonly texts: readonly string[];
  /** The group cell above each sub-header ("" when none). */
  readonly groups: readonly string[];
}

const text = (cell: RawValue | undefined): string => (typeof cell === "string" ? cell.trim() : "");

/** Merged areas relative to the sheet's values. */
export interface RelativeArea {
  readonly address: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function relativeMerges(sheet: SheetData): RelativeArea[] {
  return (sheet.merged ?? []).flatMap((address) => {
    const area = parseRange(address);
    if (!area) return [];
    return [
      {
        address,
        top: area.top - sheet.row,
        left: area.left - sheet.column,
        bottom: area.bottom - sheet.row,
        right: area.right - sheet.column,
      },
    ];
  });
}

/**
 * The group above each column of a two-row header: a merged group cell covers its columns; without
 * merge information (a file converted from CSV), a group cell covers the blank cells to its right that
 * have a sub-header under them.
 */
function groupsOf(
  top: readonly RawValue[],
  sub: readonly RawValue[],
  merges: readonly RelativeArea[],
  r: number,
): string[] {
  const width = Math.max(top.length, sub.length);
  const groups: string[] = Array.from({ length: width }, () => "");
  // A sheet that records merges shows its group cells as merges; only a sheet without any (a CSV
  // opened in a spreadsheet) has its groups guessed from the blank cells beside them.
  if (merges.length === 0) carryGroups(top, sub, groups);
  for (const area of merges) {
    if (area.top !== r || area.bottom !== r || area.right <= area.left) continue;
    const group = text(top[area.left]);
    for (let i = area.left; i <= area.right && i < width; i++) if (text(sub[i]) !== "") groups[i] = group;
  }
  return groups;
}

function carryGroups(top: readonly RawValue[], sub: readonly RawValue[], groups: string[]): void {
  let carried = "";
  for (let i = 0; i < groups.length; i++) {
    const own = text(top[i]);
    const under = text(sub[i]);
    if (own !== "") carried = under === "" ? "" : own;
    else if (under === "") carried = "";
    groups[i] = under === "" ? "" : own !== "" ? own : carried;
  }
}

/**
 * Every way the first rows of a sheet can be read as a header: each row alone, and each row with the
 * next when the upper one has a group cell over two or more sub-headers.
 */
export function headerCandidates(sheet: SheetData, searchRows = HEADER_SEARCH_ROWS): HeaderRows[] {
  const merges = relativeMerges(sheet);
  const rows = Math.min(sheet.values.length, searchRows);
  const out: HeaderRows[] = [];
  for (let r = 0; r < rows; r++) {
    const row = sheet.values[r] ?? [];
    if (!row.some((cell) => text(cell) !== "")) continue;
    out.push({ top: r, rows: 1, texts: row.map(text), groups: [] });
    const sub = sheet.values[r + 1];
    if (!sub) continue;
    const groups = groupsOf(row, sub, merges, r);
    const spans = new Map<string, number>();
    groups.forEach((g, i) => {
      if (g !== "" && text(sub[i]) !== "" && text(sub[i]) !== g) spans.set(g, (spans.get(g) ?? 0) + 1);
    });
    if (![...spans.values()].some((n) => n >= 2)) continue;
    const width = Math.max(row.length, sub.length);
    const texts = Array.from({ length: width }, (_, i) =>
      text(sub[i]) !== "" ? text(sub[i]) : text(row[i]),
    );
    out.push({ top: r, rows: 2, texts, groups });
  }
  return out;
}

/** A summary, a note or a sign-off line under a table. */
const TABLE_END =
  /^(?:编制|审核|批准|制表|填表|签字|签名|签发|复核|核准|会签|合计|总计|小计|汇总|统计|注[:：]|说明[:：]|备注[:：]|prepared|reviewed|approved|signature|signed|signoff|sign-off|total|subtotal|summary|notes?[:：]|legend)/i;

/** A short line that counts or sums what is above it ("风险统计", "Risk summary"). */
const SUMMARY_WORD = /统计|汇总|合计|总计|小计|total|summary/i;

/** Where the rows of a table stop, and the row that stopped them when it holds something. */
export interface TableEnd {
  /** Last index into sheet.values that belongs to the table. */
  readonly last: number;
  /** The first row not read, when it is not blank, and its first text. */
  readonly stop?: { readonly index: number; readonly column: number; readonly text: string };
}

function firstText(
  row: readonly RawValue[],
  left: number,
  right: number,
): { column: number; text: string } | null {
  for (let i = left; i <= right; i++) {
    const shown = displayText(row[i] ?? "");
    if (shown !== "") return { column: i, text: shown };
  }
  return null;
}

/**
 * The end of a table found by its headers: the row before a sign-off or summary line (whose id cell is
 * blank or holds that line), or before a run of blank rows.
 * @example tableEnd(values, 1, 0, 6, 0).last // index of the last risk row
 */
export function tableEnd(
  values: readonly (readonly RawValue[])[],
  start: number,
  left: number,
  right: number,
  idColumn: number | undefined,
): TableEnd {
  let lastFilled = start - 1;
  let blanks = 0;
  for (let index = start; index < values.length; index++) {
    const row = values[index] ?? [];
    const first = firstText(row, left, right);
    if (!first) {
      blanks++;
      if (blanks >= BLANK_RUN) {
        for (let after = index + 1; after < values.length; after++) {
          const found = firstText(values[after] ?? [], left, right);
          if (found) return { last: lastFilled, stop: { index: after, ...found } };
        }
        return { last: lastFilled };
      }
      continue;
    }
    const afterBlank = blanks > 0;
    blanks = 0;
    const id = idColumn === undefined ? "" : displayText(row[idColumn] ?? "");
    const line = first.text.normalize("NFKC").replace(/\s+/g, "");
    const ends = TABLE_END.test(line) || (line.length <= 8 && SUMMARY_WORD.test(line));
    // Under a blank row, a row without an id starts another block (a legend, a count by level).
    if ((ends || afterBlank) && (id === "" || id === first.text) && idColumn !== undefined) {
      return { last: lastFilled, stop: { index, ...first } };
    }
    if (ends && id === "" && idColumn === undefined) return { last: lastFilled, stop: { index, ...first } };
    lastFilled = index;
  }
  return { last: lastFilled };
}

/** The values of a sheet with every area merged down over data rows filled from its first cell. */
export interface FilledValues {
  readonly values: readonly (readonly RawValue[])[];
  /** The merged areas that were filled, with their value. */
  readonly filled: readonly { readonly address: string; readonly value: string }[];
}

/**
 * Fills cells merged down over several data rows (below `firstData`) with the merged value, in the
 * area's first column; the sheet's own values are not changed.
 */
export function fillMergedDown(sheet: SheetData, firstData: number): FilledValues {
  const areas = relativeMerges(sheet).filter((a) => a.top >= firstData && a.bottom > a.top);
  if (areas.length === 0) return { values: sheet.values, filled: [] };
  const values = sheet.values.map((row) => row.slice());
  const filled: { address: string; value: string }[] = [];
  for (const area of areas) {
    const value = values[area.top]?.[area.left] ?? "";
    if (displayText(value) === "") continue;
    for (let r = area.top + 1; r <= area.bottom && r < values.length; r++) {
      const row = values[r];
      if (row && displayText(row[area.left] ?? "") === "") {
        while (row.length <= area.left) row.push("");
        row[area.left] = value;
      }
    }
    filled.push({ address: area.address, value: displayText(value) });
  }
  return { values, filled };
}
