import { TextEncoder as NodeTextEncoder } from "node:util";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Lang } from "../../src/i18n";
import { createWorkbook } from "../../src/operations/createWorkbook";
import { previewSoa, soaFindingMessage } from "../../src/operations/generateSoa";
import { App } from "../../src/taskpane/components/App";
import { SoaPanelContainer } from "../../src/taskpane/components/SoaPanelContainer";
import { ismsSoaActions } from "../../src/taskpane/ismsSoaActions";
import { lazySoaActions } from "../../src/taskpane/lazyWorkbookActions";
import type { SoaActions, SoaPreviewView } from "../../src/taskpane/soaActions";
import { PortError } from "../../src/workbook/port";

const SHEET = { en: "Statement of Applicability", "zh-CN": "适用性声明" } as const;

/** A refresh of the workbook's SoA to 2.0: two controls newly applicable, one of each finding. */
function previewIn(lang: Lang, patch: Partial<SoaPreviewView> = {}): SoaPreviewView {
  const sheet = SHEET[lang];
  return {
    mode: "refresh",
    sheet,
    standard: "2022",
    version: "2.0",
    counts: {
      applicable: 40,
      excluded: 2,
      undecided: 51,
      byStatus: { implemented: 12, partial: 5, planned: 8, notImplemented: 3, unset: 65 },
    },
    newlyApplicable: ["5.17", "8.5"],
    conflicts: [
      {
        controlId: "8.8",
        message: soaFindingMessage(
          { code: "soa.conflict", controlId: "8.8", risks: ["R-001", "R-099"] },
          lang,
        ),
        sheet,
        cell: "E78",
      },
    ],
    orphans: [
      {
        controlId: "5.7",
        message: soaFindingMessage({ code: "soa.orphan", controlId: "5.7" }, lang),
        sheet,
        cell: "E18",
      },
    ],
    missingJustifications: [
      {
        controlId: "7.5",
        message: soaFindingMessage({ code: "soa.justification.missing", controlId: "7.5" }, lang),
      },
    ],
    reviews: [],
    changes: 8,
    first: false,
    ...patch,
  };
}

type FakeSoaActions = { [K in keyof SoaActions]: jest.MockedFunction<SoaActions[K]> };

function fakeActions(preview: (lang: Lang) => SoaPreviewView = previewIn): FakeSoaActions {
  return {
    preview: jest.fn(async (lang: Lang) => preview(lang)),
    apply: jest.fn(async (shown: SoaPreviewView) => ({
      mode: shown.mode,
      sheet: shown.sheet,
      version: shown.version,
    })),
    select: jest.fn(async (_sheet: string, _cell: string) => undefined),
  };
}

const words = {
  en: {
    tab: "SoA",
    title: "Generate or refresh the SoA",
    preview: "Preview",
    previewAgain: "Preview again",
    apply: "Apply",
    cancel: "Cancel",
    refresh:
      "Refreshes the ISO/IEC 27001:2022 SoA on the sheet “Statement of Applicability” to version 2.0; everything typed in it is kept.",
    create: "Adds a new ISO/IEC 27001:2022 SoA sheet “Statement of Applicability”, version 1.0.",
    applicability: "By applicability",
    counts: ["Applicable: 40", "Excluded: 2", "Not decided: 51"],
    byStatus: "By implementation status",
    statuses: [
      "Implemented: 12",
      "Partially implemented: 5",
      "Planned: 8",
      "Not implemented: 3",
      "No status: 65",
    ],
    newly: "Newly applicable controls (2)",
    ids: "5.17, 8.5",
    conflicts: "Conflicts (1)",
    orphans: "Orphaned controls (1)",
    justifications: "Exclusions without a justification (1)",
    changes: "Changes since the previous version: 8 (written to the change list).",
    first: "First version: the change list starts with it.",
    refreshed: "Refreshed: the SoA on the sheet “Statement of Applicability” is now version 2.0.",
    created: "Written: the SoA on the new sheet “Statement of Applicability”, version 1.0.",
    more: "+5 more",
    protectedSheet: "The sheet “Statement of Applicability” is protected.",
    other: "Gap",
  },
  "zh-CN": {
    tab: "适用性声明",
    title: "生成/刷新适用性声明",
    preview: "预览",
    previewAgain: "重新预览",
    apply: "确认写入",
    cancel: "取消",
    refresh:
      "将刷新工作表“适用性声明”上的适用性声明（ISO/IEC 27001:2022），版本变为 2.0；表中已填写的内容全部保留。",
    create: "将新建适用性声明工作表“适用性声明”（ISO/IEC 27001:2022），版本 1.0。",
    applicability: "按适用性",
    counts: ["适用：40", "删减：2", "未确定：51"],
    byStatus: "按实施状态",
    statuses: ["已实施：12", "部分实施：5", "计划实施：8", "未实施：3", "未填写状态：65"],
    newly: "新增适用的控制（2）",
    ids: "5.17、8.5",
    conflicts: "冲突（1）",
    orphans: "孤立控制（1）",
    justifications: "缺少删减理由（1）",
    changes: "与上一版相比的变更：8 条（写入变更记录）。",
    first: "首次发布：变更记录从此版本开始。",
    refreshed: "已刷新：工作表“适用性声明”上的适用性声明现为版本 2.0。",
    created: "已写入：新工作表“适用性声明”上的适用性声明，版本 1.0。",
    more: "等，另有 5 项",
    protectedSheet: "工作表“适用性声明”",
    other: "差距分析",
  },
} as const;

