/**
 * The sample client's planted mistakes (docs/workbook.md, "The sample's mistakes") are each found, and
 * nothing else; with them fixed, the register and plan give no error and no warning.
 */
import { defaultMethodology, METHOD_IDS } from "../../../src/domain/methodology";
import { findingCounts, validateTreatments, type ValidationInput } from "../../../src/domain/treatment";
import { LANGS } from "../../../src/i18n";
import type { TreatmentFields } from "../../../src/workbook/records";
import { SAMPLE_APPROVER, SAMPLE_ASSESSED_ON } from "../../../src/workbook/sample/sampleClient";
import { sampleRecords } from "../../../src/workbook/sample/sampleRecords";
import { addDays, SAMPLE_MISTAKES } from "../../../src/workbook/sample/sampleTreatments";
import { planInput, planRows, registerRows, riskInput } from "./placedRows";
import { expectWorded } from "./scenario";

const cases = LANGS.flatMap((lang) => METHOD_IDS.map((method) => [lang, method] as const));

/** The sample's treatment rows with their mistakes put right, and the stray row removed. */
function fixed(rows: readonly TreatmentFields[]): TreatmentFields[] {
  return rows
    .filter((row) => row.riskId !== SAMPLE_MISTAKES.unknownRiskId)
    .map((row) => {
      switch (row.riskId) {
        case SAMPLE_MISTAKES.reduceWithoutControl:
          return { ...row, controls: ["8.8"] };
        case SAMPLE_MISTAKES.missingOwner:
          return { ...row, owner: "IT" };
        case SAMPLE_MISTAKES.lateDueDate:
          return { ...row, dueDate: addDays(SAMPLE_ASSESSED_ON, 60) };
        case SAMPLE_MISTAKES.acceptWithoutApprover:
          return { ...row, acceptedBy: SAMPLE_APPROVER[0], acceptedOn: addDays(SAMPLE_ASSESSED_ON, 14) };
        case SAMPLE_MISTAKES.legacyControlId:
          return { ...row, controls: ["8.2"] };
        default:
          return row;
      }
    });
}

describe.each(cases)("the sample workbook (%s, %s)", (lang, method) => {
  const methodology = defaultMethodology(method);
  const records = sampleRecords(lang, methodology);
  const input = (treatments: readonly TreatmentFields[]): ValidationInput => ({
    methodology,
    standard: methodology.standard,
    risks: registerRows(methodology, (records.risks ?? []).map(riskInput)),
    treatments: planRows(methodology, treatments.map(planInput)),
    today: SAMPLE_ASSESSED_ON,
  });

  it("finds each planted mistake, at its risk, and nothing else", () => {
    const findings = validateTreatments(input(records.treatments ?? []));
    expect(findings.map((f) => [f.rule, f.riskId])).toEqual([
      ["treatment.control.missing", SAMPLE_MISTAKES.reduceWithoutControl],
      ["treatment.owner.missing", SAMPLE_MISTAKES.missingOwner],
      ["treatment.due.late", SAMPLE_MISTAKES.lateDueDate],
      ["treatment.accept.unapproved", SAMPLE_MISTAKES.acceptWithoutApprover],
      ["treatment.control.legacy", SAMPLE_MISTAKES.legacyControlId],
      ["treatment.risk.unknown", SAMPLE_MISTAKES.unknownRiskId],
    ]);
    findings.forEach(expectWorded);
  });

  it("gives the late date's 150 days and the 2013 id's 2022 control", () => {
    const findings = validateTreatments(input(records.treatments ?? []));
    expect(findings.find((f) => f.rule === "treatment.due.late")?.params).toMatchObject({
      dueDate: "2026-07-30",
      days: 150,
      limit: 90,
    });
    expect(findings.find((f) => f.rule === "treatment.control.legacy")?.params).toMatchObject({
      value: "A.9.2.3",
      ids: "8.2",
    });
  });

  it("finds no error and no warning once the mistakes are fixed", () => {
    const findings = validateTreatments(input(fixed(records.treatments ?? [])));
    expect(findingCounts(findings)).toEqual({ error: 0, warning: 0 });
  });
});
