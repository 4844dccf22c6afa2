/**
 * Merged areas for the Office.js read: `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13; the manifest
 * asks for 1.9, so it is used only where the host says it has 1.13) answers with a `RangeAreas` whose
 * `address` lists every area with its sheet ("Sheet1!A1:K1,Sheet1!C4:C7", "'Q1, 2026'!B2:B5"). Each
 * sheet's areas are reported as the .xlsx port reports them: A1 ranges without the sheet ("C4:C7"), only
 * areas of two cells or more, each once, ordered by their first merged-away cell, row by row.
 */
import {
  firstMergedAway,
  parseCellA1,
  rangeA1,
  spanOf,
  splitAddress,
  type CellArea,
} from "../workbook/cells/cellAddress";

/** The requirement set `getMergedAreasOrNullObject` needs. */
export const MERGED_AREAS_API = { name: "ExcelApi", version: "1.13" } as const;

const LAST_ROW = 1_048_575;
const LAST_COLUMN = 16_383;

/**
 * The areas of a `RangeAreas` address, split at the commas between them and never at one inside a
 * quoted sheet name (a doubled quote inside a name opens and closes, so it changes nothing).
 * @example splitAreas("'a, b'!A1:B2, 'a, b'!C3:C4") // ["'a, b'!A1:B2", "'a, b'!C3:C4"]
 */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const char = address[i];
    if (char === "'") quoted = !quoted;
    else if (char === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

/** A column or row number alone ("M", "3"), as whole columns ("M:M") and rows ("3:4") are written. */
const columnOf = (letters: string): number | undefined =>
  /^[A-Za-z]{1,3}$/.test(letters) ? parseCellA1(`${letters}1`)?.column : undefined;
const rowOf = (digits: string): number | undefined =>
  /^[1-9]\d*$/.test(digits) ? Number(digits) - 1 : undefined;

/** The cells of one area ("C4:C7", "$C$4", "M:M", "3:4"), or null when it is not an address. */
function areaOf(cells: string): CellArea | null {
  const [from = "", to = from, extra] = cells.replace(/\$/g, "").split(":");
  if (extra !== undefined) return null;
  const [left, right] = [columnOf(from), columnOf(to)];
  if (left !== undefined && right !== undefined) {
    return { top: 0, left: Math.min(left, right), bottom: LAST_ROW, right: Math.max(left, right) };
  }
  const [top, bottom] = [rowOf(from), rowOf(to)];
  if (top !== undefined && bottom !== undefined) {
    return { top: Math.min(top, bottom), left: 0, bottom: Math.max(top, bottom), right: LAST_COLUMN };
  }
  const [start, end] = [parseCellA1(from), parseCellA1(to)];
  if (!start || !end) return null;
  return spanOf(start, end);
}

/**
 * The merged areas of one sheet from a `RangeAreas` address, as SheetData.merged holds them.
 * @example mergedAreaAddresses("S!C4:C7,S!A1:K1") // ["A1:K1", "C4:C7"]
 */
export function mergedAreaAddresses(address: string): string[] {
  const areas = new Map<string, CellArea>();
  for (const part of splitAreas(address)) {
    const area = areaOf(splitAddress(part).cells);
    if (!area || (area.top === area.bottom && area.left === area.right)) continue;
    areas.set(rangeA1(area), area);
  }
  return [...areas]
    .sort(([, a], [, b]) => firstMergedAway(a) - firstMergedAway(b))
    .map(([address]) => address);
}

/** What a read reports: nothing when the areas were not asked for, none for a null object. */
export function mergedAreasOf(areas: Excel.RangeAreas | null): string[] | undefined {
  if (areas === null) return undefined;
  return areas.isNullObject ? [] : mergedAreaAddresses(areas.address);
}
