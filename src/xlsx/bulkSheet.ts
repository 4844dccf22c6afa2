/**
 * A deferred table body (bulkRows.ts) as the rows of its sheet part: each row in exactly the form ExcelJS
 * writes it (its cells' styles and shared-formula members taken from the last row kept in the model, text
 * filed as shared strings, the row's span over the table), placed right after that row. The rows are built
 * as UTF-8 chunks, never as one string of the whole body: on 10,000 risks the sheet part is megabytes, and
 * every copy of it as a JavaScript string is twice that.
 */
import type ExcelJS from "exceljs";
import { columnLetters } from "../workbook/cells/cellAddress";
import type { RowHeightPlan } from "../workbook/plan";
import type { DeferredBody } from "./bulkRows";
import type { SharedStringTable } from "./sharedStringTable";
import { xmlEncode } from "./xmlText";

/** A column's template: the last kept row's cell (its style attribute and whole element). */
interface TemplateCell {
  readonly style: string;
  readonly xml: string;
  /** The style a value gets where the template cell has none: its column's, as ExcelJS gives a new cell. */
  readonly valueStyle: string;
}

/** Rows built per chunk. */
const CHUNK_ROWS = 500;

/** Each `<col>`'s range and style, as ExcelJS wrote the sheet's `<cols>`. */
function columnStyles(xml: string): { min: number; max: number; style: string }[] {
  const end = xml.indexOf("<sheetData");
  const cols = xml.slice(0, end < 0 ? 0 : end).matchAll(/<col\b([^>]*?)\/?>/g);
  return [...cols].flatMap(([, attributes = ""]) => {
    const style = /\sstyle="(\d+)"/.exec(attributes)?.[1];
    const min = Number(/\smin="(\d+)"/.exec(attributes)?.[1]);
    const max = Number(/\smax="(\d+)"/.exec(attributes)?.[1]);
    return style && style !== "0" ? [{ min, max, style: ` s="${style}"` }] : [];
  });
}

function templateCells(xml: string, row: string, body: DeferredBody): TemplateCell[] {
  const cols = columnStyles(xml);
  return (body.rows[0] ?? []).map((_, index) => {
    const number = body.column + index + 1;
    const columnStyle = cols.find((col) => col.min <= number && number <= col.max)?.style ?? "";
    const start = row.indexOf(`<c r="${columnLetters(number - 1)}${body.firstRow}"`);
    if (start < 0) return { style: "", xml: "", valueStyle: columnStyle };
    const tagEnd = row.indexOf(">", start);
    const end = row[tagEnd - 1] === "/" ? tagEnd + 1 : row.indexOf("</c>", start) + 4;
    const cell = row.slice(start, end);
    const style = /\ss="(\d+)"/.exec(cell.slice(0, tagEnd - start))?.[1];
    const own = style ? ` s="${style}"` : "";
    return { style: own, xml: cell, valueStyle: own || columnStyle };
  });
}

