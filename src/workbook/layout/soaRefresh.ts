/**
 * Generating or refreshing the SoA of a workbook as one plan. The workbook's own SoA sheet is refreshed in
 * place: only the derived columns (reasons from the risk assessment, linked risks, planned date, mapping)
 * are rewritten, blank titles and blank applicability are filled, controls missing from the sheet are
 * added at the bottom; every row stays where a person put it, and nothing typed is touched. A workbook with
 * no SoA, a client's own SoA, or an SoA of the other edition gets a new SoA sheet (beside the client's,
 * which is not changed) carrying what was typed. Each generation is a new version: the version cell, the
 * change list (SoA变更记录) and the state recorded in the metadata move on together.
 */
import type { Standard } from "../../domain/catalog";
import {
  canonicalId,
  convert2013To2022,
  deriveSoa,
  soaBaseline,
  soaBaselineOfRows,
  soaChanges,
  type SoaBaseline,
  type SoaChange,
  type SoaEntry,
  type SoaPreviousRow,
  type SoaResult,
  type SoaReview,
} from "../../domain/soa";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { cellA1, columnRange, parseA1, parseRange } from "../cells/cellAddress";
import { planCell } from "../cells/cellCodec";
import {
  formula,
  type CellUpdatePlan,
  type IsmsMetadata,
  type NamedRangePlan,
  type PlanCell,
  type RangeWritePlan,
  type SheetPlan,
  type TableAppendPlan,
  type WorkbookPlan,
} from "../plan";
import type { ParsedWorkbook } from "../read/parseWorkbook";
import type { SoaFields, SoaRecord } from "../records";
import { writtenColumns, type ColumnSchema } from "../schema/columnSchema";
import { soaSchema } from "../schema/soaGapSchemas";
import { RISK_ID_NAME } from "../schema/treatmentSchema";
import type { SheetData, WorkbookSnapshot } from "../sheetData";
import { findConflicts, placeBeside } from "./sheetConflicts";
import { capacityOf } from "./listSources";
import { readMethodSheet } from "../method/readMethodSheet";
import { protectedAddition, SOA_PROTECTION_SCHEMA } from "./protectionPlan";
import {
  changeListRows,
  derivedReasonsText,
  firstVersionRow,
  linkedRisksCell,
  mappingText,
  SOA_CHANGES_TABLE,
  SOA_DATE_CELL,
  SOA_VERSION_CELL,
  soaChangesSheetName,
  soaChangesSheetPlan,
  soaRowValues,
  soaSheetPlan,
  typedById,
  versionText,
} from "./soaSheet";

export interface SoaRefreshOptions {
  /** The language of a new SoA in a workbook that records none (a workbook's own language wins). */
  readonly lang: Lang;
  /** The SoA's standard; the workbook's (metadata, else its SoA's ids) when absent. */
  readonly standard?: Standard;
  /** ISO date of the new version. */
  readonly date: string;
}

/** Where a control's row is (or will be), for findings that jump to the cell. */
export interface SoaCell {
  readonly sheet: string;
  readonly cell: string;
}

export interface SoaRefresh {
  readonly standard: Standard;
  readonly result: SoaResult;
  /** "refresh": the workbook's own SoA in place; "create": a new SoA sheet. */
  readonly mode: "refresh" | "create";
  readonly sheet: string;
  readonly version: number;
  /** What changed since the previous version (the change list's lines). */
  readonly changes: readonly SoaChange[];
  /** Controls applicable now that the SoA as it stands does not mark applicable. */
  readonly newlyApplicable: readonly string[];
  /** 2022 controls joined from several 2013 entries (an SoA carried from 2013). */
  readonly reviews: readonly SoaReview[];
  /** The applicability cell of each control's existing row, by control id. */
  readonly cells: ReadonlyMap<string, SoaCell>;
  readonly plan: WorkbookPlan;
}

const DERIVED_KEYS = ["derivedReasons", "linkedRisks", "plannedDate", "editionMapping"] as const;
/** Cells a refresh fills only when blank. */
const FILLED_KEYS = ["title", "altTitle", "theme", "applicable"] as const;

const is2013Id = (id: string | undefined) => /^A\.?\d+\.\d+\.\d+$/i.test(id?.trim() ?? "");

