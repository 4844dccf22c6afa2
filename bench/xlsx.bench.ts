/**
 * The .xlsx port at scale: `isms new --sample` with the sample client grown to 10,000 risks, created and
 * written to a file the way the command does it, then opened and parsed back in a second process (so
 * each step's peak memory is its own). Targets: each step < 3 s and < 400 MB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createWorkbook } from "../src/operations/createWorkbook";
import { parseWorkbook } from "../src/workbook/read/parseWorkbook";
import { XlsxWorkbookPort } from "../src/xlsx";
import { peakMemoryMb, report, timeAsync } from "./harness";

const RISKS = 10_000;

async function write(file: string): Promise<void> {
  const written = await timeAsync(async () => {
    const port = XlsxWorkbookPort.create();
    const created = await createWorkbook(port, {
      lang: "zh-CN",
      standard: "2022",
      method: "gbt-matrix",
      sample: true,
      sampleRisks: RISKS,
    });
    if (created.status !== "created") throw new Error("the workbook was not created");
    await port.save(file);
    return created.applied.cells;
  });
  const cells = written.result.toLocaleString("en-US");
  report(`plan + write ${RISKS.toLocaleString("en-US")} risks (${cells} cells)`, written.ms, "ms", {
    op: "<",
    value: 3000,
  });
  report("file size", statSync(file).size / 1024, "KB");
  report("peak memory, writing", peakMemoryMb(), "MB", { op: "<", value: 400 });
}

async function read(file: string): Promise<void> {
  const parsed = await timeAsync(async () => {
    const snapshot = await (await XlsxWorkbookPort.open(file, { readOnly: true })).read({ formulas: true });
    return parseWorkbook(snapshot).risks.length;
  });
  const risksRead = parsed.result.toLocaleString("en-US");
  report(`open + read + parse (${risksRead} risks)`, parsed.ms, "ms", { op: "<", value: 3000 });
  report("peak memory, reading", peakMemoryMb(), "MB", { op: "<", value: 400 });
}

async function main(): Promise<void> {
  const [step, file] = process.argv.slice(2);
  if (step === "read" && file) return read(file);
  const target = path.join(mkdtempSync(path.join(tmpdir(), "isms-bench-")), "scaled.xlsx");
  await write(target);
  spawnSync(process.execPath, [__filename, "read", target], { stdio: "inherit" });
}

void main();
