/**
 * Builds the corpus of foreign workbooks (test/corpus/files/*.xlsx) and the risk records each must
 * yield (test/corpus/expected.json) from the definitions in zhWorkbooks.mjs and enWorkbooks.mjs.
 * Run by hand, never by the tests, and commit what it writes:
 *
 *   node test/corpus/build/buildCorpus.mjs
 *
 * Writers: ExcelJS (the repository's dependency), openpyxl (python3 with openpyxl, e.g. Debian's
 * python3-openpyxl; PYTHON chooses the interpreter) and LibreOffice (soffice, headless, a throw-away
 * profile; SOFFICE_PATH chooses the program), which re-saves .xlsx files, .ods files it made from
 * .xlsx files, and .csv files as .xlsx.
 *
 * A definition: { file, writer, source?, lang, layout, sheets, risks }. A sheet: { name, rows, merges?,
 * hiddenRows?, hiddenColumns?, widths?, tables? }, rows from row 1, cells as in cells.mjs.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import * as prettier from "prettier";
import { EN_WORKBOOKS } from "./enWorkbooks.mjs";
import { ZH_WORKBOOKS } from "./zhWorkbooks.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.dirname(here);
const filesDir = path.join(corpusDir, "files");
const FIXED_TIME = new Date(Date.UTC(2026, 0, 20, 9, 0, 0));

const WRITERS = [
  "exceljs",
  "openpyxl",
  "libreoffice-from-xlsx",
  "libreoffice-from-ods",
  "libreoffice-from-csv",
];
const RATING_KEYS = ["likelihood", "impact", "asset", "threat", "vulnerability", "c", "i", "a"];
const OPTIONS = ["reduce", "avoid", "transfer", "accept"];
const CONTROL = /^(\d\.\d{1,2}|A\.\d{1,2}\.\d{1,2}\.\d{1,2})$/;

function isDate(cell) {
  return cell !== null && typeof cell === "object" && "date" in cell;
}

function isFormula(cell) {
  return cell !== null && typeof cell === "object" && "formula" in cell;
}

/** The text a cell shows, for the self-check that every expected id is on a sheet. */
function shown(cell) {
  if (cell === null || cell === undefined) return "";
  if (isDate(cell)) return cell.date;
  if (isFormula(cell)) return String(cell.result);
  return String(cell);
}

/** Refuses a definition whose expected records cannot be right (typos in ids, keys, forms). */
function check(definition) {
  const where = definition.file;
  const fail = (message) => {
    throw new Error(`${where}: ${message}`);
  };
  if (!/^[a-z0-9-]+\.xlsx$/.test(definition.file)) fail("file names are lower-case .xlsx");
  if (!WRITERS.includes(definition.writer)) fail(`unknown writer ${definition.writer}`);
  if (!["en", "zh-CN"].includes(definition.lang)) fail(`unknown lang ${definition.lang}`);
  if (definition.risks.length === 0) fail("no risks");
  const cells = new Set(definition.sheets.flatMap((sheet) => sheet.rows.flat().map(shown)));
  const ids = new Set();
  for (const risk of definition.risks) {
    if (ids.has(risk.id)) fail(`${risk.id} twice`);
    ids.add(risk.id);
    if (!cells.has(risk.id)) fail(`${risk.id} is on no sheet`);
    for (const [key, value] of Object.entries(risk.ratings)) {
      if (!RATING_KEYS.includes(key)) fail(`${risk.id}: rating ${key}`);
      if (!Number.isInteger(value) || value < 1 || value > 5) fail(`${risk.id}: ${key} = ${value}`);
    }
    if (risk.option !== undefined && !OPTIONS.includes(risk.option)) fail(`${risk.id}: ${risk.option}`);
    for (const id of risk.controls ?? []) if (!CONTROL.test(id)) fail(`${risk.id}: control ${id}`);
    if (new Set(risk.controls ?? []).size !== (risk.controls ?? []).length) fail(`${risk.id}: duplicates`);
    if (risk.dueDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(risk.dueDate)) fail(`${risk.id}: date`);
  }
  if (definition.writer === "libreoffice-from-csv") {
    if (definition.sheets.length !== 1) fail("a .csv holds one sheet");
    const [sheet] = definition.sheets;
    if (sheet.merges || sheet.tables || sheet.hiddenRows || sheet.hiddenColumns) fail("a .csv has no layout");
    if (sheet.rows.flat().some((cell) => isDate(cell) || isFormula(cell))) fail("a .csv holds text only");
  }
  if (definition.writer === "exceljs" && definition.sheets.some((sheet) => sheet.tables)) {
    fail("tables are written by openpyxl in this corpus");
  }
}

