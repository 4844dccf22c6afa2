/**
 * `isms validate <in.xlsx> [--json] [--today YYYY-MM-DD]`: checks the risk register and the risk
 * treatment plan with the same operation as the pane's Validate panel; exit 1 when any finding is an
 * error. The input is only read.
 */
import type { FindingSeverity, RuleCode } from "../../domain/treatment";
import {
  ruleTitle,
  validationOf,
  type ReportedFinding,
  type ValidationReport,
} from "../../operations/validateTreatmentPlan";
import { localIsoDate } from "../../operations/timing";
import { ISO_DATE, stringFlag } from "../cliArgs";
import { EXIT_FINDINGS, EXIT_OK, failure, isFailure, type CliContext } from "../cliContext";
import { openInput } from "../inputWorkbook";
import type { Command } from "./command";

/** The JSON of `isms validate --json` (docs/cli.md). */
export function validationJson(report: ValidationReport): unknown {
  return {
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      riskId: f.riskId ?? null,
      message: f.message,
    })),
    counts: report.counts,
  };
}

function printReport(ctx: CliContext, report: ValidationReport): void {
  const lines: string[] = [
    ctx.say("cli.validate.title", {
      standard: report.standard,
      method: report.methodology.method,
      error: report.counts.error,
      warning: report.counts.warning,
    }),
  ];
  for (const severity of ["error", "warning"] as const satisfies readonly FindingSeverity[]) {
    const mine = report.findings.filter((f) => f.severity === severity);
    if (mine.length === 0) continue;
    lines.push("", ctx.say(severity === "error" ? "cli.validate.errors" : "cli.validate.warnings"));
    const byRule = new Map<RuleCode, ReportedFinding[]>();
    for (const finding of mine) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
    for (const [rule, findings] of byRule) {
      lines.push(`  ${ruleTitle(rule, ctx.lang)} (${rule}, ${findings.length})`);
      for (const f of findings) lines.push(`    ${f.sheet}!${f.cell}  ${f.message}`);
    }
  }
  if (report.findings.length === 0) lines.push(ctx.say("cli.validate.clean"));
  ctx.print(...lines);
}

export const validateCommand: Command = {
  name: "validate",
  options: { json: { type: "boolean" }, today: { type: "string" } },
  positionals: 1,
  help: (ctx) => ctx.say("cli.help.validate"),
  async run(args, ctx) {
    const today = stringFlag(args, "today");
    if (today !== undefined && !ISO_DATE.test(today)) return failure("cli.args.badDate", { value: today });
    const input = await openInput(ctx, args, "validate", true);
    if (isFailure(input)) return input;
    const snapshot = await input.port.read({ formulas: false });
    const report = validationOf(snapshot, { today: today ?? localIsoDate(), lang: ctx.lang });
    if (!report.sheets.risks && !report.sheets.treatments) {
      return failure("cli.validate.noRegister", { file: input.file });
    }
    if (args.flags.json === true) ctx.printJson(validationJson(report));
    else printReport(ctx, report);
    return report.counts.error > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};
