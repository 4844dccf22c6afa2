/**
 * Records → plan → what a port reads → records: every sheet, both languages, several methods. Formula
 * cells read as blank here, so computed fields are left out of the comparison (the plan tests check the
 * formulas themselves).
 */
import { defaultMethodology, METHOD_IDS, type MethodId } from "../../../src/domain/methodology";
import { riskInputs, riskIntermediates } from "../../../src/domain/risk";
import { LANGS, type Lang } from "../../../src/i18n";
import { buildWorkbookPlan } from "../../../src/workbook/layout/buildWorkbookPlan";
import { dataSheetPlan } from "../../../src/workbook/layout/dataSheetPlan";
import type { WorkbookPlan } from "../../../src/workbook/plan";
import { parseWorkbook } from "../../../src/workbook/read/parseWorkbook";
import { gapCodec, soaCodec, type ColumnValues } from "../../../src/workbook/recordCodecs";
import type { GapFields, Location, SoaFields } from "../../../src/workbook/records";
import { sampleRecords } from "../../../src/workbook/sample/sampleRecords";
import { SAMPLE_MISTAKES } from "../../../src/workbook/sample/sampleTreatments";
import { gapSchema, soaSchema } from "../../../src/workbook/schema/soaGapSchemas";
import { snapshotOf, withoutTables } from "./planToSnapshot";

function fieldsOf<T extends Location>(records: readonly T[]): Omit<T, keyof Location>[] {
  return records.map(({ sheet: _s, row: _r, cells: _c, text: _t, ...fields }) => fields);
}

function samplePlan(lang: Lang, method: MethodId): WorkbookPlan {
  const build = buildWorkbookPlan({ lang, standard: "2022", method, sample: true });
  if (!build.ok) throw new Error("a new workbook has no conflicts");
  return build.plan;
}

const shapeOf = (method: MethodId) => ({
  inputs: riskInputs(method),
  intermediates: riskIntermediates(method),
});

const cases = LANGS.flatMap((lang) => METHOD_IDS.map((method) => [lang, method] as const));

describe.each(cases)("round trip of the sample workbook (%s, %s)", (lang, method) => {
  const expected = sampleRecords(lang, defaultMethodology(method));
  const parsed = parseWorkbook(snapshotOf(samplePlan(lang, method)), { method: shapeOf(method) });

  it("reads back every asset", () => {
    expect(fieldsOf(parsed.assets)).toEqual(expected.assets);
  });

  it("reads back the threat and vulnerability catalogs", () => {
    expect(fieldsOf(parsed.threats)).toEqual(expected.threats);
    expect(fieldsOf(parsed.vulnerabilities)).toEqual(expected.vulnerabilities);
  });

  it("reads back every risk with the method's ratings", () => {
    expect(fieldsOf(parsed.risks)).toEqual(expected.risks);
  });

  it("reads back every treatment", () => {
    expect(fieldsOf(parsed.treatments)).toEqual(expected.treatments);
  });

  it("finds every sheet by its metadata, noting only the sample's deliberate 2013 control id", () => {
    expect(Object.values(parsed.sheets).map((s) => s.via)).toEqual(Array(7).fill("metadata"));
    const legacyRow = parsed.treatments.find((t) => t.riskId === SAMPLE_MISTAKES.legacyControlId);
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        code: "workbook.control.legacy",
        severity: "info",
        cell: legacyRow?.cells.controls,
        params: expect.objectContaining({ value: "A.9.2.3", ids: "8.2" }),
      }),
    ]);
  });
});

describe.each(LANGS)("finding sheets without metadata (%s)", (lang) => {
  const plan = samplePlan(lang, "li");
  const expected = sampleRecords(lang, defaultMethodology("li"));

  it("finds them by table name", () => {
    const parsed = parseWorkbook(snapshotOf(plan, undefined, false));
    expect(parsed.sheets.risks?.via).toBe("table");
    expect(fieldsOf(parsed.risks)).toEqual(expected.risks);
  });

  it("finds them by their headers when the tables are gone", () => {
    const snapshot = snapshotOf(plan, undefined, false);
    const parsed = parseWorkbook(
      { ...snapshot, sheets: snapshot.sheets.map(withoutTables) },
      { method: shapeOf("li") },
    );
    expect(parsed.sheets.risks?.via).toBe("headers");
    expect(parsed.sheets.treatments?.via).toBe("headers");
    expect(fieldsOf(parsed.treatments)).toEqual(expected.treatments);
    expect(fieldsOf(parsed.assets)).toEqual(expected.assets);
  });
});

const SOA_ROWS: readonly SoaFields[] = [
  {
    controlId: "5.1",
    title: "Policies for information security",
    theme: "Organizational",
    applicable: true,
    reasons: "Risk assessment",
    linkedRisks: "R-001, R-004",
    status: "Implemented",
    documents: "ISMS-POL-01 v1.2",
    owner: "Risk & Compliance",
  },
  {
    controlId: "7.4",
    title: "Physical security monitoring",
    theme: "Physical",
    applicable: false,
    justification: "No own premises: hosted in the cloud",
  },
];

const GAP_ROWS: readonly GapFields[] = [
  {
    requirementId: "4.1",
    title: "Understanding the organization",
    level: "clause",
    currentState: "Context not documented",
    evidence: "—",
    currentRating: "1",
    target: 3,
    weight: 2,
    recommendation: "Document internal and external issues",
    sentToRegister: "R-033",
  },
  { requirementId: "5.1", title: "Leadership and commitment", currentRating: "N/A", target: 3, weight: 1 },
];

describe.each(LANGS)("round trip of the SoA and gap sheets (%s)", (lang) => {
  function planWith(
    schema: ReturnType<typeof soaSchema>,
    rows: readonly object[],
    toValues: (r: never) => ColumnValues,
  ): WorkbookPlan {
    const sheet = dataSheetPlan({
      schema,
      name: schema.names[lang],
      lang,
      rows: rows.map((r) => toValues(r as never)),
      minRows: 0,
      levelCount: 5,
    });
    return { sheets: [sheet], names: [] };
  }

  it("reads back SoA rows", () => {
    const parsed = parseWorkbook(snapshotOf(planWith(soaSchema(), SOA_ROWS, soaCodec.toValues)));
    expect(fieldsOf(parsed.soa)).toEqual(SOA_ROWS);
  });

  it("reads back gap rows", () => {
    const parsed = parseWorkbook(snapshotOf(planWith(gapSchema(), GAP_ROWS, gapCodec.toValues)));
    expect(fieldsOf(parsed.gap)).toEqual(GAP_ROWS);
  });
});
