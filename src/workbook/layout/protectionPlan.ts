/**
 * Calculated columns told apart from inputs and guarded: the cells of a data sheet's computed columns
 * (schema `computed: true`), over its table's body and the rows prepared for typing, are filled grey and
 * locked; every other cell stays open; and the sheet is protected without a password unless the
 * methodology turns it off. Also what both ports share about it: the fill, what a person may still do on
 * a protected sheet, and the metadata's record of the sheets the product protected, so the add-in's later
 * writes unprotect and protect again only those.
 */
import { protectsFormulas, type Methodology } from "../../domain/methodology";
import { rectAddress } from "../cells/cellAddress";
import type { Color, IsmsMetadata, SheetKey, SheetPlan, TablePlan } from "../plan";
import type { ColumnSchema, SheetSchema } from "../schema/columnSchema";

/** The fill of computed cells: a light grey that reads as "not for typing" on screen and on paper. */
export const COMPUTED_FILL: Color = "#F2F2F2";

/**
 * What a person filling a protected sheet may still do besides typing into open cells: select any cell,
 * size and hide columns and rows, sort, filter and insert rows (Excel and LibreOffice limit sorting and
 * inserting in a protected table, see docs/workbook.md, "Protection"). Both ports protect with exactly this,
 * and find their own protection again by it.
 */
export const SHEET_PROTECTION = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: false,
  formatColumns: true,
  formatRows: true,
  insertColumns: false,
  insertRows: true,
  insertHyperlinks: false,
  deleteColumns: false,
  deleteRows: false,
  sort: true,
  autoFilter: true,
  pivotTables: false,
  editObjects: false,
  editScenarios: false,
} as const satisfies Readonly<Record<string, boolean>>;

export type SheetProtection = typeof SHEET_PROTECTION;

export interface ProtectionInput {
  /** The sheet's columns in the order its table writes them (`writtenColumns(schema)`). */
  readonly columns: readonly Pick<ColumnSchema, "computed">[];
  /** The table: its top-left header cell (0-based) and its body rows. */
  readonly table: Pick<TablePlan, "row" | "column" | "rows">;
  /** Body rows prepared for typing (`capacityOf`): lists and names reach this far below the header. */
  readonly capacity: number;
  readonly methodology: Pick<Methodology, "protectFormulas">;
}

/** What a sheet plan carries about its computed cells and its protection. */
export type SheetProtectionPlan = Required<Pick<SheetPlan, "computedRanges" | "protect">>;

/** Runs of neighbouring computed columns, as [first index, count]. */
function computedRuns(columns: ProtectionInput["columns"]): [number, number][] {
  const runs: [number, number][] = [];
  columns.forEach((column, index) => {
    if (column.computed !== true) return;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === index) last[1] += 1;
    else runs.push([index, 1]);
  });
  return runs;
}

/**
 * The computed cells of one data sheet, one A1 range per run of neighbouring computed columns from the
 * first body row down to the last prepared row, and whether to protect the sheet: when the methodology
 * asks for it (the default) and the sheet computes anything.
 * @example protectionPlan({ columns: [{}, { computed: true }, { computed: true }, {}], table: { row: 0, column: 0, rows: [] }, capacity: 1000, methodology: {} })
 * // { computedRanges: ["B2:C1001"], protect: true }
 */
export function protectionPlan(input: ProtectionInput): SheetProtectionPlan {
  const { table } = input;
  const rows = Math.max(input.capacity, table.rows.length, 1);
  const computedRanges = computedRuns(input.columns).map(([first, count]) =>
    rectAddress(table.row + 1, table.column + first, rows, count),
  );
  return { computedRanges, protect: protectsFormulas(input.methodology) && computedRanges.length > 0 };
}

/**
 * A sheet plan with its computed cells and protection, from its first table (where it finally stands) and
 * the schema of its columns, matched by key so the table's own order counts: the one call the layout makes
 * per data sheet. A sheet without a table is returned as it is.
 * @example withProtection(dataSheetPlan(input), riskSchema(binding), methodology, capacityOf(rows)).protect // true
 */
