/**
 * Merged areas through the Office.js port: a client's register with a merged title, a two-row header
 * whose group cells are merged and an asset merged down over its risks reads with the same
 * SheetData.merged as the .xlsx port gives for the same workbook saved as a file (written with ExcelJS
 * directly), and parses to the same risks, the asset on every row. Asked in the head batch, they cost
 * no sync (readBudget.test.ts); a host without ExcelApi 1.13 reports none, and a sheet of more merged
 * areas than Excel will list costs the merge information, never the read.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { mergedAreaAddresses, splitAreas } from "../../src/excel/mergedAreas";
import { parseWorkbook } from "../../src/workbook/read/parseWorkbook";
import type { WorkbookSnapshot } from "../../src/workbook/sheetData";
import { XlsxSnapshotReader } from "../../src/xlsx";
import { FakeExcel, fakeExcelRun, MERGED_AREAS_LIMIT, type FakeValue, type WorkbookSeed } from "../fakes";
import { portOn, portOver } from "./portHarness";

describe("merged areas from a RangeAreas address", () => {
  it.each([
    ["S!A1:K1,S!C4:C7", ["A1:K1", "C4:C7"]],
    ["S!C4:C7, S!A1:K1", ["A1:K1", "C4:C7"]],
    ["'Q1, 2026'!$B$2:$B$5,'Q1, 2026'!A1:C1", ["A1:C1", "B2:B5"]],
    ["'It''s, here'!A1:B1,'It''s, here'!D1:D2", ["A1:B1", "D1:D2"]],
    ["S!3:4,S!M:M", ["M1:M1048576", "A3:XFD4"]],
    ["S!B2,S!A1:A1,S!C3:D3,S!C3:D3", ["C3:D3"]],
    ["", []],
  ])("%s", (address, merged) => {
    expect(mergedAreaAddresses(address)).toEqual(merged);
  });

  it("orders areas by their first merged-away cell, row by row, as the .xlsx port does", () => {
    // B2:B5 first merges away B3; A2:A3 first merges away A3; C2:D2 merges away D2, before both.
    expect(mergedAreaAddresses("S!B2:B5,S!A2:A3,S!C2:D2")).toEqual(["C2:D2", "A2:A3", "B2:B5"]);
  });

  it("splits at commas between areas only", () => {
    expect(splitAreas("'a,b'!A1:B1 , 'a,b'!C1:D1")).toEqual(["'a,b'!A1:B1", "'a,b'!C1:D1"]);
  });
});

const REGISTER = "风险登记册";
const NOTES = "Notes, it's Q1";
const PLAIN = "Sheet3";

/** Risks with the asset written once over the rows it is merged down. */
// prettier-ignore
const RISKS: readonly (readonly (FakeValue | null)[])[] = [
  ["RISK-001", "ERP系统", "未授权访问", "离职人员账号未及时注销", 4, 4, 16, 2, 3, 6, "张伟"],
  ["RISK-002", null, "误操作", "缺少变更管理流程", 3, 3, 9, 2, 2, 4, "张伟"],
  ["RISK-003", null, "数据泄露", "报表导出功能未受控", 3, 4, 12, 2, 4, 8, "刘洋"],
  ["RISK-004", "官方网站", "网络攻击（DDoS）", "未部署抗DDoS服务", 3, 5, 15, 2, 3, 6, "刘洋"],
  ["RISK-005", null, "网页篡改", "CMS补丁更新不及时", 4, 3, 12, 2, 3, 6, "黄勇"],
  ["RISK-006", "备份磁带", "介质丢失", "异地运输未加密", 2, 4, 8, 2, 4, 8, "陈静"],
  ["RISK-007", "OA系统", "服务中断", "单点部署无容灾", 2, 3, 6, 1, 3, 3, "王强"],
];
const ASSETS = ["ERP系统", "ERP系统", "ERP系统", "官方网站", "官方网站", "备份磁带", "OA系统"];

// prettier-ignore
const WORKBOOK: readonly {
  readonly name: string;
  readonly rows: readonly (readonly (FakeValue | null)[])[];
  /** In the order a person merged them, not row by row: the port must order them as the file does. */
  readonly merges: readonly string[];
}[] = [
  {
    name: REGISTER,
    rows: [
      ["信息安全风险登记册（2026年度）"],
      ["风险编号", "资产名称", "威胁", "脆弱性", "固有风险", null, null, "残余风险", null, null, "风险责任人"],
      [null, null, null, null, "可能性", "影响", "风险值", "可能性", "影响", "风险值"],
      ...RISKS,
      [],
      ["编制人：李娜　审核人：王强"],
    ],
    merges: ["B7:B8", "B4:B6", "E2:G2", "H2:J2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "K2:K3", "A1:K1", "A12:K12"],
  },
  { name: NOTES, rows: [["Read me first"], [], [null, null, "Version 2"]], merges: ["C3:D3", "A1:C2"] },
  { name: PLAIN, rows: [["Nothing merged here"]], merges: [] },
];

const seed: WorkbookSeed = { sheets: WORKBOOK.map(({ name, rows }) => ({ name, rows })) };

/** The workbook in the fake host, merged through Office.js as a person's add-in or Excel would. */
async function inExcel(options: { requirementSets?: Record<string, string> } = {}): Promise<FakeExcel> {
  const host = new FakeExcel(seed, options);
  await fakeExcelRun(host)(async (context) => {
    for (const sheet of WORKBOOK) {
      const target = context.workbook.worksheets.getItem(sheet.name);
      for (const address of sheet.merges) target.getRange(address).merge();
    }
    await context.sync();
  });
  host.resetCounters();
  return host;
}

/** The same workbook saved as a file by ExcelJS, read by the .xlsx port. */
async function asFile(): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of WORKBOOK) {
    const target = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) target.getCell(r + 1, c + 1).value = value;
      }),
    );
    for (const address of sheet.merges) target.mergeCells(address);
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), "isms-merged-")), "register.xlsx");
  await workbook.xlsx.writeFile(file);
  return (await XlsxSnapshotReader.open(file)).read();
}

