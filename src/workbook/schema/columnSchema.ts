/**
 * The shape of an ISMS sheet: its stable key, table name, default names and columns. Schemas are the
 * one description both directions use: building a plan (headers, widths, formats, lists, formulas) and
 * reading a workbook back (header aliases, types, required columns).
 */
import type { Lang } from "../../i18n/types";
import type { SheetKey } from "../plan";

/** How a column's cells are read and written. */
export type ColumnType =
  "text" | "id" | "number" | "rating" | "date" | "level" | "controls" | "option" | "status" | "boolean";

/** Where a column's data-validation list comes from (resolved to a named range or inline list). */
export type ListSource =
  | "options"
  | "statuses"
  | "levels"
  | "assetIds"
  | "assetClasses"
  | "threatNames"
  | "vulnerabilityNames"
  | "riskIds"
  | "owners"
  | "yesNo"
  | "documentStatuses"
  | "scopeKinds"
  | "complianceStatuses"
  | "findingGrades"
  | "ncStatuses";

/** A text in both languages. */
export type Localized = Readonly<Record<Lang, string>>;

/** Relative A1 reference of each column on one row, by column key (e.g. { likelihood: "F2" }). */
export type RowRefs = Readonly<Record<string, string>>;

export interface ColumnSchema {
  /** Stable key recorded in metadata, e.g. "riskId". Never changes once released. */
  readonly key: string;
  readonly header: Localized;
  /** Other headers that mean this column, in either language (matched after normalisation). */
  readonly aliases: readonly string[];
  /**
   * Words such as "序号" or "ID" that name this column only when no better header does: a running
   * number beside the real id column must not take its place.
   */
  readonly genericAliases?: readonly string[];
  readonly type: ColumnType;
  readonly required: boolean;
  /** Filled by a native formula on every row (see SheetSchema.rowFormulas). */
  readonly computed?: boolean;
  readonly list?: ListSource;
  /** Width in characters. */
  readonly width: number;
  readonly numberFormat?: string;
  /** Ratings: the methodology scale they are given on ("likelihood", "asset", ...), for the value list. */
  readonly scale?: string;
  /** Recognised when reading foreign workbooks, never written into a new one. */
  readonly readOnly?: boolean;
  /** The cells hold one control id each (SoA, gap), which must be text: a number loses "5.10" → 5.1. */
  readonly controlIds?: boolean;
}

export interface SheetSchema {
  readonly key: SheetKey;
  /** Stable table name, e.g. "ISMS_Risks". */
  readonly table: string;
  readonly names: Localized;
  readonly columns: readonly ColumnSchema[];
  /** Native formulas of the computed columns on one row, by column key. */
  readonly rowFormulas?: (refs: RowRefs, lang: Lang) => Readonly<Record<string, string>>;
}

/** Headers that number rows in any register; each sheet's id column answers to them last. */
export const GENERIC_ID_HEADERS: readonly string[] = ["ID", "No.", "No", "#", "编号", "序号"];

/** ISO dates in every generated workbook: unambiguous in both languages. */
export const DATE_FORMAT = "yyyy-mm-dd";

/** Shorthand for a column; `aliases` lists the other names seen in the wild. */
export function column(
  key: string,
  en: string,
  zh: string,
  type: ColumnType,
  extra: Partial<Omit<ColumnSchema, "key" | "header" | "type">> = {},
): ColumnSchema {
  return {
    key,
    header: { en, "zh-CN": zh },
    aliases: extra.aliases ?? [],
    type,
    required: extra.required ?? false,
    width: extra.width ?? defaultWidth(type),
    ...(type === "date" ? { numberFormat: DATE_FORMAT } : {}),
    ...extra,
  };
}

function defaultWidth(type: ColumnType): number {
  switch (type) {
    case "rating":
    case "number":
    case "boolean":
      return 10;
    case "id":
    case "level":
    case "option":
    case "status":
    case "date":
      return 12;
    case "controls":
      return 22;
    case "text":
      return 24;
  }
}

/** The columns a new workbook gets (read-only aliases left out). */
export function writtenColumns(schema: SheetSchema): readonly ColumnSchema[] {
  return schema.columns.filter((c) => !c.readOnly);
}
