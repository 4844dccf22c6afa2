/**
 * The validation report as a sheet (检查结果 / Validation findings): one row per finding, errors first,
 * with its severity, its rule's title, the risk, the sheet, a link to the cell to fix and the message,
 * in a table under a frozen header row, printed like the other sheets. Both ports render it through the
 * ordinary apply, and writing it again replaces the earlier report (`placeFindingsSheet`), never a sheet
 * of the person's own.
 *
 * The table is named `IsmsFindings`, not `ISMS_…`: the `ISMS_` prefix marks the sheets of the ISMS
 * workbook itself, and a report is not one of them. With that prefix, every later read would take the
 * report for an ISMS sheet and read it in full, and a new workbook created beside a client's own sheets
 * would suffix all its tables ("ISMS_Risks_2") only because a report was there.
 */
import { ruleTitle, severityLabel, type Finding } from "../../domain/treatment";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { cellA1, columnLetters, columnRange } from "../cells/cellAddress";
import type { ConditionalFormatPlan, HyperlinkPlan, PlanCell, SheetPlan, TablePlan } from "../plan";
import type { WorkbookOutline } from "../port";
import { reportPrintPlan } from "./printSetup";
import { freeSheetName } from "./sheetConflicts";

/** The report's table: how an earlier report is found again, whatever its sheet is called now. */
export const FINDINGS_TABLE = "IsmsFindings";

/** A finding with its words, as the validator reports it (ValidationReport.findings). */
export type ReportedFinding = Finding & { readonly message: string };

/** What the sheet needs of a validation report. */
export interface FindingsReport {
  readonly findings: readonly ReportedFinding[];
}

const COLUMNS = [
  { key: "severity", width: 10 },
  { key: "rule", width: 36 },
  { key: "riskId", width: 12 },
  { key: "sheet", width: 22 },
  { key: "cell", width: 9 },
  { key: "message", width: 90, wrap: true },
] as const;

type ColumnKey = (typeof COLUMNS)[number]["key"];

const column = (key: ColumnKey): number => COLUMNS.findIndex((c) => c.key === key);

/** Severity cells in the colours Excel offers for good/bad (light fill, dark text). */
const SEVERITY_COLOURS = {
  error: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
} as const;

/**
 * The report sheet's name in a language.
 * @example findingsSheetName("zh-CN") // "检查结果"
 */
export function findingsSheetName(lang: Lang): string {
  return t(lang, "workbook.findings.sheetName");
}

/** Errors first, then warnings, each in the validator's order (the order of the rows they are about). */
function ordered(findings: readonly ReportedFinding[]): ReportedFinding[] {
  return [
    ...findings.filter((finding) => finding.severity === "error"),
    ...findings.filter((finding) => finding.severity !== "error"),
  ];
}

function row(finding: ReportedFinding, lang: Lang): PlanCell[] {
  const cells: Record<ColumnKey, PlanCell> = {
    severity: severityLabel(finding.severity, lang),
    rule: ruleTitle(finding.rule, lang),
    riskId: finding.riskId ?? null,
    sheet: finding.sheet,
    cell: finding.cell,
    message: finding.message,
  };
  return COLUMNS.map((c) => cells[c.key]);
}

/** Severity cells coloured by their word (a person may sort or filter the table: the colour follows). */
function severityFormats(rows: number, lang: Lang): ConditionalFormatPlan[] {
  const at = column("severity");
  const range = columnRange(at, 1, Math.max(rows, 1));
  return (["error", "warning"] as const).map((severity) => ({
    kind: "expression",
    range,
    formula: `=$${columnLetters(at)}2="${severityLabel(severity, lang).replace(/"/g, '""')}"`,
    ...SEVERITY_COLOURS[severity],
  }));
}

/**
 * The report sheet: the table at A1, a link from each finding's cell column to that cell.
 * @example findingsSheetPlan(report, "en").hyperlinks[0] // { address: "E2", targetSheet: "Risk treatment plan", targetAddress: "H7", text: "H7" }
 */
export function findingsSheetPlan(
  report: FindingsReport,
  lang: Lang,
  name = findingsSheetName(lang),
  mode: SheetPlan["mode"] = "create",
): SheetPlan {
  const findings = ordered(report.findings);
  const table: TablePlan = {
    name: FINDINGS_TABLE,
    row: 0,
    column: 0,
    columns: COLUMNS.map((c) => ({
      key: c.key,
      header: t(lang, `workbook.findings.columns.${c.key}`),
      width: c.width,
      ...("wrap" in c ? { wrap: c.wrap } : {}),
    })),
    rows: findings.map((finding) => row(finding, lang)),
    style: "TableStyleMedium2",
  };
  const hyperlinks: HyperlinkPlan[] = findings.map((finding, i) => ({
    address: cellA1(i + 1, column("cell")),
    targetSheet: finding.sheet,
    targetAddress: finding.cell,
    text: finding.cell,
  }));
  return {
    // SheetKey names the ISMS sheets; the report is about the treatment plan and is recorded nowhere.
    key: "treatments",
    name,
    mode,
    blocks: [],
    tables: [table],
    validations: [],
    conditionalFormats: severityFormats(findings.length, lang),
    hyperlinks,
    freeze: { rows: 1, columns: 0 },
    columnWidths: COLUMNS.map((c, i) => ({ column: i, width: c.width })),
    // A report is not a numbered document: the page header names the sheet only.
    print: reportPrintPlan(lang),
  };
}

/** Where a report goes: over the earlier report, or under a name no sheet has. */
export interface FindingsPlacement {
  readonly name: string;
  /** "update": an earlier report of ours is replaced; "create": a new sheet. */
  readonly mode: SheetPlan["mode"];
}

/**
 * The sheet holding an earlier report (by its table, however it was renamed) is written again; otherwise
 * the report gets the language's sheet name, or the first free "(n)" beside it when a sheet of that name
 * exists — even an empty one, since the outline cannot tell, and it is never ours to write into.
 * @example placeFindingsSheet({ sheets: [{ name: "检查结果", tables: [] }] }, "zh-CN") // { name: "检查结果 (2)", mode: "create" }
 */
export function placeFindingsSheet(outline: WorkbookOutline, lang: Lang): FindingsPlacement {
  const ours = outline.sheets.find((sheet) =>
    sheet.tables.some((table) => table.toLowerCase() === FINDINGS_TABLE.toLowerCase()),
  );
  if (ours) return { name: ours.name, mode: "update" };
  const name = findingsSheetName(lang);
  const taken = new Set(outline.sheets.map((sheet) => sheet.name.toLowerCase()));
  return { name: taken.has(name.toLowerCase()) ? freeSheetName(name, taken) : name, mode: "create" };
}
