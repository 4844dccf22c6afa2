/** The built pane in headless Chromium: it starts, speaks both languages, and every panel is accessible. */
import type { Page } from "playwright-core";
import { describeWith } from "../support/describeWith";
import { chromiumProgram } from "../support/programs";
import { horizontalOverflow, screenshot, seriousViolations, tabStops } from "./support/checks";
import { startPaneHost, type PaneHost } from "./support/pane";

const chromium = chromiumProgram();
jest.setTimeout(120_000);

const languages = [
  { lang: "en-US", title: "ISMS Workbench", tabs: ["Workbook", "Validate", "SoA", "Gap", "Settings"] },
  { lang: "zh-CN", title: "ISMS 工作台", tabs: ["工作簿", "校验", "适用性声明", "差距分析", "设置"] },
] as const;

describeWith(chromium)("the task pane in Chromium", () => {
  let host: PaneHost;
  beforeAll(async () => {
    host = await startPaneHost(chromium.path ?? "");
  });
  afterAll(async () => host?.close());

  describe.each(languages)("in $lang", ({ lang, title, tabs }) => {
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
      expect(stops.map((stop) => stop.role)).toEqual(expect.arrayContaining(["tab", "button", "combobox"]));
      // From the selected tab, arrow keys move between tabs (Fluent TabList) and Enter selects.
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
