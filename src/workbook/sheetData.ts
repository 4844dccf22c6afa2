/**
 * SheetData: what a port reads from a workbook, as plain data, with enough position information that
 * findings can point at cells.
 */
import type { IsmsMetadata } from "./plan";

/** A raw cell value as Excel reports it: "" for blank, numbers, booleans, text, error strings ("#N/A"). */
export type RawValue = string | number | boolean;

export interface TableData {
  readonly name: string;
  /** A1 address of the whole table including the header row, e.g. "A1:K31". */
  readonly address: string;
}

export interface SheetData {
  readonly name: string;
  /** 0-based row/column of values[0][0] on the sheet (the used range may not start at A1). */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly RawValue[])[];
  /** Formulas parallel to values ("" or the value where the cell holds no formula); absent when not read. */
  readonly formulas?: readonly (readonly RawValue[])[];
  readonly tables: readonly TableData[];
  /** A1 addresses of merged areas, where the port can tell. */
  readonly merged?: readonly string[];
  /**
   * Present when only the first rows were read (ReadOptions.readInFull said no): the whole used range's
   * size, so a reader can say what it did not see.
   */
  readonly extent?: { readonly rows: number; readonly columns: number };
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetData[];
  readonly metadata: IsmsMetadata | null;
  /** The metadata was read from the metadata sheet (not from a legacy part): it can be rewritten in place. */
  readonly metadataInSheet?: boolean;
}
