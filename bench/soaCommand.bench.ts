/**
 * `isms soa` at scale: a 10,000-risk sample workbook (its plan grown with it) written to a file, then the
 * SoA generated the way the command does it, each in its own process so the peak memory is its own:
 * without -o (open read-only, read, derive, merge, preview: what `isms soa --json` does) and with -o (the
 * same, then the in-place refresh patched into the file's package and written). Target: < 3 s, < 400 MB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeSoa } from "../src/cli/commands/fileCommands";
import { soaJson, soaPreviewOf } from "../src/operations/generateSoa";
import { parseWorkbook } from "../src/operations/readWorkbook";
import { XlsxSnapshotReader } from "../src/xlsx";
import { peakMemoryMb, report, timeAsync } from "./harness";
import { writeSampleFile } from "./sampleFile";

const RISKS = 10_000;

const write = (file: string): Promise<void> => writeSampleFile(file, RISKS);

async function preview(file: string): Promise<void> {
  const done = await timeAsync(async () => {
    const snapshot = await (await XlsxSnapshotReader.open(file)).read({ formulas: true });
    const parsed = parseWorkbook(snapshot);
    return { parsed, json: soaJson(soaPreviewOf(snapshot, parsed, { lang: "zh-CN", date: "2026-12-01" })) };
  });
  const { parsed, json } = done.result;
  const label = `${parsed.risks.length.toLocaleString("en-US")} risks, ${parsed.treatments.length.toLocaleString("en-US")} treatments`;
  report(`isms soa --json: open, read, derive, merge (${label})`, done.ms, "ms", { op: "<", value: 3000 });
  report("  applicable controls", json.counts.applicable, "controls");
  report("peak memory, isms soa --json", peakMemoryMb(), "MB", { op: "<", value: 400 });
}

async function refresh(file: string, out: string): Promise<void> {
  // As the command does it: one read by the part scanner, then the refresh patched into the package.
  const done = await timeAsync(async () => {
    const snapshot = await (await XlsxSnapshotReader.open(file)).read({ formulas: true });
    const result = soaPreviewOf(snapshot, parseWorkbook(snapshot), { lang: "zh-CN", date: "2026-12-01" });
    await writeSoa(file, out, result);
    return result;
  });
  report(`isms soa -o: read, refresh in place, write (version ${done.result.version})`, done.ms, "ms", {
    op: "<",
    value: 3000,
  });
  report("peak memory, isms soa -o", peakMemoryMb(), "MB", { op: "<", value: 400 });
}

function step(...args: string[]): void {
  spawnSync(process.execPath, [__filename, ...args], { stdio: "inherit" });
}

async function main(): Promise<void> {
  const [name, file, out] = process.argv.slice(2);
  if (name === "write" && file) return write(file);
  if (name === "preview" && file) return preview(file);
  if (name === "refresh" && file && out) return refresh(file, out);
  const dir = mkdtempSync(path.join(tmpdir(), "isms-soa-bench-"));
  const sample = path.join(dir, "sample.xlsx");
  step("write", sample);
  step("preview", sample);
  step("refresh", sample, path.join(dir, "refreshed.xlsx"));
}

void main();
