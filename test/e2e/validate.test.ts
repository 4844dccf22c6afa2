/**
 * The Validate panel in the built pane, on the sample client's workbook seeded in the fake host: the
 * sample's planted mistakes found, counted, filtered and grouped (accessible, fitting a 320 px pane),
 * each finding taking Excel's selection to its cell (by mouse and by keyboard), the cells marked and
 * unmarked, the findings sheet written with a link per finding, and live mode re-validating after an
 * edit without moving focus or selection.
 */
import type { Page } from "playwright-core";
import type { WorkbookSeed } from "../fakes";
import { describeWith } from "../support/describeWith";
import { chromiumProgram } from "../support/programs";
import { horizontalOverflow, screenshot, seriousViolations } from "./support/checks";
import { startPaneHost, type PaneHost } from "./support/pane";
import { sampleWorkbookSeed } from "./support/sampleSeed";

const chromium = chromiumProgram();
jest.setTimeout(120_000);

/** The pane's clock: the sample's dates are judged on this day (none overdue yet, R-011 too late). */
const TODAY = new Date("2026-04-01T09:00:00");

const flows = [
  {
    lang: "en-US",
    seedLang: "en",
    tab: "Validate",
    plan: "Risk treatment plan",
    counts: ["Errors: 3", "Warnings: 3"],
    checked: "Checked on 2026-04-01: Risk register, Risk treatment plan.",
    warningsOnly: "Warnings (3)",
    all: "All (6)",
    byRisk: "Risk",
    byRule: "Rule",
    ownerMissing: "Treatment without an owner",
    highlight: "Highlight the cells to fix",
    live: "Live: validate again after edits",
    writeReport: "Write report",
    written: /^Written to the sheet “(.+)”: 5 findings, each linked to its cell\.$/,
    fewerErrors: "Errors: 2",
  },
  {
    lang: "zh-CN",
    seedLang: "zh-CN",
    tab: "校验",
    plan: "风险处置计划",
    counts: ["错误：3", "警告：3"],
    checked: "校验日期 2026-04-01：风险评估表、风险处置计划。",
    warningsOnly: "警告（3）",
    all: "全部（6）",
    byRisk: "按风险",
    byRule: "按规则",
    ownerMissing: "处置缺少责任人",
    highlight: "突出显示需修改的单元格",
    live: "实时：编辑后自动重新校验",
    writeReport: "生成报告",
    written: /^已写入工作表“(.+)”：共 5 条问题，每条都链接到对应的单元格。$/,
    fewerErrors: "错误：2",
  },
] as const;

interface FakeWorkbook {
  selection: { sheet: string; address: string } | null;
  /** The pane's marks (conditional formats with the finding formula), as "sheet!A1". */
  marks: string[];
  /** Conditional formats that are not marks, per sheet (the person's own: never touched). */
  otherFormats: Record<string, number>;
  sheets: string[];
  /** Hyperlinks per sheet. */
  links: Record<string, number>;
}

