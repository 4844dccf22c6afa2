/**
 * The backing state of the fake Excel host as plain data: what a test seeds before a run and asserts on
 * after it. Proxies (fakeRange.ts, fakeWorksheet.ts, ...) change it only while `sync()` runs.
 */
import { cellKey, parseRect, type Rect } from "./fakeAddress";
import type { FakeProtectionOptions } from "./fakeProtection";

/** A value as `Range.values` reports it. */
export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  /** The formula ("=SUM(A1:A3)") or null for a constant. */
  formula: string | null;
  numberFormat: string;
  /** Text entered with a leading apostrophe (Excel's quotePrefix): shown and read without it. */
  quotePrefix?: boolean;
  bold?: boolean;
  fill?: string;
  fontColor?: string;
  wrap?: boolean;
  /** `format.verticalAlignment` / `format.horizontalAlignment`; absent: Excel's "Bottom" and "General". */
  verticalAlignment?: string;
  horizontalAlignment?: string;
  /** The lines on the cell's edges (`format.borders`); an edge never set has none. */
  borders?: Partial<Record<FakeCellEdge, FakeBorderLine>>;
}

/**
 * A range whose `format.protection.locked` was set. Kept per range rather than per cell, so unlocking a
 * whole sheet (`getRange().format.protection.locked = false`) costs one entry, as it costs Excel one format.
 */
export interface FakeLockArea {
  rect: Rect;
  locked: boolean;
}

export type FakeCellEdge = "top" | "bottom" | "left" | "right";

/** One line of a cell's border, as `Excel.RangeBorder` describes it. */
export interface FakeBorderLine {
  style: string;
  weight: string;
  color: string;
}

export interface FakeTable {
  name: string;
  /** Whole table including the header row. */
  rect: Rect;
  style?: string;
}

export interface FakeValidation {
  rect: Rect;
  /** Null until a rule is set (an error alert may be set first). */
  list: { source: string; inCellDropDown: boolean } | null;
  /** A date rule (the other kind the product sets): its bound and operator; null for a list or until set. */
  date?: { formula1: string; operator: string } | null;
  ignoreBlanks: boolean;
  errorMessage: string | null;
  /** The error alert's style ("Stop" refuses, "Warning" asks, "Information" only tells); null until set. */
  errorStyle: string | null;
}

