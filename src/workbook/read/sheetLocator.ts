/**
 * Finding the ISMS sheets of a workbook, most reliable way first: the workbook's ISMS metadata (still
 * right after a sheet or a header was renamed), then the stable table name, then, for every other sheet,
 * the role its header row names best (the sheet's name weighs in). A header row may sit anywhere in the
 * first 30 rows and span two rows; a sheet that lists clause or control ids with titles only is a
 * catalog, never a register; a sheet that looks like an ISMS sheet but cannot be read says why.
 */
import { isIsmsTable, isMetadataSheet } from "../metadata";
import type { IsmsMetadata } from "../plan";
import { parseRange, type CellArea } from "../cells/cellAddress";
import { displayText } from "../cells/cellCodec";
import type { DataSheetKey } from "../schema";
import type { SheetSchema } from "../schema/columnSchema";
import { normaliseWord } from "../schema/vocabulary";
import type { RawValue, SheetData, WorkbookSnapshot } from "../sheetData";
import { hasRequired, headerIndex, matchHeaders, type HeaderIndex, type HeaderMatch } from "./headerMatching";
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

export interface Located {
  /** Every sheet read, in workbook order; a role may have several (two asset sheets). */
  readonly locations: readonly SheetLocation[];
  readonly skipped: readonly SkippedSheet[];
}

/** Fewer matched headers than this is a coincidence, not an ISMS sheet. */
const MIN_MATCHED = 3;
/** Who wins a tie: a register that carries its treatment is a register. */
const CLAIM_ORDER: readonly DataSheetKey[] = [
  "risks",
  "treatments",
  "assets",
  "soa",
  "gap",
  "threats",
  "vulnerabilities",
];

/** Sheet-name words that suggest a role (the sheet's name weighs in the choice). */
const NAME_WORDS: Readonly<Record<DataSheetKey, readonly string[]>> = {
  risks: [
    "风险评估",
    "风险登记",
    "风险清单",
    "风险识别",
    "风险分析",
    "risk register",
    "risk assessment",
    "risk log",
  ],
  treatments: ["处置", "处理计划", "整改计划", "treatment", "action plan", "mitigation plan"],
  assets: ["资产", "asset"],
  soa: ["适用性", "soa", "applicability"],
  gap: ["差距", "gap"],
  threats: ["威胁", "threat"],
  vulnerabilities: ["脆弱性", "vulnerab"],
};
const NAME_BONUS = 2;

type Schemas = Readonly<Record<DataSheetKey, SheetSchema>>;
type Indexes = Readonly<Record<DataSheetKey, HeaderIndex>>;

const RATING_LIKE =
  /^(?:likelihood|impact|assetValue|threatRating|vulnerabilityRating|c|i|a|value|level|levelName)$/;

/** Whether a header match is enough for a role: the columns that make a sheet what it is. */
function accepts(key: DataSheetKey, schema: SheetSchema, columns: ReadonlyMap<string, number>): boolean {
  const has = (k: string): boolean => columns.has(k);
  const any = (...keys: string[]): boolean => keys.some(has);
  switch (key) {
    case "risks":
      // A scenario (a threat to an asset, or through a vulnerability), or what is at risk with a
      // rating: a list of ids with names and descriptions alone is not a register.
      return (
        has("riskId") &&
        ((has("threat") && any("vulnerability", "asset", "assetId")) ||
          (any("threat", "vulnerability", "description", "asset", "assetId") &&
            [...columns.keys()].some((k) => RATING_LIKE.test(k))))
      );
    case "treatments":
      return has("riskId") && any("option", "measures");
    case "assets":
      return (
        any("assetId", "name") && any("c", "i", "a", "value", "class", "owner", "department", "location")
      );
    case "soa":
      // Applicability is what makes an SoA; ids with titles, status or documents alone are a catalog.
      return has("controlId") && any("applicable", "justification");
    case "gap":
      return has("requirementId") && any("currentRating", "target", "currentState", "gap");
    default:
      return hasRequired(schema, columns);
  }
}

/** The key of the column that names a row (the id column) for a role. */
const ID_KEY: Readonly<Record<DataSheetKey, string>> = {
  risks: "riskId",
  treatments: "riskId",
  assets: "assetId",
  soa: "controlId",
  gap: "requirementId",
  threats: "threatId",
  vulnerabilities: "vulnerabilityId",
};

/** A clause or control id ("4.1", "A.5.15", "A.12.6.1"): rows keyed this way are a catalog, not risks. */
const CATALOG_ID = /^(?:a\.?)?\d{1,2}(?:\.\d{1,3}){1,2}$/i;

function looksLikeCatalog(sheet: SheetData, start: number, last: number, idColumn: number): boolean {
  let ids = 0;
  let catalog = 0;
  for (let r = start; r <= last && r < sheet.values.length; r++) {
    const id = displayText(sheet.values[r]?.[idColumn] ?? "");
    if (id === "") continue;
    ids++;
    if (CATALOG_ID.test(id.normalize("NFKC"))) catalog++;
  }
  return ids >= 3 && catalog / ids >= 0.8;
}