async function writeWithExcelJs(definition, target) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ISMS corpus";
  workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  for (const spec of definition.sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((row, r) =>
      row.forEach((raw, c) => {
        if (raw === null || raw === undefined || raw === "") return;
        const cell = sheet.getCell(r + 1, c + 1);
        if (isDate(raw)) {
          const [year, month, day] = raw.date.split("-").map(Number);
          cell.value = new Date(Date.UTC(year, month - 1, day));
          cell.numFmt = raw.numFmt;
        } else if (isFormula(raw)) {
          cell.value = { formula: raw.formula, result: raw.result };
        } else {
          cell.value = raw;
        }
        if (typeof raw === "string" && raw.includes("\n")) cell.alignment = { wrapText: true };
      }),
    );
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    for (const area of spec.merges ?? []) sheet.mergeCells(area);
    for (const row of spec.hiddenRows ?? []) sheet.getRow(row).hidden = true;
    for (const letter of spec.hiddenColumns ?? []) sheet.getColumn(letter).hidden = true;
    for (const [letter, width] of Object.entries(spec.widths ?? {})) sheet.getColumn(letter).width = width;
  }
  await workbook.xlsx.writeFile(target);
}

function pythonWithOpenpyxl() {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const candidates = [
    process.env.PYTHON,
    ...dirs.map((dir) => path.join(dir, "python3")),
    "/usr/bin/python3",
  ].filter((candidate) => candidate && existsSync(candidate));
  for (const candidate of candidates) {
    if (spawnSync(candidate, ["-c", "import openpyxl"]).status === 0) return candidate;
  }
  throw new Error("no python3 with openpyxl: apt-get install python3-openpyxl (or set PYTHON)");
}

