/**
 * Reading a workbook through Office.js in two syncs whatever its size: first the list of sheets, the
 * tables and our metadata part; then, in one batch, every wanted sheet's used range (values, and
 * formulas when asked), every table's address and the metadata XML.
 */
import type { IsmsMetadata } from "../workbook/plan";
import type { ReadOptions } from "../workbook/port";
import type { RawValue, SheetData, TableData, WorkbookSnapshot } from "../workbook/sheetData";
import { splitAddress } from "./a1";
import { ISMS_METADATA_NAMESPACE, parseMetadataXml } from "./metadataPart";

const lower = (text: string): string => text.toLowerCase();

/** Office.js types values loosely (untyped 2-D arrays); anything that is not a string, number or boolean reads as text. */
function rawMatrix(matrix: readonly (readonly unknown[])[]): RawValue[][] {
  return matrix.map((row) =>
    row.map((value) =>
      typeof value === "string" || typeof value === "number" || typeof value === "boolean"
        ? value
        : String(value ?? ""),
    ),
  );
}

interface SheetRead {
  readonly name: string;
  readonly used: Excel.Range;
}

function sheetData(read: SheetRead, tables: readonly TableData[], withFormulas: boolean): SheetData {
  const { used } = read;
  if (used.isNullObject)
    return {
      name: read.name,
      row: 0,
      column: 0,
      values: [],
      tables,
      ...(withFormulas ? { formulas: [] } : {}),
    };
  return {
    name: read.name,
    row: used.rowIndex,
    column: used.columnIndex,
    values: rawMatrix(used.values),
    ...(withFormulas ? { formulas: rawMatrix(used.formulas) } : {}),
    tables,
  };
}

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

export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const parts = context.workbook.customXmlParts.getByNamespace(ISMS_METADATA_NAMESPACE).load("items/id");
  await context.sync();

  const wanted = options.sheets ? new Set(options.sheets.map(lower)) : null;
  const withFormulas = options.formulas === true;
  const reads: SheetRead[] = worksheets.items
    .filter((sheet) => !wanted || wanted.has(lower(sheet.name)))
    .map((sheet) => ({
      name: sheet.name,
      used: sheet
        .getUsedRangeOrNullObject(true)
        .load(withFormulas ? "values, formulas, rowIndex, columnIndex" : "values, rowIndex, columnIndex"),
    }));
  const tableRanges = tables.items.map((table) => ({
    name: table.name,
    range: table.getRange().load("address"),
  }));
  const xml = parts.items.map((part) => part.getXml());
  await context.sync();

  const located = tableRanges.map(({ name, range }) => ({ name, ...splitAddress(range.address) }));
  const metadata =
    xml.map((result) => parseMetadataXml(result.value)).find((found) => found !== null) ?? null;
  return {
    sheets: reads.map((read) =>
      sheetData(
        read,
        located
          .filter((table) => lower(table.sheet) === lower(read.name))
          .map((table) => ({ name: table.name, address: table.cells })),
        withFormulas,
      ),
    ),
    metadata: reconcileMetadata(metadata, new Map(located.map((table) => [lower(table.name), table.sheet]))),
  };
}