export interface FakeConditionalFormat {
  rect: Rect;
  type: "CellValue" | "Custom";
  operator: string | null;
  formula1: string | null;
  formula2: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface FakeHyperlink {
  documentReference?: string;
  address?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeChartSeries {
  name: string;
  /** A1 range ("C3:C9"; sheet-qualified when on another sheet), null for a series added empty. */
  values: string | null;
  /** A1 range of the category labels, null until set (Excel then numbers the categories). */
  categories: string | null;
}

export interface FakeChart {
  name: string;
  /** `Excel.ChartType`, e.g. "ColumnClustered". */
  type: string;
  title: string;
  series: FakeChartSeries[];
  /** The cell the top-left corner is on, and the last cell the chart covers; null until placed. */
  topLeft: string | null;
  bottomRight: string | null;
}

/** `PageLayout.zoom`: a scale, or pages wide and tall (0: automatic). */
export interface FakePageZoom {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

/** The general header and footer (`headersFooters.defaultForAllPages`), in Excel's codes. */
export interface FakeHeaderFooter {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** A sheet's print settings (`Worksheet.pageLayout`). */
export interface FakePageLayoutState {
  orientation: "Portrait" | "Landscape";
  paperSize: "Letter" | "Legal" | "A3" | "A4" | "A5" | "B4" | "B5" | "Tabloid";
  zoom: FakePageZoom;
  /** Whole rows as Excel reports them ("1:1"), null when none are set. */
  printTitleRows: string | null;
  /** The print area as an A1 range ("A1:Q63"), null when none is set. */
  printArea: string | null;
  headersFooters: FakeHeaderFooter;
}

export interface FakeSheet {
  id: string;
  name: string;
  /** A1 address → cell. Cells never written are absent. */
  cells: Record<string, FakeCell>;
  tables: FakeTable[];
  validations: FakeValidation[];
  conditionalFormats: FakeConditionalFormat[];
  /** A1 address → link. */
  hyperlinks: Record<string, FakeHyperlink>;
  freeze: { rows: number; columns: number } | null;
  /** 0-based column → width in points. */
  columnWidths: Record<number, number>;
  /** 0-based row → height in points. */
  rowHeights: Record<number, number>;
  tabColor: string;
  visibility: FakeVisibility;
  /** Null while the sheet is not protected. */
  protection: FakeSheetProtection | null;
  /**
   * Where `format.protection.locked` was set, in order: the last area holding a cell decides whether it
   * is locked; a cell in none is locked, as every cell of a new sheet is (fakeProtection.ts).
   */
  lockAreas: FakeLockArea[];
  charts: FakeChart[];
  pageLayout: FakePageLayoutState;
  /**
   * Merged areas, each of two cells or more, none overlapping another, in the order they were merged.
   * Only an area's top-left cell holds anything: merging blanks the others, and a write of a value into
   * one is refused (fakeRangeAreas.ts).
   */
  merged: Rect[];
}

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeSheetProtection {
  options: FakeProtectionOptions;
  /** Null when protected without a password. */
  password: string | null;
}

export interface FakeName {
  name: string;
  /** "=Sheet1!$A$1:$B$3". */
  formula: string;
}

export interface FakeCustomXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  names: FakeName[];
  customXmlParts: FakeCustomXmlPart[];
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
}

/** Seed data: rows of values (strings starting with "=" are formulas), from A1 unless told. */
export interface SheetSeed {
  readonly name: string;
  readonly rows?: readonly (readonly (FakeValue | null)[])[];
  readonly tables?: readonly { readonly name: string; readonly address: string }[];
  /** Protected without a password, with `protectionOptions` (default: nothing allowed). */
  readonly protected?: boolean;
  readonly protectionOptions?: Partial<FakeProtectionOptions>;
  /** Addresses ("B2:C9") of cells whose `format.protection.locked` is false. */
  readonly unlocked?: readonly string[];
  readonly visibility?: FakeVisibility;
  /** Addresses ("A1:K1") of merged areas, merged as `Range.merge()` does: only the top-left value stays. */
  readonly merged?: readonly string[];
}

export interface WorkbookSeed {
  readonly sheets?: readonly SheetSeed[];
  readonly customXmlParts?: readonly { readonly namespaceUri: string; readonly xml: string }[];
}

export function emptySheet(id: string, name: string): FakeSheet {
  return {
    id,
    name,
    cells: {},
    tables: [],
    validations: [],
    conditionalFormats: [],
    hyperlinks: {},
    freeze: null,
    columnWidths: {},
    rowHeights: {},
    tabColor: "",
    visibility: "Visible",
    protection: null,
    lockAreas: [],
    charts: [],
    merged: [],
    pageLayout: {
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 100 },
      printTitleRows: null,
      printArea: null,
      headersFooters: {
        leftHeader: "",
        centerHeader: "",
        rightHeader: "",
        leftFooter: "",
        centerFooter: "",
        rightFooter: "",
      },
    },
  };
}

export function emptyCell(): FakeCell {
  return { value: "", formula: null, numberFormat: "General" };
}

/** The cell at (row, column), created blank when absent. */
export function cellAt(sheet: FakeSheet, row: number, column: number): FakeCell {
  const key = cellKey(row, column);
  const existing = sheet.cells[key];
  if (existing) return existing;
  const created = emptyCell();
  sheet.cells[key] = created;
  return created;
}

/** Does the cell hold a value or formula (what `getUsedRange(true)` counts)? */
export function hasContent(cell: FakeCell): boolean {
  return cell.formula !== null || cell.value !== "";
}

export function findSheet(state: FakeWorkbookState, name: string): FakeSheet | undefined {
  const wanted = name.toLowerCase();
  return state.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
}

/**
 * The smallest rectangle holding every cell with content (or any cell at all, when not valuesOnly),
 * within `within` when given.
 */
export function usedRect(sheet: FakeSheet, valuesOnly: boolean, within?: Rect): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (valuesOnly && !hasContent(cell)) continue;
    const rect = parseRect(key);
    if (!rect) continue;
    if (
      within &&
      (rect.row < within.row ||
        rect.row >= within.row + within.rowCount ||
        rect.column < within.column ||
        rect.column >= within.column + within.columnCount)
    )
      continue;
    top = Math.min(top, rect.row);
    left = Math.min(left, rect.column);
    bottom = Math.max(bottom, rect.row);
    right = Math.max(right, rect.column);
  }
  if (bottom < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}
