/**
 * Renders how sheets of a workbook print: converts the .xlsx to PDF with LibreOffice (headless, in a
 * profile of its own, so it never clashes with another soffice run), finds each named sheet's pages and
 * writes its first pages as PNG with poppler's pdftoppm.
 *
 *   node scripts/printPages.mjs <in.xlsx> <out-dir> --sheet <name>[=<slug>] [--sheet ...]
 *        [--pages N] [--prefix P] [--resolution DPI] [--pdf <copy.pdf>]
 *
 * Files are named `<prefix>-<slug>-<page>.png` (prefix "page" unless given; slug as given after "=",
 * else the sheet name in ASCII, else the document code in the page header, e.g. ISMS-RA-01 → "ra").
 * The resolution starts at 80 dpi (or --resolution) and steps down to 50 while a PNG is over 250 KB.
 * Older `<prefix>-<slug>-<n>.png` beyond the pages written this time are removed (a sheet that now
 * prints fewer pages leaves no stale picture behind).
 *
 * A sheet's pages are those whose page header starts with the sheet's name (the header prints "&A").
 * Where no page header names the sheet, the script falls back to the first page whose text holds the
 * name and the pages after it that carry no other sheet's header, and says so.
 *
 * The pictures in docs/printing.md ("after", the current layout), repeatable in one command:
 *
 *   npx tsc -p tsconfig.cli.json && node lib/cli/main.js new out/print/after.xlsx --lang zh-CN --sample --force && node scripts/printPages.mjs out/print/after.xlsx docs/images --prefix print-after --sheet 风险评估表=register --sheet 风险处置计划=plan --pages 2
 *
 * Needs LibreOffice (soffice, or SOFFICE_PATH) and poppler-utils (pdftotext, pdftoppm) on the PATH.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const MAX_BYTES = 250 * 1024;
const MIN_RESOLUTION = 50;

const USAGE = `Usage: node scripts/printPages.mjs <in.xlsx> <out-dir> --sheet <name>[=<slug>] [--sheet ...]
       [--pages N] [--prefix P] [--resolution DPI] [--pdf <copy.pdf>]

Prints the workbook to PDF with LibreOffice and writes the first N pages (default 1) of each named
sheet as <out-dir>/<prefix>-<slug>-<page>.png (prefix default "page").`;

function fail(message) {
  console.error(message);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { files: [], sheets: [], pages: 1, prefix: "page", resolution: 80, pdf: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) fail(`${arg} needs a value\n\n${USAGE}`);
      return next;
    };
    if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === "--sheet") {
      const [name, slug] = value().split("=");
      options.sheets.push({ name, slug: slug || null });
    } else if (arg === "--pages") options.pages = Number(value());
    else if (arg === "--prefix") options.prefix = value();
    else if (arg === "--resolution") options.resolution = Number(value());
    else if (arg === "--pdf") options.pdf = value();
    else if (arg.startsWith("--")) fail(`unknown option ${arg}\n\n${USAGE}`);
    else options.files.push(arg);
  }
  if (options.files.length !== 2 || options.sheets.length === 0) fail(USAGE);
  if (!Number.isInteger(options.pages) || options.pages < 1) fail("--pages takes a whole number from 1");
  if (!(options.resolution > 0)) fail("--resolution takes a number of dots per inch");
  return options;
}

/** The first of `names` that exists (an absolute path) or is found on the PATH. */
function which(names) {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const name of names) {
    if (path.isAbsolute(name) && existsSync(name)) return name;
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

function requireProgram(names, hint) {
  const found = which(names);
  if (!found) fail(hint);
  return found;
}

/** The workbook as PDF, converted by LibreOffice in a fresh profile inside `root`. */
function toPdf(file, root) {
  const soffice = requireProgram(
    [
      process.env.SOFFICE_PATH ?? "",
      "/usr/bin/soffice",
      "/Applications/LibreOffice.app/Contents/MacOS/soffice",
      "soffice",
      "libreoffice",
    ].filter(Boolean),
    "LibreOffice not found: install it (e.g. `apt-get install libreoffice-calc-nogui`) or set SOFFICE_PATH.",
  );
  const profile = path.join(root, "profile");
  const outDir = path.join(root, "pdf");
  mkdirSync(profile);
  const run = spawnSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      file,
    ],
    { encoding: "utf8", timeout: 180_000 },
  );
  const pdf = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
  if (!existsSync(pdf)) {
    fail(`LibreOffice wrote no PDF for ${file}: ${run.error?.message ?? ""}${run.stderr}${run.stdout}`);
  }
  return pdf;
}

