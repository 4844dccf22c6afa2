/**
 * `isms readiness`: the sample workbook is not ready (its planted mistakes block the treatment plan, the
 * residual acceptance and the SoA), each reason at a sheet of the workbook, in both languages; a workbook
 * whose every item is satisfied exits 0 with a score of 1; the JSON follows the contract; --audit-date
 * decides whether a planned control is in place in time; unusable input and bad flags exit 2.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readRegisters } from "../../src/workbook/read/readRegisters";
import { XlsxSnapshotReader } from "../../src/xlsx";
import { COMPLETE_TODAY, writeCompleteWorkbook } from "../support/completeWorkbook";
import { runIsms } from "../support/runIsms";

const dir = mkdtempSync(path.join(tmpdir(), "isms-readiness-"));
const TODAY = "2026-04-01";
/** A control no treatment of the sample names (a treatment's due date would plan it instead). */
const PLANNED_CONTROL = "7.14";

interface Place {
  sheet: string | null;
  cell: string | null;
}
interface Json {
  score: number;
  items: {
    id: number;
    title: string;
    status: "ready" | "incomplete" | "missing";
    reasons: (Place & { message: string })[];
  }[];
  blockers: (Place & { id: number; title: string; message: string })[];
}

async function sample(lang: "zh-CN" | "en"): Promise<string> {
  const file = path.join(dir, `sample-${lang}.xlsx`);
  const made = await runIsms(["new", file, "--sample", "--lang", lang, "--force"]);
  if (made.code !== 0) throw new Error(made.stderr);
  return file;
}

async function complete(lang: "zh-CN" | "en", name = `complete-${lang}.xlsx`, planned?: string) {
  const file = path.join(dir, name);
  await writeCompleteWorkbook(
    file,
    lang,
    planned ? { planned: { id: PLANNED_CONTROL, plannedDate: planned } } : {},
  );
  return file;
}

async function readiness(file: string, ...extra: string[]): Promise<{ code: number; json: Json }> {
  const outcome = await runIsms(["readiness", file, "--json", "--today", TODAY, ...extra]);
  if (outcome.code === 2) throw new Error(outcome.stderr);
  return { code: outcome.code, json: JSON.parse(outcome.stdout) as Json };
}

async function sheetNames(file: string): Promise<string[]> {
  const reader = await XlsxSnapshotReader.open(file);
  return (await reader.outline()).sheets.map((sheet) => sheet.name);
}

