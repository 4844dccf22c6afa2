/**
 * A worksheet's `<mergeCells>` read for the part scanner: which cells are merged away (blank, as in
 * Excel) and the merged areas in the order the ExcelJS path lists them (by their first merged-away
 * cell, row by row). An area of a whole column or row is kept by its bounds, never cell by cell.
 * Overlapping areas (which ExcelJS refuses) are kept as written: each is reported, and each area's
 * first cell keeps its value even where another area covers it, so a reader of the snapshot can fill
 * every area from its first cell. An area written twice is reported once.
 */
import { firstMergedAway, parseCellA1, rangeA1, spanOf, type CellArea } from "../workbook/cells/cellAddress";
import { DamagedPart, startTags, xmlAttributes } from "./xmlText";

const COLUMNS = 16_384;

/** An area from its reference; a single cell ("A1") is an area of one cell. */
function area(ref: string): CellArea {
  const [from, to, extra] = ref.split(":");
  const start = parseCellA1(from ?? "");
  const end = to === undefined ? start : parseCellA1(to);
  if (!start || !end || extra !== undefined) throw new DamagedPart(`merged area ${ref}`);
  return spanOf(start, end);
}

/** Areas up to this many cells are indexed cell by cell; larger ones (a merged column) by their bounds. */
const INDEXED_CELLS = 65_536;

/** Whether a cell (by its key, row × 16,384 + column) is merged away. */
export interface MergedAway {
  has(key: number): boolean;
}

/**
 * @example
 *   scanMerges('<mergeCell ref="A1:B1"/>'); // { merged: ["A1:B1"], mergedAway: has(1) → true }
 */
export function scanMerges(content: string): { merged: string[]; mergedAway: MergedAway } {
  const indexed = new Set<number>();
  /** Each area's first cell: never merged away, whatever other area covers it. */
  const firsts = new Set<number>();
  const large: CellArea[] = [];
  const areas = new Map<string, CellArea>();
  for (const tag of startTags(content, "mergeCell")) {
    const merge = area(xmlAttributes(tag).get("ref") ?? "");
    if (merge.bottom === merge.top && merge.right === merge.left) continue;
    const key = rangeA1(merge);
    if (areas.has(key)) continue;
    areas.set(key, merge);
    firsts.add(merge.top * COLUMNS + merge.left);
    const cells = (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1);
    if (cells > INDEXED_CELLS) {
      large.push(merge);
      continue;
    }
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let column = merge.left; column <= merge.right; column++) {
        if (row > merge.top || column > merge.left) indexed.add(row * COLUMNS + column);
      }
    }
  }
  const merged = [...areas.values()].sort((a, b) => firstMergedAway(a) - firstMergedAway(b)).map(rangeA1);
  const inLarge = (key: number): boolean => {
    const row = Math.floor(key / COLUMNS);
    const column = key % COLUMNS;
    return large.some((a) => row >= a.top && row <= a.bottom && column >= a.left && column <= a.right);
  };
  return {
    merged,
    mergedAway: {
      has: (key) => (indexed.has(key) || (large.length > 0 && inLarge(key))) && !firsts.has(key),
    },
  };
}
