/**
 * The Workbook panel's actions, wired to the operations over a WorkbookPort: nothing here but the wiring
 * and the one thing the pane adds — create applies the very plan the person previewed (no second read),
 * as long as the request has not changed since. The pane binds it to the Office.js port; tests bind it to
 * the strict fake.
 */
import {
  applyPreview,
  previewWorkbook,
  type CreateWorkbookResult,
  type WorkbookPreview,
} from "../operations/createWorkbook";
import { workbookStatus } from "../operations/workbookStatus";
import type { WorkbookPort } from "../workbook/port";
import type { CreateOutcome, CreateRequest, PlanPreview, WorkbookActions } from "./workbookActions";

const sameRequest = (a: CreateRequest, b: CreateRequest): boolean =>
  a.lang === b.lang && a.standard === b.standard && a.method === b.method && a.sample === b.sample;

function shown(preview: WorkbookPreview): PlanPreview {
  return {
    sheets: preview.summary.sheets.map(({ key, name, rows }) => ({ key, name, rows })),
    conflicts: [...new Set(preview.conflicts.map((conflict) => conflict.sheet))],
  };
}

function outcomeOf(result: CreateWorkbookResult): CreateOutcome {
  if (result.status === "conflict") {
    return { status: "conflict", conflicts: [...new Set(result.conflicts.map((c) => c.sheet))] };
  }
  return { status: "created", written: result.summary.sheets.map((sheet) => sheet.name) };
}

export function ismsWorkbookActions(port: WorkbookPort): WorkbookActions {
  let last: { readonly request: CreateRequest; readonly preview: WorkbookPreview } | undefined;
  const previewFor = async (request: CreateRequest): Promise<WorkbookPreview> => {
    if (last && sameRequest(last.request, request)) return last.preview;
    const preview = await previewWorkbook(port, request);
    last = { request, preview };
    return preview;
  };
  return {
    status: () => workbookStatus(port),
    preview: async (request) => {
      last = undefined;
      return shown(await previewFor(request));
    },
    create: async (request, onConflict) => {
      const preview = await previewFor(request);
      last = undefined;
      return outcomeOf(await applyPreview(port, preview, onConflict));
    },
  };
}
