/**
 * Worksheet protection as Excel applies it: on a protected sheet, values and formulas can be written
 * only to unlocked cells (`format.protection.locked` false; every cell starts locked), and formatting,
 * column widths, row heights and hyperlinks are allowed only when the protection options say so. What
 * the options cannot allow (data validation, conditional formats, tables) is refused outright.
 * Refusals carry "AccessDenied", the code Excel uses.
 */
import { parseRect, type Rect } from "./fakeAddress";
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

function contains(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rowCount &&
    column >= rect.column &&
    column < rect.column + rect.columnCount
  );
}

/** How many cells of `rect` are unlocked (cells never touched are locked, as in a new sheet). */
export function unlockedCount(sheet: FakeSheet, rect: Rect): number {
  let count = 0;
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (cell.locked !== false) continue;
    const at = parseRect(key);
    if (at && contains(rect, at.row, at.column)) count++;
  }
  return count;
}

/** Refuses a change to the contents of `rect` on a protected sheet when any of its cells is locked. */
export function assertEditable(sheet: FakeSheet, rect: Rect, what: string): void {
  if (!sheet.protection) return;
  if (unlockedCount(sheet, rect) < rect.rowCount * rect.columnCount)
    throw denied(sheet, `${what} of a locked cell`);
}
