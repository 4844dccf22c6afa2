/**
 * Reading a workbook through Office.js within a read budget, in a number of syncs that does not grow with
 * rows (only with megabytes):
 * 1. the sheet list, every table with its sheet, and the ids of legacy metadata parts;
 * 2. every wanted sheet's used-range size and its head — its first rows: a long head (1,500 rows, every
 *    column) on sheets that hold an ISMS table and on the metadata sheet, a corner of 100 columns on the
 *    others, as many rows as half the budget allows for all of them (60 to 1,500: a client's register of
 *    a few hundred rows is read whole) — the table addresses and the legacy metadata XML;
 * 3. only when a sheet goes on past its head and `readInFull` says so for that head (always without
 *    `readInFull`; always for the metadata sheet): the rest, in row slices sized from the head's measured
 *    bytes per row and packed into requests under the budget (the sheets' short last slices together),
 *    one sync each. A sheet read only in part
 *    says how far it goes (SheetData.extent), so a large unrelated sheet never makes the read fail and is
 *    never lost in silence.
 */
import {
  ISMS_METADATA_NAMESPACE,
  isIsmsTable,
  isMetadataSheet,
  metadataFromSheetRows,
  parseMetadataXml,
} from "../workbook/metadata";
import type { IsmsMetadata } from "../workbook/plan";
import type { ReadOptions, WorkbookOutline } from "../workbook/port";
import type { SheetData, WorkbookSnapshot } from "../workbook/sheetData";
import { splitAddress } from "../workbook/cells/cellAddress";

import { mergedAreasOf } from "./mergedAreas";
import { packRequests } from "./requestBudget";
import {
  headCells,
  headWindow,
  otherHeadRows,
  prepareRest,
  readRest,
  restSlices,
  tailsLast,
  type Cells,
  type SheetRead,
} from "./sheetHeads";

const lower = (text: string): string => text.toLowerCase();

/**
 * The metadata with each sheet's name brought up to date: a renamed sheet is found again through its
 * table (table names are stable; sheet names are the user's).
 */
export function reconcileMetadata(
  metadata: IsmsMetadata | null,
  tableSheets: ReadonlyMap<string, string>,
): IsmsMetadata | null {
  if (!metadata) return null;
  return {
    ...metadata,
    sheets: metadata.sheets.map((sheet) => ({
      ...sheet,
      name: tableSheets.get(lower(sheet.table)) ?? sheet.name,
    })),
  };
}

/** Sheet and table names in one sync, no cell read. */
export async function readOutline(context: Excel.RequestContext): Promise<WorkbookOutline> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  await context.sync();
  return {
    sheets: worksheets.items
      .filter((sheet) => !isMetadataSheet(sheet.name))
      .map((sheet) => ({
        name: sheet.name,
        tables: tables.items
          .filter((table) => lower(table.worksheet.name) === lower(sheet.name))
          .map((table) => table.name),
      })),
  };
}

function extentOf(read: SheetRead): { rows: number; columns: number } {
  return { rows: read.used.rowCount, columns: read.used.columnCount };
}

/**
 * The merged areas of a sheet, asked in the head batch (no sync of their own) of the whole sheet —
 * not of its head window nor of its used range:
 * - Excel reports the areas whose top-left cell lies in the range asked (an area that starts above or
 *   left of it is left out, or clipped, by the accounts of its behaviour), so the one range that holds
 *   every area whole is the sheet itself; a window would miss a merged header starting above it;
 * - it covers the rows of the rest slices read after the head, so no later request asks again;
 * - the used range may be a null object, and a proxy chained on one would fail the whole batch; the
 *   whole sheet (`getRange()` without an address) always exists;
 * - the response is the areas' addresses only, a few bytes an area, whatever the size of the sheet.
 * Areas beyond the cells read (a merged block under a sheet read only in part) are reported too, as the
 * .xlsx port reports every area of a sheet.
 */
function askMergedAreas(sheet: Excel.Worksheet): Excel.RangeAreas {
  return sheet.getRange().getMergedAreasOrNullObject().load("address");
}

