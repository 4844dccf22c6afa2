/**
 * The Statement of Applicability (适用性声明) as data: one entry per Annex A control with its
 * applicability, the reasons for selection or exclusion, the risks that require it, implementation
 * status and the controlling document; what derivation reads (register, plan, the previous SoA as a
 * person typed it) and what it finds. Pure: the workbook's records satisfy the input shapes structurally.
 */
import type { Standard } from "../catalog";

/** Why a control is in the SoA: the two derived from the registers, the three a person states. */
export const SOA_REASONS = ["riskTreatment", "existingControl", "legal", "contractual", "business"] as const;
export type SoaReason = (typeof SOA_REASONS)[number];

/** Reasons derived from the risk register and the treatment plan; refreshed on every derivation. */
export const DERIVED_REASONS: readonly SoaReason[] = ["riskTreatment", "existingControl"];

/** Implementation status, least implemented first. */
export const SOA_STATUSES = ["notImplemented", "planned", "partial", "implemented"] as const;
export type SoaStatus = (typeof SOA_STATUSES)[number];

/** One control of the SoA. */
export interface SoaEntry {
  /** Canonical id in the SoA's standard: "5.1" (2022), "A.5.1.1" (2013); as read for a legacy row. */
  readonly id: string;
  /** true selected, false excluded, undefined not decided yet. */
  readonly applicable: boolean | undefined;
  /** Distinct reasons, in SOA_REASONS order. */
  readonly reasons: readonly SoaReason[];
  /** Ids of the risks whose existing controls or treatments cite the control, in register order. */
  readonly risks: readonly string[];
  /** Registers' ids of the other standard that were mapped onto this control ("A.9.2.3" for 8.2). */
  readonly mappedFrom?: readonly string[];
  readonly justification?: string;
  readonly status?: SoaStatus;
  /** The status as typed, kept when it names no known status (so nothing a person typed is lost). */
  readonly statusText?: string;
  /** ISO date: the latest due date of the treatments citing the control, when status is planned or unset. */
  readonly plannedDate?: string;
  readonly documents?: string;
  readonly owner?: string;
  readonly notes?: string;
  /** Kept from the previous SoA although the chosen standard has no such control. */
  readonly legacy?: boolean;
}

/** A register row as derivation reads it (the workbook's RiskRecord has this shape). */
export interface SoaRiskInput {
  readonly riskId?: string;
  /** Control ids as written (2022, 2013 or unknown tokens). */
  readonly existingControls?: readonly string[];
}

/** A treatment-plan row as derivation reads it (the workbook's TreatmentRecord has this shape). */
export interface SoaTreatmentInput {
  readonly riskId?: string;
  readonly option?: "reduce" | "avoid" | "transfer" | "accept";
  /** Control ids as written (2022, 2013 or unknown tokens). */
  readonly controls?: readonly string[];
  /** ISO date (YYYY-MM-DD). */
  readonly dueDate?: string;
  readonly status?: string;
}

/** A row of an earlier SoA, as a person typed it (the workbook's SoaRecord has this shape). */
export interface SoaPreviousRow {
  readonly controlId?: string;
  readonly applicable?: boolean;
  /** Free text, English or Chinese ("法律法规; 合同要求", "Legal, business need"). */
  readonly reasons?: string;
  readonly justification?: string;
  /** Free text ("已实施", "Partially implemented"). */
  readonly status?: string;
  readonly documents?: string;
  readonly owner?: string;
  readonly notes?: string;
}

export interface SoaInput {
  readonly standard: Standard;
  readonly risks: readonly SoaRiskInput[];
  readonly treatments: readonly SoaTreatmentInput[];
  readonly previous?: readonly SoaPreviousRow[];
}

export type SoaFindingCode = "soa.conflict" | "soa.orphan" | "soa.justification.missing";

/** Something a person should decide; prose lives in i18n, keyed by `code`. */
export interface SoaFinding {
  readonly code: SoaFindingCode;
  readonly controlId: string;
  /** soa.conflict: the risks that require the control a person excluded. */
  readonly risks?: readonly string[];
  /** soa.justification.missing: the justification as typed ("N/A"), absent when blank. */
  readonly justification?: string;
}

export interface SoaApplicabilityCounts {
  readonly applicable: number;
  readonly excluded: number;
  readonly undecided: number;
}

/** Counts over the controls of the chosen standard (legacy rows are not counted). */
export interface SoaCounts extends SoaApplicabilityCounts {
  /** Entries by status; "unset" where none is given. */
  readonly byStatus: Readonly<Record<SoaStatus | "unset", number>>;
  /** By 2022 theme ("organizational" …) or, for 2013, by domain ("A.5" … "A.18"). */
  readonly byTheme: Readonly<Record<string, SoaApplicabilityCounts>>;
}

export interface SoaResult {
  readonly standard: Standard;
  /** Every control of the standard in catalog order, then legacy rows in the previous SoA's order. */
  readonly entries: readonly SoaEntry[];
  readonly findings: readonly SoaFinding[];
  readonly counts: SoaCounts;
}
