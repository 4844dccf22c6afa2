/**
 * The gap analysis sheet keeps scoring without the add-in: a workbook written by `isms new --sample`,
 * its cached values removed and recalculated by LibreOffice, shows in its summary block the same scores
 * per clause, per Annex A theme (2013: domain) and overall as the domain computes (`isms gap --json`) —
 * with not-applicable rows left out, and, with the sheet's switch on, counted at their target.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createWorkbook } from "../../src/operations/createWorkbook";
import { readWorkbook } from "../../src/operations/readWorkbook";
import { sendGapsToRegister } from "../../src/operations/sendGaps";
import type { RawValue } from "../../src/workbook/sheetData";
import { XlsxSnapshotReader, XlsxWorkbookPort } from "../../src/xlsx";
import { recalculate, requireLibreOffice } from "../support/libreoffice";
import { runIsms } from "../support/runIsms";
import { readWithExcelJs } from "../support/excelJsReader";

const describeLo = requireLibreOffice();
const dir = mkdtempSync(path.join(tmpdir(), "isms-gap-lo-"));

interface Case {
  readonly name: string;
  readonly lang: "zh-CN" | "en";
  readonly standard: "2022" | "2013";
  readonly naAtTarget: boolean;
}

const CASES: readonly Case[] = [
  { name: "zh-2022", lang: "zh-CN", standard: "2022", naAtTarget: false },
  { name: "en-2013", lang: "en", standard: "2013", naAtTarget: false },
  { name: "zh-2022-na", lang: "zh-CN", standard: "2022", naAtTarget: true },
];

interface JsonGroup {
  readonly id: string;
  readonly score: number | null;
  readonly target: number | null;
  readonly gap: number | null;
}

const SHEET = { "zh-CN": "差距分析", en: "Gap analysis" } as const;
const GROUP_HEADER = { "zh-CN": "分组", en: "Group" } as const;
const TITLE_HEADER = { "zh-CN": "条款/主题", en: "Clause / theme" } as const;
const OVERALL = { "zh-CN": "总体", en: "Overall" } as const;

/**
 * The file with formula results removed (only LibreOffice's calculation can fill them) and, when asked,
 * the "N/A counts at target" switch turned on.
 */
async function prepared(file: string, naAtTarget: boolean): Promise<string> {
  const workbook = await readWithExcelJs(file);
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula };
      }),
    ),
  );
  if (naAtTarget) {
    const ranges = workbook.definedNames.getRanges("ISMS_GapNaAtTarget").ranges;
    const [sheetName, address] = (ranges[0] ?? "").replace(/\$/g, "").split("!");
    const sheet = workbook.getWorksheet((sheetName ?? "").replace(/^'|'$/g, ""));
    if (!sheet || !address) throw new Error("no ISMS_GapNaAtTarget cell");
    sheet.getCell(address).value = true;
  }
  const out = file.replace(/\.xlsx$/, ".prepared.xlsx");
  await workbook.xlsx.writeFile(out);
  return out;
}

/** The summary block's rows: group id → [score, target, gap] as LibreOffice calculated them. */
function summaryOf(values: readonly (readonly RawValue[])[], lang: Case["lang"]): Map<string, RawValue[]> {
  // The table has a 分组 column too: the summary's header is 分组 followed by 条款/主题.
  const at = (row: readonly RawValue[]) =>
    row.findIndex((cell, i) => cell === GROUP_HEADER[lang] && row[i + 1] === TITLE_HEADER[lang]);
  const headerRow = values.findIndex((row) => at(row) >= 0);
  const left = headerRow < 0 ? -1 : at(values[headerRow] ?? []);
  if (headerRow < 0 || left < 0) throw new Error("no summary block");
  const rows = new Map<string, RawValue[]>();
  for (const row of values.slice(headerRow + 1)) {
    const id = row[left];
    if (typeof id !== "string" || id === "") break;
    rows.set(id === OVERALL[lang] ? "overall" : id, [
      row[left + 2] ?? "",
      row[left + 3] ?? "",
      row[left + 4] ?? "",
    ]);
  }
  return rows;
}

const close = (actual: RawValue | undefined, expected: number | null): boolean =>
  expected === null ? actual === "" : typeof actual === "number" && Math.abs(actual - expected) < 1e-9;

