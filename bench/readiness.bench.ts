/**
 * Certification readiness over a 10,000-risk workbook: reading it back into the rules' input (parse,
 * methodology, registers) and judging the 16 items, and building the audit and review sheets' plan.
 */
import { createWorkbook } from "../src/operations/createWorkbook";
import { readinessInputOf, readinessOf } from "../src/operations/checkReadiness";
import { auditPreparationOf } from "../src/operations/prepareAuditSheets";
import { assessReadiness } from "../src/domain/readiness";
import { XlsxWorkbookPort } from "../src/xlsx";
import { report, time } from "./harness";

async function main(): Promise<void> {
  const port = XlsxWorkbookPort.create();
  const created = await createWorkbook(port, {
    lang: "zh-CN",
    standard: "2022",
    method: "atv",
    sample: true,
    sampleRisks: 10_000,
  });
  if (created.status !== "created") throw new Error("the workbook was not created");
  const snapshot = await port.read();
  const options = { today: "2026-12-01", lang: "zh-CN" as const };
  const median = (fn: () => unknown): number =>
    Array.from({ length: 7 }, () => time(fn, false).ms).sort((x, y) => x - y)[3] as number;

  const input = readinessInputOf(snapshot, options);
  // A fresh input each pass: the rules share one validation per input object, not across calls.
  report(
    "readiness: the 16 rules over 10,000 risks and treatments (median)",
    median(() => assessReadiness({ ...input })),
    "ms",
    {
      op: "<",
      value: 100,
    },
  );
  const whole = time(() => readinessOf(snapshot, options), false);
  report(
    "readiness: snapshot → report with messages, 10,000 risks (median)",
    median(() => readinessOf(snapshot, options)),
    "ms",
    {
      op: "<",
      value: 1_000,
    },
  );
  report(
    "  reasons in the report",
    whole.result.items.reduce((n, item) => n + item.reasons.length, 0),
    "reasons",
  );
  report(
    "audit and review sheets' plan from the snapshot, 10,000 risks (median)",
    median(() => auditPreparationOf(snapshot, options)),
    "ms",
    {
      op: "<",
      value: 1_000,
    },
  );
}

void main();
