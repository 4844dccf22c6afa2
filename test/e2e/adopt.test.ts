/**
 * "Adopt this workbook" in the built pane: a client's own register in the fake workbook is read, shown
 * sheet by sheet and column by column (accessible, and fitting a 320 px pane), corrected, and adopted into
 * ISMS sheets written beside it, the client's sheet left as it was.
 */
import type { Page } from "playwright-core";
import type { SheetSeed } from "../fakes";
import { describeWith } from "../support/describeWith";
import { chromiumProgram } from "../support/programs";
import { horizontalOverflow, screenshot, seriousViolations } from "./support/checks";
import { startPaneHost, type PaneHost } from "./support/pane";

const chromium = chromiumProgram();
jest.setTimeout(120_000);

const REGISTER = "风险评估表";
const THREATS = ["未授权访问", "设备丢失或被盗", "恶意代码", "设备故障", "误操作"];

/** A client's register: a title and a scope line above the header (row 3), a remarks column, 80 risks. */
const register: SheetSeed = {
  name: REGISTER,
  // prettier-ignore
  rows: [
    ["XX科技有限公司信息安全风险评估表"],
    ["评估范围：总部及数据中心"],
    ["序号", "风险编号", "资产名称", "威胁", "脆弱性", "可能性", "影响程度", "风险值", "风险责任人", "备注说明"],
    ...Array.from({ length: 80 }, (_, k) => {
      const threat = THREATS[k % THREATS.length] ?? "";
      const [l, i] = [(k % 5) + 1, ((k * 3) % 5) + 1];
      return [k + 1, `R-${String(k + 1).padStart(3, "0")}`, `资产${k % 9}`, threat, "控制不足", l, i, l * i, "张伟", `资产${k % 9}面临${threat}`];
    }),
  ],
};

const flows = [
  {
    lang: "en-US",
    read: "Read workbook",
    sheets: "Sheets of this workbook",
    columns: "Columns (10)",
    description: "Risk description",
    write: "Write ISMS sheets",
    // The ISMS sheets are in English: the register's name is free.
    adopted: "Risk register",
    done: /^Written: .*Risk register.*The client's sheets are unchanged\.$/,
  },
  {
    lang: "zh-CN",
    read: "读取工作簿",
    sheets: "本工作簿的工作表",
    columns: "列（10）",
    description: "风险描述",
    write: "写入体系表格",
    // The ISMS register's name is the client's: it is written beside it under a free one.
    adopted: "风险评估表 (2)",
    done: /^已写入：.*风险评估表 \(2\).*客户原有的表格未作改动。$/,
  },
] as const;

interface FakeSheetSummary {
  name: string;
  tables: string[];
  cells: string;
}

/** Each sheet of the fake workbook: its tables, and its cells as text (to compare before and after). */
function fakeSheets(page: Page): Promise<FakeSheetSummary[]> {
  return page.evaluate(() => {
    interface Sheet {
      name: string;
      tables: { name: string }[];
      cells: Record<string, unknown>;
    }
    const host = (window as unknown as { __isms: { host: { state: { sheets: Sheet[] } } } }).__isms.host;
    return host.state.sheets.map((sheet) => ({
      name: sheet.name,
      tables: sheet.tables.map((table) => table.name),
      cells: JSON.stringify(sheet.cells),
    }));
  });
}

describeWith(chromium)("Adopt this workbook in Chromium", () => {
  let host: PaneHost;
  beforeAll(async () => {
    host = await startPaneHost(chromium.path ?? "");
  });
  afterAll(async () => host?.close());

  it.each(flows)("$lang: reads a client's register, takes a correction, writes beside it", async (flow) => {
    const page = await host.open({ lang: flow.lang, seed: { sheets: [register] } });
    const before = await fakeSheets(page);
    await page.getByRole("button", { name: flow.read }).click();
    const sheet = page.getByRole("list", { name: flow.sheets }).getByRole("listitem").first();
    await sheet.getByRole("button", { name: flow.columns }).click();
    const remarks = sheet.getByRole("combobox", { name: "J · 备注说明" });
    await remarks.waitFor();

    // The reading, with a sheet's columns unfolded, is accessible and fits the pane.
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `${flow.lang}-adopt-reading-320`);

    // A native list, picked by the option's text as a person would; it shows the choice once re-planned.
    await remarks.selectOption({ label: flow.description });
    await remarks.locator("option:checked", { hasText: flow.description }).waitFor({ state: "attached" });
    expect(await remarks.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe(
      flow.description,
    );

    await page.getByRole("button", { name: flow.write }).click();
    await page.getByText(flow.done).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `${flow.lang}-adopt-written-320`);

    const after = await fakeSheets(page);
    expect(after.find((s) => s.name === REGISTER)).toEqual(before.find((s) => s.name === REGISTER));
    const adopted = after.find((s) => s.name === flow.adopted);
    expect(adopted?.tables).toEqual([expect.stringMatching(/^ISMS_Risks/)]);
    expect(adopted?.cells).toContain("资产0面临未授权访问");
    await page.close();
  });
});
