/**
 * The workbook-wide part of a plan as sized writes: named ranges (replacing a name that exists), the
 * ISMS metadata sheet (written as the .xlsx port writes it; legacy metadata parts of ours are deleted so
 * they can never be read stale; other parts are left alone), and the sheet to activate.
 */
import { METADATA_SHEET, metadataSheetRows } from "../workbook/metadata";
import type { IsmsMetadata, WorkbookPlan } from "../workbook/plan";
import { quotedSheet } from "../workbook/cells/cellAddress";
import { sheetProxy, smallWrite, type Write } from "./sheetWrites";
import { cellInput } from "./textCells";

/** What exists before the plan is applied (from the probe). */
export interface WorkbookStart {
  /** Names of the plan that already exist (lower case). */
  readonly existingNames: ReadonlySet<string>;
  /** Ids of our legacy metadata parts in the workbook. */
  readonly metadataPartIds: readonly string[];
  /** The metadata sheet exists already. */
  readonly metadataSheet: boolean;
}

/** The metadata sheet, very hidden, column A as text: replaced whole, legacy parts removed. */
function metadataWrite(metadata: IsmsMetadata, start: WorkbookStart): Write {
  const rows = metadataSheetRows(metadata).map((row) => row.map((cell) => cellInput(cell)));
  return smallWrite(rows, (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = start.metadataSheet ? sheets.getItem(METADATA_SHEET) : sheets.add(METADATA_SHEET);
    if (start.metadataSheet) sheet.getRange().clear();
    sheet.getRangeByIndexes(0, 0, rows.length, 1).formulas = rows;
    sheet.visibility = "VeryHidden";
    const parts = context.workbook.customXmlParts;
    for (const id of start.metadataPartIds) parts.getItem(id).delete();
  });
}

export function workbookWrites(plan: WorkbookPlan, start: WorkbookStart): Write[] {
  const writes = plan.names.map((name) =>
    smallWrite(name, (context) => {
      const names = context.workbook.names;
      if (start.existingNames.has(name.name.toLowerCase())) names.getItem(name.name).delete();
      names.add(name.name, `=${quotedSheet(name.sheet)}!${name.address}`);
    }),
  );
  const { metadata, activate } = plan;
  if (metadata) writes.push(metadataWrite(metadata, start));
  if (activate !== undefined)
    writes.push(smallWrite(activate, (context) => sheetProxy(context, activate).activate()));
  return writes;
}
