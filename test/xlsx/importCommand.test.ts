/**
 * `isms import`: a client's own workbook adopted into the ISMS layout. Each corpus file becomes an ISMS
 * workbook that reads back with the same risks and treatments (2013 controls mapped to 2022), the input
 * file unchanged; nothing in a table read is lost in silence (every non-empty cell lands in a field or is
 * reported at its cell or its column's header); the public templates import with every header they have
 * mapped or reported; the PayBridges register, adopted and recalculated by LibreOffice, shows its own
 * scores; `--json` follows docs/cli.md; unusable input is one line and exit 2.
 */
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { normalizeControlIds } from "../../src/domain/catalog/controlIds";
import { cellA1, parseRange } from "../../src/workbook/cells/cellAddress";
import { parseWorkbook, type ParsedWorkbook } from "../../src/workbook/read/parseWorkbook";
import type { RawValue } from "../../src/workbook/sheetData";
import { XlsxSnapshotReader } from "../../src/xlsx";
import { recalculate, requireLibreOffice } from "../support/libreoffice";
import { repoRoot } from "../support/root";
import { runIsms } from "../support/runIsms";
import { readWithExcelJs } from "../support/excelJsReader";

const dir = mkdtempSync(path.join(tmpdir(), "isms-import-"));
const corpus = path.join(repoRoot, "test/corpus");
const templates = path.join(repoRoot, "../shared/templates");
const FILES = (
  JSON.parse(readFileSync(path.join(corpus, "expected.json"), "utf8")) as { file: string }[]
).map((entry) => entry.file);

const hash = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

async function parsedFile(file: string): Promise<ParsedWorkbook> {
  return parseWorkbook(await (await XlsxSnapshotReader.open(file)).read({ formulas: true }));
}

interface ImportJson {
  file: string;
  output: string;
  standard: string;
  method: string;
  methodInferred: boolean;
  sheets: {
    name: string;
    role: string;
    range?: string;
    headerRow?: number;
    columns: Record<string, string>;
    unread: Record<string, string>;
    records: number;
    skipped?: string;
  }[];
  counts: Record<string, number>;
  problems: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
}

async function importJson(input: string, output: string, extra: string[] = []): Promise<ImportJson> {
  const outcome = await runIsms(["import", input, "-o", output, "--json", ...extra]);
  if (outcome.code !== 0) throw new Error(outcome.stderr);
  return JSON.parse(outcome.stdout) as ImportJson;
}

/** 2022 ids of a list as the adopted workbook writes them (2013 ids mapped, others kept). */
const mapped = (ids: readonly string[] | undefined): string[] => [
  ...new Set(
    (ids ?? []).flatMap((id) => {
      const read = normalizeControlIds(id);
      return read.ids.length + read.unknown.length > 0 ? [...read.ids, ...read.unknown] : [id];
    }),
  ),
];