export function withProtection(
  sheet: SheetPlan,
  schema: Pick<SheetSchema, "columns">,
  methodology: Pick<Methodology, "protectFormulas">,
  capacity: number,
): SheetPlan {
  const table = sheet.tables[0];
  if (!table) return sheet;
  const computed = new Set(schema.columns.filter((c) => c.computed === true).map((c) => c.key));
  const columns = table.columns.map((column) => ({ computed: computed.has(column.key) }));
  return { ...sheet, ...protectionPlan({ columns, table, capacity, methodology }) };
}

/**
 * The SoA's columns the product rewrites on every generation (the reasons derived from the risks, the
 * risks linked by formula): the SoA's computed cells. Everything else on it is a person's to type.
 */
export const SOA_DERIVED_COLUMNS: readonly string[] = ["derivedReasons", "linkedRisks"];

/** The SoA's columns as protection sees them: the derived ones computed. */
export const SOA_PROTECTION_SCHEMA: Pick<SheetSchema, "columns"> = {
  columns: SOA_DERIVED_COLUMNS.map((key) => ({ key, computed: true }) as ColumnSchema),
};

/**
 * A sheet the product adds to an existing workbook (a new SoA, the gap sheet) protected as the workbook's
 * methodology sheet says (its 保护公式列 switch; on when the workbook states none), and the metadata
 * recording it.
 * @example protectedAddition(gapSheet, gapSchema(), readMethodSheet(snapshot)?.methodology, metadata).sheet.protect // true
 */
export function protectedAddition(
  sheet: SheetPlan,
  schema: Pick<SheetSchema, "columns">,
  methodology: Pick<Methodology, "protectFormulas"> | undefined,
  metadata: IsmsMetadata,
): { readonly sheet: SheetPlan; readonly metadata: IsmsMetadata } {
  const rows = sheet.tables[0]?.rows.length ?? 0;
  const guarded = withProtection(sheet, schema, methodology ?? {}, rows);
  return { sheet: guarded, metadata: recordProtection(metadata, [guarded]) };
}

/**
 * The metadata with `sheets`' protection recorded: the keys of those that protect added, those that do
 * not removed, every other key kept as it was (a plan that writes some sheets leaves the others' record).
 * @example recordProtection(metadata, [{ key: "risks", protect: true }]).protected // ["risks"]
 */
export function recordProtection(
  metadata: IsmsMetadata,
  sheets: readonly Pick<SheetPlan, "key" | "protect">[],
): IsmsMetadata {
  const written = new Set(sheets.map((sheet) => sheet.key));
  const kept = protectedKeys(metadata).filter((key) => !written.has(key));
  const added = sheets.filter((sheet) => sheet.protect === true).map((sheet) => sheet.key);
  const keys = [...new Set([...kept, ...added])];
  const { protected: _before, ...rest } = metadata;
  return keys.length > 0 ? { ...rest, protected: keys } : rest;
}

/** The recorded keys, ignoring whatever an edit of the metadata may have left there that is not a key. */
function protectedKeys(metadata: IsmsMetadata): SheetKey[] {
  const recorded: unknown = metadata.protected;
  if (!Array.isArray(recorded)) return [];
  const known = new Set<string>(metadata.sheets.map((sheet) => sheet.key));
  return recorded.filter((key): key is SheetKey => typeof key === "string" && known.has(key));
}

/** A sheet the product protected, as the metadata names it. */
export interface ProtectedSheet {
  readonly key: SheetKey;
  /** The sheet's name as the metadata gives it (a read gives the sheet that holds the table now). */
  readonly name: string;
  /** Its table: how a port finds the sheet after a rename. */
  readonly table: string;
}

/**
 * The sheets the metadata records as protected by the product. A key the metadata lists no sheet for is
 * left out: the add-in never unprotects a sheet it cannot name.
 * @example protectedSheets({ ...metadata, protected: ["risks"] }) // [{ key: "risks", name: "风险评估表", table: "ISMS_Risks" }]
 */
export function protectedSheets(metadata: IsmsMetadata | null | undefined): ProtectedSheet[] {
  if (!metadata) return [];
  const keys = new Set(protectedKeys(metadata));
  return metadata.sheets
    .filter((sheet) => keys.has(sheet.key))
    .map((sheet) => ({ key: sheet.key, name: sheet.name, table: sheet.table }));
}
