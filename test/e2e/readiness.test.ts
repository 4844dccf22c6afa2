/**
 * The Readiness panel in the built pane, on the sample client's workbook seeded in the fake host: the 16
 * items judged, the score and the blockers shown (accessible, fitting a 320 px pane), a blocker and a
 * reason each taking Excel's selection to their cell, by mouse and by keyboard.
 */
import type { Locator, Page } from "playwright-core";
import type { WorkbookSeed } from "../fakes";
import { describeWith } from "../support/describeWith";
import { chromiumProgram } from "../support/programs";
import { horizontalOverflow, screenshot, seriousViolations } from "./support/checks";
import { startPaneHost, type PaneHost } from "./support/pane";
import { sampleWorkbookSeed } from "./support/sampleSeed";

const chromium = chromiumProgram();
jest.setTimeout(120_000);

/** The pane's clock: the sample is judged on this day. */
const TODAY = new Date("2026-04-01T09:00:00");

const flows = [
  {
    lang: "en-US",
    seedLang: "en",
    tab: "Readiness",
    check: "Check readiness",
    checkAgain: "Check again",
    score: /^Readiness: (\d+)%(\d+) of 16 items ready$/,
    checked: "Checked on 2026-04-01.",
    blockers: /^What blocks certification \((\d+)\)$/,
    items: "The 16 items of a certifiable ISMS",
    statuses: /Ready|Incomplete|Missing/,
    prepare: "Create audit and review sheets",
    prepared: /^(Created|Refreshed): (.+)\.$/,
    separator: ", ",
  },
  {
    lang: "zh-CN",
    seedLang: "zh-CN",
    tab: "认证准备",
    check: "检查认证准备度",
    checkAgain: "重新检查",
    score: /^准备度：(\d+)%16 项中已就绪 (\d+) 项$/,
    checked: "检查日期：2026-04-01。",
    blockers: /^阻碍认证的事项（(\d+)）$/,
    items: "可认证体系的 16 项内容",
    statuses: /就绪|不完整|缺失/,
    prepare: "生成内审和管理评审工作表",
    prepared: /^(已生成|已刷新)：(.+)。$/,
    separator: "、",
  },
] as const;

/** Where the fake host's selection is, read inside the page. */
function selection(page: Page): Promise<{ sheet: string; address: string } | null> {
  return page.evaluate(() => {
    const host = (
      window as unknown as {
        __isms: { host: { state: { selection: { sheet: string; address: string } | null } } };
      }
    ).__isms.host;
    return host.state.selection;
  });
}

/** The fake host's sheets, read inside the page. */
function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = (window as unknown as { __isms: { host: { state: { sheets: { name: string }[] } } } }).__isms
      .host;
    return host.state.sheets.map((sheet) => sheet.name);
  });
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

/** The places a list's buttons go to, as each writes it last ("Risk register!B7"); null for a sheet alone. */
async function placesOf(buttons: Locator): Promise<({ sheet: string; address: string } | null)[]> {
  const texts = await buttons.evaluateAll((all) =>
    all.map((button) => button.lastElementChild?.textContent ?? ""),
  );
  return texts.map((text) => {
    const match = /^(.+)!([A-Z]+\d+)$/.exec(text);
    return match ? { sheet: match[1] ?? "", address: match[2] ?? "" } : null;
  });
}

