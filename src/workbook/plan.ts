import type { SoaBaseline } from "../domain/soa";
import type { RegisterKey } from "../domain/readiness/types";

/**
 * WorkbookPlan: what an operation wants written, as plain data. Both ports (Office and .xlsx)
 * render the same plan, so a plan can be asserted on in unit tests and what the CLI writes to a file
 * is what the pane writes into Excel.
 */

/** A native Excel formula, kept apart from text so user text can never turn into a formula. */
export interface Formula {
  readonly formula: string;
}

/**
 * One cell to write. A string is ALWAYS literal text (ports must keep `=HYPERLINK(..)` or `-5` typed
 * by a person as text); a formula is written only through {@link Formula}. Dates are Excel serial
 * numbers with a date number format on their column.
 */
export type PlanCell = string | number | boolean | null | Formula;

export function formula(text: string): Formula {
  return { formula: text.startsWith("=") ? text : `=${text}` };
}

export function isFormula(cell: PlanCell | undefined): cell is Formula {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** Colours as #RRGGBB. */
export type Color = `#${string}`;

/** A thin line of one colour on every edge of every cell of a range. */
export interface BorderStyle {
  readonly weight: "thin";
  readonly color: Color;
}

export interface CellStyle {
  readonly bold?: boolean;
  readonly fill?: Color;
  readonly fontColor?: Color;
  /** Wrapped text (top-aligned unless `verticalAlignment` says otherwise). */
  readonly wrap?: boolean;
  readonly numberFormat?: string;
  readonly border?: BorderStyle;
  readonly verticalAlignment?: "top" | "center" | "bottom";
  readonly horizontalAlignment?: "left" | "center" | "right";
}

/** A rectangle of cells with its top-left corner (0-based row/column on the sheet). */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly PlanCell[])[];
  readonly style?: CellStyle;
}

export interface TableColumnPlan {
  /** Stable key recorded in metadata, e.g. "riskId". */
  readonly key: string;
  /** Header shown in the chosen language. */
  readonly header: string;
  readonly numberFormat?: string;
  /** Column width in characters. */
  readonly width?: number;
  readonly wrap?: boolean;
  /** Body cells centred (ratings, levels, values); Excel's general alignment when absent. */
  readonly centered?: boolean;
  /**
   * The column as a table calculated column: its formula (with the leading "=") as it reads in the table's
   * first body row, which Excel fills into every row added to the table. The rows the plan writes still
   * hold their own cells (a row that already holds a value keeps it, as an exception Excel marks).
   */
  readonly calculated?: string;
}

export interface TablePlan {
  /** Stable table name, e.g. "ISMS_Risks". */
  readonly name: string;
  /** Top-left header cell (0-based). */
  readonly row: number;
  readonly column: number;
  readonly columns: readonly TableColumnPlan[];
  /** Data rows, one PlanCell per column. */
  readonly rows: readonly (readonly PlanCell[])[];
  readonly style?: string;
  /** The header row's own formatting, so it reads as a header without the table style (WPS, LibreOffice). */
  readonly headerStyle?: CellStyle;
}

export interface ListValidationPlan {
  /** A1 range on the sheet, e.g. "E2:E1001". */
  readonly range: string;
  /** Either a formula/name reference such as "=ISMS_Options" or an inline list. */
  readonly source: string | readonly string[];
  readonly allowBlank: boolean;
  /** Error shown when a value outside the list is typed (in the workbook's language). */
  readonly errorMessage?: string;
  /**
   * "stop" (default) refuses a value outside the list; "warning" asks and lets the person keep it (a
   * responsible person or a threat not in the library yet).
   */
  readonly alert?: "stop" | "warning";
}

/**
 * Date validation: a cell accepts a date on or after `from` (a typed text or a number that is no date is
 * refused with the message), or a blank.
 */
export interface DateValidationPlan {
  /** A1 range on the sheet, e.g. "M2:M1001". */
  readonly range: string;
  /** ISO date, the earliest accepted. */
  readonly from: string;
  readonly errorMessage: string;
}

