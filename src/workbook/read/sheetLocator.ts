/**
 * Finding the ISMS sheets of a workbook, most reliable way first: the workbook's ISMS metadata (still
 * right after a sheet or a header was renamed), then the stable table name, then, for every other sheet,
 * the role its header row names best (the sheet's name weighs in). A header row may sit anywhere in the
 * first 30 rows and span two rows; a sheet that lists clause or control ids with titles only is a
 * catalog, never a register; a sheet that looks like an ISMS sheet but cannot be read says why.
 */
import { looksLikeRegisterSheet } from "./registerLocator";
import { LANGS, t } from "../../i18n";
import { isIsmsTable, isMetadataSheet } from "../metadata";
import type { DataSheetKey } from "../schema";
import type { SheetSchema } from "../schema/columnSchema";
import type { SheetData, WorkbookSnapshot } from "../sheetData";
import { byMetadata, byTableName, texts } from "./ownSheets";
import {
  accepts,
  CLAIM_ORDER,
  ID_KEY,
  looksLikeCatalog,
  MIN_MATCHED,
  missingMatters,
  nameBonus,
} from "./sheetRoles";
import { headerIndex, matchHeaders, type HeaderIndex, type HeaderMatch } from "./headerMatching";
import { headerCandidates, HEADER_SEARCH_ROWS, tableEnd, type TableEnd } from "./tableFinder";
import { sheetKeyOfTable } from "./sheetStatus";

export { HEADER_SEARCH_ROWS } from "./tableFinder";

export type FoundVia = "metadata" | "table" | "headers" | "chosen";

export interface SheetLocation {
  readonly key: DataSheetKey;
  readonly sheet: SheetData;
  readonly via: FoundVia;
  /** Index into sheet.values of the (last) header row; data starts on the next row. */
  readonly headerIndex: number;
  /** 2 when the header spans two rows (group cells over sub-headers). */
  readonly headerRows: 1 | 2;
  /** The header text of each column (a sub-header joined to its group when the header spans two rows). */
  readonly headers: readonly string[];
  /** Last index into sheet.values that belongs to the sheet's table. */
  readonly lastIndex: number;
  /** Index into a row of the table's first and last columns. */
  readonly leftIndex: number;
  readonly rightIndex: number;
  readonly match: HeaderMatch;
  /** The line under the table that ended it (a sign-off, a total, rows after a blank run). */
  readonly stop?: TableEnd["stop"];
}

/** A sheet that looked like an ISMS sheet and was not read, and why. */
export interface SkippedSheet {
  readonly sheet: string;
  readonly reason: "catalog" | "incomplete" | "superseded";
  readonly key: DataSheetKey;
  /** The header row's cell that the reason points at (A1 is computed by the caller). */
  readonly headerIndex: number;
  readonly column: number;
  /** incomplete: the key of the first missing column. */
  readonly missing?: string;
  /** superseded: the workbook's own ISMS sheet read for that role instead. */
  readonly instead?: string;
}

/** A person's correction: the role of a sheet ("none" to skip it), and the key of a column by letter. */
export interface ReadingChoices {
  readonly roles?: Readonly<Record<string, DataSheetKey | "none">>;
  /** Sheet name → column index (0-based, on the sheet) → column key, or "none" to ignore the column. */
  readonly columns?: Readonly<Record<string, Readonly<Record<number, string>>>>;
}

type Schemas = Readonly<Record<DataSheetKey, SheetSchema>>;
type Indexes = Readonly<Record<DataSheetKey, HeaderIndex>>;

export interface Located {
  /** Every sheet read, in workbook order; a role may have several (two asset sheets). */
  readonly locations: readonly SheetLocation[];
  readonly skipped: readonly SkippedSheet[];
}

/** A header reading of a sheet for one role, scored. */
interface Candidate {
  readonly location: SheetLocation;
  readonly score: number;
  readonly accepted: boolean;
}

/** The best header reading of a sheet for a role. */
function byHeaders(
  key: DataSheetKey,
  schema: SheetSchema,
  index: HeaderIndex,
  sheet: SheetData,
  searchRows = HEADER_SEARCH_ROWS,
): Candidate | null {
  let best: Candidate | null = null;
  for (const header of headerCandidates(sheet, searchRows)) {
    const match = matchHeaders(header.texts, index, header.groups);
    if (match.columns.size === 0) continue;
    const accepted = match.columns.size >= MIN_MATCHED && accepts(key, schema, match.columns);
    // A two-row reading must name more columns than its lower row alone (a scope line above the header
    // is not a group heading).
    const score = match.columns.size - (header.rows === 2 ? 0.5 : 0);
    if (best && best.accepted && !accepted) continue;
    if (best && best.accepted === accepted && best.score >= score) continue;
    const headerIndexAt = header.top + header.rows - 1;
    const matched = [...match.columns.values()];
    const leftIndex = Math.min(...matched);
    const filled = header.texts.map((t, i) => (t !== "" ? i : -1)).filter((i) => i >= 0);
    const rightIndex = Math.max(...filled, ...matched);
    const idColumn = match.columns.get(ID_KEY[key]);
    const end = tableEnd(sheet.values, headerIndexAt + 1, leftIndex, rightIndex, idColumn);
    const headers = header.texts.map((t, i) => {
      const group = header.groups[i] ?? "";
      return group !== "" && group !== t ? `${group} ${t}` : t;
    });
    best = {
      accepted,
      score,
      location: {
        key,
        sheet,
        via: "headers",
        headerIndex: headerIndexAt,
        headerRows: header.rows,
        headers,
        lastIndex: end.last,
        leftIndex,
        rightIndex,
        match,
        ...(end.stop ? { stop: end.stop } : {}),
      },
    };
  }
  return best;
}

