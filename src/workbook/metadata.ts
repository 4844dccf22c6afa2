/**
 * The ISMS metadata (each sheet's role, table and column keys) and how both ports store it: the same JSON,
 * in chunks, in column A of one very hidden sheet `_isms_meta`, written and read the same way by the Office
 * port and the .xlsx port (so what the pane rewrites is what the command reads, and the reverse). Earlier
 * versions of the pane kept it in a custom XML part: both ports still read that part when the sheet is
 * absent, and the Office port deletes it when it writes the sheet, so it can never be read stale.
 * One definition here, so the two ports stay in step.
 */
import { REGISTER_KEYS } from "../domain/readiness/types";
import type { IsmsMetadata, SheetKey } from "./plan";

/** Every ISMS sheet role, in the order a new workbook lays them out. */
export const ISMS_SHEET_KEYS: readonly SheetKey[] = [
  "method",
  "assets",
  "threats",
  "vulnerabilities",
  "risks",
  "treatments",
  "soa",
  "gap",
];

export const ISMS_METADATA_NAMESPACE = "urn:isms-workbench:metadata";

/** The very hidden sheet that holds the metadata. Ports leave it out of the sheets they report. */
export const METADATA_SHEET = "_isms_meta";
/** Cell A1 of the metadata sheet; the JSON follows in A2, A3, … */
export const METADATA_MARKER = "isms-metadata";
/** Characters per cell: below Excel's 32,767-character cell limit. */
const METADATA_CHUNK = 30_000;

/** Table names the add-in gives its tables (ISMS_Risks, ISMS_Risks_2, …). */
export function isIsmsTable(name: string): boolean {
  return /^ISMS_/i.test(name);
}

export function isMetadataSheet(name: string): boolean {
  return name.toLowerCase() === METADATA_SHEET;
}

/**
 * Column A of the metadata sheet, one row per cell: the marker, then the JSON in chunks. Every cell is
 * text (ports write it as text: a chunk may start with "-" or "=").
 * @example metadataSheetRows(meta)[0] // ["isms-metadata"]
 */
export function metadataSheetRows(metadata: IsmsMetadata): string[][] {
  const json = JSON.stringify(metadata);
  const rows: string[][] = [[METADATA_MARKER]];
  for (let at = 0; at < json.length; at += METADATA_CHUNK) rows.push([json.slice(at, at + METADATA_CHUNK)]);
  return rows;
}

/** The metadata in the values of the metadata sheet (from A1 down), or null when they are not ours. */
export function metadataFromSheetRows(values: readonly (readonly unknown[])[]): IsmsMetadata | null {
  if (values[0]?.[0] !== METADATA_MARKER) return null;
  let json = "";
  for (let row = 1; row < values.length; row++) {
    const cell = values[row]?.[0];
    if (typeof cell === "string") json += cell;
  }
  return parseMetadataJson(json);
}

/** Roles a sheet may have in the metadata: the risk work's, and the registers the method names. */
const SHEET_KEYS: ReadonlySet<string> = new Set<string>([...ISMS_SHEET_KEYS, ...REGISTER_KEYS]);

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function isSheetEntry(value: unknown): value is IsmsMetadata["sheets"][number] {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.key === "string" &&
    SHEET_KEYS.has(entry.key) &&
    typeof entry.name === "string" &&
    typeof entry.table === "string" &&
    Array.isArray(entry.columns) &&
    entry.columns.every((column) => typeof column === "string")
  );
}

/** A guard for JSON that claims to be IsmsMetadata (files are edited by people and other tools). */
export function isIsmsMetadata(value: unknown): value is IsmsMetadata {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    candidate.version === 1 &&
    typeof candidate.lang === "string" &&
    typeof candidate.standard === "string" &&
    Array.isArray(candidate.sheets) &&
    candidate.sheets.every(isSheetEntry)
  );
}

/**
 * The metadata in a JSON text, or null when it is not ours or was edited into something else (that is not
 * an error: the sheets are then found by their tables and header aliases).
 * @example parseMetadataJson('{"version":1,"lang":"en","standard":"2022","sheets":[]}')?.lang // "en"
 */
export function parseMetadataJson(json: string): IsmsMetadata | null {
  try {
    const value: unknown = JSON.parse(json.trim());
    if (!isIsmsMetadata(value)) return null;
    if (value.soa === undefined || isSoaBaseline(value.soa)) return value;
    const { soa: _edited, ...rest } = value;
    return rest;
  } catch {
    return null;
  }
}

const isTextList = (value: unknown): boolean =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/** The SoA's recorded state, as far as the next version relies on it. */
function isSoaBaseline(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  const controls = candidate.controls;
  return (
    typeof candidate.version === "number" &&
    Number.isInteger(candidate.version) &&
    candidate.version > 0 &&
    typeof candidate.date === "string" &&
    typeof controls === "object" &&
    controls !== null &&
    Object.values(controls).every((code) => typeof code === "string") &&
    isTextList(candidate.conflicts) &&
    isTextList(candidate.orphans)
  );
}

/**
 * The XML of the metadata part: the JSON is the text content of one root element in our namespace.
 * @example metadataXml(meta).startsWith('<?xml version="1.0" encoding="UTF-8"?><ismsMetadata xmlns="urn:isms-workbench:metadata">')
 */
export function metadataXml(metadata: IsmsMetadata): string {
  return `<?xml version="1.0" encoding="UTF-8"?><ismsMetadata xmlns="${ISMS_METADATA_NAMESPACE}">${escapeXml(JSON.stringify(metadata))}</ismsMetadata>`;
}

/** The metadata in a part's XML, or null when the part is not ours or not valid. */
export function parseMetadataXml(xml: string): IsmsMetadata | null {
  const body = /<([\w:.-]+)[^>]*>([\s\S]*)<\/\1>\s*$/.exec(xml.replace(/^\s*<\?xml[^>]*\?>/, "").trim());
  return body?.[2] === undefined ? null : parseMetadataJson(unescapeXml(body[2]));
}
