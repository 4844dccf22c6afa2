/**
 * One worksheet part read straight from its XML: every cell that holds a value or a formula, the
 * merged areas and the tables, each value and formula as the ExcelJS path reports it for the files
 * ExcelJS reads (see cellValues.ts and snapshotReader.ts), and as Excel shows it for the files other
 * writers save (cells without an address, out of order, or left in a merged-away cell; absolute table
 * targets; a table whose part is missing, left out). Ranges that span the sheet (a dimension, table or
 * merged area to row 1,048,576) cost nothing: only the cells written in the part are visited. What it
 * cannot make sense of (no `<sheetData>`, a cell left open, an address off the sheet) raises DamagedPart.
 */
import { parseA1 } from "../workbook/cells/cellAddress";
import type { RawValue, TableData } from "../workbook/sheetData";
import { cellContent, type CellContent, type CellContext } from "./cellScan";
import { relationships, tablePart, type PackageParts } from "./packageScan";
import { scanMerges, type MergedAway } from "./mergeScan";
import {
  attributeReader,
  DamagedPart,
  elementContent,
  relationshipId,
  startTags,
  xmlAttributes,
} from "./xmlText";

/**
 * A sheet's cells as parallel arrays, row by row and left to right: a large register then leaves a
 * few arrays for the garbage collector to move instead of hundreds of thousands of small objects.
 */
export class ScannedCells {
  readonly rows: number[] = [];
  readonly columns: number[] = [];
  readonly values: RawValue[] = [];
  /** "=A1*2" for a formula cell (shared formulas translated); undefined otherwise. */
  readonly formulas: (string | undefined)[] = [];
  /** Text values: what ExcelJS's `cell.text` gives (the metadata sheet is read through it). */
  readonly isText: boolean[] = [];

  get length(): number {
    return this.rows.length;
  }

  push(cell: CellContent): void {
    this.rows.push(cell.row);
    this.columns.push(cell.column);
    this.values.push(cell.value);
    this.formulas.push(cell.formula);
    this.isText.push(cell.isText);
  }
}

export interface ScannedSheet {
  readonly name: string;
  /** Row by row, left to right. */
  readonly cells: ScannedCells;
  readonly merged: readonly string[];
  readonly tables: readonly TableData[];
}

/** A `<row>` or `<c>` start tag: 1 the name, 2 the attributes, 3 "/" when the element is empty. */
const ROW_OR_CELL_TAG = /<(row|c)(?=[\s/>])([^>]*?)(\/?)>/g;
/**
 * A cell's start tag (not `<color>` or `<charset>` in a rich-text run): a cell's inside holds one only
 * when its `</c>` is missing and the next cell's end was taken for its own.
 */
const CELL_START = /<c[\s/>]/;
/** The plain form of a cell address (no `$`, upper case). */
const ADDRESS = /^[A-Z]{1,3}[1-9]\d*$/;
/** Columns on a sheet: a cell's key is row × COLUMNS + column. */
const COLUMNS = 16_384;
const ROWS = 1_048_576;

/** A cell tag's attributes. */
const cellAttributes = attributeReader(["r", "s", "t"]);
/** A row tag's attributes. */
const rowAttributes = attributeReader(["r"]);

/** The sheet's tables; one whose relationship or part is missing is left out, as Excel leaves it out. */
function tables(parts: PackageParts, xml: string, part: string): TableData[] {
  const tags = [...startTags(elementContent(xml, "tableParts") ?? "", "tablePart")];
  if (tags.length === 0) return [];
  // Targets may be relative ("../tables/table1.xml") or absolute ("/xl/tables/table1.xml").
  const rels = relationships(parts, part);
  return tags.flatMap((tag) => {
    const target = rels.get(relationshipId(xmlAttributes(tag)) ?? "");
    const table = target === undefined ? undefined : tablePart(parts, target);
    return table ? [table] : [];
  });
}

/** Where a cell is: from its `r` attribute, or (when a writer leaves it out) next to the previous cell. */
function cellPosition(
  r: string | undefined,
  row: number,
  previous: { row: number; column: number },
): { row: number; column: number } {
  if (r === undefined) return { row, column: previous.row === row ? previous.column + 1 : 0 };
  const at = ADDRESS.test(r) ? parseA1(r) : null;
  if (!at) throw new DamagedPart("cell address");
  return at;
}

function scanCells(data: string, context: CellContext, mergedAway: MergedAway): ScannedCells {
  const cells = new ScannedCells();
  let row = -1;
  let previous = { row: -1, column: -1 };
  ROW_OR_CELL_TAG.lastIndex = 0;
  for (let match = ROW_OR_CELL_TAG.exec(data); match; match = ROW_OR_CELL_TAG.exec(data)) {
    if (match[1] === "row") {
      const r = rowAttributes(match[2] ?? "").r;
      row = r === undefined ? row + 1 : parseInt(r, 10) - 1;
      if (!(row >= 0 && row < ROWS)) throw new DamagedPart("row number");
      continue;
    }
    let inside = "";
    if (match[3] !== "/") {
      const end = data.indexOf("</c>", ROW_OR_CELL_TAG.lastIndex);
      inside = end < 0 ? "" : data.slice(ROW_OR_CELL_TAG.lastIndex, end);
      if (end < 0 || (inside.includes("<c") && CELL_START.test(inside)))
        throw new DamagedPart("unclosed cell");
      ROW_OR_CELL_TAG.lastIndex = end + 4;
    }
    const attributes = cellAttributes(match[2] ?? "");
    const at = cellPosition(attributes.r, row, previous);
    if (at.column >= COLUMNS || at.row >= ROWS) throw new DamagedPart("cell address");
    previous = at;
    // A merged-away cell is blank, as Excel shows it, whatever a writer left in it.
    if (mergedAway.has(at.row * COLUMNS + at.column)) continue;
    const cell = cellContent(inside, attributes, context, at);
    if (cell) cells.push(cell);
  }
  return cells;
}

/**
 * Reads one worksheet part.
 * @example
 *   const sheet = scanSheet(parts, "Risks", "xl/worksheets/sheet1.xml", context);
 */
export function scanSheet(
  parts: PackageParts,
  name: string,
  part: string,
  context: Omit<CellContext, "masters">,
): ScannedSheet {
  const xml = parts.text(part) ?? "";
  const data = elementContent(xml, "sheetData");
  if (data === undefined) throw new DamagedPart("no sheetData");
  const merges = scanMerges(elementContent(xml, "mergeCells") ?? "");
  const cellContext = { ...context, masters: new Map() };
  return {
    name,
    cells: scanCells(data, cellContext, merges.mergedAway),
    merged: merges.merged,
    tables: tables(parts, xml, part),
  };
}
