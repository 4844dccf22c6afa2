/**
 * A worksheet's `<mergeCells>` read for the fast read path: which cells are merged away (blank, as
 * in Excel) and the merged areas in the order the ExcelJS path lists them (by their first
 * merged-away cell, row by row). Overlapping areas, which ExcelJS refuses, raise Unscannable.
 */
import { parseCellAddress, rangeAddress } from "./a1Address";
import { startTags, Unscannable, xmlAttributes } from "./xmlText";

const COLUMNS = 16_384;

interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function area(ref: string): Area {
  const [from, to, extra] = ref.split(":");
  const start = parseCellAddress(from ?? "");
  const end = parseCellAddress(to ?? "");
  if (!start || !end || extra !== undefined) throw new Unscannable(`merged area ${ref}`);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** Row-major key of the first cell ExcelJS turns into a merged-away cell. */
function firstMergedAway(a: Area): number {
  return a.right > a.left ? a.top * COLUMNS + a.left + 1 : (a.top + 1) * COLUMNS + a.left;
}

/**
 * @example
 *   scanMerges('<mergeCell ref="A1:B1"/>'); // { merged: ["A1:B1"], mergedAway: Set { 1 } }
 */
export function scanMerges(content: string): { merged: string[]; mergedAway: Set<number> } {
  const mergedAway = new Set<number>();
  const covered = new Set<number>();
  const areas: Area[] = [];
  for (const tag of startTags(content, "mergeCell")) {
    const merge = area(xmlAttributes(tag).get("ref") ?? "");
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let column = merge.left; column <= merge.right; column++) {
        const key = row * COLUMNS + column;
        if (covered.has(key)) throw new Unscannable("overlapping merged areas");
        covered.add(key);
        if (row > merge.top || column > merge.left) mergedAway.add(key);
      }
    }
    if (merge.bottom > merge.top || merge.right > merge.left) areas.push(merge);
  }
  const merged = areas
    .sort((a, b) => firstMergedAway(a) - firstMergedAway(b))
    .map((a) => rangeAddress(a.top, a.left, a.bottom, a.right));
  return { merged, mergedAway };
}
