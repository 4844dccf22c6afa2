/**
 * The parts of a SheetPlan besides cells: list validations, conditional formats, in-workbook links,
 * frozen panes, column widths, the tab colour and the print setup.
 */
import { fileColumnWidth } from "./cellWriting";
import type ExcelJS from "exceljs";
import { headerFooterLine } from "../workbook/layout/printSetup";
import type {
  ConditionalFormatPlan,
  DateValidationPlan,
  HyperlinkPlan,
  ListValidationPlan,
  PrintPlan,
  SheetPlan,
} from "../workbook/plan";
import { argb, fileFormula } from "./cellWriting";
import { cellIsOperator, rangeValidations } from "./excelJsShim";

/** An inline list as the file stores it: one quoted, comma-separated string (quotes doubled). */
export function inlineList(items: readonly string[]): string {
  return `"${items.map((item) => item.replace(/"/g, '""')).join(",")}"`;
}

function addValidation(sheet: ExcelJS.Worksheet, plan: ListValidationPlan): void {
  const source = typeof plan.source === "string" ? fileFormula(plan.source) : inlineList(plan.source);
  rangeValidations(sheet).add(plan.range, {
    type: "list",
    allowBlank: plan.allowBlank,
    formulae: [source],
    showErrorMessage: true,
    errorStyle: plan.alert === "warning" ? "warning" : "stop",
    ...(plan.errorMessage ? { error: plan.errorMessage } : {}),
  });
}

/** A date column's validation: a date on or after the plan's first (ExcelJS files the date as its serial number). */
function addDateValidation(sheet: ExcelJS.Worksheet, plan: DateValidationPlan): void {
  rangeValidations(sheet).add(plan.range, {
    type: "date",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [new Date(`${plan.from}T00:00:00Z`)],
    showErrorMessage: true,
    errorStyle: "stop",
    error: plan.errorMessage,
  });
}

function differentialStyle(plan: ConditionalFormatPlan): Partial<ExcelJS.Style> {
  return {
    fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(plan.fill) } },
    ...(plan.fontColor ? { font: { color: { argb: argb(plan.fontColor) } } } : {}),
  };
}

function conditionalRule(plan: ConditionalFormatPlan, priority: number): ExcelJS.ConditionalFormattingRule {
  const style = differentialStyle(plan);
  if (plan.kind === "expression") {
    return { type: "expression", priority, formulae: [fileFormula(plan.formula)], style };
  }
  const formulae = [plan.formula1, ...(plan.formula2 === undefined ? [] : [plan.formula2])].map(fileFormula);
  return { type: "cellIs", priority, operator: cellIsOperator(plan.operator), formulae, style };
}

/**
 * An in-workbook link's cell: the link's text as its value, styled as a link. The link itself is
 * written with the sheet part (internalLinks.ts).
 */
function addLinkCell(sheet: ExcelJS.Worksheet, plan: HyperlinkPlan): void {
  const link = sheet.getCell(plan.address);
  link.value = plan.text;
  // A new style object: the cell may share its style with the rest of its column.
  link.style = { ...link.style, font: { color: { argb: "FF0563C1" }, underline: true } };
}

function applyView(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    sheet.views = [{ state: "frozen", xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }];
  }
  // ExcelJS leaves a width of exactly 9 (its default) out of the file: fileColumnWidth nudges it.
  for (const { column, width } of plan.columnWidths ?? [])
    sheet.getColumn(column + 1).width = fileColumnWidth(width);
  if (plan.tabColor) sheet.properties.tabColor = { argb: argb(plan.tabColor) };
}

/** The file format's number for each paper of a PrintPlan. */
const PAPER_SIZES: Readonly<Record<PrintPlan["paper"], number>> = { A4: 9 };

/**
 * Page setup (paper, orientation, fit to pages wide and any number tall), print title rows (written as the
 * sheet's `_xlnm.Print_Titles` name) and the header and footer, in Excel's codes.
 */
function applyPrint(sheet: ExcelJS.Worksheet, print: PrintPlan): void {
  const setup = sheet.pageSetup;
  setup.paperSize = PAPER_SIZES[print.paper];
  setup.orientation = print.orientation;
  setup.fitToPage = true;
  setup.fitToWidth = print.fitToPagesWide;
  setup.fitToHeight = 0;
  delete setup.scale;
  if (print.titleRows) setup.printTitlesRow = `${print.titleRows.first + 1}:${print.titleRows.last + 1}`;
  // One range only: ExcelJS files each "&&"-joined part as a name of its own, which Excel refuses. ExcelJS
  // puts "$" before each corner's column; the rows are made absolute here ("A$1:Q$63" → $A$1:$Q$63), as
  // LibreOffice ignores a print range whose rows are relative.
  if (print.area) setup.printArea = print.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  const header = headerFooterLine(print.header);
  const footer = headerFooterLine(print.footer);
  if (header !== "") sheet.headerFooter.oddHeader = header;
  if (footer !== "") sheet.headerFooter.oddFooter = footer;
}

/** Renders validations, conditional formats, link cells and view settings; returns the links written. */
export function renderSheetFeatures(sheet: ExcelJS.Worksheet, plan: SheetPlan): number {
  plan.validations.forEach((validation) => addValidation(sheet, validation));
  plan.dateValidations?.forEach((validation) => addDateValidation(sheet, validation));
  plan.conditionalFormats.forEach((format, index) => {
    sheet.addConditionalFormatting({ ref: format.range, rules: [conditionalRule(format, index + 1)] });
  });
  plan.hyperlinks.forEach((link) => addLinkCell(sheet, link));
  applyView(sheet, plan);
  if (plan.print) applyPrint(sheet, plan.print);
  return plan.hyperlinks.length;
}
