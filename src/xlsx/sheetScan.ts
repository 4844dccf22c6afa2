/**
 * One worksheet part read straight from its XML for a fast read-only open: every cell that holds a
 * value or a formula, the merged areas and the tables, with each value and formula exactly as the
 * ExcelJS path reports it (see cellValues.ts and snapshotReader.ts). What ExcelJS would read
 * differently, or refuse, raises Unscannable.
 */
import { parseA1 } from "../workbook/cells/cellAddress";
import type { RawValue, TableData } from "../workbook/sheetData";
import { cellContent, type CellContent, type CellContext } from "./cellScan";
import { relationships, tablePart, type PackageParts } from "./packageScan";
import { scanMerges } from "./mergeScan";
import {
  attributeReader,
  elementContent,
  relationshipId,
  startTags,
  Unscannable,
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

const CELL_TAG = /<c(?=[\s/>])([^>]*?)(\/?)>/g;
/** The plain form ExcelJS reads as written; anything else is left to ExcelJS. */
const ADDRESS = /^[A-Z]{1,3}[1-9]\d*$/;
/** Rows and columns beyond which a cell key would collide. */
const COLUMNS = 16_384;

/** A cell tag's attributes. */
const cellAttributes = attributeReader(["r", "s", "t"]);

function hyperlinked(parts: PackageParts, xml: string, rels: ReadonlyMap<string, string>): Set<string> {
  const cells = new Set<string>();
  for (const tag of startTags(elementContent(xml, "hyperlinks") ?? "", "hyperlink")) {
    const attributes = xmlAttributes(tag);
    const id = relationshipId(attributes);
    if (id === undefined) continue;
    if (!rels.has(id)) throw new Unscannable("hyperlink without relationship");
    cells.add(attributes.get("ref") ?? "");
  }
  return cells;
}

function tables(parts: PackageParts, xml: string, part: string): TableData[] {
  const tags = [...startTags(elementContent(xml, "tableParts") ?? "", "tablePart")];
  if (tags.length === 0) return [];
  const rels = relationships(parts, part, false);
  return tags.map((tag) => {
    const target = rels.get(relationshipId(xmlAttributes(tag)) ?? "") ?? "";
    const file = /^\.\.\/tables\/(table\d+\.xml)$/.exec(target)?.[1];
    if (!file) throw new Unscannable("table relationship");
    return tablePart(parts, `xl/tables/${file}`);
  });
}

function scanCells(data: string, context: CellContext, mergedAway: ReadonlySet<number>): ScannedCells {
  const cells = new ScannedCells();
  let last = -1;
  CELL_TAG.lastIndex = 0;
  for (let match = CELL_TAG.exec(data); match; match = CELL_TAG.exec(data)) {
    let inside = "";
    if (match[2] !== "/") {
      const end = data.indexOf("</c>", CELL_TAG.lastIndex);
      if (end < 0) throw new Unscannable("unclosed cell");
      inside = data.slice(CELL_TAG.lastIndex, end);
      CELL_TAG.lastIndex = end + 4;
    }
    const attributes = cellAttributes(match[1] ?? "");
    const at = attributes.r && ADDRESS.test(attributes.r) ? parseA1(attributes.r) : null;
    if (!at || at.column >= COLUMNS) throw new Unscannable("cell address");
    const key = at.row * COLUMNS + at.column;
    if (key <= last) throw new Unscannable("cells out of order");
    last = key;
    const cell = cellContent(inside, attributes, context, at);
    if (mergedAway.has(key)) {
      if (cell !== "merge" && cell?.formula !== undefined) throw new Unscannable("merged-away formula");
      continue;
    }
    if (cell === "merge") throw new Unscannable("empty unstyled cell outside a merged area");
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
  context: Omit<CellContext, "hyperlinks" | "masters">,
): ScannedSheet {
  const xml = parts.text(part) ?? "";
  const data = elementContent(xml, "sheetData");
  if (data === undefined) throw new Unscannable("no sheetData");
  const rels = relationships(parts, part);
  const merges = scanMerges(elementContent(xml, "mergeCells") ?? "");
  const cellContext = { ...context, hyperlinks: hyperlinked(parts, xml, rels), masters: new Map() };
  return {
    name,
    cells: scanCells(data, cellContext, merges.mergedAway),
    merged: merges.merged,
    tables: tables(parts, xml, part),
  };
}
