/**
 * `isms import` at scale: a client's own 10,000-row register (zh-CN, a merged title above a header in
 * row 3 that spans two rows, the asset merged down over its risks, inherent and residual ratings side by
 * side, option, measures, controls, owner and a due date typed as text on the same sheet, a sign-off line
 * under the table), adopted the way the command does it: opened, read, mapped, adopted, and the ISMS
 * workbook written, in its own process so the peak memory is its own. Target: < 3 s and < 400 MB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { planAdoption } from "../src/operations/adoptWorkbook";
import { XlsxSnapshotReader, XlsxWorkbookPort } from "../src/xlsx";
import { peakMemoryMb, report, timeAsync } from "./harness";

const ROWS = 10_000;
const TARGET_MS = { op: "<", value: 3000 } as const;
const TARGET_MB = { op: "<", value: 400 } as const;
const OPTIONS = ["降低", "转移", "规避", "接受"];
const CONTROLS = ["A.8.7、A.8.13", "5.15-5.18", "Control 8.5", "A.5.23；A.8.16"];

/** The client's register, written with ExcelJS. */
async function clientRegister(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("风险评估表");
  sheet.addRow(["XX科技有限公司 信息安全风险评估表"]);
  sheet.mergeCells("A1:P1");
  sheet.addRow([
    "序号",
    "风险编号",
    "资产名称",
    "威胁",
    "脆弱性",
    "固有风险",
    "",
    "",
    "处置方式",
    "处置措施",
    "控制措施（附录A）",
    "责任人",
    "计划完成时间",
    "残余风险",
    "",
    "",
  ]);
  sheet.addRow([
    "",
    "",
    "",
    "",
    "",
    "可能性",
    "影响程度",
    "风险值",
    "",
    "",
    "",
    "",
    "",
    "可能性",
    "影响程度",
    "风险值",
  ]);
  for (const [from, to] of [
    ["A2", "A3"],
    ["B2", "B3"],
    ["C2", "C3"],
    ["D2", "D3"],
    ["E2", "E3"],
    ["F2", "H2"],
    ["I2", "I3"],
    ["J2", "J3"],
    ["K2", "K3"],
    ["L2", "L3"],
    ["M2", "M3"],
    ["N2", "P2"],
  ] as const) {
    sheet.mergeCells(`${from}:${to}`);
  }
  for (let i = 0; i < ROWS; i++) {
    const likelihood = (i % 5) + 1;
    const impact = ((i * 3) % 5) + 1;
    sheet.addRow([
      i + 1,
      `R-${String(i + 1).padStart(5, "0")}`,
      i % 4 === 0 ? `业务系统 ${i / 4 + 1}` : "",
      "勒索软件攻击",
      "备份未隔离",
      likelihood,
      impact,
      likelihood * impact,
      OPTIONS[i % 4],
      "部署离线备份并定期恢复演练",
      CONTROLS[i % 4],
      "张伟",
      `2026/${(i % 12) + 1}/28`,
      1,
      impact,
      impact,
    ]);
  }
  // The asset merged down over its four risks (after the rows exist, so no row is added early).
  for (let i = 0; i < ROWS; i += 4) sheet.mergeCells(`C${i + 4}:C${Math.min(i + 7, ROWS + 3)}`);
  sheet.addRow([]);
  sheet.addRow(["编制人：", "", "", "审核人：", "", "", "批准人："]);
  await book.xlsx.writeFile(file);
}

async function adopt(input: string, output: string): Promise<void> {
  const adopted = await timeAsync(async () => {
    const snapshot = await (await XlsxSnapshotReader.open(input)).read({ formulas: false });
    const preview = planAdoption(snapshot, { lang: "zh-CN", standard: "2022" }, false);
    const port = XlsxWorkbookPort.create();
    await port.apply(preview.plan);
    await port.save(output);
    return preview;
  });
  const { counts } = adopted.result.adoption;
  const label = `${counts.risks.toLocaleString("en-US")} risks, ${counts.treatments.toLocaleString("en-US")} treatments`;
  report(`isms import: open, read, map, adopt, write (${label})`, adopted.ms, "ms", TARGET_MS);
  report("peak memory, isms import", peakMemoryMb(), "MB", TARGET_MB);
}

function step(...args: string[]): void {
  spawnSync(process.execPath, [__filename, ...args], { stdio: "inherit" });
}

async function main(): Promise<void> {
  const [name, input, output] = process.argv.slice(2);
  if (name === "adopt" && input && output) return adopt(input, output);
  const dir = mkdtempSync(path.join(tmpdir(), "isms-import-bench-"));
  const client = path.join(dir, "client.xlsx");
  await clientRegister(client);
  step("adopt", client, path.join(dir, "adopted.xlsx"));
}

void main();
