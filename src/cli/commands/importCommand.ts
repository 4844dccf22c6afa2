/**
 * `isms import <client.xlsx> -o <out.xlsx> [--standard ..] [--method M] [--json]`: adopts a client's own
 * workbook (registers, plans, SoAs laid out their way) into the ISMS layout, through the same reader and
 * adoption as the pane's "Adopt this workbook". The input is only read; the ISMS workbook is a new file.
 * `--json` prints the mapping (sheet → role, column → key), the counts and every problem.
 */
import { existsSync } from "node:fs";
import { METHOD_IDS, type MethodId } from "../../domain/methodology";
import { planAdoption, type AdoptionPreview } from "../../operations/adoptWorkbook";
import { describePlanLines } from "../../operations/describePlan";
import { problemLine, problemText } from "../../operations/problemText";
import type { ProblemSeverity } from "../../workbook/problems";
import { XlsxSnapshotReader, XlsxWorkbookPort } from "../../xlsx";
import { choiceFlag, stringFlag } from "../cliArgs";
import { EXIT_OK, failure, isFailure, type CliContext } from "../cliContext";
import { INPUT_PROBLEM_MESSAGES, resolvePath } from "../inputWorkbook";
import type { Command } from "./command";
import { prepareOutput } from "./newCommand";

function counts(preview: AdoptionPreview): Record<string, number> {
  const bySeverity: Record<ProblemSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of preview.problems) bySeverity[p.severity]++;
  return { ...preview.adoption.counts, ...bySeverity };
}

/** The JSON of `isms import --json` (see docs/cli.md). */
export function importJson(preview: AdoptionPreview, file: string, output: string, ctx: CliContext): unknown {
  return {
    file,
    output,
    standard: preview.options.standard,
    method: preview.adoption.method,
    methodInferred: preview.adoption.methodInferred,
    sheets: preview.parsed.mapping.map((sheet) => ({
      name: sheet.name,
      role: sheet.role,
      ...(sheet.alsoTreatments ? { alsoTreatments: true } : {}),
      ...(sheet.skipped ? { skipped: sheet.skipped } : {}),
      ...(sheet.headerRow !== undefined
        ? { headerRow: sheet.headerRow, headerRows: sheet.headerRows, range: sheet.range }
        : {}),
      columns: sheet.columns,
      unread: sheet.unread,
      records: sheet.records,
    })),
    counts: counts(preview),
    problems: preview.problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      sheet: p.sheet ?? null,
      cell: p.cell ?? null,
      message: problemText(p, ctx.lang),
      ...(p.params ? { params: p.params } : {}),
    })),
  };
}

function printSummary(ctx: CliContext, preview: AdoptionPreview, output: string): void {
  const c = counts(preview);
  ctx.print(
    ctx.say("cli.import.title", { method: preview.adoption.method }),
    ...preview.parsed.mapping.map((sheet) =>
      sheet.role === "none"
        ? ctx.say("cli.import.skipped", { sheet: sheet.name })
        : ctx.say("cli.import.sheet", {
            sheet: sheet.name,
            role: sheet.role,
            records: sheet.records,
            row: sheet.headerRow ?? 0,
          }),
    ),
    ctx.say("cli.import.counts", {
      risks: c["risks"] ?? 0,
      treatments: c["treatments"] ?? 0,
      assets: c["assets"] ?? 0,
      soa: c["soa"] ?? 0,
      gap: c["gap"] ?? 0,
    }),
    ...preview.problems.filter((p) => p.severity !== "info").map((p) => `  ${problemLine(p, ctx.lang)}`),
    ctx.say("cli.import.problems", {
      error: c["error"] ?? 0,
      warning: c["warning"] ?? 0,
      info: c["info"] ?? 0,
    }),
    ctx.say("cli.result.written", { file: output }),
    ...describePlanLines(preview.plan, ctx.lang),
  );
}

export const importCommand: Command = {
  name: "import",
  options: {
    output: { type: "string", short: "o" },
    standard: { type: "string" },
    method: { type: "string" },
    json: { type: "boolean" },
    force: { type: "boolean" },
  },
  positionals: 1,
  help: (ctx) => ctx.say("cli.help.import", { methods: METHOD_IDS.join(", ") }),
  async run(args, ctx) {
    const file = args.positionals[0];
    if (file === undefined) return failure("cli.args.missingFile", { command: "import" });
    const output = stringFlag(args, "output");
    if (output === undefined) return failure("cli.import.outputMissing", {});
    const standard = choiceFlag(args, "standard", ["2022", "2013"], "2022");
    if (isFailure(standard)) return standard;
    const methodFlag = stringFlag(args, "method");
    const method =
      methodFlag === undefined ? undefined : choiceFlag<MethodId>(args, "method", METHOD_IDS, "atv");
    if (method !== undefined && isFailure(method)) return method;
    const resolved = resolvePath(ctx, file);
    const target = resolvePath(ctx, output);
    if (target === resolved) return failure("cli.import.outputIsInput", { file: output });
    if (existsSync(target) && args.flags.force !== true)
      return failure("cli.args.outputExists", { file: output });

    const opened = await XlsxSnapshotReader.tryOpen(resolved);
    if (!opened.ok) return failure(INPUT_PROBLEM_MESSAGES[opened.problem.code], { file });
    const snapshot = await opened.port.read({ formulas: false });
    const preview = planAdoption(
      snapshot,
      { lang: ctx.lang, standard, ...(method ? { method } : {}) },
      false,
    );
    if (preview.parsed.mapping.every((sheet) => sheet.role === "none")) {
      return failure("cli.input.noIsmsSheet", { file });
    }
    const port = XlsxWorkbookPort.create();
    await port.apply(preview.plan);
    const prepared = prepareOutput({ file: output, resolved: target });
    if (prepared) return prepared;
    try {
      await port.save(target);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      return failure("cli.args.writeFailed", { file: output, reason });
    }
    if (args.flags.json === true) ctx.printJson(importJson(preview, file, output, ctx));
    else printSummary(ctx, preview, output);
    return EXIT_OK;
  },
};