/** Each page's text, in print order (page 1 first). */
function pageTexts(pdf) {
  requireProgram(["pdftotext"], "pdftotext not found: install poppler-utils.");
  const run = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.status !== 0) fail(`pdftotext failed: ${run.stderr}`);
  const pages = run.stdout.split("\f");
  if (pages.at(-1) === "") pages.pop();
  return pages;
}

/** A page's header as LibreOffice lays it out: its first line of text, cells split on wide gaps. */
function headerCells(text) {
  const first = text.split("\n").find((line) => line.trim() !== "") ?? "";
  return first.trim().split(/\s{2,}/);
}

/** Which pages (1-based) belong to `name`, and how they were found. */
function pagesOf(name, pages) {
  const headed = pages.flatMap((text, i) => (headerCells(text)[0] === name ? [i + 1] : []));
  if (headed.length > 0) return { numbers: headed, how: "page header" };
  const start = pages.findIndex((text) => text.includes(name));
  if (start < 0) return { numbers: [], how: "not found" };
  const headers = new Set(pages.map((text) => headerCells(text)[0]));
  const numbers = [start + 1];
  for (let i = start + 1; i < pages.length; i++) {
    const first = headerCells(pages[i])[0];
    if (first !== "" && headers.has(first) && first !== headerCells(pages[start])[0]) break;
    numbers.push(i + 1);
  }
  return { numbers, how: "fallback: first page whose text holds the name, and the pages after it" };
}

/** A file-name part for the sheet: as given, else its name in ASCII, else its header's document code. */
function slugOf(sheet, firstPage, index) {
  if (sheet.slug) return sheet.slug;
  const ascii = sheet.name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  if (ascii) return ascii;
  const code = firstPage ? /ISMS-([A-Z]+)-\d+/.exec(firstPage)?.[1] : undefined;
  return code ? code.toLowerCase() : `sheet${index + 1}`;
}

/** Renders one PDF page as `<base>.png`, lowering the resolution while the file is over MAX_BYTES. */
function renderPage(pdf, page, base, resolution) {
  let dpi = resolution;
  for (;;) {
    const run = spawnSync(
      "pdftoppm",
      ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, base],
      { encoding: "utf8" },
    );
    if (run.status !== 0) fail(`pdftoppm failed on page ${page}: ${run.stderr}`);
    const size = statSync(`${base}.png`).size;
    if (size <= MAX_BYTES || dpi <= MIN_RESOLUTION) return { dpi, size };
    dpi = Math.max(MIN_RESOLUTION, dpi - 5);
  }
}

/** Removes `<stem><n>.png` in `dir` for every n above `written`. */
function removeStale(dir, stem, written) {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(stem) || !name.endsWith(".png")) continue;
    const n = Number(name.slice(stem.length, -".png".length));
    if (Number.isInteger(n) && n > written) {
      rmSync(path.join(dir, name));
      console.log(`    removed ${path.join(dir, name)} (the sheet no longer prints that page)`);
    }
  }
}

const options = parseArgs(process.argv.slice(2));
const [input, outDir] = options.files;
if (!existsSync(input)) fail(`no such file: ${input}`);
requireProgram(["pdftoppm"], "pdftoppm not found: install poppler-utils.");
mkdirSync(outDir, { recursive: true });

const root = mkdtempSync(path.join(tmpdir(), "isms-print-"));
try {
  const pdf = toPdf(path.resolve(input), root);
  if (options.pdf) {
    mkdirSync(path.dirname(path.resolve(options.pdf)), { recursive: true });
    copyFileSync(pdf, options.pdf);
    console.log(`PDF: ${options.pdf}`);
  }
  const pages = pageTexts(pdf);
  console.log(`${input}: ${pages.length} printed pages`);
  let missing = 0;
  options.sheets.forEach((sheet, index) => {
    const { numbers, how } = pagesOf(sheet.name, pages);
    if (numbers.length === 0) {
      console.error(`  ${sheet.name}: no page found (no page header or text names it)`);
      missing++;
      return;
    }
    const slug = slugOf(sheet, pages[numbers[0] - 1], index);
    console.log(`  ${sheet.name}: pages ${numbers.join(", ")} of the PDF (by ${how})`);
    numbers.slice(0, options.pages).forEach((page, i) => {
      const base = path.join(outDir, `${options.prefix}-${slug}-${i + 1}`);
      const { dpi, size } = renderPage(pdf, page, base, options.resolution);
      console.log(`    wrote ${base}.png (PDF page ${page}, ${dpi} dpi, ${Math.round(size / 1024)} KB)`);
    });
    removeStale(outDir, `${options.prefix}-${slug}-`, Math.min(numbers.length, options.pages));
    if (numbers.length < options.pages) {
      console.log(`    (the sheet prints ${numbers.length} page(s), fewer than --pages ${options.pages})`);
    }
  });
  if (missing > 0) process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
