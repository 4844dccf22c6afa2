/**
 * What the Validate panel asks of the workbook, as plain data and promises (components never see a port).
 * The composition root binds it to `validateTreatmentPlan` and the Office.js port; tests bind it to fakes.
 */
import type { FindingSeverity, RuleCode } from "../domain/treatment/types";
import type { Lang } from "../i18n";
import type { CellMark, WorkbookPort } from "../workbook/port";

export type { CellMark, FindingSeverity };

export interface ValidateRequest {
  /** Today on the pane's clock, ISO (YYYY-MM-DD): planned dates before it are overdue. */
  readonly today: string;
  /** Language of the findings' titles and messages. */
  readonly lang: Lang;
}

/** One finding as the pane shows it, its words in the request's language. */
export interface FindingView {
  readonly rule: RuleCode;
  /** The rule's short title. */
  readonly title: string;
  readonly severity: FindingSeverity;
  /** The severity in words ("Error", "错误"). */
  readonly severityLabel: string;
  readonly sheet: string;
  /** A1 address of the cell to fix. */
  readonly cell: string;
  readonly riskId?: string;
  /** What is wrong and how to fix it. */
  readonly message: string;
}

export interface ValidationView {
  /** In the operation's order: the register's findings row by row, then the plan's. */
  readonly findings: readonly FindingView[];
  readonly counts: Readonly<Record<FindingSeverity, number>>;
  /** The sheets the register and the plan were read from; live mode watches them. */
  readonly sheets: { readonly risks?: string; readonly treatments?: string };
  /** The date the findings were judged against. */
  readonly today: string;
}

/** The findings sheet written: its name, how many findings it lists, whether it replaced our last one. */
export interface ReportOutcome {
  readonly sheet: string;
  readonly findings: number;
  /** The earlier findings sheet was written over (rather than a new sheet added). */
  readonly replaced: boolean;
}

/** What the host can do beyond reading: files cannot be marked or watched. */
export interface ValidateFeatures {
  /** Mark offending cells with a fill that never changes their own formatting. */
  readonly highlight: boolean;
  /** Be told of edits to the register and the plan (live mode). */
  readonly live: boolean;
}

/** What a port can do beyond reading (the Office port: everything; a file: nothing). */
export function validateFeatures(port: WorkbookPort): ValidateFeatures {
  return { highlight: port.highlight !== undefined, live: port.watch !== undefined };
}

export interface ValidateActions {
  readonly features: ValidateFeatures;
  /** Reads the workbook once and checks the register and the plan (the same operation as `isms validate`). */
  validate(request: ValidateRequest): Promise<ValidationView>;
  /** Activates the sheet and selects the cell in Excel. */
  select(sheet: string, cell: string): Promise<void>;
  /** Marks these cells, removing the previous marks; an empty list removes them all. */
  highlight(marks: readonly CellMark[]): Promise<void>;
  /** Validates the workbook as it stands and writes a findings sheet, each finding linked to its cell. */
  writeReport(request: ValidateRequest): Promise<ReportOutcome>;
  /** Calls `onChange` after edits to these sheets; resolves to a function that stops watching. */
  watch(sheets: readonly string[], onChange: () => void): Promise<() => Promise<void>>;
}
