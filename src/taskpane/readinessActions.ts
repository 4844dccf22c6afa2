/**
 * What the Readiness panel asks of the workbook, as plain data and promises (components never see a port).
 * The composition root binds it to `checkReadiness` / `prepareAuditSheets` and the Office.js port; tests
 * bind it to fakes. The view is the panel's own: it does not change when the operations' results do.
 */
import type { ReadinessItemKey, ReadinessStatus } from "../domain/readiness/types";
import type { Lang } from "../i18n";

export type { ReadinessItemKey, ReadinessStatus };

/** Where a reason points: a sheet, and the A1 cell in it when the rule knows one. */
export interface PlaceView {
  readonly sheet?: string;
  readonly cell?: string;
}

/** Why an item is not ready, in the check's language. */
export interface ReasonView extends PlaceView {
  /** The rule's stable code (one item can give the same code for several cells). */
  readonly code: string;
  readonly message: string;
}

/** One of the method's 16 items of a certifiable ISMS. */
export interface ReadinessItemView {
  /** 1..16, the method's numbering. */
  readonly id: number;
  readonly key: ReadinessItemKey;
  /** The item's name in the check's language ("体系的职责说明"). */
  readonly title: string;
  readonly status: ReadinessStatus;
  readonly reasons: readonly ReasonView[];
}

/** An item that is not ready, with its first reason. */
export interface BlockerView extends PlaceView {
  readonly id: number;
  readonly key: ReadinessItemKey;
  readonly title: string;
  readonly message: string;
}

export interface ReadinessView {
  /** 0..1: ready items count 1, incomplete ½, missing 0. */
  readonly score: number;
  /** In the method's order. */
  readonly items: readonly ReadinessItemView[];
  /** Every item not ready blocks certification, in the method's order. */
  readonly blockers: readonly BlockerView[];
  /** The date the workbook was judged on, ISO (YYYY-MM-DD). */
  readonly today: string;
}

/** The audit and review sheets written: those added, and those that were there and were refreshed. */
export interface PreparedView {
  readonly created: readonly string[];
  readonly updated: readonly string[];
}

export interface ReadinessActions {
  /** Reads the workbook once and judges the 16 items on today's date (the pane's clock). */
  check(lang: Lang): Promise<ReadinessView>;
  /**
   * Creates or refreshes the audit programme, the audit checklist, the nonconformity log and the
   * management review input sheets.
   */
  prepareAuditSheets(lang: Lang): Promise<PreparedView>;
  /** Activates the sheet and selects the cell in Excel. */
  goTo(sheet: string, cell: string): Promise<void>;
}
