/**
 * The ISMS metadata (each sheet's role, table and column keys) and how both ports store it: the Office
 * port as a custom XML part in our namespace, the .xlsx port (ExcelJS cannot write custom XML parts) as
 * the same JSON in a hidden sheet — and either port reads the other's. One definition here, so the two
 * stay in step.
 */
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

const SHEET_KEYS: ReadonlySet<string> = new Set(ISMS_SHEET_KEYS);

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
    return isIsmsMetadata(value) ? value : null;
  } catch {
    return null;
  }
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
