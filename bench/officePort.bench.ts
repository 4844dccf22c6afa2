/**
 * The Office.js port through the fake host at 10,000 rows × 20 columns: apply and read wall time, syncs,
 * total and largest request. The fake's own bookkeeping is included in the times, so they bound the
 * port's cost from above; syncs and bytes are what Excel would see.
 */
import { OfficeWorkbookPort } from "../src/excel";
import { previewWorkbook } from "../src/operations/createWorkbook";
import { workbookStatus } from "../src/operations/workbookStatus";
import { FakeExcel, fakeExcelRun } from "../test/fakes";
import { riskWorkbookPlan } from "../test/adapter/portPlans";
import { peakMemoryMb, report, timeAsync } from "./harness";

const ROWS = 10_000;
const COLUMNS = 20;
const MB = 1024 * 1024;

async function main(): Promise<void> {
  const host = new FakeExcel({}, { webPayloadLimit: true });
  const port = new OfficeWorkbookPort(fakeExcelRun(host));
  const plan = riskWorkbookPlan({ rows: ROWS, columns: COLUMNS });

  const applied = await timeAsync(() => port.apply(plan));
  report(`apply ${ROWS.toLocaleString("en-US")} × ${COLUMNS}: wall time`, applied.ms, "ms");
  report("apply: syncs", host.syncCount, "syncs", { op: "<", value: 5 });
  report("apply: requests after the probe", port.lastApplyRequests, "requests");
  report("apply: total request bytes", host.totalRequestBytes / MB, "MB");
  report("apply: largest request", host.maxRequestBytes / MB, "MB", { op: "<", value: 4 });

  host.resetCounters();
  const read = await timeAsync(() => port.read({ formulas: true }));
  report(`read ${ROWS.toLocaleString("en-US")} × ${COLUMNS} with formulas: wall time`, read.ms, "ms");
  // Two syncs, then one per further ~3.5 MB of cells (Excel on the web refuses 5 MB responses).
  const allowed = 2 + Math.ceil(host.totalResponseBytes / 3_000_000);
  report("read: syncs", host.syncCount, "syncs", { op: "<", value: allowed + 1 });
  report("read: total request bytes", host.totalRequestBytes / 1024, "KB");
  report("read: total response bytes", host.totalResponseBytes / MB, "MB");
  report("read: largest response", host.maxResponseBytes / MB, "MB", { op: "<", value: 4 });

  host.resetCounters();
  await timeAsync(() => workbookStatus(port));
  report("status (outline, no cell read): syncs", host.syncCount, "syncs", { op: "<", value: 2 });

  host.resetCounters();
  await timeAsync(() => previewWorkbook(port, { lang: "en", standard: "2022", method: "atv" }));
  report("create preview (heads only): syncs", host.syncCount, "syncs", { op: "<", value: 3 });
  report("peak memory", peakMemoryMb(), "MB");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
