/**
 * "Adopt this workbook", wired to the adoption operation over a WorkbookPort: the workbook is read once;
 * a correction (a sheet's role, a column's key) or another language, standard or method is planned again
 * from what was read, without reading again; the write applies the very plan the person last saw. The
 * pane binds it to the Office.js port; tests bind it to the strict fake.
 */
import {
  applyAdoption,
  planAdoption,
  previewAdoption,
  reviseAdoption,
  type AdoptOptions,
  type AdoptionPreview,
} from "../operations/adoptWorkbook";
import type { WorkbookPort } from "../workbook/port";
import type { AdoptActions, AdoptOutcome, AdoptRequest } from "./adoptActions";
import { adoptionView } from "./adoptionView";

function optionsOf(request: AdoptRequest): AdoptOptions {
  return {
    lang: request.lang,
    standard: request.standard,
    ...(request.method !== undefined ? { method: request.method } : {}),
    choices: request.choices,
  };
}

/** The last preview with the request applied: only the corrections changed, or the options too. */
function replanned(last: AdoptionPreview, options: AdoptOptions): AdoptionPreview {
  const before = last.options;
  const sameOptions =
    before.lang === options.lang && before.standard === options.standard && before.method === options.method;
  return sameOptions
    ? reviseAdoption(last, options.choices ?? {})
    : planAdoption(last.snapshot, options, true);
}

function outcomeOf(preview: AdoptionPreview): AdoptOutcome {
  return {
    written: preview.summary.sheets.map((sheet) => sheet.name),
    renamed: preview.renamed.map(({ from, to }) => ({ from, to })),
  };
}

export function ismsAdoptActions(port: WorkbookPort): AdoptActions {
  let last: AdoptionPreview | undefined;
  const lastPreview = (): AdoptionPreview => {
    if (!last) throw new Error("Invariant: the pane revises or writes an adoption only after reading one");
    return last;
  };
  return {
    async read(request) {
      // A failed read leaves the last reading (still on screen) the one corrections and the write use.
      const preview = await previewAdoption(port, optionsOf(request));
      last = preview;
      return adoptionView(preview);
    },
    async revise(request) {
      last = replanned(lastPreview(), optionsOf(request));
      return adoptionView(last);
    },
    async write() {
      const preview = lastPreview();
      await applyAdoption(port, preview);
      // Written: writing again needs a new reading (the workbook now holds these sheets).
      last = undefined;
      return outcomeOf(preview);
    },
  };
}