export type ConditionalFormatPlan =
  | {
      readonly kind: "cellValue";
      readonly range: string;
      readonly operator: "between" | "equal" | "greaterThan" | "lessThan" | "greaterThanOrEqual";
      readonly formula1: string;
      readonly formula2?: string;
      readonly fill: Color;
      readonly fontColor?: Color;
    }
  | {
      readonly kind: "expression";
      readonly range: string;
      /** Formula relative to the top-left cell of the range, e.g. "=$K2=\"No\"". */
      readonly formula: string;
      readonly fill: Color;
      readonly fontColor?: Color;
    };

export interface HyperlinkPlan {
  /** Cell holding the link (A1 on this sheet). */
  readonly address: string;
  /** Target sheet name and A1 cell. */
  readonly targetSheet: string;
  readonly targetAddress: string;
  readonly text: string;
}

export interface NamedRangePlan {
  readonly name: string;
  readonly sheet: string;
  /** A1 range, absolute, e.g. "$B$3:$B$7". */
  readonly address: string;
}

/** One series of a chart: its name and its values. */
export interface ChartSeriesPlan {
  readonly name: string;
  /** A1 range on the same sheet, one column, e.g. "C3:C9". */
  readonly values: string;
}

/** A native chart on the sheet, drawn from the sheet's own cells. */
export interface ChartPlan {
  /** "bar": clustered column chart (vertical bars); "radar": radar chart. */
  readonly kind: "bar" | "radar";
  readonly title: string;
  /** A1 range on the same sheet, one column of labels, e.g. "B3:B9". */
  readonly categories: string;
  /** E.g. the current score and the target. */
  readonly series: readonly ChartSeriesPlan[];
  /** Where it sits: 0-based top-left cell and the size in cells. */
  readonly anchor: {
    readonly row: number;
    readonly column: number;
    readonly rows: number;
    readonly columns: number;
  };
}

/**
 * The three parts of a page header or footer. Texts may hold `{page}`, `{pages}` and `{sheet}` (the page
 * number, the page count and the sheet's name), which each port turns into its own codes.
 */
