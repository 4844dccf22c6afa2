/**
 * The Workbook panel's actions over any WorkbookPort: status from one read, a preview built against the
 * workbook as it is (nothing written), and create through the operation. The pane binds it to the Office.js
 * port; tests bind it to the strict fake.
 */
import { buildWorkbookPlan, createWorkbook } from "../operations/createWorkbook";
import { describePlan } from "../operations/describePlan";
import { parseWorkbook } from "../operations/readWorkbook";
import type { SheetKey } from "../workbook/plan";
import { PortError, type WorkbookPort } from "../workbook/port";
import type { WorkbookSnapshot } from "../workbook/sheetData";
import {
  ISMS_SHEETS,
  type CreateRequest,
  type PlanPreview,
  type WorkbookActions,
  type WorkbookStatus,
} from "./workbookActions";

/** The methodology sheet has no records, so it is found by its metadata entry or its table. */
function methodSheetName(snapshot: WorkbookSnapshot): string | undefined {
  const names = new Set(snapshot.sheets.map((sheet) => sheet.name));
  const recorded = snapshot.metadata?.sheets.find((sheet) => sheet.key === "method")?.name;
  if (recorded && names.has(recorded)) return recorded;
  return snapshot.sheets.find((sheet) => sheet.tables.some((table) => table.name === "ISMS_Method"))?.name;
}

export function statusOf(snapshot: WorkbookSnapshot): WorkbookStatus {
  const parsed = parseWorkbook(snapshot);
  const found = new Map<SheetKey, string>();
  const method = methodSheetName(snapshot);
  if (method) found.set("method", method);
  for (const [key, sheet] of Object.entries(parsed.sheets)) if (sheet) found.set(key as SheetKey, sheet.name);
  return {
    present: ISMS_SHEETS.flatMap((key) => {
      const name = found.get(key);
      return name ? [{ key, name }] : [];
    }),
    missing: ISMS_SHEETS.filter((key) => !found.has(key)),
  };
}

export function ismsWorkbookActions(port: WorkbookPort): WorkbookActions {
  return {
    status: async () => statusOf(await port.read()),
    preview: async (request: CreateRequest): Promise<PlanPreview> => {
      const snapshot = await port.read();
      const asked = buildWorkbookPlan({ ...request, onConflict: "report" }, snapshot);
      const conflicts = asked.ok ? [] : asked.conflicts.map((conflict) => conflict.sheet);
      const beside = asked.ok ? asked : buildWorkbookPlan({ ...request, onConflict: "beside" }, snapshot);
      if (!beside.ok) throw new PortError("port.sheetExists", "no free sheet name", conflicts[0]);
      const sheets = describePlan(beside.plan).sheets.map(({ key, name, rows }) => ({ key, name, rows }));
      return { sheets, conflicts: [...new Set(conflicts)] };
    },
    create: async (request, onConflict) => {
      const result = await createWorkbook(port, {
        ...request,
        onConflict: onConflict === "beside" ? "beside" : "report",
      });
      if (result.status === "conflict") {
        const first = result.conflicts[0];
        throw new PortError("port.sheetExists", first?.reason ?? "conflict", first?.sheet);
      }
      return { written: result.summary.sheets.map((sheet) => sheet.name) };
    },
  };
}
