/** Rule codes, severities and words: the contract users filter on, and messages in both languages. */
import {
  ERROR_RULES,
  findingCounts,
  findingMessage,
  RULE_SEVERITY,
  ruleTitle,
  severityLabel,
  WARNING_RULES,
  type Finding,
  type RuleCode,
} from "../../../src/domain/treatment";
import { LANGS, t, type Key } from "../../../src/i18n";
import { risk, validate } from "./scenario";

const RULES: readonly RuleCode[] = [...ERROR_RULES, ...WARNING_RULES];

/** The distinct `{name}` placeholders of a message. */
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ""))].sort();

describe("rule codes and severities (contract)", () => {
  it.each<[RuleCode, "error" | "warning"]>([
    ["risk.id.missing", "error"],
    ["risk.id.duplicate", "error"],
    ["risk.rating.invalid", "error"],
    ["risk.untreated", "error"],
    ["treatment.risk.unknown", "error"],
    ["treatment.option.invalid", "error"],
    ["treatment.measure.missing", "error"],
    ["treatment.control.unknown", "error"],
    ["treatment.owner.missing", "error"],
    ["treatment.due.missing", "error"],
    ["treatment.due.invalid", "error"],
    ["treatment.accept.unapproved", "error"],
    ["residual.unaccepted", "error"],
    ["risk.value.mismatch", "warning"],
    ["risk.owner.missing", "warning"],
    ["treatment.control.missing", "warning"],
    ["treatment.control.legacy", "warning"],
    ["treatment.due.late", "warning"],
    ["treatment.due.overdue", "warning"],
    ["residual.missing", "warning"],
    ["residual.higher", "warning"],
  ])("%s is an %s", (rule, severity) => {
    expect(RULE_SEVERITY[rule]).toBe(severity);
  });

  it("gives every rule exactly one severity", () => {
    expect(new Set(RULES).size).toBe(RULES.length);
  });
});

describe("messages", () => {
  it.each(RULES)("gives %s a title and a message in both languages, with the same placeholders", (rule) => {
    const message = `validation.message.${rule}` as Key;
    for (const lang of LANGS) {
      expect(ruleTitle(rule, lang)).not.toMatch(/^validation\./);
      expect(t(lang, message)).not.toMatch(/^validation\./);
    }
    expect(placeholders(t("zh-CN", message))).toEqual(placeholders(t("en", message)));
  });

  it("gives each rule a title of its own", () => {
    for (const lang of LANGS)
      expect(new Set(RULES.map((rule) => ruleTitle(rule, lang))).size).toBe(RULES.length);
  });

  it("writes the consultant's words in Chinese", () => {
    const [untreated] = validate({ treatments: [] });
    expect(untreated && findingMessage(untreated, "zh-CN")).toBe(
      "风险R-001超出风险接受准则（风险等级 5，可接受上限为 2），但未列入风险处置计划。请在风险处置计划中为其增加一行，填写处置方式、具体措施、附录A控制措施、责任人和计划完成日期。",
    );
  });

  it("names the rating and the method in words", () => {
    const [missing] = validate({ risks: [risk({ ratings: { likelihood: 5 } })] });
    expect(missing && findingMessage(missing, "en")).toBe(
      "Risk R-001: Impact is blank, and the risk calculation method (Likelihood × impact (ISO/IEC 27005, 5×5)) needs it to compute the risk value. Enter a whole number from 1 to 5.",
    );
    expect(missing && findingMessage(missing, "zh-CN")).toContain("影响未填写");
  });

  it("names a row without a risk id by its row number", () => {
    const findings = validate({ risks: [{ ratings: { likelihood: 7, impact: 1 } }], treatments: [] });
    expect(findings.map((f) => f.rule)).toEqual(["risk.id.missing", "risk.rating.invalid"]);
    const invalid = findings[1] as Finding;
    expect(findingMessage(invalid, "en")).toMatch(/^Risk in row 2: Likelihood is “7”/);
    expect(findingMessage(invalid, "zh-CN")).toMatch(/^风险（第 2 行）：可能性为“7”/);
  });

  it("names severities", () => {
    expect(severityLabel("error", "zh-CN")).toBe("错误");
    expect(severityLabel("warning", "en")).toBe("Warning");
  });

  it("counts findings by severity", () => {
    const findings = validate({ treatments: [] });
    expect(findingCounts([...findings, ...findings, { severity: "warning" as const }])).toEqual({
      error: 2,
      warning: 1,
    });
  });
});