const LANGS = ["en", "zh-CN"] as const;

function renderSoa(lang: Lang, actions: SoaActions) {
  const view = render(
    <App initialLang={lang} panels={{ soa: () => <SoaPanelContainer actions={actions} /> }} />,
  );
  fireEvent.click(screen.getByRole("tab", { name: words[lang].tab }));
  return view;
}

/** Opens the panel and previews. */
async function previewed(lang: Lang, actions: SoaActions): Promise<void> {
  renderSoa(lang, actions);
  fireEvent.click(screen.getByRole("button", { name: words[lang].preview }));
  await screen.findByText(words[lang].changes);
}

describe.each(LANGS)("the SoA panel (%s)", (lang) => {
  const w = words[lang];

  it("writes nothing and reads nothing until asked to preview", async () => {
    const actions = fakeActions();
    renderSoa(lang, actions);
    expect(screen.getByRole("heading", { level: 2, name: w.title })).toBeTruthy();
    await act(async () => undefined);
    expect(actions.preview).not.toHaveBeenCalled();
    expect(actions.apply).not.toHaveBeenCalled();
    expect(screen.queryByRole("button", { name: w.apply })).toBeNull();
  });

  it("previews in the pane's language: the sheet and version, counts, newly applicable controls, findings", async () => {
    const actions = fakeActions();
    await previewed(lang, actions);
    expect(actions.preview).toHaveBeenCalledWith(lang);
    expect(screen.getByText(w.refresh)).toBeTruthy();
    const applicability = screen.getByRole("list", { name: w.applicability });
    expect(
      within(applicability)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(w.counts);
    const statuses = screen.getByRole("list", { name: w.byStatus });
    expect(
      within(statuses)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(w.statuses);
    expect(screen.getByRole("heading", { level: 4, name: w.newly })).toBeTruthy();
    expect(screen.getByText(w.ids)).toBeTruthy();

    const conflicts = screen.getByRole("list", { name: w.conflicts });
    expect(within(conflicts).getByRole("button").textContent).toContain(
      soaFindingMessage({ code: "soa.conflict", controlId: "8.8", risks: ["R-001", "R-099"] }, lang),
    );
    expect(within(conflicts).getByRole("button").textContent).toContain(`${SHEET[lang]}!E78`);
    const orphans = screen.getByRole("list", { name: w.orphans });
    expect(within(orphans).getByRole("button").textContent).toContain(
      soaFindingMessage({ code: "soa.orphan", controlId: "5.7" }, lang),
    );
    // A finding whose control has no row yet is shown, but goes nowhere.
    const missing = screen.getByRole("list", { name: w.justifications });
    expect(within(missing).queryByRole("button")).toBeNull();
    expect(within(missing).getByRole("listitem").textContent).toContain(
      soaFindingMessage({ code: "soa.justification.missing", controlId: "7.5" }, lang),
    );
    expect(screen.getByRole("button", { name: w.previewAgain })).toBeTruthy();
  });

  it("applies the previewed plan as shown, without a second read, and names the sheet and version", async () => {
    const actions = fakeActions();
    await previewed(lang, actions);
    const shown = (await actions.preview.mock.results[0]?.value) as SoaPreviewView;
    fireEvent.click(screen.getByRole("button", { name: w.apply }));
    expect(await screen.findByText(w.refreshed)).toBeTruthy();
    expect(actions.apply).toHaveBeenCalledTimes(1);
    expect(actions.apply.mock.calls[0]?.[0]).toBe(shown);
    expect(actions.preview).toHaveBeenCalledTimes(1);
    // The preview is gone, and focus is back on the panel's first action.
    expect(screen.queryByRole("button", { name: w.apply })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: w.preview }));
  });

  it("says when the SoA is a new sheet and its first version", async () => {
    const actions = fakeActions((asked) =>
      previewIn(asked, { mode: "create", version: "1.0", first: true, changes: 0 }),
    );
    renderSoa(lang, actions);
    fireEvent.click(screen.getByRole("button", { name: w.preview }));
    expect(await screen.findByText(w.create)).toBeTruthy();
    expect(screen.getByText(w.first)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: w.apply }));
    expect(await screen.findByText(w.created)).toBeTruthy();
  });

  it("discards the preview on Cancel, writing nothing", async () => {
    const actions = fakeActions();
    await previewed(lang, actions);
    fireEvent.click(screen.getByRole("button", { name: w.cancel }));
    expect(screen.queryByText(w.refresh)).toBeNull();
    expect(screen.queryByRole("button", { name: w.apply })).toBeNull();
    expect(actions.apply).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: w.preview }));
  });

  it("goes to a finding's cell in Excel when the finding is chosen", async () => {
    const actions = fakeActions();
    await previewed(lang, actions);
    fireEvent.click(screen.getByRole("button", { name: new RegExp(`${SHEET[lang]}!E78`) }));
    await act(async () => undefined);
    expect(actions.select).toHaveBeenCalledWith(SHEET[lang], "E78");
    fireEvent.click(screen.getByRole("button", { name: new RegExp(`${SHEET[lang]}!E18`) }));
    await act(async () => undefined);
    expect(actions.select).toHaveBeenLastCalledWith(SHEET[lang], "E18");
  });

  it("lists the first 20 newly applicable controls, then how many more", async () => {
    const ids = Array.from({ length: 25 }, (_, i) => `8.${i + 1}`);
    const actions = fakeActions((asked) => previewIn(asked, { newlyApplicable: ids }));
    await previewed(lang, actions);
    const separator = lang === "en" ? ", " : "、";
    expect(screen.getByText(`${ids.slice(0, 20).join(separator)} ${w.more}`)).toBeTruthy();
  });

  it("shows a port error in the pane's language and keeps the preview to try again", async () => {
    const actions = fakeActions();
    actions.apply.mockRejectedValueOnce(new PortError("port.sheetProtected", "locked", SHEET[lang]));
    await previewed(lang, actions);
    fireEvent.click(screen.getByRole("button", { name: w.apply }));
    expect((await screen.findByRole("alert")).textContent).toContain(w.protectedSheet);
    expect(screen.getByRole("button", { name: w.apply })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: w.apply }));
    expect(await screen.findByText(w.refreshed)).toBeTruthy();
    expect(actions.apply.mock.calls[1]?.[0]).toBe(actions.apply.mock.calls[0]?.[0]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows a failed preview as an error, with nothing to apply", async () => {
    const actions = fakeActions();
    actions.preview.mockRejectedValueOnce(new Error("boom"));
    renderSoa(lang, actions);
    fireEvent.click(screen.getByRole("button", { name: w.preview }));
    expect((await screen.findByRole("alert")).textContent).toContain("boom");
    expect(screen.queryByRole("button", { name: w.apply })).toBeNull();
  });

  it("keeps its buttons from acting while it works", async () => {
    let finish: (view: SoaPreviewView) => void = () => undefined;
    const actions = fakeActions();
    actions.preview.mockImplementationOnce(
      () => new Promise<SoaPreviewView>((resolve) => (finish = resolve)),
    );
    renderSoa(lang, actions);
    const button = screen.getByRole("button", { name: w.preview });
    fireEvent.click(button);
    expect(button.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(button);
    expect(actions.preview).toHaveBeenCalledTimes(1);
    await act(async () => finish(previewIn(lang)));
    expect(screen.getByRole("button", { name: w.previewAgain }).getAttribute("aria-disabled")).toBeNull();
    expect(screen.getByRole("button", { name: w.apply }).getAttribute("aria-disabled")).toBeNull();
  });

  it("neither applies nor cancels while it previews again", async () => {
    let finish: (view: SoaPreviewView) => void = () => undefined;
    const actions = fakeActions();
    await previewed(lang, actions);
    actions.preview.mockImplementationOnce(
      () => new Promise<SoaPreviewView>((resolve) => (finish = resolve)),
    );
    fireEvent.click(screen.getByRole("button", { name: w.previewAgain }));
    for (const name of [w.previewAgain, w.apply, w.cancel])
      expect(screen.getByRole("button", { name }).getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: w.apply }));
    fireEvent.click(screen.getByRole("button", { name: w.cancel }));
    expect(actions.apply).not.toHaveBeenCalled();
    await act(async () => finish(previewIn(lang, { changes: 9 })));
    expect(screen.getByText(w.changes.replace("8", "9"))).toBeTruthy();
    expect(screen.getByRole("button", { name: w.apply }).getAttribute("aria-disabled")).toBeNull();
  });
});

