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
  | "workbook.date.month"
  | "workbook.term.unknown"
  | "workbook.yesNo.partial"
  | "workbook.option.freeText"
  | "workbook.control.numeric"
  | "workbook.control.numericFixed"
  | "workbook.control.legacy"
  | "workbook.table.end"
  | "workbook.merge.filled"
  | "workbook.column.ignored"
  | "workbook.sheet.catalog"
  | "workbook.sheet.incomplete"
  | "workbook.sheet.superseded"
  | "workbook.adopt.ratingUnused"
  | "workbook.header.twoRow";

/**
 * "error": the sheet cannot be used as it is; "warning": a value was lost or not read; "info": a value
 * was repaired or read in a way worth knowing.
 */
export type ProblemSeverity = "error" | "warning" | "info";

export interface WorkbookProblem {
  readonly code: WorkbookProblemCode;
  readonly severity: ProblemSeverity;
  readonly sheet?: string;
  /** A1 address of the cell (or the merged area) concerned. */
  readonly cell?: string;
  /**
   * Message parameters: `header`, `column`, `value` (the cell as shown, or the ids concerned), `date`
   * (ISO), `ids` (2022 control ids, joined ", "), `count`, `role`.
   */
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
  "workbook.date.month": "info",
  "workbook.term.unknown": "warning",
  "workbook.yesNo.partial": "info",
  "workbook.option.freeText": "info",
  "workbook.control.numeric": "warning",
  "workbook.control.numericFixed": "info",
  "workbook.control.legacy": "info",
  "workbook.table.end": "info",
  "workbook.merge.filled": "info",
  "workbook.column.ignored": "warning",
  "workbook.sheet.catalog": "info",
  "workbook.sheet.incomplete": "warning",
  "workbook.sheet.superseded": "info",
  "workbook.adopt.ratingUnused": "warning",
  "workbook.header.twoRow": "info",
};

export function problem(
  code: WorkbookProblemCode,
  where: { readonly sheet?: string; readonly cell?: string },
  params?: Params,
): WorkbookProblem {
  return { code, severity: PROBLEM_SEVERITY[code], ...where, ...(params ? { params } : {}) };
}
