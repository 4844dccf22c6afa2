/**
 * Large tables written without ExcelJS's cell model: ExcelJS copies every cell of a register into
 * its model and again into XML built from millions of small strings, which on 10,000 risks takes
 * seconds and hundreds of megabytes. A table body longer than BULK_ROWS keeps only its first
 * KEPT_ROWS rows in the model (so ExcelJS files their styles and shared formulas); the rest is
 * deferred and written straight into the sheet XML when the workbook is saved (bulkPackage.ts),
 * in exactly the form ExcelJS would have written it. Anything else that needs the model first
 * writes the deferred rows into it (materialize), so the port behaves the same either way.
 */
import type ExcelJS from "exceljs";
import type { HyperlinkPlan } from "../workbook/plan";
import { parseCellA1 } from "../workbook/cells/cellAddress";
import { appendTableRows } from "./excelJsShim";

/** Table bodies longer than this are written in bulk. */
export const BULK_ROWS = 2000;
/** Body rows kept in the model: the master row of each shared formula and one member row. */
export const KEPT_ROWS = 2;

export interface DeferredBody {
  readonly sheet: string;
  readonly table: string;
  /** 0-based sheet column of the table's first column. */
  readonly column: number;
  /** 0-based sheet row of the first deferred row; the row above is the last one in the model. */
  readonly firstRow: number;
  /** The deferred rows as the ExcelJS values the model would have held. */
  readonly rows: readonly ExcelJS.CellValue[][];
  /** The table's range as ExcelJS files it (kept rows only), and as it really is. */
  readonly writtenRef: string;
  readonly fullRef: string;
}

/**
 * Text that does not read back as it was written (readers decode `_xHHHH_` escapes in shared strings), left
 * to ExcelJS's own cells so the bulk rows never differ from them.
 */
const ESCAPE_LIKE = /_x[0-9A-F]{4}_/;

/**
 * Writes the text of the sheet's links that fall on deferred rows into those rows (the link itself is
 * written with the sheet's other links, internalLinks.ts) and gives back the links on the rows kept in
 * the model; undefined when a link column is not linked on every deferred row and on the last kept row
 * alike (their styles would differ), or a link's text cannot be written in bulk.
 */
export function foldLinks(body: DeferredBody, links: readonly HyperlinkPlan[]): HyperlinkPlan[] | undefined {
  const remaining: HyperlinkPlan[] = [];
  const linked = new Map<number, number>();
  const keptLinks = new Set<number>();
  for (const link of links) {
    const at = parseCellA1(link.address);
    const row = at ? body.rows[at.row - body.firstRow] : undefined;
    if (at && at.row === body.firstRow - 1) keptLinks.add(at.column);
    if (!at || at.row < body.firstRow) {
      remaining.push(link);
      continue;
    }
    const index = at.column - body.column;
    if (!row || index < 0 || index >= row.length || ESCAPE_LIKE.test(link.text)) return undefined;
    row[index] = link.text;
    linked.set(at.column, (linked.get(at.column) ?? 0) + 1);
  }
  const everyRow = [...linked].every(
    ([column, count]) => count === body.rows.length && keptLinks.has(column),
  );
  return everyRow && [...keptLinks].every((column) => linked.has(column)) ? remaining : undefined;
}

/** True when every deferred value can be written in bulk exactly as ExcelJS writes it. */
export function isBulkWritable(rows: readonly (readonly ExcelJS.CellValue[])[]): boolean {
  return rows.every((row) =>
    row.every((value) => {
      if (value === null || typeof value === "number" || typeof value === "boolean") return true;
      if (typeof value === "string") return !ESCAPE_LIKE.test(value);
      return typeof value === "object" && ("sharedFormula" in value || "formula" in value);
    }),
  );
}

/** Writes deferred rows into the ExcelJS model, styled like the last kept row of each column. */
export function materialize(workbook: ExcelJS.Workbook, bodies: readonly DeferredBody[]): void {
  for (const body of bodies) {
    const sheet = workbook.getWorksheet(body.sheet);
    if (!sheet) continue;
    appendTableRows(sheet, body.table, body.rows);
    body.rows.forEach((row, offset) =>
      row.forEach((value, index) => {
        const template = sheet.getCell(body.firstRow, body.column + index + 1);
        const cell = sheet.getCell(body.firstRow + offset + 1, body.column + index + 1);
        cell.value = value;
        if (template.style && Object.keys(template.style).length > 0) cell.style = template.style;
      }),
    );
  }
}
