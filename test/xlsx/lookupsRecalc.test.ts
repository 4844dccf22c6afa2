/**
 * The sheets look each other up without the add-in: in workbooks written by `isms new` (both languages,
 * with and without the sample, two methods), a person types an asset id, a threat and a vulnerability into
 * the first prepared row of the register, half fills the next one, types a row below the table (Excel
 * fills it from the calculated columns; LibreOffice, which has none, leaves it as typed), and renames the asset in the asset
 * register; after LibreOffice recalculates (no cached value left), the register shows the asset's new name
 * and its value (or C, I, A), the libraries' ratings as defaults, a computed risk value, nothing at all on
 * the half-filled row, the plan's link to each risk, and no error cell in any sheet.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { RawValue, SheetData } from "../../src/workbook/sheetData";
import { XlsxSnapshotReader } from "../../src/xlsx";
import { recalculate, requireLibreOffice } from "../support/libreoffice";
import { runIsms } from "../support/runIsms";
import { readWithExcelJs } from "../support/excelJsReader";

const describeLo = requireLibreOffice();
const dir = mkdtempSync(path.join(tmpdir(), "isms-lookups-"));

interface Case {
  readonly name: string;
  readonly lang: "zh-CN" | "en";
  readonly method: "atv" | "cia-max";
  readonly sample: boolean;
}

const CASES: readonly Case[] = [
  { name: "zh-atv-sample", lang: "zh-CN", method: "atv", sample: true },
  { name: "en-cia-max", lang: "en", method: "cia-max", sample: false },
  { name: "en-atv-sample", lang: "en", method: "atv", sample: true },
  { name: "zh-cia-max", lang: "zh-CN", method: "cia-max", sample: false },
];

const SHEETS = {
  "zh-CN": {
    assets: "资产清单",
    risks: "风险评估表",
    plan: "风险处置计划",
    threats: "威胁",
    vulnerabilities: "脆弱性",
  },
  en: {
    assets: "Assets",
    risks: "Risk register",
    plan: "Risk treatment plan",
    threats: "Threats",
    vulnerabilities: "Vulnerabilities",
  },
} as const;

const RENAMED = "Renamed asset 改名";

interface Typed {
  readonly assetId: string;
  readonly threat: string;
  readonly vulnerability: string;
  readonly threatRating: number;
  readonly vulnerabilityRating: number;
  readonly c: number;
  readonly i: number;
  readonly a: number;
  readonly assetValue: number;
}

/** A cell as text (the cells read here hold text or numbers). */
const textAt = (sheet: ExcelJS.Worksheet, row: number, column: number): string => {
  const value = sheet.getCell(row, column).value;
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
};

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

const numberAt = (sheet: ExcelJS.Worksheet, row: number, column: number): number => {
  const value = sheet.getCell(row, column).value;
  return typeof value === "number" ? value : Number.NaN;
};

/**
 * A person's typing, as ExcelJS saves it. The first asset: a row in the asset register with C, I, A
 * typed (the sample's, or typed here on an empty register); the first library threat and vulnerability.
 */
async function filledIn(file: string, c: Case): Promise<{ file: string; typed: Typed }> {
  const workbook = await readWithExcelJs(file);
  const words = SHEETS[c.lang];
  const assets = sheetOf(workbook, words.assets);
  const header = (sheet: ExcelJS.Worksheet) =>
    (sheet.getRow(1).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
  const assetHeader = header(assets);
  const at = (names: readonly string[], key: string) => {
    const index = names.indexOf(key);
    if (index < 0) throw new Error(`no column ${key}`);
    return index;
  };
  const zh = c.lang === "zh-CN";
  if (!assets.getCell(2, 1).value) {
    assets.getCell(2, 1).value = "A-01";
    assets.getCell(2, 2).value = "Payment database";
    for (const [key, value] of [
      [zh ? "保密性" : "Confidentiality (C)", 5],
      [zh ? "完整性" : "Integrity (I)", 4],
      [zh ? "可用性" : "Availability (A)", 3],
    ] as const)
      assets.getCell(2, at(assetHeader, key)).value = value;
  }
  assets.getCell(2, 2).value = RENAMED;
  const threats = sheetOf(workbook, words.threats);
  const vulnerabilities = sheetOf(workbook, words.vulnerabilities);
  const threat = textAt(threats, 2, 3);
  const vulnerability = textAt(vulnerabilities, 2, 3);
  const register = sheetOf(workbook, words.risks);
  const riskHeader = header(register);
  let row = 2;
  while (register.getCell(row, 1).value) row++;
  register.getCell(row, 1).value = "R-900";
  register.getCell(row, at(riskHeader, zh ? "资产编号" : "Asset ID")).value = textAt(assets, 2, 1);
  register.getCell(row, at(riskHeader, zh ? "威胁" : "Threat")).value = threat;
  register.getCell(row, at(riskHeader, zh ? "脆弱性" : "Vulnerability")).value = vulnerability;
  // Half filled: an id and a threat, nothing else yet.
  register.getCell(row + 1, 1).value = "R-901";
  register.getCell(row + 1, at(riskHeader, zh ? "威胁" : "Threat")).value = threat;
  // A row added below the table and its prepared rows, typed in full.
  const tables = Object.values(
    (register as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables,
  );
  const below = Number(/(\d+)$/.exec(tables[0]?.table.tableRef ?? "")?.[1] ?? Number.NaN) + 1;
  if (!Number.isFinite(below)) throw new Error("no register table");
  register.getCell(below, 1).value = "R-902";
  register.getCell(below, at(riskHeader, zh ? "资产编号" : "Asset ID")).value = textAt(assets, 2, 1);
  register.getCell(below, at(riskHeader, zh ? "威胁" : "Threat")).value = threat;
  register.getCell(below, at(riskHeader, zh ? "脆弱性" : "Vulnerability")).value = vulnerability;
  const cia = [
    zh ? "保密性" : "Confidentiality (C)",
    zh ? "完整性" : "Integrity (I)",
    zh ? "可用性" : "Availability (A)",
  ].map((key) => numberAt(assets, 2, at(assetHeader, key)));
  const typed: Typed = {
    assetId: textAt(assets, 2, 1),
    threat,
    vulnerability,
    threatRating: numberAt(threats, 2, at(header(threats), zh ? "威胁赋值" : "Typical rating")),
    vulnerabilityRating: numberAt(
      vulnerabilities,
      2,
      at(header(vulnerabilities), zh ? "脆弱性赋值" : "Typical rating"),
    ),
    c: cia[0] ?? Number.NaN,
    i: cia[1] ?? Number.NaN,
    a: cia[2] ?? Number.NaN,
    assetValue: Math.max(...cia),
  };
  workbook.eachSheet((sheet) =>
    sheet.eachRow((each) =>
      each.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula };
      }),
    ),
  );
  const out = file.replace(/\.xlsx$/, ".filled.xlsx");
  await workbook.xlsx.writeFile(out);
  return { file: out, typed };
}