const mergedBySheet = (snapshot: WorkbookSnapshot) =>
  Object.fromEntries(snapshot.sheets.map((sheet) => [sheet.name, sheet.merged]));

describe("a register with merged cells, in Excel and as a file", () => {
  const both = (async () => {
    const host = await inExcel();
    const { port } = portOn(host);
    return { host, office: await port.read(), file: await asFile() };
  })();

  it("reports the same merged areas as the .xlsx port, sheet by sheet", async () => {
    const { office, file } = await both;
    expect(mergedBySheet(office)).toEqual(mergedBySheet(file));
    expect(mergedBySheet(office)).toEqual({
      [REGISTER]: [
        "A1:K1",
        "E2:G2",
        "H2:J2",
        "A2:A3",
        "B2:B3",
        "C2:C3",
        "D2:D3",
        "K2:K3",
        "B4:B6",
        "B7:B8",
        "A12:K12",
      ],
      [NOTES]: ["A1:C2", "C3:D3"],
      [PLAIN]: [],
    });
  });

  it("reads the same cells, merged-away cells blank", async () => {
    const { office, file } = await both;
    const cells = (snapshot: WorkbookSnapshot) =>
      snapshot.sheets.map(({ name, row, column, values }) => ({ name, row, column, values }));
    expect(cells(office)).toEqual(cells(file));
  });

  it("parses to the same risks, the merged asset on every row and the grouped ratings under their group", async () => {
    const { office, file } = await both;
    const [inOffice, inFile] = [parseWorkbook(office), parseWorkbook(file)];
    expect(inOffice.risks).toEqual(inFile.risks);
    expect(inOffice.risks.map((risk) => risk.asset)).toEqual(ASSETS);
    expect(inOffice.risks.map((risk) => risk.riskId)).toEqual(RISKS.map((row) => row[0]));
    const mapping = inOffice.mapping.find((sheet) => sheet.name === REGISTER);
    expect(mapping).toMatchObject({ role: "risks", headerRows: 2, records: RISKS.length });
    expect(inOffice.mapping).toEqual(inFile.mapping);
  });

  it("reads them in the two syncs of any read", async () => {
    const { host } = await both;
    expect(host.syncCount).toBe(2);
  });
});

describe("a host without ExcelApi 1.13", () => {
  it("reports no merged areas and never asks for them (the host would fail the call)", async () => {
    const host = await inExcel({ requirementSets: { ExcelApi: "1.12" } });
    const { port } = portOn(host);
    const snapshot = await port.read();
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual([REGISTER, NOTES, PLAIN]);
    expect(snapshot.sheets.map((sheet) => sheet.merged)).toEqual([undefined, undefined, undefined]);
    expect(host.syncCount).toBe(2);
    expect(parseWorkbook(snapshot).risks.map((risk) => risk.riskId)).toEqual(RISKS.map((row) => row[0]));
  });
});

describe(`a sheet of more than ${MERGED_AREAS_LIMIT} merged areas`, () => {
  it("is read without them (the first two syncs again), the other sheets' cells as always", async () => {
    const rows = 2 * (MERGED_AREAS_LIMIT + 10);
    const seed: WorkbookSeed = {
      sheets: [
        {
          name: "Log",
          rows: Array.from({ length: rows }, (_, r) => [r % 2 === 0 ? `Entry ${r / 2}` : null, r]),
          merged: Array.from({ length: rows / 2 }, (_, k) => `A${2 * k + 1}:A${2 * k + 2}`),
        },
        { name: "Other", rows: [["kept"]], merged: ["A1:B1"] },
      ],
    };
    const { host, port } = portOver(seed);
    const snapshot = await port.read();
    const [log, other] = snapshot.sheets;
    expect(log?.values).toHaveLength(rows);
    expect(log?.values[rows - 1]).toEqual(["", rows - 1]);
    expect([log?.merged, other?.merged]).toEqual([undefined, undefined]);
    expect(other?.values).toEqual([["kept"]]);

    const without = portOver(seed, { requirementSets: { ExcelApi: "1.12" } });
    expect(await without.port.read()).toEqual(snapshot);
    // The refused attempt cost its sheet list and its head batch.
    expect(host.syncCount).toBe(without.host.syncCount + 2);
  });
});
