/**
 * The built pane in headless Chromium: it starts, speaks both languages, and every panel is accessible;
 * the SoA panel's preview, jump-to-cell and apply on a workbook whose SoA is in progress.
 */
import type { Page } from "playwright-core";
import { t } from "../../src/i18n";
import { previewSoa } from "../../src/operations/generateSoa";
import { portOver } from "../adapter/portHarness";
import { describeWith } from "../support/describeWith";
import { chromiumProgram } from "../support/programs";
import { horizontalOverflow, screenshot, seriousViolations, tabStops } from "./support/checks";
import { startPaneHost, type PaneHost } from "./support/pane";
import { soaWorkbookSeed } from "./support/soaSeed";

const chromium = chromiumProgram();
jest.setTimeout(120_000);

const languages = [
  {
    lang: "en-US",
    title: "ISMS Workbench",
    tabs: ["Workbook", "Validate", "SoA", "Gap", "Readiness", "Settings"],
    loading: "Loading…",
  },
  {
    lang: "zh-CN",
    title: "ISMS 工作台",
    tabs: ["工作簿", "校验", "适用性声明", "差距分析", "认证准备", "设置"],
    loading: "正在加载…",
  },
] as const;

describeWith(chromium)("the task pane in Chromium", () => {
  let host: PaneHost;
  beforeAll(async () => {
    host = await startPaneHost(chromium.path ?? "");
  });
  afterAll(async () => host?.close());

  describe.each(languages)("in $lang", ({ lang, title, tabs, loading }) => {
    let page: Page;
    beforeAll(async () => {
      page = await host.open({ lang, width: 320 });
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
    });
    afterAll(async () => page?.close());

    it("registers the ISMS custom functions in the shared runtime", async () => {
      const functions = await page.evaluate(
        () => (window as unknown as { __isms: { functions: string[] } }).__isms.functions,
      );
      expect(functions).toContain("VERSION");
    });

    it.each(tabs.map((tab, index) => [tab, index] as const))(
      "panel %s: no serious accessibility violations and no horizontal overflow at 320 px and 500 px",
      async (tab) => {
        await page.setViewportSize({ width: 320, height: 720 });
        await page.getByRole("tab", { name: tab }).click();
        expect(await page.getByRole("tab", { name: tab }).getAttribute("aria-selected")).toBe("true");
        // The panel itself is checked, not the placeholder shown while its code loads.
        await page.getByRole("tabpanel").getByText(loading).first().waitFor({ state: "detached" });
        expect(await seriousViolations(page)).toEqual([]);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await screenshot(page, `${lang}-${tab}-320`);
        await page.setViewportSize({ width: 500, height: 720 });
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await screenshot(page, `${lang}-${tab}-500`);
      },
    );

    it("is usable by keyboard, with a visible focus indicator on every stop", async () => {
      await page.reload();
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      // Let the Workbook panel finish its first read, so nothing re-renders under the keyboard.
      await page.getByRole("listitem").first().waitFor();
      // Every Tab stop draws a focus indicator; the walk reaches the navigation and the panel's controls.
      const stops = await tabStops(page, 12);
      expect(stops.filter((stop) => !stop.outlined)).toEqual([]);
      expect(stops.map((stop) => stop.role)).toEqual(expect.arrayContaining(["tab", "button", "select"]));
      // From the selected tab, arrow keys move between tabs and Enter selects.
      await page.reload();
      await page.getByRole("listitem").first().waitFor();
      expect((await tabStops(page, 5, "tab")).at(-1)?.role).toBe("tab");
      await page.keyboard.press("ArrowRight");
      expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toContain(tabs[1]);
      await page.keyboard.press("Enter");
      expect(await page.getByRole("tab", { name: tabs[1] }).getAttribute("aria-selected")).toBe("true");
    });
  });
});

