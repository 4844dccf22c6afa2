/**
 * The workbook-level parts of an .xlsx package, read straight from the zip for a fast read-only
 * open: the sheet list (workbook.xml and its relationships), the shared strings, which cell styles
 * show dates, and the tables. Each mirrors what ExcelJS makes of the same part, and also reads what
 * other writers write that ExcelJS refuses: `x:`-prefixed elements, absolute relationship targets,
 * parts found by their relationship rather than their usual name, part names in another case, no
 * document properties, CDATA sections, undeclared entities, sheet names ExcelJS would change. A part
 * it cannot make sense of (unreadable from the zip, no `<sheets>`, a sheet without its part) raises
 * DamagedPart.
 */
import { zipEntryData, type ZipEntry } from "./zipDirectory";
import {
  DamagedPart,
  elementContent,
  excelJsEscapes,
  markupAsText,
  relationshipId,
  startTags,
  xmlAttributes,
  xmlText,
} from "./xmlText";

/** Namespaces whose elements the scanner reads by local name: a prefix on them (`x:`) is dropped. */
const READ_NAMESPACES = [
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
  "http://schemas.openxmlformats.org/package/2006/relationships",
];
const PREFIX_DECLARATION = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*["']([^"']*)["']/g;
/** Namespace declarations are looked for in a part's first bytes (its root element). */
const DECLARATION_WINDOW = 8_192;

/**
 * A part's XML with the prefix of the SpreadsheetML (and package relationships) namespace dropped from
 * element names, so `<x:c r="A1">` reads as `<c r="A1">`; a part without such a prefix is returned as is.
 * @example unprefixed('<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si/></x:sst>')
 *   // '<sst xmlns:x="…"><si/></sst>'
 */
export function unprefixed(xml: string): string {
  let text = xml;
  for (const [, prefix, namespace] of xml.slice(0, DECLARATION_WINDOW).matchAll(PREFIX_DECLARATION)) {
    if (!prefix || !READ_NAMESPACES.includes(namespace ?? "")) continue;
    text = text.replace(new RegExp(`<(/?)${prefix.replace(/\./g, "\\.")}:`, "g"), "<$1");
  }
  return text;
}