it("drops a preview made in another language (its messages and the words it writes are in it)", async () => {
  const actions = fakeActions();
  await previewed("en", actions);
  fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
  fireEvent.click(screen.getByRole("radio", { name: "简体中文" }));
  fireEvent.click(screen.getByRole("tab", { name: "适用性声明" }));
  expect(screen.queryByRole("button", { name: "确认写入" })).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "预览" }));
  await screen.findByText(words["zh-CN"].changes);
  expect(actions.preview).toHaveBeenLastCalledWith("zh-CN");
});

describe("the SoA panel's actions over the Office.js port", () => {
  /** The port over the strict fake, which measures requests in UTF-8 (jsdom's window cannot). */
  async function portHarness() {
    Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder });
    return import("../adapter/portHarness");
  }

  async function sampleWorkbook(lang: Lang) {
    const { portOver } = await portHarness();
    const under = portOver({ sheets: [{ name: "Sheet1" }] });
    const created = await createWorkbook(under.port, { lang, standard: "2022", method: "li", sample: true });
    expect(created.status).toBe("created");
    return under;
  }

  it.each(LANGS)(
    "previews the sample's SoA with one read, then applies that plan without another (%s)",
    async (lang) => {
      const { port } = await sampleWorkbook(lang);
      // What the operation itself would write, read before the pane's preview.
      const expected = await previewSoa(port, { lang });
      const read = jest.spyOn(port, "read");
      const apply = jest.spyOn(port, "apply");
      let loads = 0;
      const actions = lazySoaActions(async () => {
        loads++;
        return ismsSoaActions(port);
      });
      const preview = await actions.preview(lang);
      expect(preview).toMatchObject({ mode: "refresh", sheet: SHEET[lang], version: "2.0", first: false });
      expect(preview.counts.applicable + preview.counts.excluded + preview.counts.undecided).toBe(93);
      expect(read).toHaveBeenCalledTimes(1);

      const applied = await actions.apply(preview);
      expect(applied).toEqual({ mode: "refresh", sheet: SHEET[lang], version: "2.0" });
      expect(read).toHaveBeenCalledTimes(1);
      expect(apply).toHaveBeenCalledTimes(1);
      expect(apply).toHaveBeenCalledWith(expected.plan);
      expect(loads).toBe(1);
      // The sheet now says so; a new preview starts from it.
      expect((await actions.preview(lang)).version).toBe("3.0");
      // A preview is written once at most.
      await expect(actions.apply(preview)).rejects.toThrow(/applied already/);
    },
  );

  it("previews a new SoA sheet, the first version, for a workbook without one", async () => {
    const { portOver } = await portHarness();
    const { port, host } = portOver({ sheets: [{ name: "Sheet1" }] });
    const actions = ismsSoaActions(port);
    const preview = await actions.preview("zh-CN");
    expect(preview).toMatchObject({ mode: "create", sheet: "适用性声明", version: "1.0", first: true });
    expect(preview.counts.undecided).toBe(93);
    expect(await actions.apply(preview)).toEqual({ mode: "create", sheet: "适用性声明", version: "1.0" });
    expect(host.state.sheets.map((sheet) => sheet.name)).toContain("适用性声明");
  });

  it("jumps to a cell through the port", async () => {
    const { port, host } = await sampleWorkbook("en");
    await ismsSoaActions(port).select(SHEET.en, "E20");
    expect(host.state.selection).toEqual({ sheet: SHEET.en, address: "E20" });
  });
});