/** The first row of a sheet that holds anything, as a header (a role a person chose for a bare sheet). */
function chosenLocation(
  key: DataSheetKey,
  schema: SheetSchema,
  index: HeaderIndex,
  sheet: SheetData,
): SheetLocation {
  const found = byHeaders(key, schema, index, sheet);
  if (found) return { ...found.location, via: "chosen" };
  const width = Math.max(0, ...sheet.values.map((row) => row.length));
  return {
    key,
    sheet,
    via: "chosen",
    headerIndex: 0,
    headerRows: 1,
    headers: texts(sheet.values[0] ?? []),
    lastIndex: sheet.values.length - 1,
    leftIndex: 0,
    rightIndex: Math.max(0, width - 1),
    match: { columns: new Map(), unknown: [], duplicates: [] },
  };
}

/** Applies a person's column choices to a location's match. */
function withColumnChoices(
  location: SheetLocation,
  choices: Readonly<Record<number, string>> | undefined,
): SheetLocation {
  if (!choices) return location;
  const columns = new Map(location.match.columns);
  const chosen = new Set<number>();
  for (const [at, key] of Object.entries(choices)) {
    const column = Number(at) - location.sheet.column;
    for (const [k, i] of columns) if (i === column || (k === key && key !== "none")) columns.delete(k);
    if (key !== "none") columns.set(key, column);
    chosen.add(column);
  }
  const placed = new Set(columns.values());
  return {
    ...location,
    leftIndex: Math.min(location.leftIndex, ...placed),
    rightIndex: Math.max(location.rightIndex, ...placed),
    match: {
      columns,
      unknown: location.match.unknown.filter((i) => !placed.has(i) && !chosen.has(i)),
      duplicates: location.match.duplicates.filter((i) => !placed.has(i) && !chosen.has(i)),
    },
  };
}

function skippedBy(candidate: Candidate, schema: SheetSchema): SkippedSheet {
  const { location } = candidate;
  const missing = [
    "riskId",
    "controlId",
    "requirementId",
    "assetId",
    ...schema.columns.map((c) => c.key),
  ].find(
    (k) =>
      schema.columns.some((c) => c.key === k) &&
      !location.match.columns.has(k) &&
      missingMatters(location.key, k),
  );
  return {
    sheet: location.sheet.name,
    reason: "incomplete",
    key: location.key,
    headerIndex: location.headerIndex,
    column: location.leftIndex,
    ...(missing ? { missing } : {}),
  };
}

/** Tables of the add-in's sheets that hold no records: revision history, SoA change list, findings. */
const RECORDLESS_TABLES = /^(ISMS_(Revisions|SoAChanges)|IsmsFindings)(_\d+)?$/i;
/** The how-to-fill-in guide lists every column of every sheet: its names, in both languages. */
const GUIDE_NAMES: ReadonlySet<string> = new Set(
  LANGS.map((lang) => t(lang, "workbook.sheetNames.guide").toLowerCase()),
);

/**
 * Whether a sheet is the add-in's own (metadata, method sheet, guide, revision history, change list,
 * findings) and holds no records to read; a client's sheet named 填写说明 is instructions too.
 */
function isOwnSheet(sheet: SheetData): boolean {
  if (isMetadataSheet(sheet.name) || isRecordless(sheet)) return true;
  if (sheet.tables.some((t) => isIsmsTable(t.name) && sheetKeyOfTable(t.name) === "method")) return true;
  // The registers the method names (文件清单, 法律法规清单 …) hold no risk work, even when their tables are
  // gone: a numbered list with owners is not an asset register.
  return looksLikeRegisterSheet(sheet);
}

/** The guide, the revision history, the SoA change list, a findings report. */
function isRecordless(sheet: SheetData): boolean {
  if (GUIDE_NAMES.has(sheet.name.trim().toLowerCase())) return true;
  return sheet.tables.some((t) => RECORDLESS_TABLES.test(t.name));
}

