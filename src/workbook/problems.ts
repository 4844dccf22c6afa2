/**
 * What reading a workbook can find wrong with it, as values with stable codes and a place (sheet, cell).
 * The words for each code live in i18n (`workbook.problem.<code>`).
 */
import type { Params } from "../i18n/types";

export type WorkbookProblemCode =
  | "workbook.sheets.none"
  | "workbook.column.missing"
  | "workbook.header.unknown"
  | "workbook.header.duplicate"
  | "workbook.cells.merged"
  | "workbook.cell.error"
  | "workbook.number.text"
  | "workbook.number.invalid"
  | "workbook.date.text"
  | "workbook.date.invalid"
  | "workbook.date.ambiguous"
  | "workbook.term.unknown"
  | "workbook.control.numeric";

/** "error": the sheet cannot be used as it is; "warning": a value was lost; "info": a value was repaired. */
export type ProblemSeverity = "error" | "warning" | "info";

export interface WorkbookProblem {
  readonly code: WorkbookProblemCode;
  readonly severity: ProblemSeverity;
  readonly sheet?: string;
  /** A1 address of the cell (or the merged area) concerned. */
  readonly cell?: string;
  /** Message parameters: `header`, `column`, `value`, `date`. */
  readonly params?: Params;
}

export const PROBLEM_SEVERITY: Readonly<Record<WorkbookProblemCode, ProblemSeverity>> = {
  "workbook.sheets.none": "error",
  "workbook.column.missing": "error",
  "workbook.header.unknown": "info",
  "workbook.header.duplicate": "warning",
  "workbook.cells.merged": "warning",
  "workbook.cell.error": "warning",
  "workbook.number.text": "info",
  "workbook.number.invalid": "warning",
  "workbook.date.text": "info",
  "workbook.date.invalid": "warning",
  "workbook.date.ambiguous": "warning",
  "workbook.term.unknown": "warning",
  "workbook.control.numeric": "warning",
};

export function problem(
  code: WorkbookProblemCode,
  where: { readonly sheet?: string; readonly cell?: string },
  params?: Params,
): WorkbookProblem {
  return { code, severity: PROBLEM_SEVERITY[code], ...where, ...(params ? { params } : {}) };
}
