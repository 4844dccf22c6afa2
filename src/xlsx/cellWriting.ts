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

/** The formula text as the file stores it: no leading "=". */
export function fileFormula(text: string): string {
  return text.startsWith("=") ? text.slice(1) : text;
}

/** A plan cell as an ExcelJS value. */
export function excelValue(cell: PlanCell): ExcelJS.CellValue {
  if (isFormula(cell)) return { formula: fileFormula(cell.formula) };
  return cell;
}

/** The ExcelJS style properties a plan CellStyle sets (the others are left as they are). */
export function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const font: Partial<ExcelJS.Font> = {
    ...(style.bold ? { bold: true } : {}),
    ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
  };
  return {
    ...(Object.keys(font).length > 0 ? { font } : {}),
    ...(style.fill
      ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } }
      : {}),
    ...(style.wrap ? { alignment: { wrapText: true, vertical: "top" } } : {}),
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
    ...(style.numFmt ? { numFmt: style.numFmt } : {}),
  };
}
