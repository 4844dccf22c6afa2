/**
 * Where an element goes in a worksheet part: ECMA-376 fixes the order of CT_Worksheet's children after
 * `<sheetData>`, and Excel refuses a sheet whose elements are out of order. One definition for every
 * element the port inserts into what ExcelJS wrote (in-workbook links, drawings).
 */

/** CT_Worksheet's children after `<sheetData>`, in schema order. */
const AFTER_SHEET_DATA = [
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

export type WorksheetElement = (typeof AFTER_SHEET_DATA)[number];

/**
 * The offset in the sheet XML where `element` belongs: before the first element that must follow it
 * (or before `</worksheet>`).
 */
export function insertionPoint(xml: string, element: WorksheetElement): number {
  const from = xml.indexOf("</sheetData>");
  if (from < 0) throw new Error("a sheet part without sheetData");
  const after = AFTER_SHEET_DATA.slice(AFTER_SHEET_DATA.indexOf(element) + 1);
  const positions = [...after.map((name) => `<${name}`), "</worksheet>"]
    .map((tag) => xml.indexOf(tag, from))
    .filter((at) => at >= 0);
  if (positions.length === 0) throw new Error("a sheet part without </worksheet>");
  return Math.min(...positions);
}
