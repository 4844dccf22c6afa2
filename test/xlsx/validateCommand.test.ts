/**
 * `isms validate`: the sample workbook's planted mistakes are each found at their cell, with words in
 * both languages; the JSON follows docs/cli.md; exit 1 with errors, 0 without; `--today` drives overdue
 * dates; a public register gives sensible findings, not a crash or an empty list.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SAMPLE_MISTAKES } from "../../src/workbook/sample/sampleTreatments";
import { repoRoot } from "../support/root";
import { runIsms } from "../support/runIsms";

const dir = mkdtempSync(path.join(tmpdir(), "isms-validate-"));

interface Json {
  findings: {
    rule: string;
    severity: string;
    sheet: string;
    cell: string;
    riskId: string | null;
    message: string;
  }[];
  counts: { error: number; warning: number };
}

async function sample(lang: "zh-CN" | "en", method = "atv"): Promise<string> {
  const file = path.join(dir, `sample-${lang}-${method}.xlsx`);
  const made = await runIsms(["new", file, "--sample", "--lang", lang, "--method", method, "--force"]);
  if (made.code !== 0) throw new Error(made.stderr);
  return file;
}

async function validate(file: string, ...extra: string[]): Promise<{ code: number; json: Json }> {
  const outcome = await runIsms(["validate", file, "--json", "--today", "2026-04-01", ...extra]);
  if (outcome.code === 2) throw new Error(outcome.stderr);
  return { code: outcome.code, json: JSON.parse(outcome.stdout) as Json };
}

const PLANTED: readonly [keyof typeof SAMPLE_MISTAKES, string][] = [
  ["reduceWithoutControl", "treatment.control.missing"],
  ["missingOwner", "treatment.owner.missing"],
  ["lateDueDate", "treatment.due.late"],
  ["acceptWithoutApprover", "treatment.accept.unapproved"],
  ["legacyControlId", "treatment.control.legacy"],
  ["unknownRiskId", "treatment.risk.unknown"],
];

describe.each(["zh-CN", "en"] as const)("isms validate on the %s sample", (lang) => {
  let result: { code: number; json: Json };
  beforeAll(async () => {
    result = await validate(await sample(lang), "--lang", lang);
  });

  it.each(PLANTED)("finds the planted mistake %s (%s) at a cell of the plan", (mistake, rule) => {
    const found = result.json.findings.filter(
      (f) => f.riskId === SAMPLE_MISTAKES[mistake] && f.rule === rule,
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.cell).toMatch(/^[A-Z]+\d+$/);
    expect(found[0]?.message).toContain(SAMPLE_MISTAKES[mistake]);
    if (lang === "zh-CN") expect(found[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("finds nothing else, counts by severity and exits 1 for the errors", () => {
    expect(result.json.findings).toHaveLength(PLANTED.length);
    const errors = result.json.findings.filter((f) => f.severity === "error").length;
    expect(result.json.counts).toEqual({ error: errors, warning: PLANTED.length - errors });
    expect(result.code).toBe(1);
    for (const finding of result.json.findings) {
      expect(Object.keys(finding).sort()).toEqual(["cell", "message", "riskId", "rule", "severity", "sheet"]);
      expect(finding.message).not.toMatch(/[{}]/);
    }
  });
});

describe("isms validate", () => {
  it("reports open treatments past --today as overdue", async () => {
    const { json } = await validate(await sample("en"), "--today", "2027-01-01");
    expect(json.findings.filter((f) => f.rule === "treatment.due.overdue").length).toBeGreaterThan(10);
  });

  it("prints the findings grouped by severity and rule for a terminal, in the chosen language", async () => {
    const outcome = await runIsms([
      "validate",
      await sample("zh-CN"),
      "--today",
      "2026-04-01",
      "--lang",
      "zh-CN",
    ]);
    expect(outcome.code).toBe(1);
    const lines = outcome.stdout.split("\n");
    expect(lines[0]).toMatch(/错误 3 个，警告 3 个/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}\S.*\(treatment\.owner\.missing, 1\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}风险处置计划!H\d+ {2}风险R-007/));
  });

  it("finds in a 2013 sample the planted mistakes, its controls all 2013 ids (the legacy-id mistake is none there)", async () => {
    const file = path.join(dir, "sample-2013.xlsx");
    await runIsms(["new", file, "--sample", "--standard", "2013", "--force"]);
    const { json } = await validate(file);
    const expected = PLANTED.filter(([mistake]) => mistake !== "legacyControlId").map(([, rule]) => rule);
    expect(json.findings.map((f) => f.rule).sort()).toEqual([...expected].sort());
  });

  it("exits 0 with no findings on a workbook without risks", async () => {
    const file = path.join(dir, "empty.xlsx");
    await runIsms(["new", file, "--force"]);
    const outcome = await runIsms(["validate", file, "--today", "2026-04-01"]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/No findings/);
  });

  it("gives the PayBridges register sensible findings: no due dates, every Annex A reference known", async () => {
    const file = path.join(repoRoot, "../shared/templates/paybridges_ISO_27005_Risk_Register.xlsx");
    const { code, json } = await validate(file);
    expect(code).toBe(1);
    const rules = json.findings.map((f) => f.rule);
    expect(rules.filter((r) => r === "treatment.due.missing")).toHaveLength(20);
    expect(rules).not.toContain("treatment.control.unknown");
    expect(rules).not.toContain("treatment.control.legacy");
  });
});