describe.each(["zh-CN", "en"] as const)("isms readiness on the %s sample", (lang) => {
  let file: string;
  let result: { code: number; json: Json };
  beforeAll(async () => {
    file = await sample(lang);
    result = await readiness(file, "--lang", lang);
  });

  it("exits 1 with a score below 1", () => {
    expect(result.code).toBe(1);
    expect(result.json.score).toBeGreaterThan(0);
    expect(result.json.score).toBeLessThan(1);
  });

  it("names the treatment plan, the residual acceptance and the SoA among the blockers", () => {
    const ids = result.json.blockers.map((b) => b.id);
    expect(ids).toEqual(expect.arrayContaining([7, 8, 9]));
    // The methodology sheet states the method and its acceptance criterion.
    expect(ids).not.toContain(4);
    expect(ids).not.toContain(5);
    expect(result.json.items.filter((i) => i.status === "ready").map((i) => i.id)).toEqual(
      expect.arrayContaining([4, 5]),
    );
  });

  it("puts a blocker's message in the chosen language, at a cell of the plan for the treatments", () => {
    const treatment = result.json.blockers.find((b) => b.id === 7);
    expect(treatment?.cell).toMatch(/^[A-Z]+\d+$/);
    expect(treatment?.message).toMatch(/R-0\d\d/);
    if (lang === "zh-CN") expect(treatment?.message).toMatch(/[\u4e00-\u9fff]/);
    else expect(treatment?.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("points every reason and blocker at a sheet the workbook has", async () => {
    const names = new Set(await sheetNames(file));
    const places = [...result.json.items.flatMap((i) => i.reasons), ...result.json.blockers];
    const named = places.filter((p) => p.sheet !== null);
    expect(named.length).toBeGreaterThan(10);
    for (const place of named) expect(names.has(place.sheet ?? "")).toBe(true);
  });

  it("blocks certification with every item that is not ready, each with its first reason", () => {
    const notReady = result.json.items.filter((i) => i.status !== "ready");
    expect(result.json.blockers.map((b) => b.id)).toEqual(notReady.map((i) => i.id));
    for (const blocker of result.json.blockers) {
      const item = notReady.find((i) => i.id === blocker.id);
      expect(blocker.title).toBe(item?.title);
      expect(blocker.message).toBe(item?.reasons[0]?.message);
    }
  });
});

describe.each(["zh-CN", "en"] as const)("isms readiness on a complete %s workbook", (lang) => {
  it("exits 0 with a score of 1, every item ready and no blocker", async () => {
    const { code, json } = await readiness(await complete(lang), "--today", COMPLETE_TODAY);
    expect(json.items.filter((i) => i.status !== "ready")).toEqual([]);
    expect(json.score).toBe(1);
    expect(json.blockers).toEqual([]);
    expect(code).toBe(0);
  });
});

describe("isms readiness -o", () => {
  it("writes a copy with the audit and review sheets prepared, judges the copy, and leaves the input as it was", async () => {
    const input = await sample("zh-CN");
    const before = readFileSync(input);
    const output = path.join(dir, "sample-zh-CN-audit.xlsx");
    const outcome = await runIsms(["readiness", input, "-o", output, "--today", TODAY, "--lang", "zh-CN"]);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(/^已写入 .*sample-zh-CN-audit\.xlsx。新建：.*；刷新：.*内审检查表/);
    expect(readFileSync(input).equals(before)).toBe(true);
    const reader = await XlsxSnapshotReader.open(output);
    const { registers } = readRegisters(await reader.read());
    // The checklist and the review pack are there, refreshed from the workbook; the sample's judgements stay.
    expect(registers.auditChecklist?.rows.some((row) => row.values.grade === "minor")).toBe(true);
    expect(registers.review?.rows.map((row) => row.values.inputId)).toEqual([
      "a",
      "b",
      "c",
      "d1",
      "d2",
      "d3",
      "d4",
      "e",
      "f",
      "g",
    ]);
  });

  it("keeps what was typed: judgements, nonconformity numbers and review decisions survive regeneration", async () => {
    const input = await complete("en", "complete-en-for-o.xlsx");
    const output = path.join(dir, "complete-en-audit.xlsx");
    const outcome = await runIsms(["readiness", input, "-o", output, "--json", "--today", COMPLETE_TODAY]);
    expect(outcome.code).toBe(1);
    const read = async (file: string) =>
      readRegisters(await (await XlsxSnapshotReader.open(file)).read()).registers;
    const [before, after] = [await read(input), await read(output)];
    // The auditor's columns, as typed (the generated ones — documents, linked risks — are refreshed).
    const judged = (registers: typeof before) =>
      (registers.auditChecklist?.rows ?? [])
        .filter((row) => row.values.grade !== undefined)
        .map(({ values: { finding, grade, ncId, auditor, auditedOn, auditPoint } }) => ({
          finding,
          grade,
          ncId,
          auditor,
          auditedOn,
          auditPoint,
        }));
    expect(judged(after)).toEqual(judged(before));
    const decisions = (registers: typeof before) =>
      (registers.review?.rows ?? []).map((row) => [
        row.values.inputId,
        row.values.decision,
        row.values.owner,
      ]);
    expect(decisions(after)).toEqual(decisions(before));
    // What the audit did not cover yet is now on the checklist, unjudged: the only item left to do.
    const json = JSON.parse(outcome.stdout) as Json;
    expect(json.blockers.map((blocker) => blocker.id)).toEqual([12]);
    expect(after.auditChecklist?.rows.length).toBeGreaterThan(before.auditChecklist?.rows.length ?? 0);
  });
});

describe("isms readiness --json", () => {
  it("prints the score, the 16 items and the blockers with exactly the contract's keys", async () => {
    const { json } = await readiness(await sample("en"));
    expect(Object.keys(json).sort()).toEqual(["blockers", "items", "score"]);
    expect(json.items.map((i) => i.id)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    for (const item of json.items) {
      expect(Object.keys(item).sort()).toEqual(["id", "reasons", "status", "title"]);
      expect(["ready", "incomplete", "missing"]).toContain(item.status);
      expect(item.reasons.length === 0).toBe(item.status === "ready");
      for (const reason of item.reasons) {
        expect(Object.keys(reason).sort()).toEqual(["cell", "message", "sheet"]);
        expect(reason.message).not.toMatch(/[{}]/);
        // A cell is only ever given with its sheet.
        if (reason.cell !== null) expect(reason.sheet).not.toBeNull();
      }
    }
    for (const blocker of json.blockers) {
      expect(Object.keys(blocker).sort()).toEqual(["cell", "id", "message", "sheet", "title"]);
    }
  });

  it("gives a place no rule knows as null, never leaves the key out", async () => {
    const { json } = await readiness(await sample("en"));
    const places = json.items.flatMap((i) => i.reasons);
    expect(places.every((p) => p.sheet === null || typeof p.sheet === "string")).toBe(true);
    expect(places.every((p) => p.cell === null || /^[A-Z]+\d+$/.test(p.cell))).toBe(true);
  });
});

describe("isms readiness as text", () => {
  it("prints the score as a percentage, the 16 items with their reasons at sheet!cell, and the blockers", async () => {
    const outcome = await runIsms(["readiness", await sample("zh-CN"), "--today", TODAY, "--lang", "zh-CN"]);
    expect(outcome.code).toBe(1);
    const lines = outcome.stdout.split("\n");
    expect(lines[0]).toMatch(/^认证准备度：\d{1,2}%（16 项中就绪 \d+ 项/);
    expect(lines.filter((line) => /^ ?\d{1,2}\. \[(就绪|不完整|缺失)\] /.test(line))).toHaveLength(16);
    expect(lines).toContainEqual(expect.stringMatching(/^ {6}风险处置计划!H\d+ {2}风险R-007/));
    expect(lines).toContainEqual(expect.stringMatching(/^阻碍认证的事项（\d+ 项）：$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2} 7\. 不可接受风险处置计划: 风险处置计划!/));
  });

  it("says nothing blocks certification on a complete workbook", async () => {
    const outcome = await runIsms(["readiness", await complete("en"), "--today", COMPLETE_TODAY]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout.split("\n")[0]).toBe(
      "Certification readiness: 100% (16 ready, 0 incomplete, 0 missing of 16 items)",
    );
    expect(outcome.stdout).toMatch(/Every item is ready: nothing blocks certification\./);
  });
});

describe("isms readiness --audit-date", () => {
  let file: string;
  beforeAll(async () => {
    file = await complete("en", "planned.xlsx", "2026-05-15");
  });

  it("counts a control planned after the audit as not in place: the SoA blocks", async () => {
    const { code, json } = await readiness(file, "--audit-date", "2026-05-01");
    expect(code).toBe(1);
    expect(json.blockers.map((b) => b.id)).toEqual([9]);
    expect(json.blockers[0]?.message).toMatch(/7\.14.*2026-05-15/);
  });

  it("counts a control planned before the audit as in place for it", async () => {
    const { code, json } = await readiness(file, "--audit-date", "2026-06-01");
    expect(json.blockers).toEqual([]);
    expect(code).toBe(0);
  });
});

describe("isms readiness on unusable input", () => {
  async function budget(): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Budget 2025").addRows([
      ["Month", "Travel", "Hardware"],
      ["Jan", 1200, 800],
    ]);
    const target = path.join(dir, "budget.xlsx");
    writeFileSync(target, Buffer.from(await workbook.xlsx.writeBuffer()));
    return target;
  }

  it.each([
    ["a missing file", () => ["readiness", path.join(dir, "missing.xlsx")], /missing\.xlsx: no such file/],
    [
      "a text file named .xlsx",
      () => {
        const target = path.join(dir, "export.csv.xlsx");
        writeFileSync(target, "Risk ID,Asset\nR-1,Database\n");
        return ["readiness", target];
      },
      /is not an \.xlsx workbook/,
    ],
    ["no file at all", () => ["readiness"], /isms readiness needs a file/],
  ] as const)("exits 2 on %s with one line on stderr", async (_, argv, words) => {
    const outcome = await runIsms(argv());
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr.trim().split("\n")).toHaveLength(1);
    expect(outcome.stderr).toMatch(words);
  });

  it("exits 2 on a workbook with no ISMS sheet or register", async () => {
    const outcome = await runIsms(["readiness", await budget()]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/^isms: .*budget\.xlsx has no ISMS sheet or register to judge/);
    expect(outcome.stderr.trim().split("\n")).toHaveLength(1);
  });

  it.each([
    ["--today", "2026-13-01", /--today must be a date written YYYY-MM-DD \(got "2026-13-01"\)/],
    ["--audit-date", "1 May", /--audit-date must be a date written YYYY-MM-DD \(got "1 May"\)/],
    ["--audit", "2026-05-01", /unknown option --audit/],
  ])("exits 2 on the flag %s %s", async (flag, value, words) => {
    const outcome = await runIsms(["readiness", path.join(dir, "any.xlsx"), flag, value]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(words);
    expect(outcome.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("says the bad flag in Chinese with --lang zh-CN", async () => {
    const outcome = await runIsms(["readiness", "x.xlsx", "--audit-date", "明天", "--lang", "zh-CN"]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/--audit-date 必须是 YYYY-MM-DD 格式的日期/);
  });
});
