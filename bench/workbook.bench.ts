/**
 * The ISMS workbook at scale (the sample client grown to 10,000 risks): building its plan, applying it
 * through the Office.js port to the strict fake (syncs and request bytes, with Excel on the web's 5 MB
 * limit on), reading it back, and parsing the snapshot into records.
 */
import { OfficeWorkbookPort } from "../src/excel";
import { buildWorkbookPlan } from "../src/operations/createWorkbook";
import { parseWorkbook } from "../src/operations/readWorkbook";
import { FakeExcel, fakeExcelRun } from "../test/fakes";
import { peakMemoryMb, report, time, timeAsync } from "./harness";

const RISKS = 10_000;

async function main(): Promise<void> {
  const built = time(() =>
    buildWorkbookPlan({
      lang: "zh-CN",
      standard: "2022",
      method: "gbt-matrix",
      sample: true,
      sampleRisks: RISKS,
    }),
  );
  if (!built.result.ok) throw new Error("the plan did not build");
  const plan = built.result.plan;
  report(`plan build, ${RISKS.toLocaleString("en-US")} risks`, built.ms, "ms", { op: "<", value: 2000 });

  const host = new FakeExcel({}, { webPayloadLimit: true });
  const port = new OfficeWorkbookPort(fakeExcelRun(host));
  const applied = await timeAsync(() => port.apply(plan));
  report("apply through the fake: wall time", applied.ms, "ms");
  report("apply: context.sync() calls", host.syncCount, "syncs");
  report("apply: request bytes, total", host.totalRequestBytes / 1024 / 1024, "MB");
  report("apply: request bytes, largest", host.maxRequestBytes / 1024 / 1024, "MB", { op: "<", value: 4 });

  host.resetCounters();
  const read = await timeAsync(() => port.read());
  report("read through the fake: wall time", read.ms, "ms");
  // Two syncs, then one per further ~3.5 MB of cells: Excel on the web refuses responses of 5 MB.
  const allowed = 2 + Math.ceil(host.totalResponseBytes / 3_000_000);
  report("read: context.sync() calls", host.syncCount, "syncs", { op: "<", value: allowed + 1 });
  report("read: response bytes, total", host.totalResponseBytes / 1024 / 1024, "MB");
  report("read: response bytes, largest", host.maxResponseBytes / 1024 / 1024, "MB", { op: "<", value: 4 });

  const parsed = time(() => parseWorkbook(read.result));
  report(`parse (${parsed.result.risks.length.toLocaleString("en-US")} risks)`, parsed.ms, "ms", {
    op: "<",
    value: 2000,
  });
  report("peak memory", peakMemoryMb(), "MB");
}

void main();
