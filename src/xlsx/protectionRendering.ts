/**
 * A sheet plan's computed cells and protection in the ExcelJS model, as the Office port renders them:
 * computed cells filled grey; with `protect`, every other cell of the sheet open (each cell the model
 * holds, and every column's style for the cells it does not), the computed cells locked, and the sheet
 * protected without a password with the product's options (SHEET_PROTECTION).
 *
 * A sheet's protection is otherwise kept as it is: ExcelJS reads and writes it back, and cells written
 * into a protected sheet keep their style (the file format does not stop a program from writing them). A
 * planned sheet the product had protected takes the plan's protection; one a person protected keeps theirs
 * whatever the plan says, never losing a password.
 */
import type ExcelJS from "exceljs";
import { parseRange, type CellArea } from "../workbook/cells/cellAddress";
import { COMPUTED_FILL, SHEET_PROTECTION } from "../workbook/layout/protectionPlan";
import type { SheetPlan } from "../workbook/plan";
import { materialize, type DeferredBody } from "./bulkRows";
import { argb } from "./cellWriting";

/** Excel's last column: the open style reaches every column of the sheet. */
const LAST_COLUMN = 16_384;

/**
 * Excel's standard column (8.43 characters) as the file states widths. A styled column must state one:
 * ExcelJS writes its own default (9) for a column without, and then files every such column apart
 * instead of as one `<col min max>` (half a megabyte for a sheet).
 */
const STANDARD_WIDTH = 9.140625;

/**
 * The product's protection as ExcelJS options. Each is the permission it names: ExcelJS writes the
 * file's attribute from it (`formatColumns: true` → formatColumns="0", `objects: false` → objects="1").
 */
export const EXCELJS_PROTECTION = {
  selectLockedCells: SHEET_PROTECTION.selectLockedCells,
  selectUnlockedCells: SHEET_PROTECTION.selectUnlockedCells,
  formatCells: SHEET_PROTECTION.formatCells,
  formatColumns: SHEET_PROTECTION.formatColumns,
  formatRows: SHEET_PROTECTION.formatRows,
  insertColumns: SHEET_PROTECTION.insertColumns,
  insertRows: SHEET_PROTECTION.insertRows,
  insertHyperlinks: SHEET_PROTECTION.insertHyperlinks,
  deleteColumns: SHEET_PROTECTION.deleteColumns,
  deleteRows: SHEET_PROTECTION.deleteRows,
  sort: SHEET_PROTECTION.sort,
  autoFilter: SHEET_PROTECTION.autoFilter,
  pivotTables: SHEET_PROTECTION.pivotTables,
  objects: SHEET_PROTECTION.editObjects,
  scenarios: SHEET_PROTECTION.editScenarios,
} as const satisfies Partial<ExcelJS.WorksheetProtection>;

type OptionName = keyof typeof EXCELJS_PROTECTION;

/** What an attribute the file leaves out means: selecting cells and editing objects are allowed, the rest is not. */
const ALLOWED_WHEN_ABSENT: ReadonlySet<OptionName> = new Set([
  "selectLockedCells",
  "selectUnlockedCells",
  "objects",
  "scenarios",
]);

/** What ExcelJS keeps of a sheet's `<sheetProtection>` (untyped in ExcelJS): its attributes, in its terms. */
type ProtectionModel = { readonly [K in OptionName]?: boolean } & {
  readonly sheet?: boolean;
  readonly hashValue?: string;
};

function protectionOf(sheet: ExcelJS.Worksheet): ProtectionModel | null {
  return (sheet as unknown as { readonly sheetProtection?: ProtectionModel | null }).sheetProtection ?? null;
}

/**
 * Whether a sheet is protected by the product: protected without a password, with exactly its options.
 * @example isProductProtection(sheet) // true after a plan with `protect` was rendered into it
 */
export function isProductProtection(sheet: ExcelJS.Worksheet): boolean {
  const model = protectionOf(sheet);
  if (model?.sheet !== true || model.hashValue !== undefined) return false;
  return (Object.keys(EXCELJS_PROTECTION) as OptionName[]).every(
    (name) => (model[name] ?? ALLOWED_WHEN_ABSENT.has(name)) === EXCELJS_PROTECTION[name],
  );
}

type Style = Partial<ExcelJS.Style>;

function hasStyle(style: Style): boolean {
  return Object.values(style).some((value) => value !== undefined);
}

/**
 * Restyles a cell through `change` without touching the style object it may share: cells that shared one
 * style share the changed one (ExcelJS then files it once).
 */
function restyle(cell: ExcelJS.Cell, cache: Map<Style, Style>, change: (style: Style) => Style): void {
  const before = cell.style;
  const after = cache.get(before) ?? change(before);
  cache.set(before, after);
  cell.style = after;
}

const OPEN: Partial<ExcelJS.Protection> = { locked: false };

