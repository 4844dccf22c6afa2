/**
 * The SoA panel's actions, wired to the operations over a WorkbookPort: the preview is `previewSoa` (the
 * same as `isms soa`), the write is `applySoa` with the very plan the person previewed (no second read).
 * Only the pane's view (counts, findings with their cells, the version as the sheet writes it) is made here.
 */
import { t, type Lang } from "../i18n";
import { applySoa, previewSoa, type ReportedSoaFinding, type SoaPreview } from "../operations/generateSoa";
import { versionText } from "../workbook/layout/soaSheet";
import { PortError, type WorkbookPort } from "../workbook/port";
import type { SoaActions, SoaFindingView, SoaPreviewView } from "./soaActions";

function findingView({ controlId, message, sheet, cell }: ReportedSoaFinding): SoaFindingView {
  return { controlId, message, ...(sheet && cell ? { sheet, cell } : {}) };
}

function viewOf(preview: SoaPreview, lang: Lang): SoaPreviewView {
  const { counts } = preview;
  const separator = lang === "zh-CN" ? "、" : ", ";
  return {
    mode: preview.mode,
    sheet: preview.sheet,
    standard: preview.standard,
    version: versionText(preview.version),
    counts: {
      applicable: counts.applicable,
      excluded: counts.excluded,
      undecided: counts.undecided,
      byStatus: { ...counts.byStatus },
    },
    newlyApplicable: preview.newlyApplicable,
    conflicts: preview.conflicts.map(findingView),
    orphans: preview.orphans.map(findingView),
    missingJustifications: preview.missingJustifications.map(findingView),
    reviews: preview.reviews.map(({ id2022, from }) => ({
      controlId: id2022,
      message: t(lang, "workbook.soa.findings.review", { id: id2022, from: from.join(separator) }),
    })),
    changes: preview.changes.length,
    first: preview.version === 1,
  };
}

export function ismsSoaActions(port: WorkbookPort): SoaActions {
  // Each preview shown, with the plan it will write; applied once at most.
  const previews = new WeakMap<SoaPreviewView, SoaPreview>();
  return {
    async preview(lang) {
      const preview = await previewSoa(port, { lang });
      const view = viewOf(preview, lang);
      previews.set(view, preview);
      return view;
    },
    async apply(view) {
      const preview = previews.get(view);
      // The UI drops a preview once applied: applying it twice would write the same version twice.
      if (!preview) throw new Error("this preview was applied already; preview again");
      previews.delete(view);
      await applySoa(port, preview);
      return { mode: view.mode, sheet: view.sheet, version: view.version };
    },
    select: async (sheet, cell) =>
      port.select
        ? port.select(sheet, cell)
        : Promise.reject(new PortError("port.unknown", "this workbook cannot select a cell")),
  };
}