function cellXml(
  value: ExcelJS.CellValue,
  address: string,
  template: TemplateCell,
  strings: SharedStringTable | undefined,
): string {
  if (value === null || value === "") return template.style ? `<c r="${address}"${template.style}/>` : "";
  const head = `<c r="${address}"${template.valueStyle}`;
  if (typeof value === "number") return `${head}><v>${String(value)}</v></c>`;
  if (typeof value === "boolean") return `${head} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "string") {
    if (strings) return `${head} t="s"><v>${strings.index(value)}</v></c>`;
    return `${head} t="inlineStr"><is><t xml:space="preserve">${xmlEncode(value)}</t></is></c>`;
  }
  if (typeof value === "object" && "sharedFormula" in value) {
    if (!/<f t="shared" si="\d+"\/>/.test(template.xml)) throw new Error(`no shared member at ${address}`);
    return template.xml.replace(/ r="[A-Z]+\d+"/, ` r="${address}"`);
  }
  if (typeof value === "object" && "formula" in value && typeof value.formula === "string") {
    return `${head}><f>${xmlEncode(value.formula)}</f></c>`;
  }
  throw new Error(`not bulk-writable at ${address}`);
}

/** The row tag's attributes past `r`, `spans` and a height: what every row of the body repeats. */
function rowAttributes(rowTag: string): string {
  return rowTag
    .replace(/^<row\b/, "")
    .replace(/>$/, "")
    .replace(/\s(?:r|spans|ht|customHeight)="[^"]*"/g, "");
}

/** Where the deferred rows go: after the last kept row, which must be followed by no row they reach. */
function insertionPoint(xml: string, body: DeferredBody): { start: number; end: number } {
  const start = xml.indexOf(`<row r="${body.firstRow}"`);
  const end = xml.indexOf("</row>", start) + "</row>".length;
  if (start < 0 || end < start) throw new Error(`no row ${body.firstRow} for the rows below it`);
  const next = /^<row r="(\d+)"/.exec(xml.slice(end, end + 32))?.[1];
  if (
    next === undefined
      ? !xml.startsWith("</sheetData>", end)
      : Number(next) <= body.firstRow + body.rows.length
  )
    throw new Error(`row ${body.firstRow} is followed by rows the table reaches`);
  return { start, end };
}

/** The sheet's `<dimension>` reaching down to `bottom` (1-based) at least. */
function widenedDimension(xml: string, bottom: number): string {
  return xml.replace(/(<dimension ref="[A-Z]+\d+:[A-Z]+)(\d+)"/, (whole, head: string, row: string) =>
    Number(row) < bottom ? `${head}${bottom}"` : whole,
  );
}

/** A sheet part to assemble: its XML as ExcelJS wrote it (edited), and the body rows to place in it. */
export interface SheetWithBody {
  readonly body: DeferredBody;
  readonly heights: ReadonlyMap<number, RowHeightPlan>;
  readonly strings: SharedStringTable | undefined;
}

/**
 * The body's rows as UTF-8 chunks, each row like the template row of `xml` (the last kept row). `heights`:
 * the planned heights of the body's rows, by 1-based row number.
 */
function bodyChunks(xml: string, { body, heights, strings }: SheetWithBody): Buffer[] {
  const { start, end } = insertionPoint(xml, body);
  const template = xml.slice(start, end);
  const attributes = rowAttributes(template.slice(0, template.indexOf(">") + 1));
  const cells = templateCells(xml, template, body);
  const width = body.rows[0]?.length ?? 0;
  const spans = ` spans="${body.column + 1}:${body.column + width}"`;
  const letters = cells.map((_, index) => columnLetters(body.column + index));
  const empty: TemplateCell = { style: "", xml: "", valueStyle: "" };
  const chunks: Buffer[] = [];
  for (let from = 0; from < body.rows.length; from += CHUNK_ROWS) {
    const rows = body.rows.slice(from, from + CHUNK_ROWS).map((row, offset) => {
      const number = body.firstRow + 1 + from + offset;
      const height = heights.get(number);
      const ht = height ? ` ht="${height.height}"${height.estimate ? "" : ' customHeight="1"'}` : "";
      const content = row.map((value, index) =>
        cellXml(value, `${letters[index] ?? ""}${number}`, cells[index] ?? empty, strings),
      );
      return `<row r="${number}"${ht}${spans}${attributes}>${content.join("")}</row>`;
    });
    chunks.push(Buffer.from(rows.join(""), "utf8"));
  }
  return chunks;
}

/**
 * The sheet part with the body's rows placed after its last kept row and its dimension widened, as bytes.
 * @example sheetPart(xml, { body, heights: new Map(), strings }) // the part's bytes, rows 3… of the table included
 */
export function sheetPart(xml: string, write: SheetWithBody): Buffer {
  const widened = widenedDimension(xml, write.body.firstRow + write.body.rows.length);
  const chunks = bodyChunks(widened, write);
  const { end } = insertionPoint(widened, write.body);
  return Buffer.concat([
    Buffer.from(widened.slice(0, end), "utf8"),
    ...chunks,
    Buffer.from(widened.slice(end), "utf8"),
  ]);
}
