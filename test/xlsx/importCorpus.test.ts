/**
 * Rows intact: the corpus of foreign workbooks (test/corpus, built by test/corpus/build/buildCorpus.mjs)
 * read with the read-only .xlsx port and parseWorkbook, compared with the records each file must yield. A row is
 * intact when its id, inherent ratings, option, controls, owner and due date all equal the source; a
 * field the expected row leaves out must be absent. Risks the reader finds that are not in the file
 * (catalog rows, sign-off lines, totals, a second header row) count against it. Fails under 95 %.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { RatingKey } from "../../src/domain/methodology";
import { parseWorkbook, type ParsedWorkbook } from "../../src/workbook/read/parseWorkbook";
import type { RiskRecord, TreatmentRecord } from "../../src/workbook/records";
import { XlsxSnapshotReader } from "../../src/xlsx";
import { repoRoot } from "../support/root";

interface ExpectedRisk {
  readonly id: string;
  readonly ratings: Readonly<Partial<Record<RatingKey, number>>>;
  readonly option?: string;
  readonly controls?: readonly string[];
  readonly owner?: string;
  readonly dueDate?: string;
}

interface ExpectedFile {
  readonly file: string;
  readonly writer: string;
  readonly lang: string;
  readonly layout: string;
  readonly risks: readonly ExpectedRisk[];
}

/** What the reader gives for one risk, in the expected record's terms. */
interface ReadRisk {
  readonly ratings: Readonly<Partial<Record<RatingKey, number>>>;
  readonly option?: string;
  readonly controls?: readonly string[];
  readonly owner?: string;
  readonly dueDate?: string;
}

interface FileOutcome {
  readonly expected: number;
  readonly intact: number;
  readonly extra: number;
  /** One line per broken row or extra risk: which field, what was expected, what was read. */
  readonly failures: readonly string[];
}

const THRESHOLD = 0.95;
const corpus = path.join(repoRoot, "test/corpus");
const EXPECTED = JSON.parse(readFileSync(path.join(corpus, "expected.json"), "utf8")) as ExpectedFile[];

/** A field a future reader may put on the register's record (a due date on a combined register). */
function stringField(record: object, key: string): string | undefined {
  const value = (record as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

function readRisk(risk: RiskRecord, treatment: TreatmentRecord | undefined): ReadRisk {
  const controls = treatment?.controls ?? risk.plannedControls;
  const option = treatment?.option ?? risk.treatment;
  const owner = treatment?.owner ?? risk.owner;
  const dueDate = treatment?.dueDate ?? stringField(risk, "dueDate");
  return {
    ratings: risk.ratings,
    ...(option !== undefined ? { option } : {}),
    ...(controls !== undefined && controls.length > 0 ? { controls } : {}),
    ...(owner !== undefined && owner !== "" ? { owner } : {}),
    ...(dueDate !== undefined ? { dueDate } : {}),
  };
}

const show = (value: unknown): string => (value === undefined ? "(none)" : JSON.stringify(value));

/** The fields of a row that differ from the source, as "field: expected …, read …". */
function differences(expected: ExpectedRisk, read: ReadRisk): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(expected.ratings)) {
    const got = read.ratings[key as RatingKey];
    if (got !== value) out.push(`${key}: expected ${value}, read ${show(got)}`);
  }
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  for (const key of ["option", "controls", "owner", "dueDate"] as const) {
    if (!same(expected[key], read[key])) {
      out.push(`${key}: expected ${show(expected[key])}, read ${show(read[key])}`);
    }
  }
  return out;
}

