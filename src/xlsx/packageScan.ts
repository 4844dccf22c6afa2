/**
 * The workbook-level parts of an .xlsx package, read straight from the zip for a fast read-only
 * open: the sheet list (workbook.xml and its relationships), the shared strings, which cell styles
 * show dates, and the tables. Each mirrors what ExcelJS makes of the same part; a part it would read
 * differently, or not at all, raises Unscannable.
 */
import { zipEntryData, type ZipEntry } from "./zipDirectory";
import {
  elementContent,
  excelJsEscapes,
  relationshipId,
  startTags,
  Unscannable,
  xmlAttributes,
  xmlText,
} from "./xmlText";

/** The parts of one package, by name, as UTF-8 text. */
export class PackageParts {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Buffer,
    entries: readonly ZipEntry[],
  ) {
    for (const entry of entries) this.byName.set(entry.name, entry);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  text(name: string): string | undefined {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    const data = zipEntryData(this.bytes, entry);
    if (!data || data.length !== entry.size) throw new Unscannable(`unreadable ${name}`);
    return data.toString("utf8");
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

/** Relationship id → target, resolved against the folder of the part that owns them. */
export function relationships(parts: PackageParts, owner: string, resolve = true): Map<string, string> {
  const slash = owner.lastIndexOf("/");
  const folder = owner.slice(0, slash + 1);
  const xml = parts.text(`${folder}_rels/${owner.slice(slash + 1)}.rels`) ?? "";
  const targets = new Map<string, string>();
  for (const tag of startTags(xml, "Relationship")) {
    const attributes = xmlAttributes(tag);
    const id = attributes.get("Id");
    const target = attributes.get("Target");
    if (id === undefined || target === undefined) continue;
    if (!resolve || attributes.get("TargetMode") === "External") targets.set(id, target);
    else targets.set(id, resolvePartName(folder, target));
  }
  return targets;
}

function resolvePartName(folder: string, target: string): string {
  const segments = target.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment && segment !== ".") segments.push(segment);
  }
  return segments.join("/");
}

/** Sheet names ExcelJS would refuse or change when it loads them. */
function isPlainSheetName(name: string): boolean {
  return name !== "" && name.length <= 31 && !/[*?:/\\[\]]/.test(name) && !/^'|'$/.test(name);
}

/** The worksheets in tab order, by name and part, as workbook.xml and its relationships list them. */
export function sheetEntries(parts: PackageParts): SheetEntry[] {
  const xml = parts.text("xl/workbook.xml");
  if (xml === undefined) throw new Unscannable("no xl/workbook.xml");
  const rels = relationships(parts, "xl/workbook.xml");
  return [...startTags(elementContent(xml, "sheets") ?? "", "sheet")].map((tag) => {
    const attributes = xmlAttributes(tag);
    return { name: attributes.get("name") ?? "", part: rels.get(relationshipId(attributes) ?? "") ?? "" };
  });
}

/**
 * The worksheets in tab order and whether dates use the 1904 system; Unscannable when a sheet's name
 * or part is one ExcelJS would read differently.
 */
export function workbookSheets(parts: PackageParts): { sheets: SheetEntry[]; date1904: boolean } {
  const seen = new Set<string>();
  const sheets = sheetEntries(parts).map(({ name, part }) => {
    if (!isPlainSheetName(name) || seen.has(name.toLowerCase())) throw new Unscannable("sheet name");
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(part) || !parts.has(part))
      throw new Unscannable("sheet part");
    seen.add(name.toLowerCase());
    return { name, part };
  });
  const properties = [...startTags(parts.text("xl/workbook.xml") ?? "", "workbookPr")][0];
  const date1904 = properties !== undefined && xmlAttributes(properties).get("date1904") === "1";
  return { sheets, date1904 };
}

/** The text of a `<t>` element's inside, as ExcelJS's text reader gives it. */
function runText(inside: string): string {
  return excelJsEscapes(xmlText(inside));
}

const TEXT_ELEMENT = /<t(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/t>)/g;

/** One `<si>`: plain text, or its rich-text runs joined; phonetic runs are ignored as ExcelJS does. */
function sharedString(inside: string): string {
  const item = inside.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").replace(/<phoneticPr\b[^>]*>/g, "");
  const texts = [...item.matchAll(TEXT_ELEMENT)].map((match) => runText(match[1] ?? ""));
  const runs = item.match(/<r>|<r\s[^>]*>/g)?.length ?? 0;
  if (runs > 0) {
    if (texts.length !== runs) throw new Unscannable("rich-text run without one text");
    return texts.join("");
  }
  if (texts.length !== 1 || texts[0] === undefined) throw new Unscannable("shared string");
  return texts[0];
}

/** The shared-string table, in index order. */
export function sharedStrings(parts: PackageParts): string[] {
  const xml = parts.text("xl/sharedStrings.xml");
  if (xml === undefined) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((match) => sharedString(match[1] ?? ""));
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
  const xml = parts.text("xl/styles.xml") ?? "";
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

/** A table part's name and whole range, as ExcelJS's loaded table model holds them. */
export function tablePart(parts: PackageParts, part: string): { name: string; address: string } {
  const xml = parts.text(part);
  const tag = xml === undefined ? undefined : [...startTags(xml, "table")][0];
  if (tag === undefined) throw new Unscannable(`table part ${part}`);
  const attributes = xmlAttributes(tag);
  const name = attributes.get("name");
  const address = attributes.get("ref");
  if (!name || !address) throw new Unscannable(`table part ${part}`);
  return { name, address };
}
