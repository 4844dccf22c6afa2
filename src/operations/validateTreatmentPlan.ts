/**
 * Use case: validate the risk register and the risk treatment plan, from one read — the ISMS workbook or
 * whatever the reader brings across from a client's own layout. The methodology the workbook's
 * methodology sheet states (edited criterion, bands, deadline) is the one used; a workbook without one is
 * judged by the method its ratings imply. Findings come with their words in the chosen language.
 */
import type { Methodology, StandardVersion } from "../domain/methodology";
import {
  findingCounts,
  findingMessage,
  validateTreatments,
  type Finding,
  type FindingSeverity,
} from "../domain/treatment";
import type { Lang } from "../i18n";

export { findingMessage, ruleTitle } from "../domain/treatment";
import type { WorkbookPort } from "../workbook/port";
import type { ParsedWorkbook } from "../workbook/read/parseWorkbook";
import { looksLikeIsmsSheet } from "../workbook/read/sheetLocator";
import { readingSchemas } from "../workbook/schema/readingSchemas";
import type { WorkbookSnapshot } from "../workbook/sheetData";
import { workbookBasisOf } from "./workbookBasis";

export interface ValidateOptions {
  /** ISO date (YYYY-MM-DD) overdue dates are checked against. */
  readonly today: string;
  readonly lang: Lang;
}

/** A finding with its words. */
export interface ReportedFinding extends Finding {
  readonly message: string;
}

export interface ValidationReport {
  readonly findings: readonly ReportedFinding[];
  readonly counts: Readonly<Record<FindingSeverity, number>>;
  readonly methodology: Methodology;
  readonly standard: StandardVersion;
  /** Where the register and the plan were read from (absent when the workbook has none). */
  readonly sheets: { readonly risks?: string; readonly treatments?: string };
  readonly parsed: ParsedWorkbook;
}

/**
 * Validation of a snapshot, pure (the command and tests call it on a file's snapshot).
 * @example validationOf(snapshot, { today: "2026-04-01", lang: "zh-CN" }).counts // { error: 3, warning: 5 }
 */
export function validationOf(snapshot: WorkbookSnapshot, options: ValidateOptions): ValidationReport {
  const { parsed, stated, standard, methodology } = workbookBasisOf(snapshot);
  const findings = validateTreatments({
    methodology,
    standard,
    risks: parsed.risks,
    treatments: parsed.treatments,
    today: options.today,
    ...(stated?.assessedOn ? { assessedOn: stated.assessedOn } : {}),
  }).map((finding) => ({ ...finding, message: findingMessage(finding, options.lang) }));
  return {
    findings,
    counts: findingCounts(findings),
    methodology,
    standard,
    sheets: {
      ...(parsed.sheets.risks ? { risks: parsed.sheets.risks.name } : {}),
      ...(parsed.sheets.treatments ? { treatments: parsed.sheets.treatments.name } : {}),
    },
    parsed,
  };
}

/**
 * Reads the workbook once and validates its register and plan.
 * @example (await validateTreatmentPlan(port, { today: "2026-04-01", lang: "en" })).findings[0]?.rule
 */
export async function validateTreatmentPlan(
  port: Pick<WorkbookPort, "read">,
  options: ValidateOptions,
): Promise<ValidationReport> {
  const schemas = readingSchemas();
  const snapshot = await port.read({ readInFull: (head) => looksLikeIsmsSheet(head, schemas) });
  return validationOf(snapshot, options);
}
