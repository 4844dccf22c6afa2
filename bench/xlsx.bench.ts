/**
 * The .xlsx port at scale: `isms new --sample` with the sample client grown to 10,000 risks, created and
 * written to a file the way the command does it, then opened and parsed back, each step in its own
 * process (so each step's peak memory is its own). Each step runs twice: through the port's own paths
 * (long table bodies written straight into the sheet XML; the snapshot read from the zip parts) and
 * through plain ExcelJS (every cell through its model; the file loaded into its model), the baseline
 * that justifies them. Targets (the port's paths): each step < 3 s and < 400 MB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createWorkbook } from "../src/operations/createWorkbook";
import { parseWorkbook } from "../src/workbook/read/parseWorkbook";
import { XlsxSnapshotReader, XlsxWorkbookPort, type ReadPath } from "../src/xlsx";
import { peakMemoryMb, report, timeAsync } from "./harness";

const RISKS = 10_000;
const TARGET_MS = { op: "<", value: 3000 } as const;
const TARGET_MB = { op: "<", value: 400 } as const;

type WritePath = "bulk" | "exceljs";

async function write(file: string, how: WritePath): Promise<void> {
  const written = await timeAsync(async () => {
    const port = XlsxWorkbookPort.create({ bulkRows: how === "bulk" });
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
  const label = how === "bulk" ? "bulk writer" : "ExcelJS cell by cell";
  const ours = how === "bulk";
  report(`write, ${label} (${cells} cells)`, written.ms, "ms", ours ? TARGET_MS : undefined);
  report(`file size, ${label}`, statSync(file).size / 1024, "KB");
  report(`peak memory, write, ${label}`, peakMemoryMb(), "MB", ours ? TARGET_MB : undefined);
}

async function read(file: string, via: ReadPath): Promise<void> {
  const parsed = await timeAsync(async () => {
    const snapshot = await (await XlsxSnapshotReader.open(file, { via })).read({ formulas: true });
    return parseWorkbook(snapshot).risks.length;
  });
  const label = via === "parts" ? "part scanner" : "ExcelJS load";
  const ours = via === "parts";
  const risks = parsed.result.toLocaleString("en-US");
  report(`open + read + parse, ${label} (${risks} risks)`, parsed.ms, "ms", ours ? TARGET_MS : undefined);
  report(`peak memory, read, ${label}`, peakMemoryMb(), "MB", ours ? TARGET_MB : undefined);
}

/** Runs one step in a fresh Node process. */
function step(...args: string[]): void {
  spawnSync(process.execPath, [__filename, ...args], { stdio: "inherit" });
}

async function main(): Promise<void> {
  const [name, file, how] = process.argv.slice(2);
  if (name === "write" && file) return write(file, how === "exceljs" ? "exceljs" : "bulk");
  if (name === "read" && file) return read(file, how === "exceljs" ? "exceljs" : "parts");
  const dir = mkdtempSync(path.join(tmpdir(), "isms-bench-"));
  const [bulkFile, plainFile] = [path.join(dir, "bulk.xlsx"), path.join(dir, "plain.xlsx")];
  step("write", bulkFile, "bulk");
  step("write", plainFile, "exceljs");
  step("read", bulkFile, "parts");
  step("read", bulkFile, "exceljs");
}

void main();
