/**
 * The ISMS metadata (sheet roles and column keys) as a custom XML part in our namespace: the JSON of
 * `IsmsMetadata` is the text content of one root element. The .xlsx port reads the same part, so the
 * namespace and shape must stay as they are.
 */
import type { IsmsMetadata, SheetKey } from "../workbook/plan";

export const ISMS_METADATA_NAMESPACE = "urn:isms-workbench:metadata";

const SHEET_KEYS: ReadonlySet<string> = new Set<SheetKey>([
  "method",
  "assets",
  "threats",
  "vulnerabilities",
  "risks",
  "treatments",
  "soa",
  "gap",
]);

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

/**
 * The XML of the metadata part.
 * @example metadataXml(meta).startsWith('<?xml version="1.0" encoding="UTF-8"?><ismsMetadata xmlns="urn:isms-workbench:metadata">')
 */
export function metadataXml(metadata: IsmsMetadata): string {
  return `<?xml version="1.0" encoding="UTF-8"?><ismsMetadata xmlns="${ISMS_METADATA_NAMESPACE}">${escapeXml(JSON.stringify(metadata))}</ismsMetadata>`;
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

function isMetadata(value: unknown): value is IsmsMetadata {
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
 * The metadata in a part's XML, or null when the part is not ours or was edited into something else
 * (a person or another tool may have touched it; that is not an error, the sheets are then found by
 * their header aliases).
 */
export function parseMetadataXml(xml: string): IsmsMetadata | null {
  const body = /<([\w:.-]+)[^>]*>([\s\S]*)<\/\1>\s*$/.exec(xml.replace(/^\s*<\?xml[^>]*\?>/, "").trim());
  if (body?.[2] === undefined) return null;
  try {
    const value: unknown = JSON.parse(unescapeXml(body[2]).trim());
    return isMetadata(value) ? value : null;
  } catch {
    return null;
  }
}
