/**
 * In-workbook links as the Office port writes them: the cell holds the link's text as its value, and the
 * sheet's `<hyperlinks>` holds `<hyperlink ref="A2" location="'Sheet'!A5" display="R-001"/>`, with no
 * relationship. ExcelJS cannot write that (it gives every cell hyperlink an external relationship, which
 * Excel and LibreOffice then open as a file) and drops such links when it loads a file, so the port keeps
 * them itself, by sheet and cell, and writes them into the saved sheet parts.
 */
import { insertionPoint } from "./worksheetOrder";
import { quotedSheet } from "../workbook/cells/cellAddress";
import type { HyperlinkPlan } from "../workbook/plan";
import type { PackageParts } from "./packageScan";
import { elementContent, relationshipId, startTags, xmlAttributes, xmlAttributeValue } from "./xmlText";

/** Sheet name → cell address → the `<hyperlink>` element to write. */
export type SheetLinks = Map<string, Map<string, string>>;

/**
 * @example
 *   hyperlinkElement({ address: "A2", targetSheet: "Risks", targetAddress: "A5", text: "R-001" })
 *   // `<hyperlink ref="A2" location="'Risks'!A5" display="R-001"/>`
 */
export function hyperlinkElement(link: HyperlinkPlan): string {
  const location = `${quotedSheet(link.targetSheet)}!${link.targetAddress}`;
  return `<hyperlink ref="${xmlAttributeValue(link.address)}" location="${xmlAttributeValue(location)}" display="${xmlAttributeValue(link.text)}"/>`;
}

/** Records a sheet's links (a later link on the same cell replaces the earlier one). */
export function addLinks(links: SheetLinks, sheet: string, plans: readonly HyperlinkPlan[]): void {
  if (plans.length === 0) return;
  const cells = links.get(sheet) ?? new Map<string, string>();
  for (const link of plans) cells.set(link.address, hyperlinkElement(link));
  links.set(sheet, cells);
}

/** The in-workbook links of a sheet part (those with a location and no relationship), by cell. */
export function partLinks(parts: PackageParts, part: string): Map<string, string> {
  const cells = new Map<string, string>();
  const xml = parts.text(part) ?? "";
  const content = xml.includes("<hyperlinks") ? elementContent(xml, "hyperlinks") : undefined;
  for (const tag of startTags(content ?? "", "hyperlink")) {
    const attributes = xmlAttributes(tag);
    const ref = attributes.get("ref");
    if (ref === undefined || !attributes.has("location") || relationshipId(attributes) !== undefined)
      continue;
    const written = [...attributes].map(([name, value]) => ` ${name}="${xmlAttributeValue(value)}"`).join("");
    cells.set(ref, `<hyperlink${written}/>`);
  }
  return cells;
}

/** The sheet XML with the links added to its `<hyperlinks>` (created in its place when absent). */
export function sheetWithLinks(xml: string, elements: readonly string[]): string {
  if (elements.length === 0) return xml;
  const from = xml.indexOf("</sheetData>");
  if (from < 0) throw new Error("a sheet part without sheetData");
  const existing = xml.indexOf("</hyperlinks>", from);
  if (existing >= 0) return `${xml.slice(0, existing)}${elements.join("")}${xml.slice(existing)}`;
  const at = insertionPoint(xml, "hyperlinks");
  return `${xml.slice(0, at)}<hyperlinks>${elements.join("")}</hyperlinks>${xml.slice(at)}`;
}
