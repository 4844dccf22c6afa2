/**
 * What the Gap panel asks of the workbook, as plain data and promises (components never see a port).
 * The composition root binds it to the operations over the Office.js port; tests bind it to fakes.
 */
import type { Lang } from "../i18n";

export interface GapGroupView {
  /** "4" … "10", or an Annex A theme / 2013 domain ("A.5"). */
  readonly id: string;
  readonly title: string;
  /** Fractions of the scale's maximum; null when nothing in the group is rated. */
  readonly score: number | null;
  readonly target: number | null;
}

export interface GapSummary {
  /** The gap analysis sheet, or null when the workbook has none yet. */
  readonly sheet: string | null;
  readonly standard: "2022" | "2013";
  readonly overall: {
    readonly score: number | null;
    readonly target: number | null;
    readonly rated: number;
    readonly total: number;
  };
  /** The three clauses (4–10) furthest below their target, weakest first. */
  readonly weakestClauses: readonly GapGroupView[];
  /** The three Annex A themes (2013: domains) furthest below their target. */
  readonly weakestThemes: readonly GapGroupView[];
  /** Ratings that are not on the scale (the sheet's cells to correct). */
  readonly problems: readonly { readonly sheet: string; readonly cell: string; readonly value: string }[];
}

export type SendOutcome =
  | { readonly status: "sent"; readonly sent: number; readonly skipped: number }
  | { readonly status: "unavailable" };

export interface GapActions {
  /** Scores the gap analysis sheet, in the pane's language (titles). */
  summary(lang: Lang): Promise<GapSummary>;
  /** Adds the gap analysis sheet (every requirement, ready to rate) to a workbook that has none. */
  addSheet(lang: Lang): Promise<void>;
  /** Sends every gap not yet sent to the risk register; how many went, and how many were there already. */
  sendToRegister(lang: Lang): Promise<SendOutcome>;
}
