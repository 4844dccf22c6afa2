/**
 * What every readiness rule shares: its outcome's shape, a bounded list of reasons (a 10,000-row
 * register still gives a readable item), and reasons placed at a register row's cell, at a register's
 * header, or at a whole sheet that is absent.
 */
import { cellOf } from "../../treatment/findingPlace";
import type { RowPlace } from "../../treatment/types";
import type {
  ReadinessInput,
  ReadinessReason,
  ReadinessStatus,
  ReasonParams,
  Register,
  RegisterField,
  RegisterKey,
  RegisterRow,
} from "../types";

/** What a rule says about its item. */
export interface RuleOutcome {
  readonly status: ReadinessStatus;
  readonly reasons: readonly ReadinessReason[];
}

/** A readiness rule: pure, linear in the rows it reads. */
export type ReadinessRule = (input: ReadinessInput) => RuleOutcome;

/** Reasons kept per item; past it, one `more` reason counts the rest. */
export const MAX_REASONS = 20;

export const READY: RuleOutcome = { status: "ready", reasons: [] };

/** An item that is not there at all, and why. */
export const missing = (reason: ReadinessReason): RuleOutcome => ({ status: "missing", reasons: [reason] });

/** Reasons collected in order, the first MAX_REASONS kept and the rest counted. */
export class ReasonList {
  private readonly kept: ReadinessReason[] = [];
  private dropped = 0;
  private droppedSheet: string | undefined;

  add(reason: ReadinessReason): void {
    if (this.kept.length < MAX_REASONS) {
      this.kept.push(reason);
      return;
    }
    if (this.dropped === 0) this.droppedSheet = reason.sheet;
    this.dropped++;
  }

  get size(): number {
    return this.kept.length + this.dropped;
  }

  /** Ready when nothing was added, else incomplete with the reasons (and "and N more"). */
  outcome(): RuleOutcome {
    if (this.size === 0) return READY;
    const reasons = [...this.kept];
    if (this.dropped > 0) {
      reasons.push(
        this.droppedSheet === undefined
          ? { code: "more", params: { count: this.dropped } }
          : { code: "more", sheet: this.droppedSheet, params: { count: this.dropped } },
      );
    }
    return { status: "incomplete", reasons };
  }
}

/** A reason at `field` of a row: the field's cell, else the row's first cell. */
export function rowReason(
  code: string,
  place: RowPlace,
  field: string,
  params: ReasonParams,
): ReadinessReason {
  return { code, sheet: place.sheet, cell: cellOf(place, field), params };
}

/** A reason about a register as a whole: its header when it exists, no place when the sheet is absent. */
export function registerReason(
  code: string,
  register: { readonly sheet: string; readonly cell: string } | undefined,
  params: ReasonParams = {},
): ReadinessReason {
  return register ? { code, sheet: register.sheet, cell: register.cell, params } : { code, params };
}

/** A reason about a sheet the risk work reads (no header cell is known for those). */
export function sheetReason(
  code: string,
  sheet: string | undefined,
  params: ReasonParams = {},
): ReadinessReason {
  return sheet === undefined ? { code, params } : { code, sheet, params };
}

/** The rows of a register, none when the workbook has no such sheet. */
export function rowsOf<K extends RegisterKey>(register: Register<K> | undefined): readonly RegisterRow<K>[] {
  return register?.rows ?? [];
}

/** A row's value at `field`, trimmed; undefined when blank. */
export function valueOf<K extends RegisterKey>(
  row: RegisterRow<K>,
  field: RegisterField<K>,
): string | undefined {
  const value = row.values[field]?.trim();
  return value ? value : undefined;
}

/**
 * What a message names a row by: its row number, and its id (the first of `fields` that is filled) when
 * it has one; the message then says "row N" in its language.
 */
export function rowParams<K extends RegisterKey>(
  row: RegisterRow<K>,
  fields: readonly RegisterField<K>[],
  extra: ReasonParams = {},
): ReasonParams {
  for (const field of fields) {
    const id = valueOf(row, field);
    if (id !== undefined) return { row: row.row, id, ...extra };
  }
  return { row: row.row, ...extra };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO day (YYYY-MM-DD) as written, or undefined when the text is not one. */
export function isoDay(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed && ISO_DAY.test(trimmed) ? trimmed : undefined;
}