/**
 * Opens every cell: each cell the model holds (a blank one only when it carries a style, as only then is it
 * in the file), then every column's style, which Excel and LibreOffice give the cells the file leaves out.
 */
function openEveryCell(sheet: ExcelJS.Worksheet): void {
  const opened = new Map<Style, Style>();
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.findRow(r);
    for (let c = 1; c <= (row?.cellCount ?? 0); c++) {
      const cell = row?.findCell(c);
      if (!cell || (cell.value === null && !hasStyle(cell.style))) continue;
      restyle(cell, opened, (style) => ({ ...style, protection: OPEN }));
    }
  }
  for (let c = 1; c <= LAST_COLUMN; c++) {
    const column = sheet.getColumn(c);
    if (column.width === undefined) column.width = STANDARD_WIDTH;
    column.style = { ...column.style, protection: OPEN };
  }
}

const GREY: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(COMPUTED_FILL) } };

/** Rows of the sheet (0-based, first and last) that a deferred body holds: the model has no cells there. */
interface DeferredRows {
  readonly first: number;
  readonly last: number;
}

/**
 * Fills the computed cells grey and, when `lock`, locks them (the file's default: no protection of their
 * own). Rows of a deferred body are left out: they take the style of the last kept row, marked like them.
 */
function markComputed(
  sheet: ExcelJS.Worksheet,
  areas: readonly CellArea[],
  lock: boolean,
  deferred: DeferredRows | undefined,
): void {
  const marked = new Map<Style, Style>();
  const change = (style: Style): Style => {
    if (!lock) return { ...style, fill: GREY };
    const { protection: _open, ...rest } = style;
    return { ...rest, fill: GREY };
  };
  for (const area of areas) {
    for (let r = area.top; r <= area.bottom; r++) {
      if (deferred && r >= deferred.first && r <= deferred.last) r = deferred.last + 1;
      if (r > area.bottom) break;
      for (let c = area.left; c <= area.right; c++) restyle(sheet.getCell(r + 1, c + 1), marked, change);
    }
  }
}

/**
 * Whether a table body deferred for bulk writing (bulkRows.ts) can stay deferred: its rows take the styles
 * of the last row kept in the model, so within its columns every computed area must either cover that row
 * and every deferred row (the rows prepared below the body are in the model, after it), or neither; and no
 * area outside its columns may reach its rows (those cells would be in the model among the deferred rows).
 * Anything else is written into the model first.
 */
function keepsDeferred(body: DeferredBody, areas: readonly CellArea[]): boolean {
  const template = body.firstRow - 1;
  const last = body.firstRow + body.rows.length - 1;
  const right = body.column + (body.rows[0]?.length ?? 0) - 1;
  return areas.every((area) => {
    const reachesRows = area.top <= last && area.bottom >= template;
    if (!reachesRows) return true;
    const within = area.left >= body.column && area.right <= right;
    return within && area.top <= template && area.bottom >= last;
  });
}

/** The deferred rows of the sheet's body, after writing it into the model when the areas need that. */
function writeDeferred(
  workbook: ExcelJS.Workbook,
  sheet: string,
  areas: readonly CellArea[],
  bodies: DeferredBody[] | undefined,
): DeferredRows | undefined {
  const index = bodies?.findIndex((body) => body.sheet === sheet) ?? -1;
  const body = index >= 0 ? bodies?.[index] : undefined;
  if (!body) return undefined;
  if (keepsDeferred(body, areas)) return { first: body.firstRow, last: body.firstRow + body.rows.length - 1 };
  bodies?.splice(index, 1);
  materialize(workbook, [body]);
  return undefined;
}

/** Sets the product's protection (ExcelJS sets it at once: its `protect` is synchronous under the promise). */
function protect(sheet: ExcelJS.Worksheet): void {
  void sheet.protect("", { ...EXCELJS_PROTECTION });
}

/**
 * Renders what `plan` says about its computed cells and its protection into its sheet, after everything
 * else of the plan. `bodies`: the port's deferred table bodies (kept deferred when their rows can take the
 * styles of the last kept row, see keepsDeferred; written into the model first otherwise).
 * @example renderProtection(workbook, sheet, { ...plan, computedRanges: ["F2:G1001"], protect: true }, writes.bodies)
 */
export function renderProtection(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  plan: Pick<SheetPlan, "computedRanges" | "protect">,
  bodies: DeferredBody[] | undefined,
): void {
  const areas = (plan.computedRanges ?? []).flatMap((address) => parseRange(address) ?? []);
  const existing = protectionOf(sheet);
  const theirs = existing?.sheet === true && !isProductProtection(sheet);
  const deferred = areas.length > 0 ? writeDeferred(workbook, sheet.name, areas, bodies) : undefined;
  if (plan.protect === true) openEveryCell(sheet);
  markComputed(sheet, areas, plan.protect === true, deferred);
  if (theirs) return;
  if (plan.protect === true) protect(sheet);
  else if (existing?.sheet === true) sheet.unprotect();
}
