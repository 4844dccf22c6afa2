/**
 * The port's `highlight`: the cells of findings marked with a fill that lies over the cell's own
 * formatting and never changes it. A mark is a conditional format whose formula is always true, so
 * deleting it brings back exactly what the cell showed before, the person's own fills and conditional
 * formats included.
 *
 * The formula also says whose it is: `=ISTEXT("ISMS finding: error")` is true everywhere, works the same
 * in Excel, LibreOffice and WPS, reads as what it is in Excel's rules manager, and is one no person types.
 * So marks are found again by that formula alone, on every sheet: after the pane was closed and opened
 * again, after a sheet was renamed, after a marked cell was copied elsewhere (Excel copies its formats
 * with it), and in a workbook saved and reopened. Nothing needs recording, and a format a person made is
 * never taken for ours.
 *
 * Budget: two syncs to read (the sheets; then each sheet's conditional formats, only the custom formula
 * of each, and its protection), then the deletes of the old marks and the new marks as sized writes packed
 * into requests under the byte budget, one sync each: 10 or 1,000 marks are one request, three syncs in
 * all. A sheet the product protected (its protection has the product's own options) is unprotected and
 * protected again within each request that changes it; a missing sheet, or one protected otherwise, stops
 * it before anything is written.
 */
import { isMetadataSheet } from "../workbook/metadata";
import { PortError, type CellMark } from "../workbook/port";
import { markAreas, type MarkArea, type MarkSeverity } from "./markAreas";
import { sendRequests } from "./planApply";
import {
  guardedRequests,
  guardsOf,
  isProductProtection,
  onSheet,
  type Guard,
  type SheetWrite,
} from "./protectionWrites";
import { sheetProxy, smallWrite, type Write } from "./sheetWrites";

/** A clear red for errors, amber for warnings. */
export const MARK_FILLS: Readonly<Record<MarkSeverity, string>> = { error: "#FF7C80", warning: "#FFC000" };

/** Each severity's mark formula: always true, and ours alone (see above). */
export const MARK_FORMULAS: Readonly<Record<MarkSeverity, string>> = {
  error: '=ISTEXT("ISMS finding: error")',
  warning: '=ISTEXT("ISMS finding: warning")',
};

const MARK_FORMULA = /^=ISTEXT\("ISMS finding: (?:error|warning)"\)$/i;

/**
 * Whether a custom conditional format's formula is one of our marks.
 * @example isMarkFormula('=ISTEXT("ISMS finding: warning")') // true
 */
export function isMarkFormula(formula: string): boolean {
  return MARK_FORMULA.test(formula.trim());
}

/** What the second read brings back for one sheet. */
interface SheetFormats {
  readonly name: string;
  readonly formats: Excel.ConditionalFormatCollection;
  readonly protection: Excel.WorksheetProtection;
}

/** Marks of ours among a sheet's conditional formats (loaded with their custom formula). */
function staleMarks(sheet: SheetFormats): Excel.ConditionalFormat[] {
  return sheet.formats.items.filter((format) => {
    const custom = format.customOrNullObject;
    return !custom.isNullObject && isMarkFormula(custom.rule.formula);
  });
}

/**
 * Throws when a mark names a sheet that is not there, or a sheet to change is protected by someone else;
 * returns the sheets to change that the product protected, to unprotect and protect again.
 */
function guardsToMark(
  sheets: readonly SheetFormats[],
  stale: ReadonlyMap<SheetFormats, readonly Excel.ConditionalFormat[]>,
  areas: readonly MarkArea[],
): Guard[] {
  const byName = new Map(sheets.map((sheet) => [sheet.name.toLowerCase(), sheet] as const));
  for (const area of areas) {
    if (!byName.has(area.sheet.toLowerCase()))
      throw new PortError("port.sheetMissing", `no sheet "${area.sheet}" to mark`, area.sheet);
  }
  const marked = new Set(areas.map((area) => area.sheet.toLowerCase()));
  const guards: Guard[] = [];
  for (const sheet of sheets) {
    const changes = marked.has(sheet.name.toLowerCase()) || (stale.get(sheet)?.length ?? 0) > 0;
    if (!changes || !sheet.protection.protected) continue;
    if (!isProductProtection(sheet.protection.options))
      throw new PortError("port.sheetProtected", `sheet "${sheet.name}" is protected`, sheet.name);
    guards.push({ sheet: sheet.name, reprotect: true });
  }
  return guards;
}

function markWrite(area: MarkArea): Write {
  return smallWrite(
    area,
    (context) => {
      const mark = sheetProxy(context, area.sheet).getRange(area.address).conditionalFormats.add("Custom");
      mark.custom.rule.formula = MARK_FORMULAS[area.severity];
      mark.custom.format.fill.color = MARK_FILLS[area.severity];
      // Excel puts a new format first already; said here so the mark shows over a person's own fills.
      mark.priority = 0;
    },
    12,
  );
}

function deleteWrite(format: Excel.ConditionalFormat): Write {
  return smallWrite(null, () => format.delete(), 2);
}

/** One attempt at replacing every mark of ours with `marks` (none: only removing). */
export async function highlightOnce(
  context: Excel.RequestContext,
  marks: readonly CellMark[],
  budget: number,
): Promise<{ readonly requests: number }> {
  const areas = markAreas(marks);
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const sheets: SheetFormats[] = worksheets.items
    .filter((sheet) => !isMetadataSheet(sheet.name))
    .map((sheet) => ({
      name: sheet.name,
      formats: sheet.getRange().conditionalFormats.load("items/customOrNullObject/rule/formula"),
      protection: sheet.protection.load("protected, options"),
    }));
  await context.sync();
  const stale = new Map(sheets.map((sheet) => [sheet, staleMarks(sheet)] as const));
  const guards = guardsToMark(sheets, stale, areas);
  const writes: SheetWrite[] = [
    ...[...stale].flatMap(([sheet, formats]) => formats.map(deleteWrite).map(onSheet(sheet.name))),
    ...areas.map((area) => onSheet(area.sheet)(markWrite(area))),
  ];
  const requests = guardedRequests(writes, guardsOf(guards), budget);
  await sendRequests(context, requests);
  return { requests: requests.length };
}
