/** The sample client and its deliberate mistakes (docs/workbook.md), which validation tests rely on. */
import { defaultMethodology, METHOD_IDS } from "../../../src/domain/methodology";
import { assessRisk } from "../../../src/domain/risk";
import { LANGS } from "../../../src/i18n";
import { SAMPLE_MISTAKES } from "../../../src/workbook/sample/sampleTreatments";
import { sampleRecords } from "../../../src/workbook/sample/sampleRecords";

const cases = LANGS.flatMap((lang) => METHOD_IDS.map((method) => [lang, method] as const));

describe.each(cases)("the sample client (%s, %s)", (lang, method) => {
  const methodology = defaultMethodology(method);
  const records = sampleRecords(lang, methodology);
  const treatments = records.treatments ?? [];
  const byRisk = (id: string) => treatments.find((t) => t.riskId === id);

  it("has 15 assets, 32 risks and the full threat and vulnerability libraries", () => {
    expect(records.assets).toHaveLength(15);
    expect(records.risks).toHaveLength(32);
    expect(records.threats?.length).toBeGreaterThan(50);
    expect(records.vulnerabilities?.length).toBeGreaterThan(30);
  });

  it("treats exactly the risks above the acceptance criterion, then one unknown risk id", () => {
    const above = (records.risks ?? []).filter((r) => {
      const result = assessRisk(methodology, r.ratings);
      return result.ok && !result.acceptable;
    });
    expect(treatments.map((t) => t.riskId)).toEqual([
      ...above.map((r) => r.riskId),
      SAMPLE_MISTAKES.unknownRiskId,
    ]);
    expect(records.risks?.some((r) => r.riskId === SAMPLE_MISTAKES.unknownRiskId)).toBe(false);
  });

  it("has a reduce treatment that names no Annex A control", () => {
    expect(byRisk(SAMPLE_MISTAKES.reduceWithoutControl)).toMatchObject({ option: "reduce" });
    expect(byRisk(SAMPLE_MISTAKES.reduceWithoutControl)?.controls).toBeUndefined();
  });

  it("has a treatment with no owner", () => {
    expect(byRisk(SAMPLE_MISTAKES.missingOwner)?.owner).toBeUndefined();
  });

  it("has a due date more than 90 days after the assessment", () => {
    expect(byRisk(SAMPLE_MISTAKES.lateDueDate)?.dueDate).toBe("2026-07-30");
  });

  it("has an accepted risk with no approver", () => {
    expect(byRisk(SAMPLE_MISTAKES.acceptWithoutApprover)).toMatchObject({ option: "accept" });
    expect(byRisk(SAMPLE_MISTAKES.acceptWithoutApprover)?.acceptedBy).toBeUndefined();
  });

  it("has a 2013 control id", () => {
    expect(byRisk(SAMPLE_MISTAKES.legacyControlId)?.controls).toEqual(["A.9.2.3"]);
  });

  it("has no other missing owner, late date or unapproved acceptance", () => {
    const others = treatments.filter((t) => !Object.values(SAMPLE_MISTAKES).includes(t.riskId as never));
    expect(others.every((t) => t.owner && t.dueDate && t.dueDate <= "2026-05-31")).toBe(true);
    expect(others.filter((t) => t.option === "accept").every((t) => t.acceptedBy)).toBe(true);
    expect(others.filter((t) => t.option === "reduce").every((t) => (t.controls ?? []).length > 0)).toBe(
      true,
    );
  });
});

describe("the sample's options other than reduce, as docs/workbook.md lists them", () => {
  const optionsOf = (method: (typeof METHOD_IDS)[number]) =>
    Object.fromEntries(
      (sampleRecords("en", defaultMethodology(method)).treatments ?? [])
        .filter((t) => t.option !== "reduce")
        .map((t) => [t.riskId, t.option]),
    );

  it.each(METHOD_IDS.filter((m) => m !== "gbt-matrix"))(
    "%s: R-005 and R-015 accepted, R-018 avoided, R-032 transferred",
    (method) => {
      expect(optionsOf(method)).toEqual({
        "R-005": "accept",
        "R-015": "accept",
        "R-018": "avoid",
        "R-032": "transfer",
      });
    },
  );

  it("gbt-matrix: R-018 is within the criterion, so it has no treatment row and none is avoided", () => {
    expect(optionsOf("gbt-matrix")).toEqual({ "R-005": "accept", "R-015": "accept", "R-032": "transfer" });
  });
});