const soaFlows = [
  {
    lang: "en-US",
    seedLang: "en",
    tab: "SoA",
    sheet: "Statement of Applicability",
    preview: "Preview",
    apply: "Apply",
    applicability: "By applicability",
    refresh:
      "Refreshes the ISO/IEC 27001:2022 SoA on the sheet “Statement of Applicability” to version 2.0; everything typed in it is kept.",
    conflict: "Control 8.8 is excluded, but risks R-001, R-099 require it.",
    orphan: "Control 5.7 was selected for risk treatment, but no risk cites it any more.",
    justification: "Control 7.4 is excluded without a justification.",
    refreshed: "Refreshed: the SoA on the sheet “Statement of Applicability” is now version 2.0.",
  },
  {
    lang: "zh-CN",
    seedLang: "zh-CN",
    tab: "适用性声明",
    sheet: "适用性声明",
    preview: "预览",
    apply: "确认写入",
    applicability: "按适用性",
    refresh:
      "将刷新工作表“适用性声明”上的适用性声明（ISO/IEC 27001:2022），版本变为 2.0；表中已填写的内容全部保留。",
    conflict: "控制 8.8 已删减，但风险 R-001、R-099 需要它。",
    orphan: "控制 5.7 因风险处置而选用，但已没有风险引用它。",
    justification: "控制 7.4 已删减，但没有删减理由。",
    refreshed: "已刷新：工作表“适用性声明”上的适用性声明现为版本 2.0。",
  },
] as const;

/** A cell of the fake workbook behind Excel.run, read inside the page. */
function cellValue(page: Page, sheet: string, address: string): Promise<unknown> {
  return page.evaluate(
    ({ sheet, address }) => {
      interface State {
        sheets: { name: string; cells: Record<string, { value: unknown }> }[];
      }
      const { state } = (window as unknown as { __isms: { host: { state: State } } }).__isms.host;
      return state.sheets.find((s) => s.name === sheet)?.cells[address]?.value;
    },
    { sheet, address },
  );
}

/** Waits until the fake's selection is `address` on `sheet`. */
async function selectionReaches(page: Page, sheet: string, address: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const host = (window as unknown as { __isms: { host: { state: { selection: unknown } } } }).__isms.host;
      return JSON.stringify(host.state.selection) === JSON.stringify(expected);
    },
    { sheet, address },
  );
}

describeWith(chromium)("the SoA panel in Chromium", () => {
  let host: PaneHost;
  beforeAll(async () => {
    host = await startPaneHost(chromium.path ?? "");
  });
  afterAll(async () => host?.close());

  it.each(soaFlows)(
    "$lang: previews the SoA's refresh, goes to a finding's cell, and applies it as previewed",
    async (flow) => {
      const seed = await soaWorkbookSeed(flow.seedLang);
      // What the operation makes of the same workbook in Node: the panel shows exactly that.
      const expected = await previewSoa(portOver(seed).port, { lang: flow.seedLang });
      const page = await host.open({ lang: flow.lang, width: 320, seed });
      await page.getByRole("tab", { name: flow.tab }).click();
      await page.getByRole("button", { name: flow.preview }).click();
      await page.getByText(flow.refresh).waitFor();
      const counts = page.getByRole("list", { name: flow.applicability }).getByRole("listitem");
      expect(await counts.allTextContents()).toEqual(
        (["applicable", "excluded", "undecided"] as const).map((key) =>
          t(flow.seedLang, `app.soa.${key}`, { count: expected.counts[key] }),
        ),
      );
      const findings = [...expected.conflicts, ...expected.orphans, ...expected.missingJustifications];
      expect(findings.map((f) => f.message)).toEqual(
        expect.arrayContaining([
          expect.stringContaining(flow.conflict),
          expect.stringContaining(flow.orphan),
          expect.stringContaining(flow.justification),
        ]),
      );
      const newly = expected.newlyApplicable.join(t(flow.seedLang, "app.soa.listSeparator"));
      const changes = t(flow.seedLang, "app.soa.changes", { count: expected.changes.length });
      for (const text of [newly, changes, ...findings.map((f) => f.message)])
        await page.getByText(text, { exact: true }).first().waitFor();
      // The preview as a person first sees it: accessible, fitting the pane at both widths.
      expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `${flow.lang}-soa-preview-320`);
      await page.setViewportSize({ width: 500, height: 720 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `${flow.lang}-soa-preview-500`);
      await page.setViewportSize({ width: 320, height: 720 });

      // The conflict's row, chosen by mouse: Excel's selection moves to its applicability cell.
      const conflict = page.getByRole("button", { name: new RegExp(flow.conflict.slice(0, 12)) });
      const place = /!([A-Z]+\d+)/.exec((await conflict.textContent()) ?? "")?.[1] ?? "";
      expect(place).toMatch(/^E\d+$/);
      await conflict.click();
      await selectionReaches(page, flow.sheet, place);

      await page.getByRole("button", { name: flow.apply, exact: true }).click();
      await page.getByText(flow.refreshed).waitFor();
      // The document-control block says so (version in B2).
      expect(await cellValue(page, flow.sheet, "B2")).toBe("2.0");
      expect(await seriousViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `${flow.lang}-soa-applied-320`);
      await page.close();
    },
  );
});
