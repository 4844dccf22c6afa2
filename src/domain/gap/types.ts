/**
 * The vocabulary of a gap analysis (差距分析): rating scales, the requirements rated (clauses 4–10 and the
 * Annex A controls), what a person entered per requirement, and the scores rolled up from it.
 */
import type { LocalizedText } from "../catalog/types";

/** The rating scales: the two methodology presets, or one the consultant defines. */
export type GapScaleId = "maturity" | "compliance" | "custom";

/** One point of a scale: its value, or null for "not applicable" (不适用). */
export interface GapScalePoint {
  readonly value: number | null;
  readonly label: LocalizedText;
  /** Other spellings a person may type for this point ("Optimized" for "Optimised"); any language. */
  readonly aliases?: readonly string[];
}

export interface GapScale {
  readonly id: GapScaleId;
  /** In the order a drop-down list shows them. */
  readonly points: readonly GapScalePoint[];
  /** The highest value: the denominator that turns a rating into a fraction 0..1. */
  readonly max: number;
  /** The target of a row whose target is blank. */
  readonly defaultTarget: number;
}

/** Why a custom scale is refused. */
export type GapScaleProblem =
  | "scale.tooFewPoints"
  | "scale.valueInvalid"
  | "scale.valueDuplicate"
  | "scale.labelMissing"
  | "scale.labelDuplicate"
  | "scale.targetNotOnScale";

/** What a rating cell holds once understood: a value on the scale, not applicable, or nothing yet. */
export type GapRating = number | "na" | null;

export type GapRequirementKind = "clause" | "subclause" | "control";

export interface GapRequirement {
  /**
   * Unique in a list: "4", "4.1", "6.1.2" for clauses; "A.5.1" for a 2022 control (not "5.1", which is
   * also clause 5.1), "A.9.2.3" for a 2013 control.
   */
  readonly id: string;
  readonly kind: GapRequirementKind;
  /**
   * The roll-up group: the main clause "4".."10" for clauses and sub-clauses; the Annex A theme "5".."8"
   * (2022) or domain "A.5".."A.18" (2013) for controls. Clause "5" and theme "5" are different groups:
   * `kind` tells them apart.
   */
  readonly group: string;
  /** The enclosing requirement of a sub-clause ("6.1" for "6.1.2", "4" for "4.1"). */
  readonly parent?: string;
  readonly title: LocalizedText;
  /** What an auditor asks to see, from the catalog; controls have none. */
  readonly evidence: readonly LocalizedText[];
  /** Text ISO/IEC 27001:2022/Amd 1:2024 added to the clause (4.1, 4.2), from the catalog. */
  readonly amendment?: LocalizedText;
}

/** What a person entered for one requirement. Blank cells are null (or absent). */
export interface GapEntry {
  /**
   * The requirement's id; a control also as "A5.1", or as "5.1" where no clause has that id or where
   * `kind` says it is a control. A plain "5.1" without `kind` is clause 5.1.
   */
  readonly requirementId: string;
  /** What the row rates, where the sheet says (its level column): tells control 5.1 from clause 5.1. */
  readonly kind?: GapRequirementKind;
  readonly current: GapRating;
  /** Blank: the scale's default target. */
  readonly target?: number | null;
  /** Blank: 1. A negative or non-finite weight is taken as blank. */
  readonly weight?: number | null;
}

export interface GapOptions {
  readonly scale: GapScale;
  /**
   * "exclude" (default): not-applicable rows leave the denominator. "atTarget": they count as meeting
   * their target (current = target).
   */
  readonly notApplicable?: "exclude" | "atTarget";
}

export interface GroupScore {
  /** "4".."10", "6.1", "5".."8" / "A.5".."A.18", or "overall". */
  readonly id: string;
  /** Weighted mean of current / scale.max, a fraction 0..1; null when no row counts. */
  readonly score: number | null;
  /** Weighted mean of target / scale.max over the same rows, 0..1; null when no row counts. */
  readonly target: number | null;
  /** target − score (negative when the group is above its target); null when no row counts. */
  readonly gap: number | null;
  /** score / target, the percentage of target as a fraction; null when target is 0 or null. */
  readonly ofTarget: number | null;
  /** Rows with a numeric current rating. */
  readonly rated: number;
  /** Rows rated not applicable. */
  readonly notApplicable: number;
  /** Rows in the group. */
  readonly total: number;
}

/** One rated requirement below its target. `current`, `target` and `gap` are in scale units. */
export interface GapItem {
  readonly requirementId: string;
  readonly kind: GapRequirementKind;
  readonly group: string;
  readonly current: number;
  readonly target: number;
  readonly weight: number;
  /** target − current (> 0). */
  readonly gap: number;
  /** gap × weight: the sort key. */
  readonly weighted: number;
}

export interface GapScores {
  /** Over the clause requirements and the controls together. */
  readonly overall: GroupScore;
  /** "4".."10": always all seven, in order. */
  readonly clauses: readonly GroupScore[];
  /** One per sub-clause that has children ("6.1", "7.5", "9.2", "9.3"), over it and its descendants. */
  readonly subClauses: readonly GroupScore[];
  /** 2022: themes "5".."8"; 2013: domains "A.5".."A.18"; in requirement order. */
  readonly themes: readonly GroupScore[];
  /** Rated rows with gap > 0, largest weighted gap first (ties: larger gap, then requirement order). */
  readonly gaps: readonly GapItem[];
}