describe("isms import on the corpus", () => {
  it.each(FILES)("%s: the ISMS workbook reads back with the same risks and treatments", async (name) => {
    const input = path.join(dir, name);
    copyFileSync(path.join(corpus, "files", name), input);
    const before = hash(input);
    const output = path.join(dir, `adopted-${name}`);
    const json = await importJson(input, output);
    expect(hash(input)).toBe(before);

    const source = await parsedFile(input);
    const adopted = await parsedFile(output);
    expect(adopted.sheets.risks?.via).toBe("metadata");
    expect(json.counts["risks"]).toBe(source.risks.length);
    expect(adopted.risks.map((r) => r.riskId)).toEqual(source.risks.map((r) => r.riskId));
    const byId = new Map(adopted.treatments.map((t) => [t.riskId, t]));
    for (const treatment of source.treatments) {
      const back = byId.get(treatment.riskId);
      expect({ id: treatment.riskId, option: back?.option, owner: back?.owner, due: back?.dueDate }).toEqual({
        id: treatment.riskId,
        option: treatment.option,
        owner: treatment.owner,
        due: treatment.dueDate,
      });
      expect(back?.controls ?? []).toEqual(mapped(treatment.controls));
    }
  });

  it.each(FILES)("%s: every non-empty cell of a table read lands in a field or is reported", async (name) => {
    const file = path.join(corpus, "files", name);
    const snapshot = await (await XlsxSnapshotReader.open(file)).read({ formulas: true });
    const parsed = parseWorkbook(snapshot);
    const landed = new Set<string>();
    for (const record of [
      ...parsed.assets,
      ...parsed.risks,
      ...parsed.treatments,
      ...parsed.soa,
      ...parsed.gap,
    ]) {
      for (const [key, cell] of Object.entries(record.cells)) {
        if (record.text[key] !== undefined) landed.add(`${record.sheet}!${cell}`);
      }
    }
    const reported = parsed.problems.filter((p) => p.sheet && p.cell);
    const reportedAt = (sheet: string, row: number, column: number, headerRow: number): boolean =>
      reported.some((p) => {
        if (p.sheet !== sheet || !p.cell) return false;
        const area = parseRange(p.cell.includes(":") ? p.cell : `${p.cell}:${p.cell}`);
        if (!area) return false;
        const inArea = row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
        const atHeader =
          area.top === headerRow - 1 && area.left === column && /column\.|header\./.test(p.code);
        return inArea || atHeader;
      });
    const lost: string[] = [];
    for (const sheet of parsed.mapping) {
      if (sheet.role === "none" || !sheet.range || sheet.headerRow === undefined) continue;
      const area = parseRange(sheet.range);
      const data = snapshot.sheets.find((s) => s.name === sheet.name);
      if (!area || !data) continue;
      for (let row = sheet.headerRow; row <= area.bottom; row++) {
        for (let column = area.left; column <= area.right; column++) {
          const value: RawValue = data.values[row - data.row]?.[column - data.column] ?? "";
          if (String(value).trim() === "") continue;
          const address = cellA1(row, column);
          if (
            !landed.has(`${sheet.name}!${address}`) &&
            !reportedAt(sheet.name, row, column, sheet.headerRow)
          ) {
            lost.push(`${sheet.name}!${address} = ${String(value)}`);
          }
        }
      }
    }
    expect(lost).toEqual([]);
  });

  it("says why a catalog sheet is not a register", async () => {
    const json = await importJson(
      path.join(corpus, "files/en-exceljs-split-header-plan.xlsx"),
      path.join(dir, "cat.xlsx"),
    );
    const catalog = json.sheets.find((s) => s.skipped === "catalog");
    expect(catalog?.role).toBe("none");
    expect(json.problems).toContainEqual(
      expect.objectContaining({ code: "workbook.sheet.catalog", sheet: catalog?.name, severity: "info" }),
    );
  });
});

describe("isms import --json", () => {
  it("prints the mapping, the counts and every problem with its place and words", async () => {
    const output = path.join(dir, "json-zh.xlsx");
    const json = await importJson(path.join(corpus, "files/zh-exceljs-two-row-header.xlsx"), output, [
      "--lang",
      "zh-CN",
    ]);
    expect(json).toMatchObject({ standard: "2022", methodInferred: true, output });
    expect(Object.keys(json.counts).sort()).toEqual(
      ["assets", "error", "gap", "info", "risks", "soa", "treatments", "warning"].sort(),
    );
    const register = json.sheets.find((s) => s.role === "risks");
    expect(register).toMatchObject({ headerRow: expect.any(Number), records: json.counts["risks"] });
    expect(register?.columns).toMatchObject({ riskId: expect.any(String), likelihood: expect.any(String) });
    for (const problem of json.problems) {
      expect(problem).toMatchObject({
        code: expect.stringMatching(/^workbook\./),
        message: expect.any(String),
      });
      expect(problem.message).not.toMatch(/\{\w+\}|workbook\.problem/);
    }
    expect(json.problems.map((p) => p.code)).toContain("workbook.header.twoRow");
    expect(json.problems.find((p) => p.code === "workbook.header.twoRow")?.message).toMatch(
      /[\u4e00-\u9fff]/,
    );
  });

  it("takes --method and --standard, and maps nothing when the workbook is made for 2013", async () => {
    const input = path.join(corpus, "files/zh-exceljs-headers-soa.xlsx");
    const json = await importJson(input, path.join(dir, "m.xlsx"), ["--method", "li", "--standard", "2013"]);
    expect(json).toMatchObject({ method: "li", methodInferred: false, standard: "2013" });
    const adopted = await parsedFile(path.join(dir, "m.xlsx"));
    expect(adopted.standard).toBe("2013");
    const legacy = adopted.treatments.flatMap((t) => t.controls ?? []).filter((id) => id.startsWith("A."));
    expect(legacy.length).toBeGreaterThan(0);
  });
});