/** The area of a table, relative to the sheet's values. */
function tableArea(sheet: SheetData, address: string): CellArea | null {
  const area = parseRange(address);
  if (!area) return null;
  return {
    top: area.top - sheet.row,
    left: area.left - sheet.column,
    bottom: area.bottom - sheet.row,
    right: area.right - sheet.column,
  };
}

function inArea(match: HeaderMatch, area: CellArea): HeaderMatch {
  const inside = (i: number): boolean => i >= area.left && i <= area.right;
  return {
    columns: new Map([...match.columns].filter(([, i]) => inside(i))),
    unknown: match.unknown.filter(inside),
    duplicates: match.duplicates.filter(inside),
  };
}

const texts = (row: readonly RawValue[]): string[] => row.map((cell) => displayText(cell));

function byTableArea(
  key: DataSheetKey,
  index: HeaderIndex,
  sheet: SheetData,
  area: CellArea,
  via: FoundVia,
): SheetLocation {
  const row = sheet.values[area.top] ?? [];
  const match = inArea(matchHeaders(row, index), area);
  return {
    key,
    sheet,
    via,
    headerIndex: area.top,
    headerRows: 1,
    headers: texts(row),
    lastIndex: area.bottom,
    leftIndex: area.left,
    rightIndex: area.right,
    match,
  };
}

function byMetadata(
  entry: IsmsMetadata["sheets"][number],
  index: HeaderIndex,
  snapshot: WorkbookSnapshot,
): SheetLocation | null {
  const key = entry.key as DataSheetKey;
  const sheet =
    snapshot.sheets.find((s) => s.name === entry.name && s.tables.some((t) => t.name === entry.table)) ??
    snapshot.sheets.find((s) => s.tables.some((t) => t.name === entry.table)) ??
    snapshot.sheets.find((s) => s.name === entry.name);
  const table = sheet?.tables.find((t) => t.name === entry.table);
  const area = sheet && table ? tableArea(sheet, table.address) : null;
  if (!sheet || !area) return null;
  const located = byTableArea(key, index, sheet, area, "metadata");
  // Columns inserted or removed since the metadata was written: trust the headers instead.
  if (area.right - area.left + 1 !== entry.columns.length) return located;
  return { ...located, match: metadataMatch(entry.columns, area.left, located.match) };
}

/**
 * Columns of a table as wide as the metadata says. Positions are trusted until a header names a known
 * column other than the one recorded there (a column was moved); then the headers decide, and only
 * headers renamed to words we do not know (or blanked) keep their recorded column.
 */
function metadataMatch(recorded: readonly string[], left: number, byHeader: HeaderMatch): HeaderMatch {
  const positional = new Map(recorded.map((column, i) => [column, left + i] as const));
  const moved = [...byHeader.columns].some(([column, i]) => recorded[i - left] !== column);
  if (!moved) return { columns: positional, unknown: [], duplicates: [] };
  const columns = new Map(byHeader.columns);
  const named = new Set([...byHeader.columns.values(), ...byHeader.duplicates]);
  recorded.forEach((column, offset) => {
    const i = left + offset;
    if (!named.has(i) && !columns.has(column)) columns.set(column, i);
  });
  const placed = new Set(columns.values());
  const unknown = byHeader.unknown.filter((i) => !placed.has(i));
  return { columns, unknown, duplicates: byHeader.duplicates };
}

function byTableName(
  key: DataSheetKey,
  schema: SheetSchema,
  index: HeaderIndex,
  snapshot: WorkbookSnapshot,
): SheetLocation | null {
  const wanted = schema.table.toLowerCase();
  for (const sheet of snapshot.sheets) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === wanted);
    const area = table ? tableArea(sheet, table.address) : null;
    if (area) return byTableArea(key, index, sheet, area, "table");
  }
  return null;
}

/** A header reading of a sheet for one role, scored. */
interface Candidate {
  readonly location: SheetLocation;
  readonly score: number;
  readonly accepted: boolean;
}

function nameBonus(key: DataSheetKey, sheetName: string): number {
  const name = normaliseWord(sheetName);
  return NAME_WORDS[key].some((word) => name.includes(normaliseWord(word))) ? NAME_BONUS : 0;
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

/** The columns whose absence explains why a role was refused. */
function missingMatters(key: DataSheetKey, column: string): boolean {
  switch (key) {
    case "risks":
      return column === "riskId" || column === "likelihood" || column === "threat";
    case "treatments":
      return column === "riskId" || column === "option";
    case "assets":
      return column === "assetId" || column === "name" || column === "c";
    case "soa":
      return column === "controlId" || column === "applicable";
    case "gap":
      return column === "requirementId" || column === "currentRating";
    default:
      return column === ID_KEY[key] || column === "name";
  }
}

/** Whether a sheet is the add-in's own (metadata, method sheet) and holds no records to read. */
function isOwnSheet(sheet: SheetData): boolean {
  if (isMetadataSheet(sheet.name)) return true;
  return sheet.tables.some((t) => isIsmsTable(t.name) && sheetKeyOfTable(t.name) === "method");
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
  if (head.tables.some((table) => isIsmsTable(table.name))) return true;
  return CLAIM_ORDER.some((key) => {
    const found = byHeaders(key, schemas[key], headerIndex(schemas[key], schemas.risks), head);
    return found !== null && found.location.match.columns.size >= MIN_MATCHED;
  });
}
