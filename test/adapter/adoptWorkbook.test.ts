/**
 * "Adopt this workbook" through the pane's actions, the Office.js port and the strict fake (with Excel on
 * the web's payload limits): a client's own zh-CN register (a merged title, a scope line, the header in
 * row 3, a sign-off under it) is read within create's budget (preview ≤ 2 syncs, preview + write ≤ 4),
 * corrected without reading again, and adopted into ISMS sheets written beside it, the client's sheets
 * left exactly as they were.
 */
import { readWorkbook } from "../../src/operations/readWorkbook";
import { ismsAdoptActions } from "../../src/taskpane/ismsAdoptActions";
import type { AdoptRequest } from "../../src/taskpane/adoptActions";
import type { FakeExcel, SheetSeed } from "../fakes";
import { portOver, sheetOf } from "./portHarness";

const REGISTER = "风险评估表";
const NOTES = "填表说明";
const RISKS = 200;
const ASSETS = ["客户信息数据库", "办公笔记本电脑", "邮件系统", "核心交换机", "财务系统", "源代码库"];
const THREATS = ["未授权访问", "设备丢失或被盗", "恶意代码", "设备故障", "误操作"];
const VULNERABILITIES = ["访问控制策略不完善", "未启用磁盘加密", "终端防病毒未统一管理", "缺乏冗余设计"];
const OWNERS = ["张伟", "李娜", "王强", "陈静"];

/** The client's register as it was handed over: the title is merged over A1:K1 (Excel reports it in A1). */
function clientRegister(risks: number): SheetSeed {
  const level = (value: number) => (value >= 15 ? "高" : value >= 8 ? "中" : "低");
  const pick = (list: readonly string[], k: number): string => list[k % list.length] ?? "";
  return {
    name: REGISTER,
    // One spreadsheet row per line, so the seed reads like the sheet.
    // prettier-ignore
    rows: [
      ["XX科技有限公司信息安全风险评估表"],
      ["评估范围：总部及数据中心", null, null, null, null, null, null, "评估日期：2026年1月15日"],
      ["序号", "风险编号", "资产名称", "威胁", "脆弱性", "可能性", "影响程度", "风险值", "风险等级", "风险责任人", "备注说明"],
      ...Array.from({ length: risks }, (_, k) => {
        const likelihood = (k % 5) + 1;
        const impact = ((k * 3) % 5) + 1;
        const asset = pick(ASSETS, k);
        return [
          k + 1,
          `R-${String(k + 1).padStart(3, "0")}`,
          asset,
          pick(THREATS, k),
          pick(VULNERABILITIES, k),
          likelihood,
          impact,
          likelihood * impact,
          level(likelihood * impact),
          pick(OWNERS, k),
          `${asset}面临${pick(THREATS, k)}的风险`,
        ];
      }),
      [],
      ["编制人：李娜", null, null, null, "审核人：王强", null, null, "批准人：赵敏"],
    ],
  };
}

const notesSheet: SheetSeed = {
  name: NOTES,
  rows: [["本工作簿由客户填写，请勿修改表头。"], ["联系人：李娜"]],
};

function clientWorkbook() {
  const under = portOver({ sheets: [clientRegister(RISKS), notesSheet] }, { webPayloadLimit: true });
  under.host.resetCounters();
  return { ...under, actions: ismsAdoptActions(under.port) };
}

/** Everything a sheet holds that a person could have typed or formatted, for comparing before and after. */
function contents(host: FakeExcel, name: string): string {
  const sheet = sheetOf(host, name);
  return JSON.stringify({ cells: sheet.cells, tables: sheet.tables, validations: sheet.validations });
}

const request: AdoptRequest = { lang: "zh-CN", standard: "2022", choices: {} };

