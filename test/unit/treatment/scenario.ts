/**
 * One clean risk and its clean treatment (method `li`, default preset), and the check every finding
 * case makes: its rule, severity, sheet, cell, risk id and params, and a message in both languages with
 * every placeholder filled.
 */
import { defaultMethodology, type Methodology, type StandardVersion } from "../../../src/domain/methodology";
import {
  findingMessage,
  validateTreatments,
  type Finding,
  type FindingParams,
  type FindingSeverity,
  type RuleCode,
} from "../../../src/domain/treatment";
import { LANGS } from "../../../src/i18n";
import { planRows, registerRows, type PlanInput, type RiskInput } from "./placedRows";

export const LI = defaultMethodology("li");
export const ASSESSED_ON = "2026-03-02";
export const TODAY = "2026-03-10";

/** Likelihood 5 × impact 4 = 20: level 5 (很高), above the criterion (level 2). */
export const CLEAN_RISK: RiskInput = {
  riskId: "R-001",
  ratings: { likelihood: 5, impact: 4 },
  owner: "Li Na",
  assessedOn: ASSESSED_ON,
  text: { asset: "ERP system" },
};

/** Reduce with measures, a 2022 control, an owner, 44 days to go; residual 1 × 2 = 2 (level 1). */
export const CLEAN_TREATMENT: PlanInput = {
  riskId: "R-001",
  option: "reduce",
  measures: "Patch the ERP servers monthly and scan weekly",
  controls: ["8.8"],
  owner: "Zhang Wei",
  dueDate: "2026-04-15",
  status: "inProgress",
  residual: { likelihood: 1, impact: 2 },
  text: { option: "Reduce" },
};

export interface Scenario {
  readonly methodology?: Methodology;
  readonly standard?: StandardVersion;
  readonly risks?: readonly RiskInput[];
  readonly treatments?: readonly PlanInput[];
  readonly today?: string;
  readonly assessedOn?: string;
}

export function validate(scenario: Scenario = {}): Finding[] {
  const methodology = scenario.methodology ?? LI;
  return validateTreatments({
    methodology,
    standard: scenario.standard ?? methodology.standard,
    risks: registerRows(methodology, scenario.risks ?? [CLEAN_RISK]),
    treatments: planRows(methodology, scenario.treatments ?? [CLEAN_TREATMENT]),
    today: scenario.today ?? TODAY,
    ...(scenario.assessedOn ? { assessedOn: scenario.assessedOn } : {}),
  });
}

/** The clean treatment with some fields changed. */
export const treatment = (changes: PlanInput): PlanInput => ({ ...CLEAN_TREATMENT, ...changes });
/** The clean risk with some fields changed. */
export const risk = (changes: RiskInput): RiskInput => ({ ...CLEAN_RISK, ...changes });

export interface Expected {
  readonly rule: RuleCode;
  readonly severity: FindingSeverity;
  readonly sheet: string;
  readonly cell: string;
  /** Absent for a row that has no risk id. */
  readonly riskId?: string;
  readonly params?: FindingParams;
}

/** Both languages render the message whole: no placeholder left, the risk (or its row) named. */
export function expectWorded(finding: Finding): void {
  for (const lang of LANGS) {
    const message = findingMessage(finding, lang);
    expect(message).not.toMatch(/[{}]/);
    expect(message).not.toMatch(/^validation\./);
    if (lang === "zh-CN") expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).toContain(finding.riskId ?? String(finding.params["row"]));
  }
}

/** The one finding of `expected.rule`, checked field by field and in words. */
export function expectFinding(findings: readonly Finding[], expected: Expected): Finding {
  const matching = findings.filter((f) => f.rule === expected.rule);
  expect(matching).toHaveLength(1);
  const [found] = matching as [Finding];
  expect(found).toMatchObject({
    rule: expected.rule,
    severity: expected.severity,
    sheet: expected.sheet,
    cell: expected.cell,
  });
  expect(found.riskId).toBe(expected.riskId);
  if (expected.params) expect(found.params).toMatchObject(expected.params);
  expectWorded(found);
  return found;
}
