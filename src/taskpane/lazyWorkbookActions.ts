/**
 * WorkbookActions whose implementation (the workbook model, catalogs and risk engine: most of the pane's
 * code) is fetched on first use, so the pane's shell renders before that code is even parsed.
 */
import type { AdoptActions } from "./adoptActions";
import type { GapActions } from "./gapActions";
import type { ReadinessActions } from "./readinessActions";
import type { SoaActions } from "./soaActions";
import type { ValidateActions, ValidateFeatures } from "./validateActions";
import type { WorkbookActions } from "./workbookActions";

/** The first call loads; every later call gets the same promise. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

export function lazyWorkbookActions(load: () => Promise<WorkbookActions>): WorkbookActions {
  const actions = once(load);
  return {
    status: async () => (await actions()).status(),
    preview: async (request) => (await actions()).preview(request),
    create: async (request, onConflict) => (await actions()).create(request, onConflict),
  };
}

/** The Gap panel's actions, fetched on first use in the same way. */
export function lazyGapActions(load: () => Promise<GapActions>): GapActions {
  const actions = once(load);
  return {
    summary: async (lang) => (await actions()).summary(lang),
    addSheet: async (lang) => (await actions()).addSheet(lang),
    sendToRegister: async (lang) => (await actions()).sendToRegister(lang),
  };
}

/** The SoA panel's actions, fetched on first use in the same way (the previewed plan stays in the module). */
export function lazySoaActions(load: () => Promise<SoaActions>): SoaActions {
  const actions = once(load);
  return {
    preview: async (lang) => (await actions()).preview(lang),
    apply: async (preview) => (await actions()).apply(preview),
    select: async (sheet, cell) => (await actions()).select(sheet, cell),
  };
}

/** The Readiness panel's actions, fetched on first use in the same way. */
export function lazyReadinessActions(load: () => Promise<ReadinessActions>): ReadinessActions {
  const actions = once(load);
  return {
    check: async (lang) => (await actions()).check(lang),
    prepareAuditSheets: async (lang) => (await actions()).prepareAuditSheets(lang),
    goTo: async (sheet, cell) => (await actions()).goTo(sheet, cell),
  };
}

/** "Adopt this workbook"'s actions, fetched on first use in the same way (the reading stays in the module). */
export function lazyAdoptActions(load: () => Promise<AdoptActions>): AdoptActions {
  const actions = once(load);
  return {
    read: async (request) => (await actions()).read(request),
    revise: async (request) => (await actions()).revise(request),
    write: async () => (await actions()).write(),
  };
}

/**
 * The Validate panel's actions, fetched on first use in the same way; what the host can do is known
 * before, from the port itself, so the panel offers only what works.
 */
export function lazyValidateActions(
  load: () => Promise<ValidateActions>,
  features: ValidateFeatures,
): ValidateActions {
  const actions = once(load);
  return {
    features,
    validate: async (request) => (await actions()).validate(request),
    select: async (sheet, cell) => (await actions()).select(sheet, cell),
    highlight: async (marks) => (await actions()).highlight(marks),
    writeReport: async (request) => (await actions()).writeReport(request),
    watch: async (sheets, onChange) => (await actions()).watch(sheets, onChange),
  };
}