describe("adopting a client's zh-CN risk register through Office.js", () => {
  it(`previews a ${RISKS}-risk register in at most 2 syncs`, async () => {
    const { host, actions } = clientWorkbook();
    const view = await actions.read(request);
    expect(view.sheets.find((sheet) => sheet.name === REGISTER)).toMatchObject({
      role: "risks",
      headerRow: 3,
      records: RISKS,
    });
    expect(host.syncCount).toBeLessThanOrEqual(2);
  });

  it("previews and writes in at most 4 syncs", async () => {
    const { host, actions } = clientWorkbook();
    await actions.read(request);
    await actions.write();
    expect(host.syncCount).toBeLessThanOrEqual(4);
  });

  it("re-plans a corrected column or role without a sync", async () => {
    const { host, actions } = clientWorkbook();
    await actions.read(request);
    const afterRead = host.syncCount;
    const revised = await actions.revise({
      ...request,
      choices: { roles: { [NOTES]: "none" }, columns: { [REGISTER]: { 10: "description" } } },
    });
    expect(host.syncCount).toBe(afterRead);
    const register = revised.sheets.find((sheet) => sheet.name === REGISTER);
    expect(register?.columns.find((column) => column.letter === "K")).toEqual({
      index: 10,
      letter: "K",
      header: "备注说明",
      key: "description",
    });
  });

  it("shows every column of the header row with its letter, header and key", async () => {
    const { actions } = clientWorkbook();
    const view = await actions.read(request);
    const register = view.sheets.find((sheet) => sheet.name === REGISTER);
    expect(register?.columns.map((c) => [c.letter, c.header, c.key])).toEqual([
      ["A", "序号", "none"],
      ["B", "风险编号", "riskId"],
      ["C", "资产名称", "asset"],
      ["D", "威胁", "threat"],
      ["E", "脆弱性", "vulnerability"],
      ["F", "可能性", "likelihood"],
      ["G", "影响程度", "impact"],
      ["H", "风险值", "value"],
      ["I", "风险等级", "level"],
      ["J", "风险责任人", "owner"],
      ["K", "备注说明", "notes"],
    ]);
    expect(view.sheets.find((sheet) => sheet.name === NOTES)).toMatchObject({ role: "none", columns: [] });
    expect(view.counts.risks).toBe(RISKS);
    expect(view.method).toBe("li");
  });

  it("leaves the client's sheets exactly as they were", async () => {
    const { host, actions } = clientWorkbook();
    const before = { register: contents(host, REGISTER), notes: contents(host, NOTES) };
    await actions.read(request);
    await actions.write();
    expect(contents(host, REGISTER)).toBe(before.register);
    expect(contents(host, NOTES)).toBe(before.notes);
    expect(host.state.sheets.slice(0, 2).map((sheet) => sheet.name)).toEqual([REGISTER, NOTES]);
  });

  it("writes the ISMS sheets beside the client's, the register under a free name, with what was corrected", async () => {
    const { host, port, actions } = clientWorkbook();
    await actions.read(request);
    await actions.revise({ ...request, choices: { columns: { [REGISTER]: { 10: "description" } } } });
    const outcome = await actions.write();

    expect(outcome.renamed).toEqual([{ from: REGISTER, to: `${REGISTER} (2)` }]);
    expect(outcome.written).toEqual(
      expect.arrayContaining(["风险评估方法与准则", `${REGISTER} (2)`, "风险处置计划"]),
    );
    const names = host.state.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining([REGISTER, NOTES, ...outcome.written]));
    const tables = sheetOf(host, `${REGISTER} (2)`).tables.map((table) => table.name);
    expect(tables).toEqual([expect.stringMatching(/^ISMS_Risks(_\d+)?$/)]);

    const adopted = await readWorkbook(port);
    expect(adopted.sheets.risks?.name).toBe(`${REGISTER} (2)`);
    expect(adopted.risks).toHaveLength(RISKS);
    expect(adopted.risks[0]).toMatchObject({
      riskId: "R-001",
      asset: "客户信息数据库",
      description: "客户信息数据库面临未授权访问的风险",
      ratings: { likelihood: 1, impact: 1 },
    });
  });

  it("writes only after a reading, and once per reading", async () => {
    const { host, actions } = clientWorkbook();
    await expect(actions.write()).rejects.toThrow(/Invariant/);
    await actions.read(request);
    await actions.write();
    const sheets = host.state.sheets.length;
    await expect(actions.write()).rejects.toThrow(/Invariant/);
    expect(host.state.sheets).toHaveLength(sheets);
  });
});
