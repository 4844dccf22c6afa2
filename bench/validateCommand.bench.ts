/**
 * `isms validate` at scale: a 10,000-risk sample workbook (its plan grown with it) written to a file,
 * then validated the way the command does it — opened, read, methodology read from its sheet, every rule
 * run, messages written — in its own process so the peak memory is its own. Target: < 3 s, < 400 MB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validationOf } from "../src/operations/validateTreatmentPlan";
import { XlsxSnapshotReader } from "../src/xlsx";
import { peakMemoryMb, report, timeAsync } from "./harness";
import { writeSampleFile } from "./sampleFile";

const RISKS = 10_000;

const write = (file: string): Promise<void> => writeSampleFile(file, RISKS);

async function validate(file: string): Promise<void> {
  const validated = await timeAsync(async () => {
    const snapshot = await (await XlsxSnapshotReader.open(file)).read({ formulas: false });
    return validationOf(snapshot, { today: "2026-04-01", lang: "zh-CN" });
  });
  const { risks, treatments } = validated.result.parsed;
  const label = `${risks.length.toLocaleString("en-US")} risks, ${treatments.length.toLocaleString("en-US")} treatments`;
  report(`isms validate: open, read, check (${label})`, validated.ms, "ms", { op: "<", value: 3000 });
  report("  findings", validated.result.findings.length, "findings");
  report("peak memory, isms validate", peakMemoryMb(), "MB", { op: "<", value: 400 });
}

function step(...args: string[]): void {
  spawnSync(process.execPath, [__filename, ...args], { stdio: "inherit" });
}

async function main(): Promise<void> {
  const [name, file] = process.argv.slice(2);
  if (name === "write" && file) return write(file);
  if (name === "validate" && file) return validate(file);
  const sample = path.join(mkdtempSync(path.join(tmpdir(), "isms-validate-bench-")), "sample.xlsx");
  step("write", sample);
  step("validate", sample);
}

void main();
