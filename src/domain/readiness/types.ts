/**
 * Certification readiness: the 16 things the method says a certifiable ISMS must have (体系的职责说明 …
 * 法律法规清单), what the rules read (the risk work, the SoA and the registers the method names, each
 * row with its place) and what they say (per item ready / incomplete / missing, with reasons that point
 * at cells). Pure: the workbook's records satisfy these shapes structurally; nothing here knows sheets.
 */
import type { Methodology, StandardVersion } from "../methodology";
import type { RiskRow, RowPlace, TreatmentRow } from "../treatment/types";

/** The registers and sheets the method names besides the risk work, by stable key. */
export const REGISTER_KEYS = [
  "documents",
  "records",
  "scope",
  "roles",
  "objectives",
  "laws",
  "auditProgramme",
  "auditChecklist",
  "nonconformities",
  "review",
] as const;
export type RegisterKey = (typeof REGISTER_KEYS)[number];

/** The column keys of each register (the workbook's schemas use exactly these). */
export const REGISTER_FIELDS = {
  documents: [
    "docId",
    "title",
    "level",
    "clauses",
    "owner",
    "version",
    "approvalDate",
    "status",
    "location",
    "notes",
  ],
  records: [
    "recordId",
    "title",
    "clauses",
    "document",
    "owner",
    "retention",
    "location",
    "lastDate",
    "notes",
  ],
  scope: ["itemId", "kind", "description", "justification", "approvedBy", "approvalDate"],
  roles: ["role", "person", "department", "responsibilities", "appointedOn", "notes"],
  objectives: [
    "objectiveId",
    "objective",
    "metric",
    "target",
    "frequency",
    "owner",
    "result",
    "measuredOn",
    "achieved",
    "notes",
  ],
  laws: [
    "lawId",
    "name",
    "issuer",
    "effectiveDate",
    "clauses",
    "obligations",
    "owner",
    "status",
    "controls",
    "reviewedOn",
    "notes",
  ],
  auditProgramme: [
    "auditId",
    "area",
    "requirements",
    "auditee",
    "auditor",
    "plannedDate",
    "priority",
    "riskCount",
    "doneDate",
    "notes",
  ],
  auditChecklist: [
    "itemId",
    "requirementId",
    "requirement",
    "documents",
    "auditPoint",
    "method",
    "auditee",
    "linkedRisks",
    "priority",
    "finding",
    "grade",
    "ncId",
    "auditor",
    "auditedOn",
  ],
  nonconformities: [
    "ncId",
    "source",
    "requirementId",
    "description",
    "grade",
    "linkedRisks",
    "cause",
    "correction",
    "correctiveAction",
    "owner",
    "dueDate",
    "status",
    "verification",
    "verifiedBy",
    "verifiedOn",
  ],
  review: ["inputId", "input", "data", "count", "comment", "decision", "owner", "dueDate"],
} as const satisfies Readonly<Record<RegisterKey, readonly string[]>>;

export type RegisterField<K extends RegisterKey> = (typeof REGISTER_FIELDS)[K][number];

/** Closed vocabularies of the registers (the words in each language are the workbook's). */
export const DOCUMENT_STATUSES = ["draft", "review", "approved", "withdrawn"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export const SCOPE_KINDS = ["scope", "boundary", "exclusion"] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];
export const COMPLIANCE_STATUSES = ["compliant", "partial", "noncompliant", "notAssessed"] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];
/** An audit judgement: conforming, or a finding's grade. */
export const FINDING_GRADES = ["conforming", "major", "minor", "observation", "improvement"] as const;
export type FindingGrade = (typeof FINDING_GRADES)[number];
export const NC_STATUSES = ["open", "inProgress", "closed"] as const;
export type NcStatus = (typeof NC_STATUSES)[number];
/** Management review inputs (ISO/IEC 27001:2022 9.3.2 a–g, with d's four kinds of feedback apart). */
export const REVIEW_INPUTS = ["a", "b", "c", "d1", "d2", "d3", "d4", "e", "f", "g"] as const;
export type ReviewInput = (typeof REVIEW_INPUTS)[number];

/**
 * One register row as the rules read it: its place, and its values by column key as plain text, with
 * dates as ISO (YYYY-MM-DD), closed vocabularies as their keys ("approved", "major", …), yes/no as
 * "yes"/"no", and blank cells absent. A value that names no known term stays as typed.
 */
export interface RegisterRow<K extends RegisterKey> extends RowPlace {
  readonly values: Readonly<Partial<Record<RegisterField<K>, string>>>;
}

/** A register found in the workbook: its sheet, the A1 address of its header's first cell, its rows. */
export interface Register<K extends RegisterKey> {
  readonly sheet: string;
  /** A1 address of the first header cell (where a reason about an empty register points). */
  readonly cell: string;
  /** Column key → A1 address of the header cell, for the columns found. */
  readonly headers: Readonly<Partial<Record<RegisterField<K>, string>>>;
  readonly rows: readonly RegisterRow<K>[];
}

export type Registers = { readonly [K in RegisterKey]?: Register<K> };

/** An SoA row as the rules read it (the workbook's SoaRecord has this shape). */
export interface SoaRow extends RowPlace {
  readonly controlId?: string;
  readonly applicable?: boolean;
  readonly justification?: string;
  readonly status?: string;
  /** ISO date. */
  readonly plannedDate?: string;
  readonly documents?: string;
}

export interface ReadinessInput {
  /** Today, ISO (YYYY-MM-DD). */
  readonly today: string;
  /** The certification audit's date, ISO: controls planned after it are not in place for it; today when absent. */
  readonly auditDate?: string;
  readonly standard: StandardVersion;
  /** The methodology the workbook's methodology sheet states; absent when it has none. */
  readonly methodology?: {
    readonly methodology: Methodology;
    readonly sheet: string;
    readonly cell?: string;
  };
  /** The sheets the risk work was read from (absent when the workbook has none). */
  readonly sheets: {
    readonly risks?: string;
    readonly treatments?: string;
    readonly soa?: string;
  };
  readonly risks: readonly RiskRow[];
  readonly treatments: readonly TreatmentRow[];
  readonly soa: readonly SoaRow[];
  readonly registers: Registers;
}

/** The 16 items, in the method's order (id = index + 1). */
export const READINESS_ITEMS = [
  "roles",
  "scope",
  "policy",
  "methodology",
  "acceptance",
  "assessment",
  "treatment",
  "residual",
  "soa",
  "documents",
  "records",
  "internalAudit",
  "correction",
  "measurement",
  "managementReview",
  "laws",
] as const;
export type ReadinessItemKey = (typeof READINESS_ITEMS)[number];

export type ReadinessStatus = "ready" | "incomplete" | "missing";

/** Values a reason's message is written with. */
export type ReasonParams = Readonly<Record<string, string | number>>;

/** Why an item is not ready: a stable code (its message in i18n `readiness.reason.<code>`), the place, values. */
export interface ReadinessReason {
  readonly code: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly params: ReasonParams;
}

export interface ReadinessItem {
  /** 1..16, the method's numbering. */
  readonly id: number;
  readonly key: ReadinessItemKey;
  readonly status: ReadinessStatus;
  readonly reasons: readonly ReadinessReason[];
}

export interface ReadinessResult {
  /** 0..1: ready items count 1, incomplete ½, missing 0, over 16. */
  readonly score: number;
  readonly items: readonly ReadinessItem[];
  /** Every item that is not ready blocks certification (the auditor's bottom line): id and its first reason. */
  readonly blockers: readonly {
    readonly id: number;
    readonly key: ReadinessItemKey;
    readonly reason: ReadinessReason;
  }[];
}
