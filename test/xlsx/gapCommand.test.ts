/**
 * `isms gap` on real files: the JSON contract (fractions, clause groups "4" … "10", themes "A.5" …),
 * readable output in both languages, a workbook without a gap sheet refused with one line (exit 2) or
 * given one with -o (the input untouched), and a rating off the scale reported with its cell.
 */
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runIsms } from "../support/runIsms";
import { readWithExcelJs } from "../support/excelJsReader";

const dir = mkdtempSync(path.join(tmpdir(), "isms-gap-cli-"));

interface GapJson {
  standard: string;
  sheet: string | null;
  overall: number | null;
  target: number | null;
  groups: { id: string; score: number | null; target: number | null; gap: number | null }[];
  gaps: { id: string; group: string; gap: number; weighted: number }[];
  problems: { code: string; sheet: string; cell: string; value: string }[];
}

async function sample(name: string, extra: readonly string[] = []): Promise<string> {
  const file = path.join(dir, name);
  const made = await runIsms(["new", file, "--sample", ...extra]);
  if (made.code !== 0) throw new Error(made.stderr);
  return file;
}

describe("isms gap", () => {
  it("prints the scores as JSON: fractions, clause groups 4–10, then the Annex A themes", async () => {
    const outcome = await runIsms(["gap", await sample("json.xlsx", ["--lang", "zh-CN"]), "--json"]);
    expect(outcome).toMatchObject({ code: 0, stderr: "" });
    const json = JSON.parse(outcome.stdout) as GapJson;
    expect(json.standard).toBe("2022");
    expect(json.sheet).toBe("差距分析");
    expect(json.groups.map((g) => g.id)).toEqual([
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "A.5",
      "A.6",
      "A.7",
      "A.8",
    ]);
    for (const group of json.groups) {
      expect(group.score).toBeGreaterThanOrEqual(0);
      expect(group.score).toBeLessThanOrEqual(1);
      expect(group.gap).toBeCloseTo((group.target ?? 0) - (group.score ?? 0), 12);
    }
    expect(json.overall).toBeGreaterThan(0);
    expect(json.overall).toBeLessThan(json.target ?? 0);
    const weights = json.gaps.map((g) => g.weighted);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(json.gaps[0]).toMatchObject({ id: "9.2", group: "9", gap: 3, weighted: 6 });
    expect(json.problems).toEqual([]);
  });

  it.each([
    ["en", "Gap analysis against ISO/IEC 27001:2013", "Largest weighted gaps:"],
    ["zh-CN", "对照 ISO/IEC 27001:2013 的差距分析", "加权差距最大的要求："],
  ] as const)("prints a readable summary in %s", async (lang, title, largest) => {
    const file = await sample(`text-${lang}.xlsx`, ["--lang", lang, "--standard", "2013"]);
    const outcome = await runIsms(["gap", file, "--lang", lang]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain(title);
    expect(outcome.stdout).toContain(largest);
    expect(outcome.stdout).toMatch(/\n {2}A\.18 +\d+% +\d+% +-?\d+%/);
  });

  it("refuses a workbook without a gap sheet in one line, and adds one with -o, leaving the input alone", async () => {
    const file = path.join(dir, "no-gap.xlsx");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Risks");
    sheet.addRows([
      ["Risk ID", "Asset", "Threat", "Vulnerability", "Likelihood", "Impact"],
      ["R1", "CRM", "Phishing", "No MFA", 4, 3],
    ]);
    await book.xlsx.writeFile(file);
    const before = statSync(file).mtimeMs;

    const refused = await runIsms(["gap", file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/no gap analysis sheet/)]);

    const out = path.join(dir, "with-gap.xlsx");
    const added = await runIsms(["gap", file, "-o", out, "--json"]);
    expect(added.code).toBe(0);
    const json = JSON.parse(added.stdout) as GapJson;
    expect(json.sheet).toBe("Gap analysis");
    expect(json.overall).toBeNull();
    expect(statSync(file).mtimeMs).toBe(before);
    const again = JSON.parse((await runIsms(["gap", out, "--json"])).stdout) as GapJson;
    expect(again.sheet).toBe("Gap analysis");
  });

  it("reports a rating that is not on the scale with its sheet and cell", async () => {
    const file = await sample("typo.xlsx", ["--lang", "en"]);
    const book = await readWithExcelJs(file);
    const gap = book.getWorksheet("Gap analysis");
    if (!gap) throw new Error("no gap sheet");
    gap.getCell("G2").value = "good";
    const edited = path.join(dir, "typo-edited.xlsx");
    await book.xlsx.writeFile(edited);
    const json = JSON.parse((await runIsms(["gap", edited, "--json"])).stdout) as GapJson;
    expect(json.problems).toEqual([
      { code: "gap.rating.notOnScale", sheet: "Gap analysis", cell: "G2", value: "good" },
    ]);
    expect(readFileSync(edited).length).toBeGreaterThan(0);
  });
});
