/**
 * A SheetPlan as sized writes for Office.js: the sheet itself, cells (blocks and tables, through
 * `Range.formulas` so formulas and guarded text travel in one matrix), tables, styles (a table's header
 * styled on its cells too), widths, row heights, freeze panes and tab colour. Big matrices are cut into
 * row slices so no request outgrows the budget.
 */
import type { CellBlock, CellStyle, SheetPlan, TablePlan } from "../workbook/plan";
import { rectAddress } from "../workbook/cells/cellAddress";
import { COMMAND_OVERHEAD_BYTES, jsonBytes, rowSlices, type SizedWrite } from "./requestBudget";
import { cellInput, type CellInput } from "./textCells";

export type Write = SizedWrite<Excel.RequestContext>;

/** Where a sheet stands before the plan is applied (from the probe). */
export interface SheetStart {
  /** Add the sheet (it does not exist yet). */
  readonly add: boolean;
  /** Tables of the plan that already exist on this sheet and are replaced. */
  readonly replaceTables: readonly string[];
}

export const sheetProxy = (context: Excel.RequestContext, name: string): Excel.Worksheet =>
  context.workbook.worksheets.getItem(name);

/**
 * A small write: `commands` requests to the host (each proxy it creates counts: getItem, getRange, a
 * navigation such as .format, and each property set or method call) whose size is their arguments plus
 * framing.
 */
export function smallWrite(
  argument: unknown,
  queue: (context: Excel.RequestContext) => void,
  commands = 4,
): Write {
  return { bytes: COMMAND_OVERHEAD_BYTES * commands + jsonBytes(argument), queue };
}

/** Excel column width in points for a width in characters of the default font (7 px a character + 5 px padding). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Writes `matrix` at (row, column) through `property`, one write per row slice. */
export function matrixWrites(
  sheet: string,
  at: { readonly row: number; readonly column: number },
  matrix: readonly (readonly CellInput[])[],
  property: "formulas" | "numberFormat",
  budget: number,
): Write[] {
  const width = matrix[0]?.length ?? 0;
  if (width === 0) return [];
  return rowSlices(matrix, budget - COMMAND_OVERHEAD_BYTES).map(({ start, end, bytes }) => ({
    bytes: bytes + COMMAND_OVERHEAD_BYTES,
    queue: (context) => {
      const range = sheetProxy(context, sheet).getRangeByIndexes(
        at.row + start,
        at.column,
        end - start,
        width,
      );
      range[property] = matrix.slice(start, end).map((row) => [...row]);
    },
  }));
}

const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const satisfies Record<
  NonNullable<CellStyle["verticalAlignment"]>,
  Excel.RangeFormat["verticalAlignment"]
>;
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const satisfies Record<
  NonNullable<CellStyle["horizontalAlignment"]>,
  Excel.RangeFormat["horizontalAlignment"]
>;

/** Every edge of every cell of a range: its outline and the lines between its cells. */
const CELL_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const satisfies readonly Excel.RangeBorder["sideIndex"][];

/** Wrapped text sits at the top of its cell unless the style says where (as the .xlsx port writes it). */
function verticalOf(style: CellStyle): CellStyle["verticalAlignment"] {
  return style.verticalAlignment ?? (style.wrap ? "top" : undefined);
}

/** Sets a style's properties (the number format aside) on a range's format. */
export function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  const vertical = verticalOf(style);
  if (vertical !== undefined) format.verticalAlignment = VERTICAL[vertical];
  if (style.horizontalAlignment !== undefined)
    format.horizontalAlignment = HORIZONTAL[style.horizontalAlignment];
  if (!style.border) return;
  for (const edge of CELL_EDGES) {
    const line = format.borders.getItem(edge);
    line.style = "Continuous";
    line.weight = "Thin";
    line.color = style.border.color;
  }
}

/**
 * The commands applyStyle queues: the format navigation, the font (and fill) navigation with each set, each
 * other property set, and per border edge its getItem and three sets.
 */
function styleCommands(style: CellStyle): number {
  const font = [style.bold, style.fontColor].filter((value) => value !== undefined).length;
  const scalars = [style.wrap, verticalOf(style), style.horizontalAlignment].filter((v) => v !== undefined);
  return (
    1 +
    (font > 0 ? 1 + font : 0) +
    (style.fill !== undefined ? 2 : 0) +
    scalars.length +
    (style.border ? 1 + CELL_EDGES.length * 4 : 0)
  );
}

/** A style over one rectangle of a sheet (getItem and getRangeByIndexes, then the style's commands). */
function styleWrite(
  sheet: string,
  at: { readonly row: number; readonly column: number; readonly rows: number; readonly columns: number },
  style: CellStyle,
): Write {
  return smallWrite(
    style,
    (context) => {
      applyStyle(
        sheetProxy(context, sheet).getRangeByIndexes(at.row, at.column, at.rows, at.columns).format,
        style,
      );
    },
    2 + styleCommands(style),
  );
}

/** A rectangle of identical number formats (Office.js takes one entry per cell). */
function uniformMatrix(rows: number, columns: number, format: string): string[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => format));
}