/** The edition the SoA rows are numbered in: 2013 when most of their ids have four parts. */
function rowsStandard(rows: readonly SoaRecord[]): Standard | undefined {
  const ids = rows.map((row) => row.controlId).filter((id): id is string => Boolean(id?.trim()));
  if (ids.length === 0) return undefined;
  return ids.filter(is2013Id).length * 2 > ids.length ? "2013" : "2022";
}

/**
 * The edition to generate: the one asked for; else the edition the workbook's own SoA is numbered in (an
 * SoA carried from 2013 to 2022 stays 2022 although the workbook was made for 2013); else the workbook's.
 */
function standardOf(
  parsed: ParsedWorkbook,
  snapshot: WorkbookSnapshot,
  hasOwnSoa: boolean,
  asked?: Standard,
): Standard {
  if (asked) return asked;
  const own = hasOwnSoa ? rowsStandard(soaRows(parsed)) : undefined;
  if (own) return own;
  const recorded = snapshot.metadata?.standard ?? parsed.standard;
  if (recorded === "2013" || recorded === "2022") return recorded;
  return rowsStandard(soaRows(parsed)) ?? "2022";
}

/** The rows of the SoA the reader chose (a workbook may hold an older SoA sheet too: that one is history). */
function soaRows(parsed: ParsedWorkbook): readonly SoaRecord[] {
  const chosen = parsed.sheets.soa?.name;
  return chosen === undefined ? parsed.soa : parsed.soa.filter((row) => row.sheet === chosen);
}

/** The change list's table, or one suffixed beside it (ISMS_SoAChanges_2). */
const isChangeTable = (name: string) =>
  name.toLowerCase() === SOA_CHANGES_TABLE.toLowerCase() ||
  new RegExp(`^${SOA_CHANGES_TABLE}_\\d+$`, "i").test(name);

const isOwnTable = (name: string) => /^ISMS_SoA(_\d+)?$/i.test(name);

/** The workbook's own SoA table, when the SoA the reader found is one. */
function ownTable(parsed: ParsedWorkbook, snapshot: WorkbookSnapshot) {
  const found = parsed.sheets.soa;
  if (!found) return undefined;
  const sheet = snapshot.sheets.find((s) => s.name === found.name);
  const table = sheet?.tables.find((tb) => isOwnTable(tb.name));
  const area = table ? parseRange(table.address) : null;
  if (!sheet || !table || !area) return undefined;
  return { sheet, table: table.name, area, columns: found.columns };
}

function columnIndex(letters: string): number {
  return parseA1(`${letters}1`)?.column ?? -1;
}

/** A cell as the snapshot holds it, as a plan cell (its formula when it has one). */
function rawCell(sheet: SheetData, row: number, column: number): PlanCell {
  const r = row - sheet.row;
  const c = column - sheet.column;
  const typedFormula = sheet.formulas?.[r]?.[c];
  if (typeof typedFormula === "string" && typedFormula.startsWith("=")) return formula(typedFormula);
  const value = sheet.values[r]?.[c];
  return value === undefined || value === "" ? null : value;
}

function cellText(sheet: SheetData, row: number, column: number): string {
  const value = sheet.values[row - sheet.row]?.[column - sheet.column];
  return value === undefined ? "" : String(value).trim();
}

const SCHEMA_COLUMNS: ReadonlyMap<string, ColumnSchema> = new Map(
  writtenColumns(soaSchema()).map((column) => [column.key, column]),
);

function derivedCell(
  key: (typeof DERIVED_KEYS)[number],
  entry: SoaEntry,
  standard: Standard,
  lang: Lang,
): PlanCell {
  switch (key) {
    case "derivedReasons":
      return derivedReasonsText(entry, lang) || null;
    case "linkedRisks":
      return linkedRisksCell(entry.risks, lang);
    case "plannedDate": {
      const column = SCHEMA_COLUMNS.get("plannedDate");
      return column ? planCell(column, entry.plannedDate, lang) : null;
    }
    case "editionMapping":
      return mappingText(entry, standard, lang) || null;
  }
}