function writeWithOpenpyxl(jobs) {
  if (jobs.length === 0) return;
  const input = JSON.stringify(jobs.map(({ definition, target }) => ({ target, sheets: definition.sheets })));
  const run = spawnSync(pythonWithOpenpyxl(), [path.join(here, "openpyxlCorpus.py")], {
    input,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
}

function csvField(cell) {
  const text = cell === null || cell === undefined ? "" : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function writeCsv(definition, target) {
  const [sheet] = definition.sheets;
  writeFileSync(target, sheet.rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n");
}

function sofficeProgram() {
  const dirs = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const candidates = [
    process.env.SOFFICE_PATH,
    "/usr/bin/soffice",
    ...dirs.map((d) => path.join(d, "soffice")),
  ];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found)
    throw new Error("soffice not found: apt-get install libreoffice-calc-nogui (or set SOFFICE_PATH)");
  return found;
}

/** One headless LibreOffice run with a throw-away profile. */
function soffice(args) {
  const profile = mkdtempSync(path.join(tmpdir(), "isms-corpus-profile-"));
  try {
    const run = spawnSync(
      sofficeProgram(),
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        ...args,
      ],
      { encoding: "utf8", timeout: 300_000 },
    );
    if (run.status !== 0) throw new Error(`LibreOffice failed: ${run.error?.message ?? ""}${run.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const XLSX_FILTER = "xlsx:Calc MS Excel 2007 XML";
/** Comma, double quote, UTF-8, from line 1. */
const CSV_FILTER = "CSV:44,34,76,1";

async function build() {
  const definitions = [...ZH_WORKBOOKS, ...EN_WORKBOOKS];
  definitions.forEach(check);
  if (new Set(definitions.map((d) => d.file)).size !== definitions.length)
    throw new Error("file names repeat");

  mkdirSync(filesDir, { recursive: true });
  for (const name of readdirSync(filesDir)) if (name.endsWith(".xlsx")) rmSync(path.join(filesDir, name));
  const work = mkdtempSync(path.join(tmpdir(), "isms-corpus-"));
  const [sources, odsDir, outDir] = ["sources", "ods", "out"].map((name) => path.join(work, name));
  [sources, odsDir, outDir].forEach((dir) => mkdirSync(dir));
  const base = (definition) => definition.file.replace(/\.xlsx$/, "");

  const openpyxlJobs = [];
  const viaLibreOffice = { xlsx: [], ods: [], csv: [] };
  for (const definition of definitions) {
    const { writer } = definition;
    if (writer === "exceljs") await writeWithExcelJs(definition, path.join(filesDir, definition.file));
    else if (writer === "openpyxl")
      openpyxlJobs.push({ definition, target: path.join(filesDir, definition.file) });
    else if (writer === "libreoffice-from-csv") {
      const source = path.join(sources, `${base(definition)}.csv`);
      writeCsv(definition, source);
      viaLibreOffice.csv.push(source);
    } else {
      const source = path.join(sources, `${base(definition)}.xlsx`);
      if (definition.source === "openpyxl") openpyxlJobs.push({ definition, target: source });
      else await writeWithExcelJs(definition, source);
      (writer === "libreoffice-from-ods" ? viaLibreOffice.ods : viaLibreOffice.xlsx).push(source);
    }
  }
  writeWithOpenpyxl(openpyxlJobs);

  if (viaLibreOffice.ods.length > 0)
    soffice(["--convert-to", "ods", "--outdir", odsDir, ...viaLibreOffice.ods]);
  const odsFiles = viaLibreOffice.ods.map((file) => path.join(odsDir, path.basename(file, ".xlsx") + ".ods"));
  const reSaved = [...viaLibreOffice.xlsx, ...odsFiles];
  if (reSaved.length > 0) soffice(["--convert-to", XLSX_FILTER, "--outdir", outDir, ...reSaved]);
  if (viaLibreOffice.csv.length > 0) {
    soffice([
      `--infilter=${CSV_FILTER}`,
      "--convert-to",
      XLSX_FILTER,
      "--outdir",
      outDir,
      ...viaLibreOffice.csv,
    ]);
  }
  for (const definition of definitions.filter((d) => d.writer.startsWith("libreoffice-"))) {
    const out = path.join(outDir, definition.file);
    if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${definition.file}`);
    copyFileSync(out, path.join(filesDir, definition.file));
  }
  rmSync(work, { recursive: true, force: true });

  const expected = definitions.map(({ file, writer, lang, layout, risks }) => ({
    file,
    writer,
    lang,
    layout,
    risks,
  }));
  // Written as prettier formats it, so a rebuild leaves `npm run format:check` clean.
  const expectedFile = path.join(corpusDir, "expected.json");
  const options = (await prettier.resolveConfig(expectedFile)) ?? {};
  writeFileSync(
    expectedFile,
    await prettier.format(JSON.stringify(expected), { ...options, parser: "json" }),
  );
  for (const { file, writer, lang, risks } of definitions) {
    const size = statSync(path.join(filesDir, file)).size;
    process.stdout.write(
      `${file.padEnd(38)} ${writer.padEnd(22)} ${lang.padEnd(6)} ${String(risks.length).padStart(2)} risks ${Math.round(size / 1024)} KB\n`,
    );
  }
  process.stdout.write(
    `${definitions.length} workbooks, ${definitions.flatMap((d) => d.risks).length} risks\n`,
  );
}

await build();
