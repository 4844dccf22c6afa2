/**
 * What the SoA panel asks of the workbook, as plain data and promises (components never see a port).
 * The composition root binds it to `previewSoa` / `applySoa` and the Office.js port; tests bind it to fakes.
 */
import type { Lang } from "../i18n";

/** A finding the person should decide, its words in the preview's language. */
export interface SoaFindingView {
  readonly controlId: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** The sheet and A1 cell of the control's row, when it has one already (jump-to-cell). */
  readonly sheet?: string;
  readonly cell?: string;
}

/** How many controls are in each state, over the controls of the chosen standard. */
export interface SoaCountsView {
  readonly applicable: number;
  readonly excluded: number;
  readonly undecided: number;
  readonly byStatus: {
    readonly implemented: number;
    readonly partial: number;
    readonly planned: number;
    readonly notImplemented: number;
    /** Controls with no implementation status. */
    readonly unset: number;
  };
}

/** What generating the SoA would write, shown before anything is written (it cannot be undone with Ctrl+Z). */
export interface SoaPreviewView {
  /** "refresh": the workbook's own SoA in place; "create": a new SoA sheet. */
  readonly mode: "refresh" | "create";
  /** The SoA sheet that will be written. */
  readonly sheet: string;
  readonly standard: "2022" | "2013";
  /** The version this generation makes, as the sheet writes it ("2.0"). */
  readonly version: string;
  readonly counts: SoaCountsView;
  /** Controls applicable now that the SoA as it stands does not mark applicable. */
  readonly newlyApplicable: readonly string[];
  /** Excluded controls that risks require. */
  readonly conflicts: readonly SoaFindingView[];
  /** Controls selected for risk treatment that no risk cites any more. */
  readonly orphans: readonly SoaFindingView[];
  /** Exclusions without a justification (or with boilerplate only). */
  readonly missingJustifications: readonly SoaFindingView[];
  /** 2022 controls whose entries were joined from several 2013 controls: one message each. */
  readonly reviews: readonly SoaFindingView[];
  /** Changes since the previous version (the change list's lines for this version). */
  readonly changes: number;
  /** The first version: there is no earlier one to compare with. */
  readonly first: boolean;
}

/** The SoA written: the sheet and the version it now holds. */
export interface SoaApplied {
  readonly mode: "refresh" | "create";
  readonly sheet: string;
  readonly version: string;
}

export interface SoaActions {
  /** Reads the workbook once and says what generating or refreshing the SoA would write (the same operation as `isms soa`). */
  preview(lang: Lang): Promise<SoaPreviewView>;
  /** Writes exactly what `preview` showed, without reading the workbook again. */
  apply(preview: SoaPreviewView): Promise<SoaApplied>;
  /** Activates the sheet and selects the cell in Excel. */
  select(sheet: string, cell: string): Promise<void>;
}
