/**
 * The little XML the part scanner needs: attributes of one tag, text with its references decoded, CDATA
 * sections and comments turned into plain text before any element is looked for, and ExcelJS's own
 * extra decodings, so the scanner gives the values ExcelJS gives on the files both read. What the
 * scanner cannot make sense of raises DamagedPart, and the file is refused as damaged.
 */

/** A part is not well-formed where the scanner reads it (an element left open, a bad reference…). */
export class DamagedPart extends Error {}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** A CDATA section (1: its text) or a comment. */
const CDATA_OR_COMMENT = /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->/g;

/** Characters a reference may not stand for (XML 1.0): NUL, surrogates, beyond U+10FFFF. */
function isCharacter(code: number): boolean {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}

/**
 * XML with each CDATA section replaced by its text, escaped (so markup-like text inside one, `</t>`,
 * `<c r="A1">`, can never be taken for an element) and comments left out; XML without either is
 * returned as is.
 * @example markupAsText("<t><![CDATA[a<b]]></t><!-- note -->") // "<t>a&lt;b</t>"
 */
export function markupAsText(xml: string): string {
  if (!xml.includes("<![CDATA[") && !xml.includes("<!--")) return xml;
  const text = xml.replace(CDATA_OR_COMMENT, (_whole, cdata: string | undefined) =>
    cdata === undefined ? "" : cdata.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
  );
  if (text.includes("<![CDATA[") || text.includes("<!--")) throw new DamagedPart("unclosed CDATA or comment");
  return text;
}

/**
 * Text content as an XML parser reports it: CDATA sections as their text, character references
 * (`&#123;`, `&#x1F600;`) and the five XML entities decoded, line ends normalised. Any other entity
 * (`&nbsp;`) is kept as written: no DTD can declare it in a package part, and Excel shows it as text.
 * @example xmlText("a &amp; &#x1F600; &nbsp;") // "a & 😀 &nbsp;"
 */
export function xmlText(raw: string): string {
  const unwrapped = raw.includes("<![CDATA[") ? markupAsText(raw) : raw;
  const text = unwrapped.includes("\r") ? unwrapped.replace(/\r\n?/g, "\n") : unwrapped;
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name.startsWith("#x") ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!isCharacter(code)) throw new DamagedPart(`character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name] ?? whole;
  });
}

/** An attribute value as an XML parser reports it (white space characters become spaces). */
function attributeValue(raw: string): string {
  return xmlText(raw).replace(/[\t\n\r]/g, " ");
}

/** The attributes of a start tag's inside (`r="A1" t="s"`), by name as written (prefix kept). */
export function xmlAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    if (match[1]) attributes.set(match[1], attributeValue(match[2] ?? match[3] ?? ""));
  }
  return attributes;
}

/** The relationship id of a tag (`r:id`, whatever the prefix). */
export function relationshipId(attributes: ReadonlyMap<string, string>): string | undefined {
  for (const [name, value] of attributes) if (name.endsWith(":id")) return value;
  return undefined;
}

/** Every `<name ...>` / `<name .../>` start tag's attribute text in `xml`, in document order. */
export function* startTags(xml: string, name: string): Generator<string> {
  const pattern = new RegExp(`<${name}(?=[\\s/>])([^>]*)>`, "g");
  for (const match of xml.matchAll(pattern)) yield match[1] ?? "";
}

/** The inside of the first `<name>...</name>` element, "" when it is empty, undefined when absent. */
export function elementContent(xml: string, name: string): string | undefined {
  const open = new RegExp(`<${name}(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  if (open[1] === "/") return "";
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${name}>`, start);
  if (end < 0) throw new DamagedPart(`unclosed ${name}`);
  return xml.slice(start, end);
}

/** ExcelJS decodes a `t="str"` value a second time (its own xmlDecode: five named entities). */
export function excelJsXmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (entity, name: string) => ENTITIES[name] ?? entity);
}

/** ExcelJS decodes `_xHHHH_` escapes (upper-case hex only) in shared-string text. */
export function excelJsEscapes(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Reads the named attributes of start tags, quickly when a tag is written the plain way ExcelJS and
 * Excel write it (double quotes, no entities, no line breaks), else through xmlAttributes.
 * @example attributeReader(["r", "t"])('r="A1" t="s"') // { r: "A1", t: "s" }
 */
export function attributeReader<Name extends string>(
  names: readonly Name[],
): (tag: string) => Partial<Record<Name, string>> {
  const patterns = names.map((name) => [name, new RegExp(`(?:^|\\s)${name}="([^"]*)"`)] as const);
  return (tag) => {
    const read: Partial<Record<Name, string>> = {};
    const all = /['\t\n\r&]/.test(tag) ? xmlAttributes(tag) : undefined;
    for (const [name, pattern] of patterns) {
      const value = all ? all.get(name) : pattern.exec(tag)?.[1];
      if (value !== undefined) read[name] = value;
    }
    return read;
  };
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '"': "&quot;",
  "&": "&amp;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

/** Text as ExcelJS writes it into XML (content or attribute): the five characters escaped, control characters dropped. */
export function xmlEncode(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/["&'<>\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, (char) => XML_ESCAPES[char] ?? "");
}

/** Text as a double-quoted attribute value: `&`, `<`, `>` and `"` escaped, control characters dropped. */
export function xmlAttributeValue(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/["&<>\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, (char) => XML_ESCAPES[char] ?? "");
}
