/**
 * The pane's view of an adoption preview: every sheet with its role and the columns of its header row
 * (read, not read, or set aside by a correction), and the keys each role's columns may take, labelled with
 * the schemas' headers in both languages. Made in the lazily loaded actions chunk, so the panel's own code
 * carries no schema.
 */
import type { AdoptionPreview, ReadingChoices } from "../operations/adoptWorkbook";
import { displayText } from "../workbook/cells/cellCodec";
import { columnLetters, parseA1 } from "../workbook/cells/cellAddress";
import type { SheetMapping } from "../workbook/read/parseWorkbook";
import { DATA_SHEET_KEYS, type DataSheetKey } from "../workbook/schema";
import { readingSchemas } from "../workbook/schema/readingSchemas";
import type { SheetData } from "../workbook/sheetData";
import type { AdoptionView, ColumnKeyOption, ColumnReading, SheetReading } from "./adoptActions";

const PLAN = "plan.";

/**
 * The keys of each role's columns. A register's `plan.<key>` columns are the treatment plan's, so they
 * carry the treatment schema's headers (the reader's own words for them are chosen to avoid clashes).
 */
function columnKeyOptions(): Readonly<Record<DataSheetKey, readonly ColumnKeyOption[]>> {
  const schemas = readingSchemas();
  const treatment = new Map(schemas.treatments.columns.map((c) => [c.key, c.header] as const));
  const of = (role: DataSheetKey): ColumnKeyOption[] =>
    schemas[role].columns.map((column) => {
      const plan = column.key.startsWith(PLAN);
      const label = plan ? (treatment.get(column.key.slice(PLAN.length)) ?? column.header) : column.header;
      return { key: column.key, label, plan };
    });
  return {
    assets: of("assets"),
    threats: of("threats"),
    vulnerabilities: of("vulnerabilities"),
    risks: of("risks"),
    treatments: of("treatments"),
    soa: of("soa"),
    gap: of("gap"),
  };
}

let keysOnce: ReturnType<typeof columnKeyOptions> | undefined;
const columnKeys = () => (keysOnce ??= columnKeyOptions());

const indexOf = (letters: string): number | undefined => parseA1(`${letters}1`)?.column;

/** The text of a header cell on the sheet as read (0-based row and column on the sheet). */
function cellText(sheet: SheetData, row: number, column: number): string {
  const value = sheet.values[row - sheet.row]?.[column - sheet.column];
  return value === undefined ? "" : displayText(value).trim();
}

/**
 * The columns of a sheet's header row, left to right: those read (with their key), those the reader
 * did not know, those a correction set aside, and any other header cell, so every column can be given
 * a key. A header spanning two rows shows the lower row's words, or the upper's where the lower is blank.
 */
function columnsOf(
  mapping: SheetMapping,
  sheet: SheetData | undefined,
  chosen: Readonly<Record<number, string>> | undefined,
): ColumnReading[] {
  const keys = new Map<number, string>();
  for (const [key, letters] of Object.entries(mapping.columns)) {
    const index = indexOf(letters);
    if (index !== undefined) keys.set(index, key);
  }
  const indexes = new Set(keys.keys());
  const unread = new Map<number, string>();
  for (const [letters, header] of Object.entries(mapping.unread)) {
    const index = indexOf(letters);
    if (index !== undefined) unread.set(index, header);
  }
  for (const index of unread.keys()) indexes.add(index);
  for (const index of Object.keys(chosen ?? {})) indexes.add(Number(index));
  const headerAt = mapping.headerRow === undefined ? undefined : mapping.headerRow - 1;
  if (sheet && headerAt !== undefined) {
    const row = sheet.values[headerAt - sheet.row] ?? [];
    row.forEach((_, i) => {
      if (cellText(sheet, headerAt, sheet.column + i) !== "") indexes.add(sheet.column + i);
    });
  }
  const headerOf = (index: number): string => {
    if (!sheet || headerAt === undefined) return unread.get(index) ?? "";
    const lower = cellText(sheet, headerAt, index);
    const upper = mapping.headerRows === 2 && headerAt > 0 ? cellText(sheet, headerAt - 1, index) : "";
    return unread.get(index) ?? (lower || upper);
  };
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => ({
      index,
      letter: columnLetters(index),
      header: headerOf(index),
      key: keys.get(index) ?? "none",
    }));
}

function sheetReading(
  mapping: SheetMapping,
  sheet: SheetData | undefined,
  choices: ReadingChoices,
): SheetReading {
  return {
    name: mapping.name,
    role: mapping.role,
    alsoTreatments: mapping.alsoTreatments === true,
    chosen: choices.roles?.[mapping.name] !== undefined,
    ...(mapping.headerRow !== undefined ? { headerRow: mapping.headerRow } : {}),
    ...(mapping.headerRows !== undefined ? { headerRows: mapping.headerRows } : {}),
    records: mapping.records,
    ...(mapping.skipped ? { skipped: mapping.skipped } : {}),
    columns: mapping.role === "none" ? [] : columnsOf(mapping, sheet, choices.columns?.[mapping.name]),
  };
}

/**
 * The view of a preview.
 * @example adoptionView(preview).sheets[0] // { name: "风险评估表", role: "risks", headerRow: 3, records: 200, … }
 */
export function adoptionView(preview: AdoptionPreview): AdoptionView {
  const choices = preview.options.choices ?? {};
  const sheets = new Map(preview.snapshot.sheets.map((sheet) => [sheet.name, sheet] as const));
  const renamed = new Map(preview.renamed.map((r) => [r.to, r.from] as const));
  const { counts } = preview.adoption;
  return {
    sheets: preview.parsed.mapping.map((m) => sheetReading(m, sheets.get(m.name), choices)),
    counts: {
      risks: counts.risks,
      treatments: counts.treatments,
      assets: counts.assets,
      soa: counts.soa,
      gap: counts.gap,
    },
    method: preview.adoption.method,
    methodInferred: preview.adoption.methodInferred,
    problems: preview.problems,
    writes: preview.summary.sheets.map(({ key, name, rows }) => {
      const from = renamed.get(name);
      return { key, name, rows, ...(from !== undefined ? { renamedFrom: from } : {}) };
    }),
    roles: DATA_SHEET_KEYS,
    columnKeys: columnKeys(),
  };
}