function compare(file: ExpectedFile, parsed: ParsedWorkbook): FileOutcome {
  const failures: string[] = [];
  const byId = new Map<string, RiskRecord[]>();
  for (const risk of parsed.risks) {
    const id = (risk.riskId ?? "").trim();
    byId.set(id, [...(byId.get(id) ?? []), risk]);
  }
  const wanted = new Set(file.risks.map((risk) => risk.id));
  let intact = 0;
  for (const expected of file.risks) {
    const risk = byId.get(expected.id)?.[0];
    if (!risk) {
      failures.push(`${expected.id}: not read as a risk`);
      continue;
    }
    const treatment = parsed.treatments.find((t) => (t.riskId ?? "").trim() === expected.id);
    const differ = differences(expected, readRisk(risk, treatment));
    if (differ.length === 0) intact++;
    else failures.push(`${expected.id} (${risk.sheet}!${risk.row}): ${differ.join("; ")}`);
  }
  let extra = 0;
  for (const [id, risks] of byId) {
    const unexpected = wanted.has(id) ? risks.slice(1) : risks;
    for (const risk of unexpected) {
      extra++;
      failures.push(`extra risk ${id === "" ? "(no id)" : JSON.stringify(id)} at ${risk.sheet}!${risk.row}`);
    }
  }
  return { expected: file.risks.length, intact, extra, failures };
}

async function outcomeOf(file: ExpectedFile): Promise<FileOutcome> {
  try {
    // The read-only port, as `isms import` opens a client's file: it reads what openpyxl writes, which
    // ExcelJS (and so XlsxWorkbookPort.open) refuses.
    const port = await XlsxSnapshotReader.open(path.join(corpus, "files", file.file));
    return compare(file, parseWorkbook(await port.read({ formulas: true })));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { expected: file.risks.length, intact: 0, extra: 0, failures: [`not read: ${message}`] };
  }
}

function report(outcomes: ReadonlyMap<string, FileOutcome>): { intact: number; total: number } {
  const width = Math.max(...EXPECTED.map((file) => file.file.length));
  const lines = [`${"file".padEnd(width)}  expected  intact  extra`];
  let intact = 0;
  let total = 0;
  for (const file of EXPECTED) {
    const outcome = outcomes.get(file.file);
    if (!outcome) continue;
    intact += outcome.intact;
    total += outcome.expected + outcome.extra;
    lines.push(
      `${file.file.padEnd(width)}  ${String(outcome.expected).padStart(8)}  ${String(outcome.intact).padStart(6)}  ${String(outcome.extra).padStart(5)}`,
    );
  }
  const percent = total === 0 ? 0 : (100 * intact) / total;
  lines.push(
    `rows intact: ${intact} / ${total} = ${percent.toFixed(1)} % (must be at least ${THRESHOLD * 100} %)`,
  );
  process.stdout.write(`\n${lines.join("\n")}\n`);
  return { intact, total };
}

describe("foreign workbook corpus: rows intact", () => {
  const outcomes = new Map<string, FileOutcome>();

  beforeAll(async () => {
    for (const file of EXPECTED) outcomes.set(file.file, await outcomeOf(file));
  }, 60_000);

  it("has at least 20 files in both languages by ExcelJS, openpyxl and LibreOffice", () => {
    expect(EXPECTED.length).toBeGreaterThanOrEqual(20);
    const count = (test: (file: ExpectedFile) => boolean) => EXPECTED.filter(test).length;
    expect(count((f) => f.lang === "zh-CN")).toBeGreaterThanOrEqual(8);
    expect(count((f) => f.lang === "en")).toBeGreaterThanOrEqual(8);
    expect(count((f) => f.writer === "exceljs")).toBeGreaterThanOrEqual(6);
    expect(count((f) => f.writer === "openpyxl")).toBeGreaterThanOrEqual(6);
    expect(count((f) => f.writer.startsWith("libreoffice-"))).toBeGreaterThanOrEqual(5);
  });

  it.each(EXPECTED.map((file) => [`${file.file} (${file.writer}, ${file.lang})`, file.file] as const))(
    "%s: every row intact, no extra risks",
    (_title, name) => {
      expect(outcomes.get(name)?.failures).toEqual([]);
    },
  );

  it(`keeps at least ${THRESHOLD * 100} % of the rows intact across the corpus`, () => {
    const { intact, total } = report(outcomes);
    expect(total).toBeGreaterThan(0);
    expect(intact / total).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
