/**
 * Hand-made WorkbookPlans and broken files for the .xlsx port and command tests: one plan per language
 * that uses every plan feature, and generators for the kinds of unusable input users hand the command.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { formula, type IsmsMetadata, type PlanCell, type WorkbookPlan } from "../../src/workbook/plan";

interface Words {
  readonly method: string;
  readonly risks: string;
  readonly title: string;
  readonly headers: readonly string[];
  readonly options: readonly string[];
  readonly asset: string;
}

const words: Record<"en" | "zh-CN", Words> = {
  en: {
    method: "Method",
    risks: "Risk register",
    title: "Risk register — sample",
    headers: ["Risk ID", "Asset", "Likelihood", "Impact", "Risk value", "Treatment", "Date", "Note"],
    options: ["Reduce", "Avoid", "Transfer", "Accept"],
    asset: "Customer database",
  },
  "zh-CN": {
    method: "方法",
    risks: "风险评估表",
    title: "风险评估表 — 示例",
    headers: ["风险编号", "资产", "可能性", "影响", "风险值", "处置方式", "评估日期", "备注"],
    options: ["降低", "规避", "转移", "接受"],
    asset: "客户数据库",
  },
};

const KEYS = ["riskId", "asset", "likelihood", "impact", "value", "option", "date", "note"];

/** Text a person may type that must stay text: formulas, signs, at-signs. */
export const TRICKY_TEXT = ['=HYPERLINK("http://example.com","x")', "-5", "+1", "@SUM(A1)", "=1+1"];

function riskRows(w: Words): PlanCell[][] {
  return TRICKY_TEXT.map((note, index) => {
    const row = index + 3;
    return [
      `R-${index + 1}`,
      w.asset,
      (index % 5) + 1,
      5 - (index % 5),
      formula(`=C${row}*D${row}`),
      w.options[index % 4] ?? null,
      45_000 + index,
      note,
    ];
  });
}

function metadata(lang: string, w: Words): IsmsMetadata {
  return {
    version: 1,
    lang,
    standard: "2022",
    sheets: [{ key: "risks", name: w.risks, table: "ISMS_Risks", columns: KEYS }],
  };
}

/** A plan using every feature the port renders, in one language. */
export function featurePlan(lang: "en" | "zh-CN"): WorkbookPlan {
  const w = words[lang];
  return {
    sheets: [
      {
        key: "method",
        name: w.method,
        mode: "create",
        blocks: [{ row: 0, column: 0, cells: [[w.method], ...w.options.map((option) => [option])] }],
        tables: [],
        validations: [],
        conditionalFormats: [],
        hyperlinks: [{ address: "C1", targetSheet: w.risks, targetAddress: "A1", text: w.risks }],
        tabColor: "#1F4E79",
      },
      {
        key: "risks",
        name: w.risks,
        mode: "create",
        blocks: [
          {
            row: 0,
            column: 0,
            cells: [[w.title]],
            style: { bold: true, fill: "#DDEBF7", fontColor: "#1F4E79" },
          },
        ],
        tables: [
          {
            name: "ISMS_Risks",
            row: 1,
            column: 0,
            columns: w.headers.map((header, index) => ({
              key: KEYS[index] ?? "",
              header,
              ...(KEYS[index] === "date" ? { numberFormat: "yyyy-mm-dd" } : {}),
              ...(KEYS[index] === "note" ? { wrap: true, width: 40 } : {}),
            })),
            rows: riskRows(w),
          },
        ],
        validations: [
          { range: "F3:F1001", source: w.options, allowBlank: true, errorMessage: w.title },
          { range: "C3:C1001", source: "=ISMS_Scale", allowBlank: false },
        ],
        conditionalFormats: [
          {
            kind: "cellValue",
            range: "E3:E1001",
            operator: "greaterThanOrEqual",
            formula1: "15",
            fill: "#FFC7CE",
            fontColor: "#9C0006",
          },
          {
            kind: "cellValue",
            range: "E3:E1001",
            operator: "between",
            formula1: "5",
            formula2: "14",
            fill: "#FFEB9C",
          },
          {
            kind: "expression",
            range: "A3:H1001",
            formula: '=$F3="' + (w.options[3] ?? "") + '"',
            fill: "#C6EFCE",
          },
        ],
        hyperlinks: [{ address: "J1", targetSheet: w.method, targetAddress: "A1", text: w.method }],
        freeze: { rows: 2, columns: 1 },
        columnWidths: [{ column: 1, width: 30 }],
      },
    ],
    names: [
      { name: "ISMS_Options", sheet: w.method, address: "$A$2:$A$5" },
      { name: "ISMS_Scale", sheet: w.method, address: "$A$2:$A$5" },
    ],
    metadata: metadata(lang, w),
    activate: w.risks,
  };
}

/** Writes `bytes` to `dir/name` and returns the path. */
export function writeFixture(dir: string, name: string, bytes: Buffer | string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** A minimal but valid ZIP archive holding the given entries (deflated), e.g. a .docx look-alike. */
export function zipArchive(entries: Readonly<Record<string, string>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, "utf8");
    const raw = Buffer.from(text, "utf8");
    const data = deflateRawSync(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
