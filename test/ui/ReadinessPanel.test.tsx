import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { READINESS_ITEMS } from "../../src/domain/readiness/types";
import { translator, type Lang } from "../../src/i18n";
import { App } from "../../src/taskpane/components/App";
import { ReadinessPanelContainer } from "../../src/taskpane/components/ReadinessPanelContainer";
import { LanguageContext } from "../../src/taskpane/LanguageContext";
import type {
  PreparedView,
  ReadinessActions,
  ReadinessItemView,
  ReadinessStatus,
  ReadinessView,
} from "../../src/taskpane/readinessActions";

/** Items 1–9 ready, 10–13 incomplete, 14–16 missing: 9 + 4 × ½ of 16. */
function statusOf(id: number): ReadinessStatus {
  return id <= 9 ? "ready" : id <= 13 ? "incomplete" : "missing";
}

const TITLES: Record<Lang, readonly string[]> = {
  en: READINESS_ITEMS.map((key) => `Item ${key}`),
  "zh-CN": READINESS_ITEMS.map((key) => `项目 ${key}`),
};

function viewIn(lang: Lang): ReadinessView {
  const items: ReadinessItemView[] = READINESS_ITEMS.map((key, index) => {
    const id = index + 1;
    const status = statusOf(id);
    return {
      id,
      key,
      title: TITLES[lang][index] ?? key,
      status,
      reasons:
        status === "ready"
          ? []
          : [
              { code: `${key}.first`, message: `${key} first reason`, sheet: "文件清单", cell: `C${id}` },
              { code: `${key}.second`, message: `${key} second reason`, sheet: "记录清单" },
              { code: `${key}.third`, message: `${key} third reason` },
            ],
    };
  });
  return {
    score: 11 / 16,
    items,
    blockers: items
      .filter((item) => item.status !== "ready")
      .map(({ id, key, title, reasons }) => ({ id, key, title, ...reasons[0]! })),
    today: "2026-04-01",
  };
}

const PREPARED: PreparedView = { created: ["内审方案", "内审检查表"], updated: ["不符合项记录"] };

function fakeActions(): ReadinessActions & {
  check: jest.Mock;
  prepareAuditSheets: jest.Mock;
  goTo: jest.Mock;
} {
  return {
    check: jest.fn(async (lang: Lang) => viewIn(lang)),
    prepareAuditSheets: jest.fn(async () => PREPARED),
    goTo: jest.fn(async () => undefined),
  };
}

const words = {
  en: {
    tab: "Readiness",
    check: "Check readiness",
    checkAgain: "Check again",
    score: "Readiness: 69%",
    ready: "9 of 16 items ready",
    blockers: "What blocks certification (7)",
    items: "The 16 items of a certifiable ISMS",
    statuses: { ready: "Ready", incomplete: "Incomplete", missing: "Missing" },
    prepare: "Create audit and review sheets",
    prepared: ["Created: 内审方案, 内审检查表.", "Refreshed: 不符合项记录."],
    error: "Something went wrong: the workbook is busy",
  },
  "zh-CN": {
    tab: "认证准备",
    check: "检查认证准备度",
    checkAgain: "重新检查",
    score: "准备度：69%",
    ready: "16 项中已就绪 9 项",
    blockers: "阻碍认证的事项（7）",
    items: "可认证体系的 16 项内容",
    statuses: { ready: "就绪", incomplete: "不完整", missing: "缺失" },
    prepare: "生成内审和管理评审工作表",
    prepared: ["已生成：内审方案、内审检查表。", "已刷新：不符合项记录。"],
    error: "出现问题：the workbook is busy",
  },
} as const;

function renderReadiness(lang: Lang, actions: ReadinessActions) {
  render(
    <App initialLang={lang} panels={{ readiness: () => <ReadinessPanelContainer actions={actions} /> }} />,
  );
  fireEvent.click(screen.getByRole("tab", { name: words[lang].tab }));
}

async function checked(lang: Lang, actions: ReadinessActions) {
  renderReadiness(lang, actions);
  fireEvent.click(screen.getByRole("button", { name: words[lang].check }));
  await screen.findByRole("button", { name: words[lang].checkAgain });
}