function blockWrites(sheet: string, block: CellBlock, budget: number): Write[] {
  const width = block.cells.reduce((max, row) => Math.max(max, row.length), 0);
  const rows = block.cells.length;
  if (width === 0 || rows === 0) return [];
  const inputs = block.cells.map((row) => Array.from({ length: width }, (_, c) => cellInput(row[c])));
  const writes = matrixWrites(sheet, block, inputs, "formulas", budget);
  const style = block.style;
  if (!style) return writes;
  if (style.numberFormat !== undefined) {
    writes.push(
      ...matrixWrites(sheet, block, uniformMatrix(rows, width, style.numberFormat), "numberFormat", budget),
    );
  }
  writes.push(styleWrite(sheet, { row: block.row, column: block.column, rows, columns: width }, style));
  return writes;
}

/** Header row + data rows; a table without rows still gets one (empty) body row, as Excel requires. */
function tableWrites(sheet: string, table: TablePlan, budget: number): Write[] {
  const width = table.columns.length;
  const bodyRows = Math.max(1, table.rows.length);
  const header = table.columns.map((column) => cellInput(column.header));
  const body = table.rows.map((row) => Array.from({ length: width }, (_, c) => cellInput(row[c])));
  const writes = matrixWrites(sheet, table, [header, ...body], "formulas", budget);
  const address = rectAddress(table.row, table.column, bodyRows + 1, width);
  writes.push(
    smallWrite({ address, name: table.name }, (context) => {
      const added = sheetProxy(context, sheet).tables.add(address, true);
      added.name = table.name;
      if (table.style !== undefined) added.style = table.style;
    }),
  );
  // After the table: the header's own formatting is what shows where table styles are not drawn.
  if (table.headerStyle) {
    const header = { row: table.row, column: table.column, rows: 1, columns: width };
    writes.push(styleWrite(sheet, header, table.headerStyle));
  }
  table.columns.forEach((column, c) => {
    const at = { row: table.row + 1, column: table.column + c };
    if (column.numberFormat !== undefined) {
      writes.push(
        ...matrixWrites(sheet, at, uniformMatrix(bodyRows, 1, column.numberFormat), "numberFormat", budget),
      );
    }
    if (column.width === undefined && column.wrap === undefined) return;
    writes.push(
      smallWrite(column, (context) => {
        const range = sheetProxy(context, sheet).getRangeByIndexes(at.row, at.column, bodyRows, 1);
        if (column.width !== undefined) range.format.columnWidth = columnWidthPoints(column.width);
        if (column.wrap !== undefined) range.format.wrapText = column.wrap;
        if (column.centered) range.format.horizontalAlignment = "Center";
      }),
    );
  });
  // Every body cell reads from the top of its row, so a short value stands level with the first line of a
  // wrapped text beside it (as the .xlsx port writes it).
  writes.push(
    smallWrite(table.name, (context) => {
      const body = sheetProxy(context, sheet).getRangeByIndexes(table.row + 1, table.column, bodyRows, width);
      body.format.verticalAlignment = "Top";
    }),
  );
  return writes;
}

/**
 * The sheet itself: added when missing, tables it already holds under the plan's names removed. These
 * writes go first, all in the first request, so a retry knows exactly which sheets it created. A
 * replaced table's links go first: deleting a table takes its cells, and a link left on a row the new
 * table no longer reaches would still lead somewhere (a shorter findings report over a longer one).
 */
export function structureWrite(plan: SheetPlan, start: SheetStart): Write {
  return smallWrite(
    { sheet: plan.name, start },
    (context) => {
      if (start.add) context.workbook.worksheets.add(plan.name);
      for (const name of start.replaceTables) {
        const table = sheetProxy(context, plan.name).tables.getItem(name);
        table.getRange().clear("Hyperlinks");
        table.delete();
      }
    },
    4 + 5 * start.replaceTables.length,
  );
}

function layoutWrites(plan: SheetPlan): Write[] {
  const { freeze, tabColor, columnWidths = [], rowHeights = [] } = plan;
  const writes = columnWidths.map((entry) =>
    smallWrite(entry, (context) => {
      sheetProxy(context, plan.name).getRangeByIndexes(0, entry.column, 1, 1).format.columnWidth =
        columnWidthPoints(entry.width);
    }),
  );
  // Estimated heights are for readers that do not fit rows; Excel fits a row it has no set height for.
  for (const entry of rowHeights.filter((height) => !height.estimate)) {
    writes.push(
      smallWrite(entry, (context) => {
        sheetProxy(context, plan.name).getRangeByIndexes(entry.row, 0, 1, 1).format.rowHeight = entry.height;
      }),
    );
  }
  if (tabColor !== undefined)
    writes.push(smallWrite(tabColor, (context) => (sheetProxy(context, plan.name).tabColor = tabColor)));
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    writes.push(
      smallWrite(freeze, (context) => {
        const panes = sheetProxy(context, plan.name).freezePanes;
        if (freeze.columns === 0) panes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) panes.freezeColumns(freeze.columns);
        else panes.freezeAt(rectAddress(0, 0, freeze.rows, freeze.columns));
      }),
    );
  }
  return writes;
}

/** The content writes of one sheet (after its structure, before its rules), in the order they must run. */
export function sheetWrites(plan: SheetPlan, budget: number): Write[] {
  return [
    ...plan.blocks.flatMap((block) => blockWrites(plan.name, block, budget)),
    ...plan.tables.flatMap((table) => tableWrites(plan.name, table, budget)),
    ...layoutWrites(plan),
  ];
}
