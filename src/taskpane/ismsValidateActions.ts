/**
 * The Validate panel's actions, wired to the operations over a WorkbookPort: checking is
 * `validateTreatmentPlan` (the same as `isms validate`), the findings sheet is `writeFindingsReport`.
 * Only the pane's view of a finding (its rule's title and its severity in words) is made here.
 */
import { ruleTitle, severityLabel } from "../domain/treatment";
import { validateTreatmentPlan, type ValidationReport } from "../operations/validateTreatmentPlan";
import { writeFindingsReport } from "../operations/validationReport";
import { PortError, type WorkbookPort } from "../workbook/port";
import {
  validateFeatures,
  type ValidateActions,
  type ValidateRequest,
  type ValidationView,
} from "./validateActions";

function viewOf(report: ValidationReport, request: ValidateRequest): ValidationView {
  const { lang } = request;
  return {
    findings: report.findings.map(({ rule, severity, sheet, cell, riskId, message }) => ({
      rule,
      title: ruleTitle(rule, lang),
      severity,
      severityLabel: severityLabel(severity, lang),
      sheet,
      cell,
      ...(riskId === undefined ? {} : { riskId }),
      message,
    })),
    counts: report.counts,
    sheets: report.sheets,
    today: request.today,
  };
}

/** A feature the panel only offers when the port has it: asking anyway is a broken invariant. */
function missing(feature: string): never {
  throw new PortError("port.unknown", `this workbook cannot ${feature}`);
}

export function ismsValidateActions(port: WorkbookPort): ValidateActions {
  return {
    features: validateFeatures(port),
    validate: async (request) => viewOf(await validateTreatmentPlan(port, request), request),
    select: async (sheet, cell) => (port.select ? port.select(sheet, cell) : missing("select a cell")),
    highlight: async (marks) => (port.highlight ? port.highlight(marks) : missing("mark cells")),
    writeReport: async (request) => {
      // The workbook as it stands: edits since the panel last ran are in the report.
      const report = await validateTreatmentPlan(port, request);
      const written = await writeFindingsReport(port, report, request.lang);
      return { sheet: written.sheet, findings: report.findings.length, replaced: written.replaced };
    },
    watch: async (sheets, onChange) => (port.watch ? port.watch(sheets, onChange) : missing("be watched")),
  };
}