describe.each(["en", "zh-CN"] as const)("the Readiness panel in %s", (lang) => {
  const w = words[lang];

  it("reads nothing until asked", () => {
    const actions = fakeActions();
    renderReadiness(lang, actions);
    expect(screen.getByRole("button", { name: w.check })).toBeTruthy();
    expect(actions.check).not.toHaveBeenCalled();
  });

  it("shows the score as a percentage, how many items are ready, and the date judged on", async () => {
    const actions = fakeActions();
    await checked(lang, actions);
    expect(actions.check).toHaveBeenCalledWith(lang);
    const status = screen.getByRole("status");
    expect(within(status).getByText(w.score)).toBeTruthy();
    expect(within(status).getByText(w.ready)).toBeTruthy();
    const bar = screen.getByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("69");
    expect(bar.getAttribute("aria-valuetext")).toBe(`69% · ${w.ready}`);
    expect(screen.getByText(/2026-04-01/)).toBeTruthy();
  });

  it("lists the blockers first, each with its status and first reason", async () => {
    await checked(lang, fakeActions());
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings.indexOf(w.blockers)).toBeLessThan(headings.indexOf(w.items));
    const blockers = within(screen.getByRole("list", { name: w.blockers })).getAllByRole("listitem");
    expect(blockers.map((b) => b.textContent?.match(/(\d+)\. /)?.[1])).toEqual([
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
      "16",
    ]);
    expect(blockers[0]?.textContent).toContain(w.statuses.incomplete);
    expect(blockers[0]?.textContent).toContain("documents first reason");
    expect(blockers[6]?.textContent).toContain(w.statuses.missing);
  });

  it("shows the 16 items with their status in words", async () => {
    await checked(lang, fakeActions());
    const items = within(screen.getByRole("list", { name: w.items })).getAllByRole("listitem");
    expect(items).toHaveLength(16);
    expect(items[0]?.textContent).toContain(w.statuses.ready);
    expect(items[0]?.textContent).toContain(`1. ${TITLES[lang][0]}`);
    expect(items[9]?.textContent).toContain(w.statuses.incomplete);
    expect(items[15]?.textContent).toContain(w.statuses.missing);
    // A ready item has nothing to show: it is not a button.
    expect(within(items[0]!).queryByRole("button")).toBeNull();
  });

  it("takes Excel to a blocker's cell", async () => {
    const actions = fakeActions();
    await checked(lang, actions);
    const blockers = screen.getByRole("list", { name: w.blockers });
    fireEvent.click(within(blockers).getByRole("button", { name: /10\. / }));
    await waitFor(() => expect(actions.goTo).toHaveBeenCalledTimes(1));
    expect(actions.goTo.mock.calls[0]).toEqual(["文件清单", "C10"]);
  });

  it("opens an item to its reasons, each taking Excel to its cell", async () => {
    const actions = fakeActions();
    await checked(lang, actions);
    const items = screen.getByRole("list", { name: w.items });
    const item = within(items).getByRole("button", { name: new RegExp(`14\\. ${TITLES[lang][13]}`) });
    expect(item.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(item);
    expect(item.getAttribute("aria-expanded")).toBe("true");
    const reasons = screen.getByRole("list", { name: `14. ${TITLES[lang][13]}` });
    expect(item.getAttribute("aria-controls")).toBe(reasons.id);
    expect(within(reasons).getAllByRole("listitem")).toHaveLength(3);

    fireEvent.click(within(reasons).getByRole("button", { name: /measurement first reason/ }));
    await waitFor(() => expect(actions.goTo).toHaveBeenCalledTimes(1));
    expect(actions.goTo.mock.calls[0]).toEqual(["文件清单", "C14"]);

    // A reason naming only a sheet goes to the sheet's start; one naming no place is text.
    fireEvent.click(within(reasons).getByRole("button", { name: /measurement second reason/ }));
    await waitFor(() => expect(actions.goTo).toHaveBeenCalledTimes(2));
    expect(actions.goTo.mock.calls[1]).toEqual(["记录清单", "A1"]);
    expect(within(reasons).queryByRole("button", { name: /measurement third reason/ })).toBeNull();
    expect(within(reasons).getByText("measurement third reason")).toBeTruthy();

    fireEvent.click(item);
    expect(item.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("list", { name: `14. ${TITLES[lang][13]}` })).toBeNull();
  });

  it("creates the audit and review sheets, says which, then checks again", async () => {
    const actions = fakeActions();
    await checked(lang, actions);
    fireEvent.click(screen.getByRole("button", { name: w.prepare }));
    expect(await screen.findByText(w.prepared[0])).toBeTruthy();
    expect(screen.getByText(w.prepared[1])).toBeTruthy();
    expect(actions.prepareAuditSheets).toHaveBeenCalledWith(lang);
    await waitFor(() => expect(actions.check).toHaveBeenCalledTimes(2));
    expect(actions.prepareAuditSheets.mock.invocationCallOrder[0]).toBeLessThan(
      actions.check.mock.invocationCallOrder[1]!,
    );
  });

  it("shows why a check failed, and keeps the button to try again", async () => {
    const actions = fakeActions();
    actions.check.mockRejectedValueOnce(new Error("the workbook is busy"));
    renderReadiness(lang, actions);
    fireEvent.click(screen.getByRole("button", { name: w.check }));
    expect((await screen.findByRole("alert")).textContent).toBe(w.error);
    expect(screen.getByRole("button", { name: w.check })).toBeTruthy();
  });
});

describe("the Readiness panel", () => {
  it("says when nothing blocks certification", async () => {
    const actions = fakeActions();
    const view = viewIn("en");
    actions.check.mockResolvedValue({
      ...view,
      score: 1,
      items: view.items.map((item) => ({ ...item, status: "ready" as const, reasons: [] })),
      blockers: [],
    });
    await checked("en", actions);
    expect(screen.getByText("Nothing blocks certification: every item is ready.")).toBeTruthy();
    expect(screen.getByText("16 of 16 items ready")).toBeTruthy();
  });

  it("says the audit and review sheets were up to date when nothing was written", async () => {
    const actions = fakeActions();
    actions.prepareAuditSheets.mockResolvedValue({ created: [], updated: [] });
    renderReadiness("en", actions);
    fireEvent.click(screen.getByRole("button", { name: "Create audit and review sheets" }));
    expect(await screen.findByText("The audit and review sheets were already up to date.")).toBeTruthy();
    await waitFor(() => expect(actions.check).toHaveBeenCalledWith("en"));
  });

  it("checks again in the pane's new language once it has checked", async () => {
    const actions = fakeActions();
    const inLang = (lang: Lang) => (
      <LanguageContext.Provider value={{ lang, t: translator(lang), setLang: () => undefined }}>
        <ReadinessPanelContainer actions={actions} />
      </LanguageContext.Provider>
    );
    const { rerender } = render(inLang("en"));
    fireEvent.click(screen.getByRole("button", { name: "Check readiness" }));
    await screen.findByText("9 of 16 items ready");
    rerender(inLang("zh-CN"));
    expect(await screen.findByText("16 项中已就绪 9 项")).toBeTruthy();
    expect(actions.check.mock.calls).toEqual([["en"], ["zh-CN"]]);
  });
});
