/**
 * Merged cells in the fake host: `Range.merge(across)` and `Range.unmerge()` (ExcelApi 1.2), and
 * `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13), which answers with a `RangeAreas`.
 *
 * What the fake keeps of Excel, and what it settles where Excel's documentation does not say:
 * - Merging keeps the top-left cell's value and blanks the others, so a merged-away cell reads `""`.
 *   A write of a value (or formula) into a merged-away cell is refused with "InvalidOperation", as Excel
 *   refuses to change part of a merged cell; writing `""` or `null` there is accepted. The port never
 *   merges nor writes into merged areas: this is only strict enough to catch it if it ever did.
 * - Merging a range that holds whole merged areas replaces them; one that holds part of a merged area
 *   is refused ("InvalidOperation"). Unmerging a range unmerges every area it touches. Both are refused
 *   on a protected sheet ("AccessDenied"), whatever its options.
 * - `getMergedAreasOrNullObject()` reports the areas whose top-left cell lies in the range, whole (an
 *   Office.js issue reports that areas starting outside the range are left out; others report them
 *   clipped): a caller that wants every area of a sheet asks the whole sheet. It is a null object when
 *   there is none, and fails ("GeneralException", the code is not documented) when there are more than
 *   512, as its documentation says it "will fail to return the result".
 * - `RangeAreas.address` joins the sheet-qualified areas with commas ("Sheet1!A1:K1,Sheet1!C4:C7",
 *   quoted names as `Range.address` quotes them), in the order the areas were merged.
 */
import { cellKey, forEachCell, formatAddress, intersectRects, parseRect, type Rect } from "./fakeAddress";
import { FakeBatch, FakeClientObject, FakeOfficeError } from "./fakeRequest";
import type { FakeSheet } from "./fakeState";

/** More merged areas than this in one range and `getMergedAreasOrNullObject` fails. */
export const MERGED_AREAS_LIMIT = 512;

/** Areas up to this many cells are blanked cell by cell; larger ones by walking the cells that exist. */
const WALKED_CELLS = 10_000;

/** The merged areas a `RangeAreas` stands for, on one sheet. */
export interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly areas: readonly Rect[];
}

function invalidOperation(message: string): FakeOfficeError {
  return new FakeOfficeError("InvalidOperation", message);
}

function holds(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rowCount &&
    column >= rect.column &&
    column < rect.column + rect.columnCount
  );
}

function within(inner: Rect, outer: Rect): boolean {
  return (
    holds(outer, inner.row, inner.column) &&
    holds(outer, inner.row + inner.rowCount - 1, inner.column + inner.columnCount - 1)
  );
}

/** Merges one area (a single cell is left alone), blanking every cell but its top-left one. */
export function mergeArea(sheet: FakeSheet, area: Rect): void {
  if (area.rowCount * area.columnCount < 2) return;
  const touched = sheet.merged.filter((existing) => intersectRects(existing, area));
  if (touched.some((existing) => !within(existing, area)))
    throw invalidOperation("Cannot merge a range that holds part of a merged cell.");
  sheet.merged = [...sheet.merged.filter((existing) => !touched.includes(existing)), area];
  const blank = (key: string): void => {
    const cell = sheet.cells[key];
    if (cell) sheet.cells[key] = { ...cell, value: "", formula: null, quotePrefix: false };
  };
  const topLeft = cellKey(area.row, area.column);
  if (area.rowCount * area.columnCount <= WALKED_CELLS) {
    forEachCell(area, (row, column) => {
      const key = cellKey(row, column);
      if (key !== topLeft) blank(key);
    });
    return;
  }
  // A large area (a whole column): only cells that exist can hold something, so walk those instead.
  for (const key of Object.keys(sheet.cells)) {
    const at = parseRect(key);
    if (at && key !== topLeft && holds(area, at.row, at.column)) blank(key);
  }
}

/** Merges `rect` as one area, or each of its rows as an area (`across`). */
export function mergeRange(sheet: FakeSheet, rect: Rect, across: boolean): void {
  if (!across) return mergeArea(sheet, rect);
  for (let r = 0; r < rect.rowCount; r++) mergeArea(sheet, { ...rect, row: rect.row + r, rowCount: 1 });
}

/** Unmerges every area `rect` touches. */
export function unmergeRange(sheet: FakeSheet, rect: Rect): void {
  sheet.merged = sheet.merged.filter((area) => !intersectRects(area, rect));
}

/** The areas whose top-left cell lies in `rect`, in the order they were merged. */
export function mergedAreasAt(sheet: FakeSheet, rect: Rect): Rect[] {
  return sheet.merged.filter((area) => holds(rect, area.row, area.column));
}

/**
 * Refuses a write that would put something into a merged-away cell of `rect` (`inputs` is the checked
 * matrix, null where a cell is left as it is).
 */
export function assertNotIntoMerged(
  sheet: FakeSheet,
  rect: Rect,
  inputs: readonly (readonly unknown[])[],
  what: string,
): void {
  for (const area of sheet.merged) {
    const shared = intersectRects(area, rect);
    if (!shared) continue;
    for (let row = shared.row; row < shared.row + shared.rowCount; row++) {
      for (let column = shared.column; column < shared.column + shared.columnCount; column++) {
        if (row === area.row && column === area.column) continue;
        const input = inputs[row - rect.row]?.[column - rect.column] ?? null;
        if (input !== null && input !== "")
          throw invalidOperation(`Cannot change part of a merged cell (${what}).`);
      }
    }
  }
}

/** The fake `Excel.RangeAreas`, as `getMergedAreasOrNullObject` returns it: its address and count. */
export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  protected readonly scalarProperties = ["address", "areaCount"];

  constructor(
    batch: FakeBatch,
    path: string,
    private readonly find: () => AreasTarget | null,
    nullable = false,
  ) {
    super(batch, path, nullable);
  }

  protected locate(): AreasTarget | null {
    return this.find();
  }

  protected snapshot({ sheet, areas }: AreasTarget, property: string): unknown {
    if (property === "areaCount") return areas.length;
    return areas.map((area) => formatAddress(sheet.name, area)).join(",");
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}

/** What `getMergedAreasOrNullObject` finds in a range: null when none, a failure past the limit. */
export function mergedAreasTarget(sheet: FakeSheet, rect: Rect): AreasTarget | null {
  const areas = mergedAreasAt(sheet, rect);
  if (areas.length > MERGED_AREAS_LIMIT)
    throw new FakeOfficeError(
      "GeneralException",
      `There are more than ${MERGED_AREAS_LIMIT} merged areas in the range.`,
    );
  return areas.length === 0 ? null : { sheet, areas };
}
