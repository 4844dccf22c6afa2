/**
 * Printing through LibreOffice for suites that check print layout: files converted to PDF in one soffice
 * run, each PDF's pages as text (poppler's pdftotext), and pages grouped by the document number in their
 * header. `requirePrinting()` is the `describe` of such a suite (fails under CI when a program is missing,
 * skips elsewhere).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describeWith } from "./describeWith";
import { libreOfficeProgram, type Program } from "./programs";

/** pdftotext (poppler-utils), which turns the PDF's pages into text. */
function pdfToTextProgram(): Program {
  const found = spawnSync("pdftotext", ["-v"], { encoding: "utf8" });
  return {
    path: found.error ? null : "pdftotext",
    hint: "pdftotext not found: the PDF print test is skipped. Install it with `apt-get install poppler-utils`.",
  };
}

export function printProgram(): Program {
  const soffice = libreOfficeProgram();
  return soffice.path ? pdfToTextProgram() : soffice;
}

/** Converts the files to PDF in one LibreOffice run; returns each PDF's pages as text. */
export function printedPages(files: readonly string[]): string[][] {
  const { path: soffice, hint } = libreOfficeProgram();
  if (!soffice) throw new Error(hint);
  const root = mkdtempSync(path.join(tmpdir(), "isms-pdf-"));
  const profile = path.join(root, "profile");
  mkdirSync(profile);
  const outDir = path.join(root, "out");
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    "pdf",
    "--outdir",
    outDir,
    ...files,
  ];
  const run = spawnSync(soffice, args, { encoding: "utf8", timeout: 50_000 });
  return files.map((file) => {
    const pdf = path.join(outDir, `${path.basename(file, ".xlsx")}.pdf`);
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    if (text.status !== 0) throw new Error(`no PDF for ${file}: ${run.stderr}${run.stdout}${text.stderr}`);
    return text.stdout.split("\f").filter((page) => page.trim() !== "");
  });
}

/** `describe` for a suite that prints to PDF. */
export function requirePrinting(): jest.Describe {
  return describeWith(printProgram());
}

/** Pages by the document number in their header, in print order. */
export function pagesBySheet(pages: readonly string[]): Map<string, string[]> {
  const bySheet = new Map<string, string[]>();
  for (const page of pages) {
    const number = /ISMS-[A-Z]+-01/.exec(page)?.[0] ?? "none";
    bySheet.set(number, [...(bySheet.get(number) ?? []), page]);
  }
  return bySheet;
}
