/**
 * The shared strings part as the bulk writer adds to it: text of deferred table rows is filed in the
 * package's `xl/sharedStrings.xml`, as ExcelJS files the text of the cells it writes itself, instead of
 * as inline strings (which repeat every text in every cell: a third more of a large register's package).
 * A text ExcelJS filed already is found again by its written form, so it is filed once.
 */
import { xmlEncode } from "./xmlText";

/** The shared strings part's usual name (ExcelJS always writes it there). */
export const SHARED_STRINGS_PART = "xl/sharedStrings.xml";

/** One `<si>` as ExcelJS writes a plain text: `xml:space="preserve"` when white space at an end or a line break needs it. */
function stringItem(encoded: string, text: string): string {
  const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<si><t${space}>${encoded}</t></si>`;
}

/** A plain `<si><t>` item (1: its written text); any other item only counts. */
const ITEM = /<si>(?:<t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>)?|<si\/>/g;

export class SharedStringTable {
  private readonly indexes = new Map<string, number>();
  private readonly added: string[] = [];
  private unique = 0;
  private references = 0;
  private referenced = false;
  private readonly head: string;
  private readonly items: string;

  /** The table of an existing part (as ExcelJS wrote it). Throws when the part has no `<sst>`. */
  constructor(xml: string) {
    const open = /<sst\b[^>]*>/.exec(xml);
    const close = xml.lastIndexOf("</sst>");
    if (!open || close < 0) throw new Error("a shared strings part without sst");
    this.head = xml.slice(0, open.index + open[0].length);
    this.items = xml.slice(open.index + open[0].length, close);
    this.references = Number(/\scount="(\d+)"/.exec(open[0])?.[1] ?? 0);
    for (const item of this.items.matchAll(ITEM)) {
      const written = item[1];
      if (written !== undefined && !this.indexes.has(written)) this.indexes.set(written, this.unique);
      this.unique += 1;
    }
  }

  /**
   * The index of `text`, filed now when the table does not hold it yet; each call is one more reference.
   * @example new SharedStringTable('<sst count="1" uniqueCount="1"><si><t>a</t></si></sst>').index("a") // 0
   */
  index(text: string): number {
    const encoded = xmlEncode(text);
    this.references += 1;
    this.referenced = true;
    const known = this.indexes.get(encoded);
    if (known !== undefined) return known;
    const index = this.unique;
    this.indexes.set(encoded, index);
    this.added.push(stringItem(encoded, text));
    this.unique += 1;
    return index;
  }

  /** Whether any text was referenced since the part was read (its counts then change). */
  get changed(): boolean {
    return this.referenced;
  }

  /** The part with the strings filed since, and its counts. */
  xml(): string {
    const head = this.head
      .replace(/(\scount=")\d+"/, `$1${this.references}"`)
      .replace(/(\suniqueCount=")\d+"/, `$1${this.unique}"`);
    return `${head}${this.items}${this.added.join("")}</sst>`;
  }
}