/**
 * A snapshot of the wanted sheets, within `budget` bytes a request. `headScale` shrinks the heads when a
 * workbook's first batch was too large for the host (the port retries with a smaller one);
 * `mergedAreas` asks for every sheet's merged areas (only where the host has ExcelApi 1.13).
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions,
  budget: number,
  headScale = 1,
  mergedAreas = false,
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name, items/worksheet/name");
  const parts = context.workbook.customXmlParts.getByNamespace(ISMS_METADATA_NAMESPACE).load("items/id");
  await context.sync();

  const wanted = options.sheets ? new Set(options.sheets.map(lower)) : null;
  const withFormulas = options.formulas === true;
  const properties = withFormulas
    ? "values, formulas, rowIndex, columnIndex, rowCount, columnCount"
    : "values, rowIndex, columnIndex, rowCount, columnCount";
  const tableRanges = tables.items.map((table) => ({
    name: table.name,
    sheet: table.worksheet.name,
    range: table.getRange().load("address"),
  }));
  const wantedSheets = worksheets.items.filter(
    (sheet) => isMetadataSheet(sheet.name) || !wanted || wanted.has(lower(sheet.name)),
  );
  const otherRows = otherHeadRows(wantedSheets.length, budget);
  const reads = wantedSheets.map((sheet) => {
    const ours =
      isMetadataSheet(sheet.name) ||
      tableRanges.some((table) => isIsmsTable(table.name) && lower(table.sheet) === lower(sheet.name));
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount");
    // The used cells of the head window, asked of the sheet (never chained on a possibly null used range).
    const head = sheet
      .getRange(headWindow(ours, headScale, otherRows))
      .getUsedRangeOrNullObject(true)
      .load(properties);
    const merged = mergedAreas && !isMetadataSheet(sheet.name) ? askMergedAreas(sheet) : null;
    return { name: sheet.name, ours, used, head, merged };
  });
  const xml = parts.items.map((part) => part.getXml());
  await context.sync();

  const located = tableRanges.map(({ name, range }) => ({ name, ...splitAddress(range.address) }));
  const sheetReads: SheetRead[] = reads.map((read) => ({
    ...read,
    tables: located
      .filter((table) => lower(table.sheet) === lower(read.name))
      .map((table) => ({ name: table.name, address: table.cells })),
  }));
  const cells = new Map(sheetReads.map((read) => [read.name, headCells(read, withFormulas)] as const));
  const partial = new Set<string>();
  const slices = sheetReads.flatMap((read) => {
    const head = cells.get(read.name);
    if (!head || read.used.isNullObject) return [];
    const rest = restSlices(read, head, budget);
    const [first] = rest;
    if (!first) return [];
    const full =
      isMetadataSheet(read.name) ||
      !options.readInFull ||
      options.readInFull(sheetData(read, head, undefined, withFormulas));
    if (full) {
      prepareRest(head, first);
      return rest;
    }
    partial.add(read.name);
    return [];
  });
  await readRest(context, packRequests(tailsLast(slices), budget), withFormulas, cells);

  const metadataRead = sheetReads.find((read) => isMetadataSheet(read.name));
  const fromSheet = metadataRead ? metadataFromSheetRows(cells.get(metadataRead.name)?.values ?? []) : null;
  const fromPart =
    xml.map((result) => parseMetadataXml(result.value)).find((found) => found !== null) ?? null;
  return {
    sheets: sheetReads
      .filter((read) => !isMetadataSheet(read.name))
      .map((read) =>
        sheetData(
          read,
          cells.get(read.name) ?? { row: 0, column: 0, values: [], formulas: undefined },
          partial.has(read.name) ? extentOf(read) : undefined,
          withFormulas,
        ),
      ),
    metadata: reconcileMetadata(
      fromSheet ?? fromPart,
      new Map(located.map((table) => [lower(table.name), table.sheet])),
    ),
    metadataInSheet: fromSheet !== null,
  };
}

function sheetData(
  read: SheetRead,
  cells: Cells,
  extent: { rows: number; columns: number } | undefined,
  withFormulas: boolean,
): SheetData {
  const empty = cells.values.length === 0;
  const merged = mergedAreasOf(read.merged);
  return {
    name: read.name,
    row: empty ? 0 : cells.row,
    column: empty ? 0 : cells.column,
    values: cells.values,
    ...(withFormulas ? { formulas: cells.formulas ?? [] } : {}),
    tables: read.tables,
    ...(merged ? { merged } : {}),
    ...(extent ? { extent } : {}),
  };
}