/** The cells of a new row in the table's column order (columns the table has that we do not know: blank). */
function appendedRow(
  entry: SoaEntry,
  standard: Standard,
  lang: Lang,
  columns: Readonly<Record<string, string>>,
  left: number,
  width: number,
): PlanCell[] {
  const values = soaRowValues(entry, undefined, standard, lang);
  const cells: PlanCell[] = Array.from({ length: width }, () => null);
  for (const [key, letters] of Object.entries(columns)) {
    const at = columnIndex(letters) - left;
    const column = SCHEMA_COLUMNS.get(key);
    if (at < 0 || at >= width || !column) continue;
    cells[at] =
      key === "linkedRisks" ? linkedRisksCell(entry.risks, lang) : planCell(column, values[key], lang);
  }
  return cells;
}

interface ChangeList {
  readonly appends: TableAppendPlan[];
  readonly sheets: SheetPlan[];
}

/** The change list's new lines: appended to its table, or a new change list sheet. */
function changeList(snapshot: WorkbookSnapshot, rows: PlanCell[][], lang: Lang): ChangeList {
  for (const sheet of snapshot.sheets) {
    const table = sheet.tables.find((tb) => isChangeTable(tb.name));
    const area = table ? parseRange(table.address) : null;
    if (table && area) {
      const fitted = rows.map((row) =>
        Array.from({ length: area.right - area.left + 1 }, (_, i) => row[i] ?? null),
      );
      return {
        appends: [
          { sheet: sheet.name, table: table.name, row: area.bottom + 1, column: area.left, rows: fitted },
        ],
        sheets: [],
      };
    }
  }
  return { appends: [], sheets: [soaChangesSheetPlan(soaChangesSheetName(lang), lang, rows)] };
}

function versionLabelAt(sheet: SheetData): boolean {
  const label = cellText(sheet, SOA_VERSION_CELL.row, SOA_VERSION_CELL.column - 1);
  return label === t("en", "workbook.soa.version") || label === t("zh-CN", "workbook.soa.version");
}

/** The version the sheet says it is at, when it says. */
function sheetVersion(sheet: SheetData | undefined): number | undefined {
  if (!sheet || !versionLabelAt(sheet)) return undefined;
  const value = Number.parseFloat(cellText(sheet, SOA_VERSION_CELL.row, SOA_VERSION_CELL.column));
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
}

/** The name over the register's ids the link formulas use, when the register is a client's sheet. */
function riskIdsName(parsed: ParsedWorkbook, snapshot: WorkbookSnapshot): NamedRangePlan[] {
  const register = parsed.sheets.risks;
  const letters = register?.columns["riskId"];
  if (!register || !letters) return [];
  if (snapshot.metadata?.sheets.some((s) => s.key === "risks" && s.name === register.name)) return [];
  const first = register.headerRow; // 1-based header row = 0-based first data row
  const last = first + capacityOf(parsed.risks.length) - 1;
  return [
    {
      name: RISK_ID_NAME,
      sheet: register.name,
      address: columnRange(columnIndex(letters), first, last, true),
    },
  ];
}

function metadataWith(
  snapshot: WorkbookSnapshot,
  lang: Lang,
  standard: Standard,
  baseline: SoaBaseline,
  soaSheet?: SheetPlan,
): IsmsMetadata {
  const base: IsmsMetadata = snapshot.metadata ?? { version: 1, lang, standard, sheets: [] };
  const sheets = soaSheet
    ? [
        ...base.sheets.filter((s) => s.key !== "soa"),
        {
          key: "soa" as const,
          name: soaSheet.name,
          table: soaSheet.tables[0]?.name ?? "ISMS_SoA",
          columns: soaSheet.tables[0]?.columns.map((c) => c.key) ?? [],
        },
      ]
    : base.sheets;
  return { ...base, sheets, soa: baseline };
}

function newlyApplicableOf(
  result: SoaResult,
  previous: readonly SoaPreviousRow[],
  standard: Standard,
): string[] {
  const before = new Map<string, boolean | undefined>();
  for (const row of previous) {
    const key = canonicalId(row.controlId, standard);
    if (key && !before.has(key.id)) before.set(key.id, row.applicable);
  }
  return result.entries
    .filter((entry) => !entry.legacy && entry.applicable === true && before.get(entry.id) !== true)
    .map((entry) => entry.id);
}