/** A part's bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16 with its mark. */
function decode(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString("utf16le");
  if (data[0] === 0xfe && data[1] === 0xff) return Buffer.from(data.subarray(2)).swap16().toString("utf16le");
  const text = data.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The parts of one package, by name, as UTF-8 text. Opened `forReading`, part names are matched
 * without regard to case (as the package format requires), UTF-16 parts are decoded, CDATA sections
 * become escaped text and comments are left out (see markupAsText), and the SpreadsheetML prefix is
 * dropped (see unprefixed); otherwise (the writer's use) parts are given as stored.
 */
export class PackageParts {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly folded = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Buffer,
    entries: readonly ZipEntry[],
    private readonly forReading = false,
  ) {
    for (const entry of entries) {
      this.byName.set(entry.name, entry);
      const folded = entry.name.replace(/^\//, "").toLowerCase();
      if (forReading && !this.folded.has(folded)) this.folded.set(folded, entry);
    }
  }

  private entry(name: string): ZipEntry | undefined {
    return this.byName.get(name) ?? (this.forReading ? this.folded.get(name.toLowerCase()) : undefined);
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  text(name: string): string | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    const data = zipEntryData(this.bytes, entry);
    if (!data || data.length !== entry.size) throw new DamagedPart(`unreadable ${name}`);
    return this.forReading ? unprefixed(markupAsText(decode(data))) : data.toString("utf8");
  }

  names(): IterableIterator<string> {
    return this.byName.keys();
  }
}

export interface SheetEntry {
  readonly name: string;
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  readonly part: string;
}

interface Relationship {
  readonly id: string;
  /** The relationship type's last segment, e.g. "worksheet", "sharedStrings", "table". */
  readonly type: string;
  /** The target part's name resolved against the owner's folder (absolute targets too), or as written when external. */
  readonly target: string;
  readonly external: boolean;
}

/** The relationships of one part (or of the package, for owner ""), in document order. */
export function relationshipList(parts: PackageParts, owner: string): Relationship[] {
  const slash = owner.lastIndexOf("/");
  const folder = owner.slice(0, slash + 1);
  const xml = parts.text(`${folder}_rels/${owner.slice(slash + 1)}.rels`) ?? "";
  const list: Relationship[] = [];
  for (const tag of startTags(xml, "Relationship")) {
    const attributes = xmlAttributes(tag);
    const id = attributes.get("Id");
    const target = attributes.get("Target");
    if (id === undefined || target === undefined) continue;
    const external = attributes.get("TargetMode") === "External";
    const type = (attributes.get("Type") ?? "").replace(/^.*\//, "");
    list.push({ id, type, external, target: external ? target : resolvePartName(folder, target) });
  }
  return list;
}

/** Relationship id → target, resolved against the folder of the part that owns them (absolute targets too). */
export function relationships(parts: PackageParts, owner: string): Map<string, string> {
  return new Map(relationshipList(parts, owner).map((r) => [r.id, r.target]));
}

function resolvePartName(folder: string, target: string): string {
  const segments = target.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment && segment !== ".") segments.push(segment);
  }
  return segments.join("/");
}

/** The workbook part: the package's office document (xl/workbook.xml as most writers name it). */
export function workbookPart(parts: PackageParts): string {
  const office = relationshipList(parts, "").find((r) => r.type === "officeDocument" && parts.has(r.target));
  if (office) return office.target;
  if (parts.has("xl/workbook.xml")) return "xl/workbook.xml";
  throw new DamagedPart("no workbook part");
}

/** The part the workbook relates with the given type, else the conventional name beside the workbook. */
function workbookRelated(parts: PackageParts, type: string, conventional: string): string {
  const workbook = workbookPart(parts);
  const related = relationshipList(parts, workbook).find((r) => r.type === type && !r.external);
  return related?.target ?? `${workbook.slice(0, workbook.lastIndexOf("/") + 1)}${conventional}`;
}

/**
 * The worksheets in tab order, by name and part, as the workbook part and its relationships list
 * them; chart sheets and other non-worksheet sheets hold no cells and are left out.
 */
export function sheetEntries(parts: PackageParts): SheetEntry[] {
  const workbook = workbookPart(parts);
  const xml = parts.text(workbook) ?? "";
  const rels = new Map(relationshipList(parts, workbook).map((r) => [r.id, r]));
  const entries: SheetEntry[] = [];
  for (const tag of startTags(elementContent(xml, "sheets") ?? "", "sheet")) {
    const attributes = xmlAttributes(tag);
    const rel = rels.get(relationshipId(attributes) ?? "");
    if (rel && rel.type !== "worksheet" && /sheet$/.test(rel.type)) continue;
    entries.push({ name: attributes.get("name") ?? "", part: rel?.target ?? "" });
  }
  return entries;
}

/**
 * The worksheets in tab order, named exactly as the workbook part writes them (ExcelJS cuts a name to
 * 31 characters and refuses `[]*?:/\`, a leading or trailing `'`, "History" or a name used twice), and
 * whether dates use the 1904 system; DamagedPart when the workbook part lists no sheets or a sheet's
 * part is missing.
 */
export function workbookSheets(parts: PackageParts): { sheets: SheetEntry[]; date1904: boolean } {
  const workbook = parts.text(workbookPart(parts)) ?? "";
  if (elementContent(workbook, "sheets") === undefined) throw new DamagedPart("no sheets");
  const sheets = sheetEntries(parts);
  if (sheets.some(({ part }) => !parts.has(part))) throw new DamagedPart("sheet part");
  const properties = [...startTags(workbook, "workbookPr")][0];
  const date1904 =
    properties !== undefined && /^(1|true)$/.test(xmlAttributes(properties).get("date1904") ?? "");
  return { sheets, date1904 };
}

/** The text of a `<t>` element's inside, as ExcelJS's text reader gives it. */
function runText(inside: string): string {
  return excelJsEscapes(xmlText(inside));
}

const TEXT_ELEMENT = /<t(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/t>)/g;

/**
 * One `<si>`: plain text, or its rich-text runs joined; phonetic runs are ignored as ExcelJS does. An
 * item without text (`<si/>`, a run without `<t>`) adds nothing, as in Excel.
 */
function sharedString(inside: string): string {
  const item = inside.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").replace(/<phoneticPr\b[^>]*>/g, "");
  return [...item.matchAll(TEXT_ELEMENT)].map((match) => runText(match[1] ?? "")).join("");
}

const STRING_ITEM = /<si(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/si>)/g;

/** The shared-string table, in index order; DamagedPart when an item is left open (indexes would shift). */
export function sharedStrings(parts: PackageParts): string[] {
  const xml = parts.text(workbookRelated(parts, "sharedStrings", "sharedStrings.xml"));
  if (xml === undefined) return [];
  const items = [...xml.matchAll(STRING_ITEM)];
  if (items.length !== (xml.match(/<si[\s/>]/g)?.length ?? 0))
    throw new DamagedPart("unclosed shared string");
  return items.map((match) => sharedString(match[1] ?? ""));
}

/** Built-in number formats ExcelJS knows that its date test (below) takes for dates. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

/** ExcelJS's test for a date format: a date letter outside brackets and quotes. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The cell style ids (`s="…"`) whose number format makes ExcelJS read numbers as dates. */
export function dateStyles(parts: PackageParts): Set<number> {
  const xml = parts.text(workbookRelated(parts, "styles", "styles.xml")) ?? "";
  const custom = new Map<number, string>();
  for (const tag of startTags(elementContent(xml, "numFmts") ?? "", "numFmt")) {
    const attributes = xmlAttributes(tag);
    const format = (attributes.get("formatCode") ?? "").replace(/[\\](.)/g, "$1");
    custom.set(parseInt(attributes.get("numFmtId") ?? "", 10), format);
  }
  const styles = new Set<number>();
  [...startTags(elementContent(xml, "cellXfs") ?? "", "xf")].forEach((tag, id) => {
    const formatId = parseInt(xmlAttributes(tag).get("numFmtId") ?? "", 10);
    if (formatId && isDateFormat(custom.get(formatId) || BUILT_IN_FORMATS[formatId])) styles.add(id);
  });
  return styles;
}

/**
 * A table part's name and whole range, as ExcelJS's loaded table model holds them (`name`, or the
 * `displayName` Excel shows when a writer leaves `name` out); undefined when the part is missing,
 * DamagedPart when it holds no table with a range.
 */
export function tablePart(parts: PackageParts, part: string): { name: string; address: string } | undefined {
  const xml = parts.text(part);
  if (xml === undefined) return undefined;
  const tag = [...startTags(xml, "table")][0];
  const attributes = tag === undefined ? undefined : xmlAttributes(tag);
  const name = attributes?.get("name") || attributes?.get("displayName");
  const address = attributes?.get("ref");
  if (!name || !address) throw new DamagedPart(`table part ${part}`);
  return { name, address };
}
