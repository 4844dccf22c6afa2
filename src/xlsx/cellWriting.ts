/**
 * Plan cells → ExcelJS cell values and styles. A plan string is always text (ExcelJS stores it as a
 * shared string, so "=HYPERLINK(..)" typed by a person never becomes a formula); formulas are written
 * only from {@link Formula}, without the leading "=" the file format leaves out.
 */
import type ExcelJS from "exceljs";
import { isFormula, type CellStyle, type Color, type PlanCell } from "../workbook/plan";

/** "#1F4E79" → ExcelJS ARGB "FF1F4E79". */
export function argb(color: Color): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

/**
 * A column width as ExcelJS must be given it: ExcelJS takes a width of exactly 9 for its default and
 * leaves it out of the file (the column then shows Excel's 8.43), so 9 is nudged past it.
 * @example fileColumnWidth(9) // 9.01
 */
export function fileColumnWidth(width: number): number {
  return width === 9 ? 9.01 : width;
}

/** The formula text as the file stores it: no leading "=". */
export function fileFormula(text: string): string {
  return text.startsWith("=") ? text.slice(1) : text;
}

/** A plan cell as an ExcelJS value. */
export function excelValue(cell: PlanCell): ExcelJS.CellValue {
  if (isFormula(cell)) return { formula: fileFormula(cell.formula) };
  return cell;
}

const VERTICAL = { top: "top", center: "middle", bottom: "bottom" } as const satisfies Record<
  NonNullable<CellStyle["verticalAlignment"]>,
  ExcelJS.Alignment["vertical"]
>;

/** Wrapped text sits at the top of its cell unless the style says where. */
function alignmentOf(style: CellStyle): Partial<ExcelJS.Alignment> | undefined {
  const vertical = style.verticalAlignment ?? (style.wrap ? "top" : undefined);
  const alignment: Partial<ExcelJS.Alignment> = {
    ...(style.wrap ? { wrapText: true } : {}),
    ...(vertical ? { vertical: VERTICAL[vertical] } : {}),
    ...(style.horizontalAlignment ? { horizontal: style.horizontalAlignment } : {}),
  };
  return Object.keys(alignment).length > 0 ? alignment : undefined;
}

/** A thin line on each of a cell's four edges (with neighbours' lines, every edge of a range). */
function bordersOf(border: NonNullable<CellStyle["border"]>): Partial<ExcelJS.Borders> {
  const line: Partial<ExcelJS.Border> = { style: border.weight, color: { argb: argb(border.color) } };
  return { top: line, left: line, bottom: line, right: line };
}

/** The ExcelJS style properties a plan CellStyle sets (the others are left as they are). */
export function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {
    ...(style.bold ? { bold: true } : {}),
    ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
  };
  const alignment = alignmentOf(style);
  return {
    ...(Object.keys(font).length > 0 ? { font } : {}),
    ...(style.fill
      ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } }
      : {}),
    ...(alignment ? { alignment } : {}),
    ...(style.border ? { border: bordersOf(style.border) } : {}),
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
  };
}

function hasStyle(style: Partial<ExcelJS.Style>): boolean {
  for (const key in style) if (style[key as keyof ExcelJS.Style] !== undefined) return true;
  return false;
}

/**
 * Writes the style's properties onto a cell. Style objects are never changed in place, only
 * replaced: an unstyled cell gets the very object passed in, so every cell of a column or block
 * shares one style (ExcelJS then files it once instead of once per cell), and a cell that shares a
 * style (one loaded from a file, too) is never restyled through another.
 */
export function styleCell(cell: ExcelJS.Cell, style: Partial<ExcelJS.Style>): void {
  const current = cell.style;
  if (!hasStyle(current)) {
    cell.style = style;
    return;
  }
  cell.style = {
    ...current,
    ...(style.font ? { font: { ...current.font, ...style.font } } : {}),
    ...(style.fill ? { fill: style.fill } : {}),
    ...(style.alignment ? { alignment: { ...current.alignment, ...style.alignment } } : {}),
    ...(style.border ? { border: style.border } : {}),
    ...(style.numFmt ? { numFmt: style.numFmt } : {}),
  };
}
