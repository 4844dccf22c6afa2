/**
 * Which ISMS sheets a workbook has, from its outline alone (sheet and table names, no cell): every ISMS
 * sheet holds a table with a stable name (ISMS_Risks, or ISMS_Risks_2 when written beside another), and
 * the sheet is found by its table however the person renamed it.
 */
import { ISMS_SHEET_KEYS } from "../metadata";
import { METHOD_TABLE } from "../method/methodSheet";
import type { SheetKey } from "../plan";
import type { WorkbookOutline } from "../port";
import { readingSchemas } from "../schema/readingSchemas";

export interface WorkbookStatus {
  /** ISMS sheets found, with the name they have in this workbook. */
  readonly present: readonly { readonly key: SheetKey; readonly name: string }[];
  readonly missing: readonly SheetKey[];
}

/** Table name (lower case) → sheet role. */
function tableKeys(): ReadonlyMap<string, SheetKey> {
  const schemas = readingSchemas();
  return new Map<string, SheetKey>([
    [METHOD_TABLE.toLowerCase(), "method"],
    ...Object.entries(schemas).map(([key, schema]) => [schema.table.toLowerCase(), key as SheetKey] as const),
  ]);
}

/**
 * The role of a table by its name, written beside ("_2") or not; null for any other table.
 * @example sheetKeyOfTable("ISMS_Risks_2") // "risks"
 */
export function sheetKeyOfTable(table: string): SheetKey | null {
  const base = table.toLowerCase().replace(/_\d+$/, "");
  return tableKeys().get(base) ?? null;
}

/**
 * Present and missing ISMS sheets; where two sheets hold the same role (one written beside the other),
 * the first in tab order is shown.
 * @example statusOfOutline({ sheets: [{ name: "My risks", tables: ["ISMS_Risks"] }] }).present // [{ key: "risks", name: "My risks" }]
 */
export function statusOfOutline(outline: WorkbookOutline): WorkbookStatus {
  const found = new Map<SheetKey, string>();
  for (const sheet of outline.sheets) {
    for (const table of sheet.tables) {
      const key = sheetKeyOfTable(table);
      if (key && !found.has(key)) found.set(key, sheet.name);
    }
  }
  return {
    present: ISMS_SHEET_KEYS.flatMap((key) => {
      const name = found.get(key);
      return name ? [{ key, name }] : [];
    }),
    missing: ISMS_SHEET_KEYS.filter((key) => !found.has(key)),
  };
}