describe("isms import on the public templates", () => {
  it("PayBridges register: 20 risks and their treatments, every header mapped", async () => {
    const json = await importJson(
      path.join(templates, "paybridges_ISO_27005_Risk_Register.xlsx"),
      path.join(dir, "paybridges.xlsx"),
    );
    const register = json.sheets.find((s) => s.name === "ISO27005 Risk Register");
    expect(register).toMatchObject({ role: "risks", records: 20, unread: {} });
    expect(Object.values(register?.columns ?? {}).sort()).toEqual("ABCDEFGHIJKLMNOPQ".split(""));
    expect(json).toMatchObject({ method: "li", counts: { risks: 20, treatments: 20, error: 0, warning: 0 } });
  });

  it("PayBridges SoA: 93 controls; the one column without a field is reported with its count", async () => {
    const json = await importJson(
      path.join(templates, "paybridges_Statement_of_Applicability_SoA.xlsx"),
      path.join(dir, "paybridges-soa.xlsx"),
    );
    expect(json.counts["soa"]).toBe(93);
    expect(json.sheets.find((s) => s.role === "soa")?.unread).toEqual({ G: "SOC 2 TSC Cross-Mapping" });
    expect(json.problems).toContainEqual(
      expect.objectContaining({ code: "workbook.column.ignored", cell: "G1", severity: "warning" }),
    );
    const adopted = await parsedFile(path.join(dir, "paybridges-soa.xlsx"));
    expect(adopted.soa).toHaveLength(93);
    expect(adopted.soa.filter((row) => row.applicable === false)).toHaveLength(5);
  });

  it("CISO Assistant risk template: every header mapped or reported at its cell, scale words reported", async () => {
    const json = await importJson(
      path.join(templates, "ciso-assistant_risk_assessment_template.xlsx"),
      path.join(dir, "ciso.xlsx"),
    );
    const sheet = json.sheets.find((s) => s.role === "risks");
    expect(sheet?.records).toBe(4);
    const headerCells = json.problems.filter((p) => /^[A-Z]+1$/.test(p.cell ?? "")).map((p) => p.cell);
    for (const column of "ABCDEFGHIJKLMNOP".split("")) {
      const mappedHere = Object.values(sheet?.columns ?? {}).includes(column);
      expect({ column, covered: mappedHere || headerCells.includes(`${column}1`) }).toEqual({
        column,
        covered: true,
      });
    }
    expect(json.problems).toContainEqual(
      expect.objectContaining({ code: "workbook.number.invalid", cell: "D2", sheet: "Sheet1" }),
    );
  });

  it("CISO Assistant framework library (a catalog of clauses and controls): one clear line, exit 2", async () => {
    const outcome = await runIsms([
      "import",
      path.join(templates, "ciso-assistant_iso27001-2022.xlsx"),
      "-o",
      path.join(dir, "framework.xlsx"),
    ]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^isms: .*no sheet that looks like/),
    ]);
  });
});

describe("isms import refuses what it cannot do, in one line", () => {
  const input = path.join(corpus, "files/en-lo-csv-register.xlsx");
  it.each([
    ["no -o", ["import", input]],
    ["-o naming the input", ["import", input, "-o", input]],
    ["an unknown method", ["import", input, "-o", path.join(dir, "x.xlsx"), "--method", "guess"]],
  ])("%s", async (_name, argv) => {
    const outcome = await runIsms(argv);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^isms: /)]);
  });

  it("an output that exists, without --force", async () => {
    const output = path.join(dir, "exists.xlsx");
    writeFileSync(output, "keep me");
    const outcome = await runIsms(["import", input, "-o", output]);
    expect(outcome.code).toBe(2);
    expect(readFileSync(output, "utf8")).toBe("keep me");
  });

  it.each([
    ["a CSV renamed .xlsx", "Risk ID,Threat\nR-1,Fire\n"],
    ["random bytes", "\u0000\u0001garbage"],
  ])("%s", async (_name, content) => {
    const bad = path.join(dir, `bad-${_name.length}.xlsx`);
    writeFileSync(bad, content);
    const outcome = await runIsms(["import", bad, "-o", path.join(dir, "never.xlsx")]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^isms: .*bad-/)]);
  });
});

const describeLo = requireLibreOffice();

describeLo("the adopted PayBridges register recalculated by LibreOffice", () => {
  it("computes the register's own inherent scores (likelihood × impact) with native formulas", async () => {
    const output = path.join(dir, "paybridges-lo.xlsx");
    await importJson(path.join(templates, "paybridges_ISO_27005_Risk_Register.xlsx"), output);
    // Formula results removed: only LibreOffice's calculation can fill them.
    const workbook = await readWithExcelJs(output);
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula };
        }),
      ),
    );
    const prepared = path.join(dir, "paybridges-lo.prepared.xlsx");
    await workbook.xlsx.writeFile(prepared);
    const [recalculated] = recalculate([prepared]);
    const source = await parsedFile(path.join(templates, "paybridges_ISO_27005_Risk_Register.xlsx"));
    const adopted = await parsedFile(recalculated ?? "");
    expect(adopted.risks.map((r) => [r.riskId, r.value])).toEqual(
      source.risks.map((r) => [r.riskId, r.value]),
    );
  });
});