describeWith(chromium)("Readiness panel in Chromium", () => {
  let host: PaneHost;
  const seeds = new Map<string, WorkbookSeed>();
  beforeAll(async () => {
    host = await startPaneHost(chromium.path ?? "");
    for (const flow of flows) seeds.set(flow.lang, await sampleWorkbookSeed(flow.seedLang));
  });
  afterAll(async () => host?.close());

  async function checkedPane(flow: (typeof flows)[number]): Promise<Page> {
    const page = await host.open({ lang: flow.lang, seed: seeds.get(flow.lang) ?? {}, now: TODAY });
    await page.getByRole("tab", { name: flow.tab }).click();
    await page.getByRole("button", { name: flow.check }).click();
    await page.getByRole("button", { name: flow.checkAgain }).waitFor();
    return page;
  }

  it.each(flows)("$lang: judges the sample, shows the score and the blockers", async (flow) => {
    const page = await checkedPane(flow);
    expect(await page.getByText(flow.checked).count()).toBe(1);
    const summary = (await page.getByRole("status").textContent()) ?? "";
    const score = flow.score.exec(summary);
    expect(score).not.toBeNull();
    const bar = page.getByRole("progressbar");
    expect(await bar.getAttribute("aria-valuenow")).toBe(score?.[1]);

    const heading = (await page.getByRole("heading", { level: 3, name: flow.blockers }).textContent()) ?? "";
    const count = Number(flow.blockers.exec(heading)?.[1]);
    const ready = Number(score?.[2]);
    expect(count).toBe(16 - ready);
    const items = page.getByRole("list", { name: flow.items }).getByRole("listitem");
    expect(await items.count()).toBe(16);
    for (const text of await items.allTextContents()) expect(text).toMatch(flow.statuses);

    // The report as a person first sees it: accessible, fitting the pane.
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `${flow.lang}-readiness-320`);
    await page.close();
  });

  it.each(flows)("$lang: goes to a blocker's cell, and to a reason's by keyboard", async (flow) => {
    const page = await checkedPane(flow);
    const blockers = page.getByRole("list", { name: flow.blockers }).getByRole("button");
    const blockerPlaces = await placesOf(blockers);
    const at = blockerPlaces.findIndex((place) => place !== null);
    expect(at).toBeGreaterThanOrEqual(0);
    const target = blockerPlaces[at];
    await blockers.nth(at).click();
    await selectionReaches(page, target?.sheet ?? "", target?.address ?? "");

    // An item not ready opens to its reasons with Enter; a reason with a cell goes there with Enter.
    const items = page.getByRole("list", { name: flow.items });
    const opener = items.locator("button[aria-expanded]").first();
    await opener.focus();
    await page.keyboard.press("Enter");
    expect(await opener.getAttribute("aria-expanded")).toBe("true");
    const reasons = page
      .locator(`#${(await opener.getAttribute("aria-controls")) ?? ""}`)
      .getByRole("button");
    const reasonPlaces = await placesOf(reasons);
    const withCell = reasonPlaces.findIndex((place) => place !== null);
    if (withCell >= 0) {
      const place = reasonPlaces[withCell];
      await reasons.nth(withCell).focus();
      await page.keyboard.press("Enter");
      await selectionReaches(page, place?.sheet ?? "", place?.address ?? "");
    } else {
      expect(await selection(page)).toEqual(target);
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it.each(flows)("$lang: creates the audit and review sheets, then checks again", async (flow) => {
    const page = await checkedPane(flow);
    const checks = async () => (await page.getByRole("status").textContent()) ?? "";
    expect(await checks()).toMatch(flow.score);
    await page.getByRole("button", { name: flow.prepare }).click();
    const lines = page.getByRole("tabpanel").getByText(flow.prepared);
    await lines.first().waitFor();
    // Each sheet the message names is in the workbook.
    const named = (await lines.allTextContents()).flatMap((line) =>
      (flow.prepared.exec(line)?.[2] ?? "").split(flow.separator),
    );
    expect(named.length).toBeGreaterThanOrEqual(3);
    const sheets = await sheetNames(page);
    for (const name of named) expect(sheets).toContain(name);
    // The check ran again after writing: its summary is there, the buttons usable.
    await page.getByRole("button", { name: flow.checkAgain }).waitFor();
    await page.waitForFunction(() => !document.querySelector("button[aria-disabled='true']"));
    expect(await checks()).toMatch(flow.score);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `${flow.lang}-readiness-prepared-320`);
    await page.close();
  });
});
