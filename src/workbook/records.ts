/**
 * Typed rows of the ISMS sheets. The fields are what a person typed (or a formula computed), typed by
 * the column schema; a record read from a workbook also says where it came from, cell by cell, so a
 * finding can point at the exact cell.
 */
import type { RegisterField, RegisterKey } from "../domain/readiness/types";
import type { RatingKey } from "../domain/methodology";
import type { TreatmentOption, TreatmentStatus } from "./schema/vocabulary";

export interface AssetFields {
  readonly assetId?: string;
  readonly name?: string;
  readonly class?: string;
  readonly department?: string;
  readonly owner?: string;
  readonly location?: string;
  readonly c?: number;
  readonly i?: number;
  readonly a?: number;
  readonly value?: number;
  readonly notes?: string;
}

/** A threat or vulnerability catalog entry as the sheet holds it. */
export interface CatalogEntryFields {
  readonly id?: string;
  readonly class?: string;
  readonly name?: string;
  readonly description?: string;
  readonly rating?: number;
  readonly controls?: readonly string[];
}

export type Ratings = Readonly<Partial<Record<RatingKey, number>>>;
/** Intermediate values by the engine's key (numbers, or level text). */
export type Intermediates = Readonly<Record<string, number | string>>;

export interface RiskFields {
  readonly riskId?: string;
  readonly assetId?: string;
  readonly asset?: string;
  readonly threat?: string;
  readonly vulnerability?: string;
  /** Control ids as written (2022, 2013 or unknown tokens), in cell order. */
  readonly existingControls?: readonly string[];
  /** The method's ratings by the engine's input key ({ likelihood: 4, impact: 5 }). */
  readonly ratings: Ratings;
  readonly intermediates: Intermediates;
  readonly value?: number;
  /** Level number 1..N (its name is in levelName). */
  readonly level?: number;
  readonly levelName?: string;
  readonly acceptable?: boolean;
  readonly owner?: string;
  readonly description?: string;
  readonly assessor?: string;
  /** ISO date (YYYY-MM-DD). */
  readonly assessedOn?: string;
  /** Remarks on a foreign register (read, never written as a column of the ISMS register). */
  readonly notes?: string;
  /** Foreign registers that carry the treatment on the register itself. */
  readonly treatment?: TreatmentOption;
  readonly plannedControls?: readonly string[];
}

export interface TreatmentFields {
  readonly riskId?: string;
  readonly asset?: string;
  readonly description?: string;
  /** The risk's level, looked up from the register. */
  readonly level?: number;
  readonly option?: TreatmentOption;
  readonly measures?: string;
  readonly controls?: readonly string[];
  readonly owner?: string;
  /** ISO date (YYYY-MM-DD). */
  readonly dueDate?: string;
  readonly status?: TreatmentStatus;
  readonly residual: Ratings;
  readonly residualIntermediates: Intermediates;
  readonly residualValue?: number;
  readonly residualLevel?: number;
  readonly acceptedBy?: string;
  readonly acceptedOn?: string;
  readonly notes?: string;
}

export interface SoaFields {
  readonly controlId?: string;
  readonly title?: string;
  readonly altTitle?: string;
  readonly theme?: string;
  readonly applicable?: boolean;
  readonly reasons?: string;
  readonly derivedReasons?: string;
  readonly linkedRisks?: string;
  readonly justification?: string;
  readonly status?: string;
  readonly plannedDate?: string;
  readonly documents?: string;
  readonly owner?: string;
  readonly notes?: string;
  readonly editionMapping?: string;
}

export interface GapFields {
  readonly requirementId?: string;
  readonly title?: string;
  readonly level?: string;
  readonly group?: string;
  readonly currentState?: string;
  readonly evidence?: string;
  /** As typed: a number on the scale, or a label (不适用 / N/A, 已定义 …); scored by src/domain/gap. */
  readonly currentRating?: string;
  readonly target?: number;
  readonly weight?: number;
  readonly gap?: number;
  readonly priority?: number;
  readonly recommendation?: string;
  readonly sentToRegister?: string;
}

/** Where a record sits: its sheet, its 1-based row, the A1 address and displayed text of each cell by column key. */
export interface Location {
  readonly sheet: string;
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
  /** The cell as text (what a person sees), by column key; blank cells are absent. */
  readonly text: Readonly<Record<string, string>>;
}

export type Located<T> = T & Location;

export type AssetRecord = Located<AssetFields>;
export type ThreatRecord = Located<CatalogEntryFields>;
export type VulnerabilityRecord = Located<CatalogEntryFields>;
export type RiskRecord = Located<RiskFields>;
export type TreatmentRecord = Located<TreatmentFields>;
export type SoaRecord = Located<SoaFields>;
export type GapRecord = Located<GapFields>;

/**
 * One row of a register the method names (文件清单 … 管理评审输入), by column key, in the form the readiness
 * rules read back: plain text, dates as ISO (YYYY-MM-DD), closed vocabularies as their keys ("approved",
 * "major", …), yes/no as "yes"/"no", numbers as numbers. The layout writes the words of the workbook's
 * language and real dates; the reader turns them back into this form.
 */
export type RegisterFields<K extends RegisterKey> = Readonly<
  Partial<Record<RegisterField<K>, string | number>>
>;

/** What goes into the registers, by register (empty or the starter rows when absent). */
export type RegisterRecords = { readonly [K in RegisterKey]?: readonly RegisterFields<K>[] };
