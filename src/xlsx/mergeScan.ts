/**
 * A worksheet's `<mergeCells>` read for the fast read path: which cells are merged away (blank, as
 * in Excel) and the merged areas in the order the ExcelJS path lists them (by their first
 * merged-away cell, row by row). An area of a whole column or row is kept by its bounds, never cell by
 * cell. Overlapping areas, which ExcelJS refuses, raise Unscannable.
 */
import { parseCellA1, rangeA1, type CellArea } from "../workbook/cells/cellAddress";
import { startTags, Unscannable, xmlAttributes } from "./xmlText";

const COLUMNS = 16_384;

function area(ref: string): CellArea {
  const [from, to, extra] = ref.split(":");
  const start = parseCellA1(from ?? "");
  const end = parseCellA1(to ?? "");
  if (!start || !end || extra !== undefined) throw new Unscannable(`merged area ${ref}`);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** Row-major key of the first cell ExcelJS turns into a merged-away cell. */
function firstMergedAway(a: CellArea): number {
  return a.right > a.left ? a.top * COLUMNS + a.left + 1 : (a.top + 1) * COLUMNS + a.left;
}

/** Areas up to this many cells are indexed cell by cell; larger ones (a merged column) by their bounds. */
const INDEXED_CELLS = 65_536;

/** Whether a cell (by its key, row × 16,384 + column) is merged away. */
export interface MergedAway {
  has(key: number): boolean;
}

function overlaps(a: CellArea, b: CellArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * @example
 *   scanMerges('<mergeCell ref="A1:B1"/>'); // { merged: ["A1:B1"], mergedAway: has(1) → true }
 */
export function scanMerges(content: string): { merged: string[]; mergedAway: MergedAway } {
  const indexed = new Set<number>();
  const covered = new Set<number>();
  const large: CellArea[] = [];
  const areas: CellArea[] = [];
  for (const tag of startTags(content, "mergeCell")) {
    const merge = area(xmlAttributes(tag).get("ref") ?? "");
    const cells = (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1);
    if (cells > INDEXED_CELLS) {
      if (areas.some((other) => overlaps(other, merge))) throw new Unscannable("overlapping merged areas");
      large.push(merge);
    } else {
      if (large.some((other) => overlaps(other, merge))) throw new Unscannable("overlapping merged areas");
      for (let row = merge.top; row <= merge.bottom; row++) {
        for (let column = merge.left; column <= merge.right; column++) {
          const key = row * COLUMNS + column;
          if (covered.has(key)) throw new Unscannable("overlapping merged areas");
          covered.add(key);
          if (row > merge.top || column > merge.left) indexed.add(key);
        }
      }
    }
    if (merge.bottom > merge.top || merge.right > merge.left) areas.push(merge);
  }
  const merged = areas.sort((a, b) => firstMergedAway(a) - firstMergedAway(b)).map(rangeA1);
  const inLarge = (key: number): boolean => {
    const row = Math.floor(key / COLUMNS);
    const column = key % COLUMNS;
    return large.some(
      (a) =>
        row >= a.top &&
        row <= a.bottom &&
        column >= a.left &&
        column <= a.right &&
        (row > a.top || column > a.left),
    );
  };
  return { merged, mergedAway: { has: (key) => indexed.has(key) || (large.length > 0 && inLarge(key)) } };
}