describeLo("the gap analysis sheet recalculated by LibreOffice", () => {
  const results = new Map<
    string,
    {
      summary: Map<string, RawValue[]>;
      json: { overall: number | null; target: number | null; groups: JsonGroup[] };
      errors: string[];
    }
  >();

  beforeAll(async () => {
    const files: string[] = [];
    const jsons: unknown[] = [];
    for (const c of CASES) {
      const file = path.join(dir, `${c.name}.xlsx`);
      const made = await runIsms(["new", file, "--sample", "--lang", c.lang, "--standard", c.standard]);
      if (made.code !== 0) throw new Error(made.stderr);
      const scored = await runIsms(["gap", file, "--json", ...(c.naAtTarget ? ["--na-at-target"] : [])]);
      if (scored.code !== 0) throw new Error(scored.stderr);
      jsons.push(JSON.parse(scored.stdout));
      files.push(await prepared(file, c.naAtTarget));
    }
    const outputs = recalculate(files);
    for (const [index, c] of CASES.entries()) {
      const snapshot = await (await XlsxSnapshotReader.open(outputs[index] ?? "")).read();
      const sheet = snapshot.sheets.find((s) => s.name === SHEET[c.lang]);
      if (!sheet) throw new Error(`no gap sheet in ${c.name}`);
      const errors = sheet.values
        .flat()
        .filter((v): v is string => typeof v === "string" && /^(#|Err:)/.test(v));
      results.set(c.name, {
        summary: summaryOf(sheet.values, c.lang),
        json: jsons[index] as { overall: number | null; target: number | null; groups: JsonGroup[] },
        errors,
      });
    }
  }, 240_000);

  const result = (name: string) => {
    const found = results.get(name);
    if (!found) throw new Error(`no result for ${name}`);
    return found;
  };

  it.each(CASES.map((c) => c.name))("%s: no cell of the gap sheet shows an error", (name) => {
    expect(result(name).errors).toEqual([]);
  });

  it.each(CASES.map((c) => c.name))("%s: every group's score, target and gap equal the domain's", (name) => {
    const { summary, json } = result(name);
    expect(json.groups.length).toBeGreaterThan(10);
    for (const group of json.groups) {
      const row = summary.get(group.id);
      expect({ id: group.id, found: row !== undefined }).toEqual({ id: group.id, found: true });
      const [score, target, gap] = row ?? [];
      expect({
        id: group.id,
        score: close(score, group.score),
        target: close(target, group.target),
        gap: close(gap, group.gap),
      }).toEqual({
        id: group.id,
        score: true,
        target: true,
        gap: true,
      });
    }
    const [overall, overallTarget] = summary.get("overall") ?? [];
    expect(close(overall, json.overall)).toBe(true);
    expect(close(overallTarget, json.target)).toBe(true);
  });

  it("counts not-applicable rows at their target when the sheet's switch is on, as the domain does", () => {
    const off = result("zh-2022").json.overall;
    const on = result("zh-2022-na").json.overall;
    expect(on).not.toBeNull();
    expect(on).not.toBe(off);
  });
});

describeLo("gaps sent to the register, recalculated by LibreOffice", () => {
  it("computes the appended risk rows with no error cell, and the risks read back", async () => {
    const port = XlsxWorkbookPort.create();
    await createWorkbook(port, { lang: "zh-CN", standard: "2022", method: "gbt-matrix", sample: true });
    const sent = await sendGapsToRegister(port, { lang: "zh-CN" });
    if (sent.status !== "sent") throw new Error(sent.reason);
    expect(sent.sent.length).toBeGreaterThan(10);
    const file = path.join(dir, "sent.xlsx");
    await port.save(file);
    const [recalculated] = recalculate([await prepared(file, false)]);
    const reader = await XlsxSnapshotReader.open(recalculated ?? "");
    const snapshot = await reader.read();
    const register = snapshot.sheets.find((sheet) => sheet.name === "风险评估表");
    const errors = (register?.values ?? [])
      .flat()
      .filter((v) => typeof v === "string" && /^(#|Err:)/.test(v));
    expect(errors).toEqual([]);
    const risks = (await readWorkbook(reader)).risks.filter((risk) => risk.riskId?.startsWith("GAP-"));
    expect(risks.map((risk) => risk.riskId)).toEqual(sent.sent.map((s) => s.riskId));
  }, 120_000);
});

describe("the charts of the gap analysis sheet in a written file", () => {
  it("holds a column chart by clause and a radar chart by theme over the summary block", async () => {
    const file = path.join(dir, "charts.xlsx");
    const made = await runIsms(["new", file, "--sample", "--lang", "zh-CN"]);
    expect(made.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
        .sort()
        .map(async (name) => (await zip.file(name)?.async("string")) ?? ""),
    );
    expect(charts).toHaveLength(2);
    expect(charts[0]).toContain("<c:barChart>");
    expect(charts[1]).toContain("<c:radarChart>");
    for (const chart of charts)
      expect(chart).toMatch(/<c:f>(&apos;|')差距分析(&apos;|')!\$T\$\d+:\$T\$\d+<\/c:f>/);
  });
});
