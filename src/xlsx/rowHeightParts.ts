/**
 * A SheetPlan's row heights written into the sheet part ExcelJS saved. ExcelJS files every row height it
 * holds as a custom one (`customHeight="1"`), which Excel then never fits to the row's text again. A set
 * height is written that way; an estimated height as a plain `ht`, which LibreOffice and WPS show as it
 * is (they do not fit rows when they open a file) and which Excel fits again, as it does any row whose
 * height no one set.
 */
import type { RowHeightPlan } from "../workbook/plan";

/** Heights by sheet name, as the port collects them from the plans it applies. */
export type SheetRowHeights = Map<string, readonly RowHeightPlan[]>;

const ROW_TAG = /<row r="(\d+)"([^>]*?)(\/?)>/g;

/**
 * The sheet XML with each planned row's `ht` (and `customHeight` for a set height) in place of what the row
 * had. Every planned row must be in the part: a table's header and body rows always are.
 * @example sheetWithRowHeights('<row r="1" spans="1:2">', [{ row: 0, height: 34 }]) // '<row r="1" ht="34" customHeight="1" spans="1:2">'
 */
export function sheetWithRowHeights(xml: string, heights: readonly RowHeightPlan[]): string {
  const byRow = new Map(heights.map((height) => [height.row + 1, height]));
  const written = new Set<number>();
  const result = xml.replace(ROW_TAG, (tag, number: string, attributes: string, empty: string) => {
    const height = byRow.get(Number(number));
    if (!height) return tag;
    written.add(Number(number));
    const others = attributes.replace(/\s(?:ht|customHeight)="[^"]*"/g, "");
    const custom = height.estimate ? "" : ' customHeight="1"';
    return `<row r="${number}" ht="${height.height}"${custom}${others}${empty}>`;
  });
  const missing = [...byRow.keys()].filter((row) => !written.has(row));
  if (missing.length > 0) throw new Error(`no row ${missing.join(", ")} in the sheet part for its height`);
  return result;
}