/** The fake workbook behind Excel.run, read inside the page. */
function fakeWorkbook(page: Page): Promise<FakeWorkbook> {
  return page.evaluate(() => {
    interface Rect {
      row: number;
      column: number;
    }
    interface Sheet {
      name: string;
      conditionalFormats: { rect: Rect; formula1: string | null }[];
      hyperlinks: Record<string, unknown>;
    }
    interface State {
      sheets: Sheet[];
      selection: { sheet: string; address: string } | null;
    }
    const { state } = (window as unknown as { __isms: { host: { state: State } } }).__isms.host;
    const isMark = (formula: string | null) => /ISMS finding/.test(formula ?? "");
    // Single-letter columns: the marked sheets here are narrower than 26 columns.
    const a1 = ({ row, column }: Rect) => `${String.fromCharCode(65 + column)}${row + 1}`;
    return {
      selection: state.selection,
      marks: state.sheets.flatMap((s) =>
        s.conditionalFormats.filter((f) => isMark(f.formula1)).map((f) => `${s.name}!${a1(f.rect)}`),
      ),
      otherFormats: Object.fromEntries(
        state.sheets.map((s) => [s.name, s.conditionalFormats.filter((f) => !isMark(f.formula1)).length]),
      ),
      sheets: state.sheets.map((s) => s.name),
      links: Object.fromEntries(state.sheets.map((s) => [s.name, Object.keys(s.hyperlinks).length])),
    };
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

/** A person's edit in Excel: the cell changes and the sheet's onChanged fires. */
function edit(page: Page, sheet: string, address: string, value: string): Promise<void> {
  return page.evaluate(
    ({ sheet, address, value }) => {
      const host = (
        window as unknown as {
          __isms: { host: { edit: (sheet: string, address: string, value: string) => Promise<void> } };
        }
      ).__isms.host;
      return host.edit(sheet, address, value);
    },
    { sheet, address, value },
  );
}

/** The finding buttons (each names its sheet!cell). */
const findingButtons = (page: Page) => page.getByRole("button", { name: /![A-Z]+\d+/ });

describeWith(chromium)("Validate panel in Chromium", () => {
  let host: PaneHost;
  const seeds = new Map<string, WorkbookSeed>();
  beforeAll(async () => {
    host = await startPaneHost(chromium.path ?? "");
    for (const flow of flows) seeds.set(flow.lang, await sampleWorkbookSeed(flow.seedLang));
  });
  afterAll(async () => host?.close());

  async function openValidate(flow: (typeof flows)[number]): Promise<Page> {
    const page = await host.open({ lang: flow.lang, seed: seeds.get(flow.lang) ?? {}, now: TODAY });
    await page.getByRole("tab", { name: flow.tab }).click();
    await page.getByText(flow.checked).waitFor();
    return page;
  }

  it.each(flows)("$lang: finds the sample's mistakes, filters, groups, and goes to a cell", async (flow) => {
    const page = await openValidate(flow);
    expect(await page.getByRole("status").textContent()).toBe(flow.counts.join(""));
    expect(await findingButtons(page).count()).toBe(6);
    // The report as a person first sees it: accessible, fitting the pane.
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `${flow.lang}-validate-320`);

    await page.getByRole("radio", { name: flow.warningsOnly }).check();
    expect(await findingButtons(page).count()).toBe(3);
    await page.getByRole("radio", { name: flow.all }).check();
    await page.getByRole("radio", { name: flow.byRisk }).check();
    const risks = await page.getByRole("heading", { level: 4 }).allTextContents();
    expect(risks.map((heading) => heading.slice(0, 5))).toEqual([
      "R-003",
      "R-007",
      "R-011",
      "R-015",
      "R-019",
      "R-099",
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Chosen by mouse, then by keyboard: Excel's selection moves to the finding's cell.
    await findingButtons(page)
      .filter({ hasText: `${flow.plan}!H8` })
      .click();
    await selectionReaches(page, flow.plan, "H8");
    await findingButtons(page)
      .filter({ hasText: `${flow.plan}!A25` })
      .focus();
    await page.keyboard.press("Enter");
    await selectionReaches(page, flow.plan, "A25");
    await page.close();
  });

  it.each(flows)("$lang: marks the cells, writes the report, re-validates live", async (flow) => {
    const page = await openValidate(flow);
    const before = await fakeWorkbook(page);
    const marks = async (count: number): Promise<string[]> => {
      await page.waitForFunction((count) => {
        interface Sheet {
          conditionalFormats: { formula1: string | null }[];
        }
        const host = (window as unknown as { __isms: { host: { state: { sheets: Sheet[] } } } }).__isms.host;
        const all = host.state.sheets.flatMap((s) => s.conditionalFormats);
        return all.filter((f) => /ISMS finding/.test(f.formula1 ?? "")).length === count;
      }, count);
      return (await fakeWorkbook(page)).marks.sort();
    };

    // Marks: on, one per offending cell; filtered, the warnings' only; off, none.
    await page.getByRole("switch", { name: flow.highlight }).check();
    expect(await marks(6)).toEqual(["A25", "G20", "G4", "H8", "I12", "P16"].map((c) => `${flow.plan}!${c}`));
    await page.getByRole("radio", { name: flow.warningsOnly }).check();
    expect(await marks(3)).toEqual(["G20", "G4", "I12"].map((c) => `${flow.plan}!${c}`));
    await page.getByRole("radio", { name: flow.all }).check();
    await marks(6);

    // Live: an edit to the plan (R-007 gets an owner) re-validates once the edits pause; the marks follow;
    // focus stays on the switch and Excel's selection where it was.
    await findingButtons(page)
      .filter({ hasText: `${flow.plan}!G4` })
      .click();
    await selectionReaches(page, flow.plan, "G4");
    const live = page.getByRole("switch", { name: flow.live });
    await live.check();
    await live.focus();
    await page.waitForFunction(() => {
      const host = (window as unknown as { __isms: { host: { events: { count: () => number } } } }).__isms
        .host;
      return host.events.count() > 0;
    });
    await edit(page, flow.plan, "H8", "IT");
    await page.getByRole("status").filter({ hasText: flow.fewerErrors }).waitFor();
    expect(await marks(5)).not.toContain(`${flow.plan}!H8`);
    expect(await live.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await fakeWorkbook(page)).selection).toEqual({ sheet: flow.plan, address: "G4" });
    await live.uncheck();
    await page.getByRole("switch", { name: flow.highlight }).uncheck();
    expect(await marks(0)).toEqual([]);

    // The report: a sheet of its own, a link per finding; no format was left on the workbook's own sheets.
    await page.getByRole("button", { name: flow.writeReport }).click();
    const message = await page.getByText(flow.written).textContent();
    const sheet = flow.written.exec(message ?? "")?.[1] ?? "";
    const after = await fakeWorkbook(page);
    expect(after.sheets).toEqual([...before.sheets, sheet]);
    expect(after.links[sheet]).toBe(5);
    const own = Object.fromEntries(before.sheets.map((name) => [name, after.otherFormats[name]]));
    expect(own).toEqual(before.otherFormats);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