/**
 * Where each ISMS sheet is, by metadata, table name or headers; every other sheet takes the role its
 * headers name best, if any. Where the workbook has its own ISMS sheet for a role, another sheet that
 * looks like one is skipped (a client's original kept beside the adopted sheets is not read twice).
 * @example locateSheets(snapshot, readingSchemas()).locations[0]?.sheet.name // "风险评估表"
 */
export function locateSheets(
  snapshot: WorkbookSnapshot,
  schemas: Schemas,
  choices: ReadingChoices = {},
): Located {
  const indexes = Object.fromEntries(
    Object.entries(schemas).map(([key, schema]) => [key, headerIndex(schema, schemas.risks)]),
  ) as unknown as Indexes;
  const byName = new Map<string, SheetLocation>();
  const ownRoles = new Map<DataSheetKey, string>();
  const claim = (location: SheetLocation | null): void => {
    if (!location || byName.has(location.sheet.name) || ownRoles.has(location.key)) return;
    if (choices.roles?.[location.sheet.name] !== undefined) return;
    byName.set(location.sheet.name, location);
    ownRoles.set(location.key, location.sheet.name);
  };
  for (const entry of snapshot.metadata?.sheets ?? []) {
    const key = entry.key as DataSheetKey;
    if (schemas[key]) claim(byMetadata(entry, indexes[key], snapshot));
  }
  for (const key of CLAIM_ORDER)
    if (!ownRoles.has(key)) claim(byTableName(key, schemas[key], indexes[key], snapshot));

  const skipped: SkippedSheet[] = [];
  for (const sheet of snapshot.sheets) {
    if (byName.has(sheet.name) || isOwnSheet(sheet)) continue;
    const chosen = choices.roles?.[sheet.name];
    if (chosen === "none") continue;
    if (chosen) {
      byName.set(sheet.name, chosenLocation(chosen, schemas[chosen], indexes[chosen], sheet));
      continue;
    }
    const candidates = CLAIM_ORDER.flatMap((key) => {
      const found = byHeaders(key, schemas[key], indexes[key], sheet);
      return found ? [{ ...found, score: found.score + nameBonus(key, sheet.name) }] : [];
    });
    const accepted = candidates
      .filter((c) => c.accepted)
      .reduce<Candidate | null>((best, c) => (!best || c.score > best.score ? c : best), null);
    if (accepted) {
      const { location } = accepted;
      const idColumn = location.match.columns.get(ID_KEY[location.key]);
      // SoA and gap rows are keyed by control and clause ids; for any other role such ids make a catalog.
      const isRecordRole = location.key !== "soa" && location.key !== "gap";
      if (
        isRecordRole &&
        idColumn !== undefined &&
        looksLikeCatalog(sheet, location.headerIndex + 1, location.lastIndex, idColumn)
      ) {
        skipped.push({
          sheet: sheet.name,
          reason: "catalog",
          key: location.key,
          headerIndex: location.headerIndex,
          column: idColumn,
        });
        continue;
      }
      const own = ownRoles.get(location.key);
      if (own !== undefined) {
        skipped.push({
          sheet: sheet.name,
          reason: "superseded",
          key: location.key,
          headerIndex: location.headerIndex,
          column: location.leftIndex,
          instead: own,
        });
        continue;
      }
      byName.set(sheet.name, location);
      continue;
    }
    const near = candidates
      .filter((c) => c.location.match.columns.size >= MIN_MATCHED)
      .reduce<Candidate | null>((best, c) => (!best || c.score > best.score ? c : best), null);
    if (near) {
      const { location } = near;
      const idColumn = location.match.columns.get(ID_KEY[location.key]);
      const catalog =
        idColumn !== undefined &&
        looksLikeCatalog(sheet, location.headerIndex + 1, location.lastIndex, idColumn);
      skipped.push(
        catalog
          ? {
              sheet: sheet.name,
              reason: "catalog",
              key: location.key,
              headerIndex: location.headerIndex,
              column: idColumn,
            }
          : skippedBy(near, schemas[location.key]),
      );
    }
  }
  const locations = snapshot.sheets.flatMap((sheet) => {
    const location = byName.get(sheet.name);
    return location ? [withColumnChoices(location, choices.columns?.[sheet.name])] : [];
  });
  return { locations, skipped };
}

/**
 * Whether the first rows of a sheet show an ISMS sheet: an ISMS table, or a header row any schema
 * recognises. Ports read the rest of a sheet only when this says so (see ReadOptions.readInFull).
 */
export function looksLikeIsmsSheet(head: SheetData, schemas: Schemas): boolean {
  // The guide names every column of every sheet, and the record-less sheets hold no records: no need
  // to read past their first rows.
  if (isRecordless(head)) return false;
  if (head.tables.some((table) => isIsmsTable(table.name))) return true;
  return CLAIM_ORDER.some((key) => {
    const found = byHeaders(key, schemas[key], headerIndex(schemas[key], schemas.risks), head);
    return found !== null && found.location.match.columns.size >= MIN_MATCHED;
  });
}