function rowOf(sheet: SheetData | undefined, id: string): Record<string, RawValue> {
  const [header = [], ...rows] = sheet?.values ?? [];
  const row = rows.find((cells) => cells[0] === id) ?? [];
  return Object.fromEntries(header.map((key, i) => [String(key), row[i] ?? ""]));
}

const isError = (value: RawValue) => typeof value === "string" && /^(#|Err:)/.test(value);

describeLo("lookups between sheets, recalculated by LibreOffice", () => {
  const results = new Map<string, { sheets: readonly SheetData[]; typed: Typed }>();

  beforeAll(async () => {
    const files: string[] = [];
    const typings: Typed[] = [];
    for (const c of CASES) {
      const file = path.join(dir, `${c.name}.xlsx`);
      const sample = c.sample ? ["--sample"] : [];
      const made = await runIsms(["new", file, ...sample, "--lang", c.lang, "--method", c.method]);
      if (made.code !== 0) throw new Error(made.stderr);
      const filled = await filledIn(file, c);
      files.push(filled.file);
      typings.push(filled.typed);
    }
    const outputs = recalculate(files);
    for (const [index, c] of CASES.entries()) {
      const snapshot = await (await XlsxSnapshotReader.open(outputs[index] ?? "")).read();
      results.set(c.name, { sheets: snapshot.sheets, typed: typings[index] as Typed });
    }
  }, 300_000);

  const result = (name: string) => {
    const found = results.get(name);
    if (!found) throw new Error(`no result for ${name}`);
    return found;
  };

  describe.each(CASES)("$name", (c) => {
    const zh = c.lang === "zh-CN";
    const register = () => result(c.name).sheets.find((s) => s.name === SHEETS[c.lang].risks);

    it("has no error cell in any sheet, the half-filled row and a row added below the table included", () => {
      const errors = result(c.name).sheets.flatMap((sheet) =>
        sheet.values
          .flat()
          .filter(isError)
          .map((value) => `${sheet.name}: ${String(value)}`),
      );
      expect(errors).toEqual([]);
      const half = rowOf(register(), "R-901");
      const computed = zh
        ? ["风险值", "风险等级", "是否可接受"]
        : ["Risk value", "Risk level", "Within criteria"];
      expect(computed.map((key) => half[key])).toEqual(["", "", ""]);
      expect(rowOf(register(), "R-902")[zh ? "风险编号" : "Risk ID"]).toBe("R-902");
    });

    it("takes the asset's current name and its ratings from the asset register", () => {
      const { typed } = result(c.name);
      const row = rowOf(register(), "R-900");
      expect(row[zh ? "资产名称" : "Asset"]).toBe(RENAMED);
      if (c.method === "atv") expect(row[zh ? "资产价值" : "Asset value"]).toBe(typed.assetValue);
      else
        expect([row[zh ? "保密性" : "C"], row[zh ? "完整性" : "I"], row[zh ? "可用性" : "A"]]).toEqual([
          typed.c,
          typed.i,
          typed.a,
        ]);
    });

    it("takes the libraries' ratings as defaults and computes the risk from them", () => {
      const { typed } = result(c.name);
      const row = rowOf(register(), "R-900");
      expect([
        row[zh ? "威胁赋值" : "Threat rating"],
        row[zh ? "脆弱性赋值" : "Vulnerability rating"],
      ]).toEqual([typed.threatRating, typed.vulnerabilityRating]);
      const exposure = typed.threatRating * typed.vulnerabilityRating;
      const expected =
        c.method === "atv" ? typed.assetValue * exposure : Math.max(typed.c, typed.i, typed.a) * exposure;
      expect(row[zh ? "风险值" : "Risk value"]).toBe(expected);
    });

    it("links each plan row to its risk by id", () => {
      const plan = result(c.name).sheets.find((s) => s.name === SHEETS[c.lang].plan);
      const [header = [], ...rows] = plan?.values ?? [];
      const link = header.indexOf(zh ? "在风险评估表中" : "In the register");
      expect(link).toBeGreaterThan(0);
      const onRegister = new Set((register()?.values ?? []).slice(1).map((row) => row[0]));
      const linked = rows.filter((row) => row[0] !== "").map((row) => [row[0], row[link]]);
      // A plan row for a risk the register does not have (the sample plants one) links nowhere.
      for (const [id, shown] of linked) expect(shown).toBe(onRegister.has(id ?? "") ? `→ ${String(id)}` : "");
      expect(linked.filter(([, shown]) => shown !== "").length > 0).toBe(c.sample);
    });
  });
});
