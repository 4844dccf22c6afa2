/**
 * LibreOffice for suites that check native formulas: finds `soffice`, and recalculates .xlsx files
 * headless into a temporary folder so a test can read the values LibreOffice computed.
 *
 * - `requireLibreOffice()` is the `describe` of such a suite: under CI=true a missing soffice fails it;
 *   elsewhere it is skipped with one line saying how to install LibreOffice.
 * - `recalculate(files)` converts every file in ONE soffice run (start-up dominates: batch your files),
 *   with a fresh profile that forces "recalculate on load", so cached values are never trusted.
 *
 * @example
 * const describeLo = requireLibreOffice();
 * describeLo("native formulas", () => {
 *   it("computes", () => { const [out] = recalculate([file]); ... read out with ExcelJS ... }, 120_000);
 * });
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describeWith } from "./describeWith";
import { libreOfficeProgram } from "./programs";

/** `describe` for a suite that needs LibreOffice (fails under CI when missing, skips elsewhere). */
export function requireLibreOffice(): jest.Describe {
  return describeWith(libreOfficeProgram());
}

/** Profile settings: recalculate OOXML and ODF files on load, always, without asking. */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function freshProfile(root: string): string {
  const profile = path.join(root, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  return pathToFileURL(profile).href;
}

/**
 * Opens each .xlsx in LibreOffice headless, recalculates every formula and saves it as .xlsx in a new
 * temporary folder; returns the recalculated files' paths in input order. Throws with soffice's output
 * when a file was not produced.
 */
export function recalculate(files: readonly string[], timeoutMs = 180_000): string[] {
  const { path: soffice, hint } = libreOfficeProgram();
  if (!soffice) throw new Error(hint);
  const root = mkdtempSync(path.join(tmpdir(), "isms-lo-"));
  const outDir = path.join(root, "out");
  mkdirSync(outDir);
  const args = [
    `-env:UserInstallation=${freshProfile(root)}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    outDir,
    ...files,
  ];
  const run = spawnSync(soffice, args, { encoding: "utf8", timeout: timeoutMs });
  return files.map((file) => {
    const out = path.join(outDir, path.basename(file));
    if (!existsSync(out)) {
      throw new Error(
        `LibreOffice did not recalculate ${file}: ${run.error?.message ?? ""}${run.stderr}${run.stdout}`,
      );
    }
    return out;
  });
}
