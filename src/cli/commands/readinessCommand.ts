/**
 * `isms readiness <in.xlsx> [-o out.xlsx] [--json] [--today YYYY-MM-DD] [--audit-date YYYY-MM-DD]`: judges
 * the method's 16 items of a certifiable ISMS with the same operation as the pane's Readiness panel; exit 1
 * when any item blocks certification. The input is only read, once. With -o, the copy gets the audit
 * programme, checklist, nonconformity log and management review input prepared from the workbook (as the
 * panel's "Create audit and review sheets" does), and the copy is judged.
 */
import type { ReadinessStatus } from "../../domain/readiness/types";
import { readinessStatusLabel } from "../../domain/readiness";
import { checkReadiness, type ReadinessReport, type ReportedPlace } from "../../operations/checkReadiness";
import { prepareAuditSheets } from "../../operations/prepareAuditSheets";
import { localIsoDate } from "../../operations/timing";
import { XlsxSnapshotReader, XlsxWorkbookPort } from "../../xlsx";
import { ISO_DATE, stringFlag, type ParsedArgs } from "../cliArgs";
import { EXIT_FINDINGS, EXIT_OK, failure, isFailure, type CliContext, type CliFailure } from "../cliContext";
import { INPUT_PROBLEM_MESSAGES, resolvePath } from "../inputWorkbook";
import type { Command } from "./command";

/** A place as JSON: both keys always there, null when the rule names no sheet or cell. */
function placeJson(place: ReportedPlace): { sheet: string | null; cell: string | null } {
  return { sheet: place.sheet ?? null, cell: place.cell ?? null };
}

/** The JSON of `isms readiness --json` (docs/cli.md). */
export function readinessJson(report: ReadinessReport): unknown {
  return {
    score: report.score,
    items: report.items.map((item) => ({
      id: item.id,
      title: item.title,
      status: item.status,
      reasons: item.reasons.map((reason) => ({ message: reason.message, ...placeJson(reason) })),
    })),
    blockers: report.blockers.map((blocker) => ({
      id: blocker.id,
      title: blocker.title,
      message: blocker.message,
      ...placeJson(blocker),
    })),
  };
}

/** "风险评估表!C5", the sheet alone, or nothing. */
function where(place: ReportedPlace): string {
  if (place.sheet === undefined) return "";
  return place.cell === undefined ? place.sheet : `${place.sheet}!${place.cell}`;
}

const withPlace = (message: string, place: ReportedPlace): string =>
  where(place) === "" ? message : `${where(place)}  ${message}`;

function printReport(ctx: CliContext, report: ReadinessReport): void {
  const count = (status: ReadinessStatus): number =>
    report.items.filter((item) => item.status === status).length;
  const lines: string[] = [
    ctx.say("cli.readiness.title", {
      score: `${Math.round(report.score * 100)}%`,
      ready: count("ready"),
      incomplete: count("incomplete"),
      missing: count("missing"),
    }),
    "",
  ];
  for (const item of report.items) {
    const status = readinessStatusLabel(item.status, ctx.lang);
    lines.push(ctx.say("cli.readiness.item", { id: String(item.id).padStart(2), status, title: item.title }));
    for (const reason of item.reasons) lines.push(`      ${withPlace(reason.message, reason)}`);
  }
  lines.push("");
  if (report.blockers.length === 0) lines.push(ctx.say("cli.readiness.ready"));
  else {
    lines.push(ctx.say("cli.readiness.blockers", { count: report.blockers.length }));
    for (const blocker of report.blockers)
      lines.push(
        `  ${String(blocker.id).padStart(2)}. ${blocker.title}: ${withPlace(blocker.message, blocker)}`,
      );
  }
  ctx.print(...lines);
}

/** --today and --audit-date: ISO dates when given. */
function dateFlag(args: ParsedArgs, name: string): string | undefined | CliFailure {
  const value = stringFlag(args, name);
  if (value === undefined || ISO_DATE.test(value)) return value;
  return failure("cli.args.badDateFlag", { flag: `--${name}`, value });
}

/** Nothing the check can read: no methodology, no risk work, no register. */
function readNothing(report: ReadinessReport): boolean {
  const { registers, ...sheets } = report.sources;
  return Object.keys(registers).length === 0 && Object.keys(sheets).length === 0;
}

export const readinessCommand: Command = {
  name: "readiness",
  options: {
    output: { type: "string", short: "o" },
    json: { type: "boolean" },
    today: { type: "string" },
    "audit-date": { type: "string" },
  },
  positionals: 1,
  help: (ctx) => ctx.say("cli.help.readiness"),
  async run(args, ctx) {
    const today = dateFlag(args, "today");
    if (isFailure(today)) return today;
    const auditDate = dateFlag(args, "audit-date");
    if (isFailure(auditDate)) return auditDate;
    const file = args.positionals[0];
    if (file === undefined) return failure("cli.args.missingFile", { command: "readiness" });
    const resolved = resolvePath(ctx, file);
    const opened = await XlsxSnapshotReader.tryOpen(resolved);
    if (!opened.ok) return failure(INPUT_PROBLEM_MESSAGES[opened.problem.code], { file });
    const options = {
      today: today ?? localIsoDate(),
      ...(auditDate === undefined ? {} : { auditDate }),
      lang: ctx.lang,
    };
    let report = await checkReadiness(opened.port, options);
    if (readNothing(report)) return failure("cli.readiness.noIsmsSheet", { file });
    const output = stringFlag(args, "output");
    if (output !== undefined) {
      // The input is opened again for writing only now that it is known to be an ISMS workbook.
      const port = await XlsxWorkbookPort.open(resolved);
      const prepared = await prepareAuditSheets(port, options);
      await port.save(resolvePath(ctx, output));
      report = await checkReadiness(port, options);
      const names = (action: "created" | "updated"): string =>
        prepared.sheets
          .filter((sheet) => sheet.action === action)
          .map((sheet) => sheet.sheet)
          .join(ctx.lang === "zh-CN" ? "、" : ", ") || "—";
      if (args.flags.json !== true)
        ctx.print(
          ctx.say("cli.readiness.prepared", {
            file: output,
            created: names("created"),
            updated: names("updated"),
          }),
          "",
        );
    }
    if (args.flags.json === true) ctx.printJson(readinessJson(report));
    else printReport(ctx, report);
    return report.blockers.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  },
};