/**
 * The plan that generates or refreshes the workbook's SoA, with what it will change.
 * @example soaRefreshPlan(snapshot, parseWorkbook(snapshot), { lang: "zh-CN", date: "2026-12-01" }).mode // "refresh"
 */
export function soaRefreshPlan(
  snapshot: WorkbookSnapshot,
  parsed: ParsedWorkbook,
  options: SoaRefreshOptions,
): SoaRefresh {
  const { date } = options;
  // What the sheets say is in the workbook's language, whatever language the person reads messages in.
  const recordedLang = snapshot.metadata?.lang;
  const lang: Lang = recordedLang === "zh-CN" || recordedLang === "en" ? recordedLang : options.lang;
  const own = ownTable(parsed, snapshot);
  const standard = standardOf(parsed, snapshot, own !== undefined, options.standard);
  const rows = soaRows(parsed);
  const rowsEdition = rowsStandard(rows);
  const inPlace = own !== undefined && (rowsEdition === undefined || rowsEdition === standard);
  const conversion = standard === "2022" && rowsEdition === "2013" ? convert2013To2022(rows) : undefined;
  const previous: readonly SoaFields[] = conversion ? conversion.rows : rows;
  const result = deriveSoa({ standard, risks: parsed.risks, treatments: parsed.treatments, previous });

  const recorded = snapshot.metadata?.soa;
  const soaSheetData = own?.sheet ?? snapshot.sheets.find((s) => s.name === parsed.sheets.soa?.name);
  const priorVersion = recorded?.version ?? sheetVersion(soaSheetData) ?? (rows.length > 0 ? 1 : 0);
  const version = priorVersion + 1;
  const baselineBefore: SoaBaseline | undefined =
    recorded && inPlace
      ? recorded
      : rows.length > 0
        ? soaBaselineOfRows(previous, standard, priorVersion, "")
        : undefined;
  const changes = baselineBefore
    ? withRowsAdded(soaChanges(baselineBefore, result), result, inPlace ? rows : undefined, standard)
    : [];
  const stamp = { version, date };
  const changeRows = baselineBefore
    ? changeListRows(changes, stamp, lang)
    : [firstVersionRow(result.counts, stamp, lang)];
  const list = changeList(snapshot, changeRows, lang);
  const baseline = soaBaseline(result, version, date);
  const newlyApplicable = newlyApplicableOf(result, previous, standard);
  const reviews = conversion?.review ?? [];
  const names = riskIdsName(parsed, snapshot);

  if (own && inPlace) {
    const plan = refreshInPlace(own, rows, result, standard, lang, stamp);
    const metadata = metadataWith(snapshot, lang, standard, baseline);
    return {
      standard,
      result,
      mode: "refresh",
      sheet: own.sheet.name,
      version,
      changes,
      newlyApplicable,
      reviews,
      cells: rowCells(rows, own.columns, standard),
      plan: {
        sheets: list.sheets,
        writes: plan.writes,
        appends: [...plan.appends, ...list.appends],
        updates: plan.updates,
        names,
        metadata,
        metadataInPlace: snapshot.metadataInSheet === true,
      },
    };
  }

  const schema = soaSchema();
  const sheet = soaSheetPlan({
    schema,
    name: schema.names[lang],
    lang,
    result,
    typed: typedById(previous, standard),
    version: stamp,
  });
  const alone: WorkbookPlan = { sheets: [sheet, ...list.sheets], names, appends: list.appends };
  const placed = findConflicts(alone, snapshot).length > 0 ? placeBeside(alone, snapshot).plan : alone;
  const written = placed.sheets[0] ?? sheet;
  // The new SoA's derived columns guarded as the workbook's methodology says, as in a new workbook.
  const added = protectedAddition(
    written,
    SOA_PROTECTION_SCHEMA,
    readMethodSheet(snapshot)?.methodology,
    metadataWith(snapshot, lang, standard, baseline, written),
  );
  return {
    standard,
    result,
    mode: "create",
    sheet: written.name,
    version,
    changes,
    newlyApplicable,
    reviews,
    cells: new Map(),
    plan: {
      ...placed,
      sheets: placed.sheets.map((s) => (s === written ? added.sheet : s)),
      metadata: added.metadata,
      activate: written.name,
    },
  };
}