export interface HeaderFooterPlan {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

/** How a sheet prints: paper, orientation, scaling to the page width, repeated rows, header and footer. */
export interface PrintPlan {
  readonly orientation: "landscape" | "portrait";
  readonly paper: "A4";
  /** Scaled to this many pages wide, as many pages tall as it takes. */
  readonly fitToPagesWide: 1;
  /** 0-based sheet rows repeated at the top of every page (e.g. a table's header row). */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** The A1 range printed ("A1:Q63"); the whole used range without it. */
  readonly area?: string;
  readonly header?: HeaderFooterPlan;
  readonly footer?: HeaderFooterPlan;
}

/**
 * The height of one sheet row. A set height (a header row whose wrapped words need two lines) is kept as
 * it is. An `estimate` (a body row whose wrapped text needs more lines) is for readers that do not fit rows
 * to their text when they open a file (LibreOffice, WPS): it is written as the row's height but not as a
 * custom one, so Excel still fits the row itself, and the Office port leaves the row to Excel.
 */
export interface RowHeightPlan {
  /** 0-based sheet row. */
  readonly row: number;
  /** Points. */
  readonly height: number;
  readonly estimate?: boolean;
}

export type SheetKey =
  | "method"
  | "assets"
  | "threats"
  | "vulnerabilities"
  | "risks"
  | "treatments"
  | "soa"
  | "gap"
  | "soaChanges"
  | "guide"
  | "revisions"
  | RegisterKey;

export interface SheetPlan {
  readonly key: SheetKey;
  readonly name: string;
  /** "create": the sheet must not exist with data; "update": write into the existing sheet. */
  readonly mode: "create" | "update";
  readonly blocks: readonly CellBlock[];
  readonly tables: readonly TablePlan[];
  readonly validations: readonly ListValidationPlan[];
  /** Date columns' validation (none when absent). */
  readonly dateValidations?: readonly DateValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly hyperlinks: readonly HyperlinkPlan[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly columnWidths?: readonly { readonly column: number; readonly width: number }[];
  readonly tabColor?: Color;
  /** Native charts; applying the plan again replaces the charts it wrote before. */
  readonly charts?: readonly ChartPlan[];
  /** Page setup for printing; the sheet's print settings are left as they are without it. */
  readonly print?: PrintPlan;
  /** Row heights in points, by 0-based sheet row. */
  readonly rowHeights?: readonly RowHeightPlan[];
  /**
   * Cells the product computes (formulas a person should not type over), as A1 ranges: styled apart from
   * the inputs and, when `protect` is set, the only locked cells of the sheet.
   */
  readonly computedRanges?: readonly string[];
  /** Protect the sheet without a password: everything unlocked except `computedRanges`. */
  readonly protect?: boolean;
}

/** What records each ISMS sheet's role and column keys, so renamed sheets and headers are still found. */
export interface IsmsMetadata {
  readonly version: 1;
  readonly lang: string;
  readonly standard: string;
  readonly sheets: readonly {
    readonly key: SheetKey;
    readonly name: string;
    readonly table: string;
    readonly columns: readonly string[];
  }[];
  /** What the last SoA version recorded, so the next one can say what changed. */
  readonly soa?: SoaBaseline;
  /**
   * Keys of the sheets the product protected itself (SheetPlan.protect), found through `sheets` like any
   * ISMS sheet: its later writes into them unprotect and protect them again, and leave alone any sheet a
   * person protected (see src/workbook/layout/protectionPlan.ts).
   */
  readonly protected?: readonly SheetKey[];
}

/**
 * Rows added to an existing table, just below its last row: the table grows over them, nothing above
 * is touched. Computed columns carry their formulas like any other cell.
 */
export interface TableAppendPlan {
  readonly sheet: string;
  readonly table: string;
  /** 0-based sheet row and column of the first appended cell (the row below the table, its first column). */
  readonly row: number;
  readonly column: number;
  readonly rows: readonly (readonly PlanCell[])[];
}

/** One cell of an existing sheet given a value, and optionally a link to a cell (like HyperlinkPlan). */
export interface CellUpdatePlan {
  readonly sheet: string;
  /** A1 on that sheet. */
  readonly address: string;
  readonly value: PlanCell;
  readonly link?: { readonly targetSheet: string; readonly targetAddress: string };
}

/**
 * A rectangle of cells of an existing sheet given new values (a refreshed column of a table): values and
 * formulas as in a CellBlock, styles left as they are.
 */
export interface RangeWritePlan {
  readonly sheet: string;
  /** 0-based sheet row and column of cells[0][0]. */
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly PlanCell[])[];
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  /** Cell ranges of existing sheets (after the sheets are written, before the appends). */
  readonly writes?: readonly RangeWritePlan[];
  /** Rows added to existing tables (after the sheets are written). */
  readonly appends?: readonly TableAppendPlan[];
  /** Single cells of existing sheets (after the appends). */
  readonly updates?: readonly CellUpdatePlan[];
  readonly names: readonly NamedRangePlan[];
  readonly metadata?: IsmsMetadata;
  /**
   * The metadata sheet is known to exist (the operation read the metadata from it): rewriting the
   * metadata then needs no look at the workbook first.
   */
  readonly metadataInPlace?: boolean;
  /** Sheet to activate after applying. */
  readonly activate?: string;
}

/** Cells a sheet plan writes: its blocks' cells and its tables' headers and rows (what "cells written" counts, in both ports). */
export function plannedCells(sheet: SheetPlan): number {
  const blocks = sheet.blocks.reduce(
    (sum, block) => sum + block.cells.reduce((n, row) => n + row.length, 0),
    0,
  );
  const tables = sheet.tables.reduce((sum, table) => sum + table.columns.length * (table.rows.length + 1), 0);
  return blocks + tables;
}

/** Cells a whole plan writes (sheets, appended rows and updated cells). */
export function planCells(plan: WorkbookPlan): number {
  const matrices = [...(plan.appends ?? []).map((a) => a.rows), ...(plan.writes ?? []).map((w) => w.cells)];
  const written = matrices.reduce((sum, rows) => sum + rows.reduce((n, row) => n + row.length, 0), 0);
  return (
    plan.sheets.reduce((sum, sheet) => sum + plannedCells(sheet), 0) + written + (plan.updates?.length ?? 0)
  );
}

/** A plan that only adds rows and sets cells of existing sheets: it creates nothing. */
export function changesExistingOnly(plan: WorkbookPlan): boolean {
  const metadata = plan.metadata === undefined || plan.metadataInPlace === true;
  return plan.sheets.length === 0 && plan.names.length === 0 && metadata;
}
