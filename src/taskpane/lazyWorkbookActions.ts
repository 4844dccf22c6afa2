/**
 * WorkbookActions whose implementation (the workbook model, catalogs and risk engine: most of the pane's
 * code) is fetched on first use, so the pane's shell renders before that code is even parsed.
 */
import type { WorkbookActions } from "./workbookActions";

export function lazyWorkbookActions(load: () => Promise<WorkbookActions>): WorkbookActions {
  let loaded: Promise<WorkbookActions> | undefined;
  const actions = () => (loaded ??= load());
  return {
    status: async () => (await actions()).status(),
    preview: async (request) => (await actions()).preview(request),
    create: async (request, onConflict) => (await actions()).create(request, onConflict),
  };
}
