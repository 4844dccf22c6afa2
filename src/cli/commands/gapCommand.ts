/**
 * `isms gap <in.xlsx> [-o out.xlsx] [--json]`: scores the gap analysis sheet per clause, per Annex A
 * theme (2013: domain) and overall, through the same operation as the pane's Gap panel. With -o, a
 * workbook without a gap analysis sheet gets one (every requirement listed, ready to rate) in the copy;
 * the input is never changed unless -o names it.
 */
import {
  addGapSheet,
  gapJson,
  gapReportOf,
  scoreGapSheet,
  themeGroup,
  type GapReport,
} from "../../operations/scoreGap";
import { copyFile } from "node:fs/promises";
import { stringFlag } from "../cliArgs";
import { EXIT_OK, failure, isFailure, type CliContext } from "../cliContext";
import { XlsxWorkbookPort } from "../../xlsx";
import { openInput, resolvePath } from "../inputWorkbook";
import type { Command } from "./command";

const percent = (value: number | null): string => (value === null ? "—" : `${Math.round(value * 100)}%`);

function printReport(ctx: CliContext, report: GapReport): void {
  const { scores } = report;
  const line = (id: string, score: number | null, target: number | null, gap: number | null) =>
    `  ${id.padEnd(6)} ${percent(score).padStart(5)}  ${percent(target).padStart(5)}  ${percent(gap).padStart(5)}`;
  ctx.print(
    ctx.say("cli.gap.title", { standard: report.standard, sheet: report.sheet ?? "" }),
    ctx.say("cli.gap.overall", {
      score: percent(scores.overall.score),
      target: percent(scores.overall.target),
      rated: scores.overall.rated,
      total: scores.overall.total,
    }),
    ctx.say("cli.gap.columns"),
    ...[...scores.clauses, ...scores.themes.map(themeGroup)].map((g) => line(g.id, g.score, g.target, g.gap)),
    ctx.say("cli.gap.largest"),
    ...scores.gaps
      .slice(0, 10)
      .map((item) => `  ${item.requirementId.padEnd(9)} ${item.current} → ${item.target} (× ${item.weight})`),
    ...report.problems.map((problem) =>
      ctx.say("cli.gap.problem", { sheet: problem.sheet, cell: problem.cell, value: problem.value }),
    ),
  );
}

export const gapCommand: Command = {
  name: "gap",
  options: {
    output: { type: "string", short: "o" },
    json: { type: "boolean" },
    "na-at-target": { type: "boolean" },
  },
  positionals: 1,
  help: (ctx) => ctx.say("cli.help.gap"),
  async run(args, ctx) {
    const output = stringFlag(args, "output");
    // Read-only first: only a workbook that needs a gap sheet added is opened for writing.
    const input = await openInput(ctx, args, "gap", true);
    if (isFailure(input)) return input;
    const options = { notApplicable: args.flags["na-at-target"] === true ? "atTarget" : "exclude" } as const;
    let report = gapReportOf(input.parsed, options);
    if (output !== undefined) {
      const target = resolvePath(ctx, output);
      if (report.sheet === null) {
        const port = await XlsxWorkbookPort.open(input.resolved);
        await addGapSheet(port, ctx.lang);
        report = await scoreGapSheet(port, options);
        await port.save(target);
      } else if (target !== input.resolved) {
        // Nothing to change: the file is copied as it is (a rewrite through ExcelJS would drop its charts).
        await copyFile(input.resolved, target);
      }
    } else if (report.sheet === null) {
      return failure("cli.gap.noSheet", { file: input.file });
    }
    if (args.flags.json === true) ctx.printJson(gapJson(report));
    else printReport(ctx, report);
    return EXIT_OK;
  },
};
