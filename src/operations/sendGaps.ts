/**
 * Use case: send gaps of the gap analysis to the risk register, as the method prescribes (the gap
 * analysis feeds the risk assessment). One read (with formulas, so appended rows carry the register's
 * own formulas), one plan that creates nothing: in Excel, three syncs however many gaps. Sending twice
 * adds nothing.
 */
import { looksLikeIsmsSheet } from "../workbook/read/sheetLocator";
import { parseWorkbook } from "../workbook/read/parseWorkbook";
import { readingSchemas } from "../workbook/schema/readingSchemas";
import { sendGapsPlan, type SendGapsOptions } from "../workbook/layout/gapToRisks";
import type { WorkbookPort } from "../workbook/port";
import { gapReportOf } from "./scoreGap";

export type { SendGapsOptions };

export type SendGapsResult =
  | {
      readonly status: "sent";
      readonly sent: readonly { readonly requirementId: string; readonly riskId: string }[];
      readonly skipped: readonly string[];
    }
  | { readonly status: "unavailable"; readonly reason: "noGapSheet" | "noRegister" | "noRegisterTable" };

/** @example (await sendGapsToRegister(port, { lang: "zh-CN" })).sent.length // 12 */
export async function sendGapsToRegister(
  port: WorkbookPort,
  options: SendGapsOptions,
): Promise<SendGapsResult> {
  const schemas = readingSchemas();
  const snapshot = await port.read({
    formulas: true,
    readInFull: (head) => looksLikeIsmsSheet(head, schemas),
  });
  const parsed = parseWorkbook(snapshot);
  const built = sendGapsPlan(snapshot, parsed, gapReportOf(parsed).scores.gaps, options);
  if (!built.ok) return { status: "unavailable", reason: built.reason };
  if (built.sent.length > 0) await port.apply(built.plan);
  return { status: "sent", sent: built.sent, skipped: built.skipped };
}
