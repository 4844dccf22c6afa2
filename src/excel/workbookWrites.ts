/**
 * The workbook-wide part of a plan as sized writes: named ranges (replacing a name that exists), the
 * ISMS metadata part (replacing ours, leaving other parts alone), and the sheet to activate.
 */
import type { WorkbookPlan } from "../workbook/plan";
import { quotedSheet } from "./a1";
import { metadataXml } from "./metadataPart";
import { sheetProxy, smallWrite, type Write } from "./sheetWrites";

/** What exists before the plan is applied (from the probe). */
export interface WorkbookStart {
  /** Names of the plan that already exist (lower case). */
  readonly existingNames: ReadonlySet<string>;
  /** Ids of our metadata parts already in the workbook. */
  readonly metadataPartIds: readonly string[];
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
  if (metadata) {
    const xml = metadataXml(metadata);
    writes.push(
      smallWrite(xml, (context) => {
        const parts = context.workbook.customXmlParts;
        for (const id of start.metadataPartIds) parts.getItem(id).delete();
        parts.add(xml);
      }),
    );
  }
  if (activate !== undefined)
    writes.push(smallWrite(activate, (context) => sheetProxy(context, activate).activate()));
  return writes;
}