/** A refresh in place adds the rows of controls missing from the sheet (a person deleted them): say so. */
function withRowsAdded(
  changes: readonly SoaChange[],
  result: SoaResult,
  rows: readonly SoaRecord[] | undefined,
  standard: Standard,
): SoaChange[] {
  if (!rows) return [...changes];
  const present = new Set(rows.map((row) => canonicalId(row.controlId, standard)?.id));
  const reported = new Set(changes.filter((c) => c.kind === "added").map((c) => c.controlId));
  const added = result.entries
    .filter((entry) => !entry.legacy && !present.has(entry.id) && !reported.has(entry.id))
    .map((entry): SoaChange => ({ kind: "added", controlId: entry.id }));
  return [...changes, ...added];
}

function rowCells(
  records: readonly SoaRecord[],
  columns: Readonly<Record<string, string>>,
  standard: Standard,
): Map<string, SoaCell> {
  const cells = new Map<string, SoaCell>();
  const letters = columns["applicable"] ?? columns["controlId"] ?? "A";
  for (const record of records) {
    const key = canonicalId(record.controlId, standard);
    if (key && !cells.has(key.id))
      cells.set(key.id, { sheet: record.sheet, cell: `${letters}${record.row}` });
  }
  return cells;
}

interface InPlace {
  readonly writes: RangeWritePlan[];
  readonly appends: TableAppendPlan[];
  readonly updates: CellUpdatePlan[];
}

function refreshInPlace(
  own: NonNullable<ReturnType<typeof ownTable>>,
  records: readonly SoaRecord[],
  result: SoaResult,
  standard: Standard,
  lang: Lang,
  stamp: { readonly version: number; readonly date: string },
): InPlace {
  const { sheet, area, columns } = own;
  const byId = new Map(result.entries.map((entry) => [entry.id, entry]));
  const entryAt = new Map<number, SoaEntry>();
  for (const record of records) {
    const key = canonicalId(record.controlId, standard);
    const entry = key ? byId.get(key.id) : undefined;
    if (entry) entryAt.set(record.row - 1, entry);
  }
  const firstBody = area.top + 1;
  const bodyRows = area.bottom - area.top;
  const writes: RangeWritePlan[] = [];
  for (const key of DERIVED_KEYS) {
    const letters = columns[key];
    if (!letters || bodyRows <= 0) continue;
    const column = columnIndex(letters);
    const cells = Array.from({ length: bodyRows }, (_, i) => {
      const entry = entryAt.get(firstBody + i);
      return [entry ? derivedCell(key, entry, standard, lang) : rawCell(sheet, firstBody + i, column)];
    });
    writes.push({ sheet: sheet.name, row: firstBody, column, cells });
  }
  const updates: CellUpdatePlan[] = [];
  for (const [row, entry] of entryAt) {
    if (entry.legacy) continue;
    const values = soaRowValues(entry, undefined, standard, lang);
    for (const key of FILLED_KEYS) {
      const letters = columns[key];
      const column = SCHEMA_COLUMNS.get(key);
      if (!letters || !column || cellText(sheet, row, columnIndex(letters)) !== "") continue;
      const value = planCell(column, values[key], lang);
      if (value !== null)
        updates.push({ sheet: sheet.name, address: cellA1(row, columnIndex(letters)), value });
    }
  }
  if (versionLabelAt(sheet)) {
    updates.push(
      {
        sheet: sheet.name,
        address: cellA1(SOA_VERSION_CELL.row, SOA_VERSION_CELL.column),
        value: versionText(stamp.version),
      },
      { sheet: sheet.name, address: cellA1(SOA_DATE_CELL.row, SOA_DATE_CELL.column), value: stamp.date },
    );
  }
  const present = new Set([...entryAt.values()].map((entry) => entry.id));
  const missing = result.entries.filter((entry) => !entry.legacy && !present.has(entry.id));
  const width = area.right - area.left + 1;
  const appends: TableAppendPlan[] =
    missing.length === 0
      ? []
      : [
          {
            sheet: sheet.name,
            table: own.table,
            row: area.bottom + 1,
            column: area.left,
            rows: missing.map((entry) => appendedRow(entry, standard, lang, columns, area.left, width)),
          },
        ];
  return { writes, appends, updates };
}
