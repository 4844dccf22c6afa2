/**
 * Treatment-plan validation: the rules' stable codes and severities (a contract: users filter on them),
 * what a rule reads (register and plan rows as plain data, each cell with its place), and what it finds.
 * Pure: the workbook's records satisfy these shapes structurally; nothing here knows about sheets.
 */
import type { Methodology, RatingKey, StandardVersion } from "../methodology";

export type FindingSeverity = "error" | "warning";

/** Error-level rules: the plan cannot go to management as it is. */
export const ERROR_RULES = [
  "risk.id.missing",
  "risk.id.duplicate",
  "risk.rating.invalid",
  "risk.rating.missing",
  "risk.untreated",
  "treatment.risk.missing",
  "treatment.risk.unknown",
  "treatment.option.missing",
  "treatment.option.invalid",
  "treatment.measure.missing",
  "treatment.control.unknown",
  "treatment.owner.missing",
  "treatment.due.missing",
  "treatment.due.invalid",
  "treatment.accept.unapproved",
  "residual.unaccepted",
] as const;

/** Warning-level rules: worth fixing before an auditor samples the plan. */
export const WARNING_RULES = [
  "risk.value.mismatch",
  "risk.owner.missing",
  "treatment.control.missing",
  "treatment.control.legacy",
  "treatment.due.late",
  "treatment.due.overdue",
  "treatment.duplicate",
  "residual.missing",
  "residual.higher",
  "residual.rating.invalid",
  "residual.rating.missing",
] as const;

export type ErrorRule = (typeof ERROR_RULES)[number];
export type WarningRule = (typeof WARNING_RULES)[number];
export type RuleCode = ErrorRule | WarningRule;

export const RULE_SEVERITY: Readonly<Record<RuleCode, FindingSeverity>> = Object.fromEntries([
  ...ERROR_RULES.map((rule) => [rule, "error"] as const),
  ...WARNING_RULES.map((rule) => [rule, "warning"] as const),
]) as Record<RuleCode, FindingSeverity>;

/** Where a row sits, cell by cell (a workbook record's `sheet`, `row`, `cells`, `text`). */
export interface RowPlace {
  readonly sheet: string;
  /** 1-based row. */
  readonly row: number;
  /** Field key → A1 address of its cell on `sheet`. */
  readonly cells: Readonly<Record<string, string>>;
  /** Field key → the cell as a person sees it (blank cells absent). */
  readonly text: Readonly<Record<string, string>>;
}

/** A register row as the rules read it (the workbook's RiskRecord has this shape). */
export interface RiskRow extends RowPlace {
  readonly riskId?: string;
  readonly ratings: Readonly<Partial<Record<RatingKey, number>>>;
  /** Risk value and level as the sheet holds them (a formula's result, or typed over it). */
  readonly value?: number;
  readonly level?: number;
  readonly owner?: string;
  /** ISO date (YYYY-MM-DD). */
  readonly assessedOn?: string;
  /** Register rows that carry their treatment (foreign registers). */
  readonly treatment?: "reduce" | "avoid" | "transfer" | "accept";
}

/** A treatment-plan row as the rules read it (the workbook's TreatmentRecord has this shape). */
export interface TreatmentRow extends RowPlace {
  readonly riskId?: string;
  readonly option?: "reduce" | "avoid" | "transfer" | "accept";
  readonly measures?: string;
  /** Control ids as written: 2022 canonical ("8.13"), 2013 ("A.12.3.1"), or unknown tokens. */
  readonly controls?: readonly string[];
  readonly owner?: string;
  /** ISO date (YYYY-MM-DD). */
  readonly dueDate?: string;
  readonly status?: "notStarted" | "inProgress" | "done" | "verified";
  readonly residual: Readonly<Partial<Record<RatingKey, number>>>;
  readonly residualValue?: number;
  readonly residualLevel?: number;
  readonly acceptedBy?: string;
  /** ISO date (YYYY-MM-DD). */
  readonly acceptedOn?: string;
}

export interface ValidationInput {
  readonly methodology: Methodology;
  readonly standard: StandardVersion;
  readonly risks: readonly RiskRow[];
  readonly treatments: readonly TreatmentRow[];
  /** Today, ISO (YYYY-MM-DD): overdue dates are checked against it. */
  readonly today: string;
  /** The assessment date deadlines count from when a risk has none (ISO); else `today`. */
  readonly assessedOn?: string;
}

/** Values a finding's message is written with (risk id, dates, days, ids, level…). */
export type FindingParams = Readonly<Record<string, string | number>>;

/** One thing wrong: its rule, severity, place and the values its message needs. */
export interface Finding {
  readonly rule: RuleCode;
  readonly severity: FindingSeverity;
  readonly sheet: string;
  /** A1 address of the cell to fix (the row's first cell when the field has no column). */
  readonly cell: string;
  readonly riskId?: string;
  readonly params: FindingParams;
}
