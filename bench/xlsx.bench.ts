/**
 * The .xlsx port at scale: `isms new --sample` with the sample client grown to 10,000 risks, created and
 * written to a file the way the command does it, then opened and parsed back, each step in its own
 * process (so each step's peak memory is its own). Each step runs twice: through the port's own paths
 * (long table bodies written straight into the sheet XML; the snapshot read from the zip parts) and
 * through plain ExcelJS (every cell through its model; the file loaded into its model), the baseline
 * that justifies them. The bulk write runs twice more, with every data sheet's computed columns
 * unprotected and protected (grey, locked, the sheet protected: see protectionPlan.ts), whatever the
 * layout asks for by default, so what protection costs shows apart. Targets (the port's paths): each
 * step < 3 s and < 400 MB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createWorkbook, type CreateWorkbookOptions } from "../src/operations/createWorkbook";
import { methodologyOf } from "../src/workbook/layout/buildWorkbookPlan";
import { capacityOf } from "../src/workbook/layout/listSources";
import { protectionPlan, recordProtection } from "../src/workbook/layout/protectionPlan";
import type { SheetKey, SheetPlan, WorkbookPlan } from "../src/workbook/plan";
import type { WorkbookPort } from "../src/workbook/port";
import { parseWorkbook } from "../src/workbook/read/parseWorkbook";
import { sheetSchemas } from "../src/workbook/schema";
import type { SheetSchema } from "../src/workbook/schema/columnSchema";
import { bindMethod } from "../src/workbook/schema/methodBinding";
import { XlsxSnapshotReader, XlsxWorkbookPort, type ReadPath } from "../src/xlsx";
import { peakMemoryMb, report, timeAsync } from "./harness";

const RISKS = 10_000;
const TARGET_MS = { op: "<", value: 3000 } as const;
const TARGET_MB = { op: "<", value: 400 } as const;

type WritePath = "bulk" | "exceljs" | "unprotected" | "protected";

const OPTIONS: CreateWorkbookOptions = {
  lang: "zh-CN",
  standard: "2022",
  method: "gbt-matrix",
  sample: true,
  sampleRisks: RISKS,
};

/** Every data sheet's computed columns protected (`protect`), or none of them, over capacityOf(rows) rows. */
function withProtection(plan: WorkbookPlan, protect: boolean): WorkbookPlan {
  const methodology = methodologyOf(OPTIONS);
  const schemas: Partial<Record<SheetKey, SheetSchema>> = sheetSchemas(bindMethod(methodology));
  const sheets = plan.sheets.map((sheet): SheetPlan => {
    const { computedRanges: _ranges, protect: _protect, ...open } = sheet;
    const table = sheet.tables[0];
    const schema = schemas[sheet.key];
    if (!protect || !table || !schema) return open;
    const columns = table.columns.map((column) => schema.columns.find((c) => c.key === column.key) ?? {});
    const capacity = capacityOf(table.rows.length);
    return { ...open, ...protectionPlan({ columns, table, capacity, methodology }) };
  });
  const metadata = plan.metadata && recordProtection(plan.metadata, sheets);
  return { ...plan, sheets, ...(metadata ? { metadata } : {}) };
}

/** The port, with each plan it applies protected or not as `how` says (as the layout builds it otherwise). */
function planned(port: XlsxWorkbookPort, how: WritePath): WorkbookPort {
  if (how !== "protected" && how !== "unprotected") return port;
  return {
    outline: () => port.outline(),
    read: (options) => port.read(options),
    apply: (plan) => port.apply(withProtection(plan, how === "protected")),
  };
}

const LABELS: Record<WritePath, string> = {
  bulk: "bulk writer",
  exceljs: "ExcelJS cell by cell",
  unprotected: "bulk writer, unprotected",
  protected: "bulk writer, protected",
};

function isWritePath(value: string | undefined): value is WritePath {
  return value !== undefined && Object.hasOwn(LABELS, value);
}

async function write(file: string, how: WritePath): Promise<void> {
  const written = await timeAsync(async () => {
    const port = XlsxWorkbookPort.create({ bulkRows: how !== "exceljs" });
    const created = await createWorkbook(planned(port, how), OPTIONS);
    if (created.status !== "created") throw new Error("the workbook was not created");
    await port.save(file);
    return created.applied.cells;
  });
  const cells = written.result.toLocaleString("en-US");
  const label = LABELS[how];
  const ours = how !== "exceljs";
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
  if (name === "write" && file) return write(file, isWritePath(how) ? how : "bulk");
  if (name === "read" && file) return read(file, how === "exceljs" ? "exceljs" : "parts");
  const dir = mkdtempSync(path.join(tmpdir(), "isms-bench-"));
  const [bulkFile, plainFile] = [path.join(dir, "bulk.xlsx"), path.join(dir, "plain.xlsx")];
  step("write", bulkFile, "bulk");
  step("write", plainFile, "exceljs");
  step("write", path.join(dir, "unprotected.xlsx"), "unprotected");
  step("write", path.join(dir, "protected.xlsx"), "protected");
  step("read", bulkFile, "parts");
  step("read", bulkFile, "exceljs");
}

void main();
