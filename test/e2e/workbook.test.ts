/** Workbook panel flows in the built pane, asserted on the fake workbook behind Excel.run. */
import type { Page } from "playwright-core";
import { describeWith } from "../support/describeWith";
import { chromiumProgram } from "../support/programs";
import { horizontalOverflow, screenshot, seriousViolations } from "./support/checks";
import { startPaneHost, type PaneHost } from "./support/pane";

const chromium = chromiumProgram();
jest.setTimeout(120_000);

interface FakeSummary {
  sheets: { name: string; tables: string[]; cells: number; firstRiskRow: string[] }[];
  parts: number;
  syncs: number;
}

/** The fake workbook as plain data, read inside the page. */
function fakeWorkbook(page: Page): Promise<FakeSummary> {
  return page.evaluate(() => {
    interface Cell {
      value: string | number | boolean;
    }
    interface Sheet {
      name: string;
      tables: { name: string }[];
      cells: Record<string, Cell>;
    }
    const host = (
      window as unknown as {
        __isms: { host: { state: { sheets: Sheet[]; customXmlParts: unknown[] }; syncCount: number } };
      }
    ).__isms.host;
    return {
      sheets: host.state.sheets.map((sheet) => ({
        name: sheet.name,
        tables: sheet.tables.map((table) => table.name),
        cells: Object.keys(sheet.cells).length,
        firstRiskRow: ["A2", "B2", "C2"].map((a) => String(sheet.cells[a]?.value ?? "")),
      })),
      parts: host.state.customXmlParts.length,
      syncs: host.syncCount,
    };
  });
}

const flows = [
  {
    lang: "en-US",
    create: "Create ISMS workbook",
    sample: "Add sample data",
    confirm: "Write these sheets",
    beside: "Write beside them",
    register: "Risk register",
    present: "Present",
    gapTab: "Gap",
    overall: /^Current level: \d+% \(target \d+%\)$/,
    weakest: "Weakest clauses",
  },
  {
    lang: "zh-CN",
    create: "创建体系工作簿",
    sample: "添加示例数据",
    confirm: "写入这些工作表",
    beside: "另建新工作表写入",
    register: "风险评估表",
    present: "已有",
    gapTab: "差距分析",
    overall: /^现状得分：\d+%（目标 \d+%）$/,
    weakest: "差距最大的条款",
  },
] as const;

describeWith(chromium)("Workbook panel in Chromium", () => {
  let host: PaneHost;
  beforeAll(async () => {
    host = await startPaneHost(chromium.path ?? "");
  });
  afterAll(async () => host?.close());

  it.each(flows)("$lang: creates the ISMS sheets, then adds sample data beside them", async (flow) => {
    const page = await host.open({ lang: flow.lang });
    await page.getByRole("button", { name: flow.create }).click();
    await page.getByRole("button", { name: flow.confirm }).waitFor();
    // The preview (what will be written) is itself accessible and fits the pane.
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `${flow.lang}-workbook-preview-320`);
    await page.getByRole("button", { name: flow.confirm }).click();
    await page
      .getByText(new RegExp(`^${flow.register}`))
      .first()
      .waitFor();
    await page.getByRole("listitem").filter({ hasText: flow.register }).getByText(flow.present).waitFor();

    await screenshot(page, `${flow.lang}-workbook-created-320`);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    const created = await fakeWorkbook(page);
    const tables = created.sheets.flatMap((sheet) => sheet.tables);
    expect(tables).toEqual(
      expect.arrayContaining([
        "ISMS_Method",
        "ISMS_Assets",
        "ISMS_Risks",
        "ISMS_Treatments",
        "ISMS_SoA",
        "ISMS_Gap",
      ]),
    );
    expect(created.sheets.map((sheet) => sheet.name)).toContain(flow.register);
    // The metadata lives in one very hidden sheet, as the command writes it; no custom XML part.
    expect(created.sheets.map((sheet) => sheet.name)).toContain("_isms_meta");
    expect(created.parts).toBe(0);

    await page.getByRole("button", { name: flow.sample }).click();
    await page.getByRole("button", { name: flow.beside }).click();
    await page
      .getByText(new RegExp(`${flow.register} \\(2\\)`))
      .first()
      .waitFor();
    const withSample = await fakeWorkbook(page);
    const register = withSample.sheets.find((sheet) => sheet.name === `${flow.register} (2)`);
    expect(register?.tables).toEqual(["ISMS_Risks_2"]);
    expect(register?.firstRiskRow[0]).toMatch(/^R-?\d+/);
    // The first sheets are untouched: same cells as before the sample was added.
    const original = withSample.sheets.find((sheet) => sheet.name === flow.register);
    expect(original?.cells).toBe(created.sheets.find((sheet) => sheet.name === flow.register)?.cells);
    await page.close();
  });

  it.each(flows)("$lang: scores the sample's gap analysis and shows the weakest clauses", async (flow) => {
    const page = await host.open({ lang: flow.lang });
    await page.getByRole("button", { name: flow.sample }).click();
    await page.getByRole("button", { name: flow.confirm }).click();
    await page.getByRole("listitem").filter({ hasText: flow.register }).getByText(flow.present).waitFor();
    await page.getByRole("tab", { name: flow.gapTab }).click();
    await page.getByText(flow.overall).waitFor();
    const clauses = page.getByRole("list", { name: flow.weakest }).getByRole("listitem");
    expect(await clauses.count()).toBe(3);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `${flow.lang}-gap-320`);
    await page.close();
  });
});
