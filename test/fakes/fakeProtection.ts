/**
 * Worksheet protection as Excel applies it: on a protected sheet, values and formulas can be written
 * only to unlocked cells (`format.protection.locked` false; every cell starts locked; kept per range, so a
 * whole sheet unlocked at once is one entry, see FakeSheet.lockAreas), and formatting,
 * column widths, row heights and hyperlinks are allowed only when the protection options say so. What
 * the options cannot allow (data validation, conditional formats, tables) is refused outright.
 * Refusals carry "AccessDenied", the code Excel uses.
 */
import { intersectRects, type Rect } from "./fakeAddress";
import { FakeOfficeError } from "./fakeRequest";
import type { FakeSheet } from "./fakeState";

/** `Excel.WorksheetProtectionOptions` with every member present. */
export interface FakeProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: "Normal" | "Unlocked" | "None";
}

export type FakeProtectionOption = Exclude<keyof FakeProtectionOptions, "selectionMode">;

/** What `protect()` without options gives: users may select cells and nothing else. */
export function defaultProtectionOptions(): FakeProtectionOptions {
  return {
    allowAutoFilter: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowFormatCells: false,
    allowFormatColumns: false,
    allowFormatRows: false,
    allowInsertColumns: false,
    allowInsertHyperlinks: false,
    allowInsertRows: false,
    allowPivotTables: false,
    allowSort: false,
    selectionMode: "Normal",
  };
}

function denied(sheet: FakeSheet, what: string): FakeOfficeError {
  return new FakeOfficeError(
    "AccessDenied",
    `You cannot perform the requested operation: the sheet '${sheet.name}' is protected (${what}).`,
  );
}

/** Refuses anything on a protected sheet (what no protection option allows). */
export function assertUnprotected(sheet: FakeSheet, what: string): void {
  if (sheet.protection) throw denied(sheet, what);
}

/** Refuses `what` on a protected sheet unless its protection allows `option`. */
export function assertAllowed(sheet: FakeSheet, option: FakeProtectionOption, what: string): void {
  if (sheet.protection && !sheet.protection.options[option]) throw denied(sheet, what);
}

/** The cut points of `rect` along one axis: its edges and every area's edges inside it. */
function cuts(start: number, count: number, spans: readonly (readonly [number, number])[]): number[] {
  const points = new Set([start]);
  for (const [from, length] of spans) {
    if (from > start && from < start + count) points.add(from);
    if (from + length > start && from + length < start + count) points.add(from + length);
  }
  return [...points].sort((a, b) => a - b);
}

const holds = (rect: Rect, row: number, column: number): boolean =>
  row >= rect.row &&
  row < rect.row + rect.rowCount &&
  column >= rect.column &&
  column < rect.column + rect.columnCount;

/**
 * Whether the cells of `rect` are all locked, all unlocked or mixed. The lock areas cut the rectangle into
 * blocks whose cells all agree, so a whole sheet is answered from a handful of blocks, never cell by cell.
 */
export function lockState(sheet: FakeSheet, rect: Rect): "locked" | "unlocked" | "mixed" {
  const areas = sheet.lockAreas.filter((area) => intersectRects(area.rect, rect) !== null);
  const rows = cuts(
    rect.row,
    rect.rowCount,
    areas.map((area) => [area.rect.row, area.rect.rowCount]),
  );
  const columns = cuts(
    rect.column,
    rect.columnCount,
    areas.map((area) => [area.rect.column, area.rect.columnCount]),
  );
  let locked = false;
  let unlocked = false;
  for (const row of rows) {
    for (const column of columns) {
      const last = areas.findLast((area) => holds(area.rect, row, column));
      if (last?.locked === false) unlocked = true;
      else locked = true;
      if (locked && unlocked) return "mixed";
    }
  }
  return unlocked ? "unlocked" : "locked";
}

/** Sets `format.protection.locked` over `rect`: one area, replacing the areas it covers whole. */
export function setLocked(sheet: FakeSheet, rect: Rect, locked: boolean): void {
  const covered = (inner: Rect) =>
    inner.row >= rect.row &&
    inner.column >= rect.column &&
    inner.row + inner.rowCount <= rect.row + rect.rowCount &&
    inner.column + inner.columnCount <= rect.column + rect.columnCount;
  sheet.lockAreas = [...sheet.lockAreas.filter((area) => !covered(area.rect)), { rect, locked }];
}

/** Refuses a change to the contents of `rect` on a protected sheet when any of its cells is locked. */
export function assertEditable(sheet: FakeSheet, rect: Rect, what: string): void {
  if (!sheet.protection) return;
  if (lockState(sheet, rect) !== "unlocked") throw denied(sheet, `${what} of a locked cell`);
}
