import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { WorkbookPanelContainer } from "../../src/taskpane/components/WorkbookPanelContainer";
import type { AdoptActions, AdoptOutcome, AdoptRequest, AdoptionView } from "../../src/taskpane/adoptActions";
import type { WorkbookActions } from "../../src/taskpane/workbookActions";
import { PortError } from "../../src/workbook/port";
import { clientReading, fakeAdoptActions } from "./adoptFakes";

function workbookActions() {
  return {
    status: jest.fn(async () => ({ present: [], missing: ["method" as const, "risks" as const] })),
    preview: jest.fn(async () => ({ sheets: [], conflicts: [] })),
    create: jest.fn(async () => ({ status: "created" as const, written: [] })),
  } satisfies WorkbookActions;
}

function renderPanel(lang: "en" | "zh-CN", adopt: AdoptActions, workbook = workbookActions()) {
  render(
    <App
      initialLang={lang}
      panels={{ workbook: () => <WorkbookPanelContainer actions={workbook} adoptActions={adopt} /> }}
    />,
  );
  return workbook;
}

const words = {
  en: {
    section: "Adopt this workbook",
    read: "Read workbook",
    sheets: "Sheets of this workbook",
    role: "Risk register",
    details: "Header in row 3 · 200 records · with its treatment plan",
    catalog: "Not read: it lists clauses or controls only.",
    count: "Risks 200",
    found: "What was found",
    method: "Likelihood × impact (ISO/IEC 27005, 5×5)",
    warning: /^风险评估表!L7: “03\/04\/2026” could be day\/month or month\/day/,
    notes: "Notes (2)",
    write: "Write ISMS sheets",
  },
  "zh-CN": {
    section: "导入本工作簿",
    read: "读取工作簿",
    sheets: "本工作簿的工作表",
    role: "风险评估表",
    details: "表头在第 3 行 · 200 条记录 · 含风险处置计划",
    catalog: "未读取：该表只列出条款或控制项。",
    count: "风险 200",
    found: "识别结果",
    method: "可能性 × 影响（ISO/IEC 27005，5×5）",
    warning: /^风险评估表!L7: “03\/04\/2026”无法确定是日\/月还是月\/日/,
    notes: "提示（2）",
    write: "写入体系表格",
  },
} as const;

/** The list item of a sheet in the reading. */
async function sheetItem(name: string, listName: string): Promise<HTMLElement> {
  const list = await screen.findByRole("list", { name: listName });
  const item = within(list)
    .getAllByRole("listitem")
    .find((li) => li.firstElementChild?.textContent?.startsWith(name));
  if (!item) throw new Error(`no sheet ${name}`);
  return item;
}

/** The text of a list's chosen option: what the closed list shows. */
function shown(select: HTMLElement): string | null | undefined {
  return select instanceof HTMLSelectElement ? select.selectedOptions[0]?.textContent : undefined;
}

/** Picks an option of a list by its text, as a person does, and lets the re-plan it starts settle. */
async function choose(select: HTMLElement, option: string | RegExp): Promise<void> {
  const item = within(select).getByRole<HTMLOptionElement>("option", { name: option });
  await act(async () => {
    fireEvent.change(select, { target: { value: item.value } });
  });
}

describe("Adopt this workbook", () => {
  it.each(["en", "zh-CN"] as const)(
    "shows how each sheet of the client's workbook was read, what was found and what is wrong (%s)",
    async (lang) => {
      const w = words[lang];
      const adopt = fakeAdoptActions();
      renderPanel(lang, adopt);
      const section = await screen.findByRole("region", { name: w.section });
      fireEvent.click(within(section).getByRole("button", { name: w.read }));

      const register = await sheetItem("风险评估表", w.sheets);
      expect(shown(within(register).getByRole("combobox"))).toBe(w.role);
      expect(within(register).getByText(w.details)).toBeTruthy();
      expect((await sheetItem("附录A控制清单", w.sheets)).textContent).toContain(w.catalog);

      expect(screen.getByText((_, el) => el?.tagName === "LI" && el.textContent === w.count)).toBeTruthy();
      const found = screen.getByRole("region", { name: w.found });
      expect(shown(within(found).getByRole("combobox"))).toBe(w.method);
      // Warnings are listed with their cell; notes stay folded behind their count.
      expect(screen.getByText(w.warning)).toBeTruthy();
      const notes = screen.getByRole("button", { name: w.notes });
      expect(notes.getAttribute("aria-expanded")).toBe("false");
      expect(screen.queryByText(/^风险评估表!E205/)).toBeNull();
      fireEvent.click(notes);
      expect(await screen.findByText(/^风险评估表!E205/)).toBeTruthy();

      expect(screen.getByRole("button", { name: w.write })).toBeTruthy();
      expect(adopt.read).toHaveBeenCalledWith({ lang, standard: "2022", choices: {} });
    },
  );

  it("lists every column of a sheet, with its letter, header and key, the unread ones too", async () => {
    renderPanel("en", fakeAdoptActions());
    fireEvent.click(await screen.findByRole("button", { name: "Read workbook" }));
    const register = await sheetItem("风险评估表", "Sheets of this workbook");
    fireEvent.click(within(register).getByRole("button", { name: "Columns (11)" }));
    expect(shown(within(register).getByRole("combobox", { name: "A · 序号" }))).toBe("Not read");
    expect(shown(within(register).getByRole("combobox", { name: "B · 风险编号" }))).toBe("Risk ID");
    expect(shown(within(register).getByRole("combobox", { name: "K · 备注说明" }))).toBe(
      "Notes (treatment plan)",
    );
  });

  it("re-plans a corrected column's key from the reading already made, without reading again", async () => {
    const adopt = fakeAdoptActions();
    renderPanel("en", adopt);
    fireEvent.click(await screen.findByRole("button", { name: "Read workbook" }));
    const register = await sheetItem("风险评估表", "Sheets of this workbook");
    fireEvent.click(within(register).getByRole("button", { name: "Columns (11)" }));
    await choose(within(register).getByRole("combobox", { name: "K · 备注说明" }), "Risk description");

    await waitFor(() =>
      expect(shown(within(register).getByRole("combobox", { name: "K · 备注说明" }))).toBe(
        "Risk description",
      ),
    );
    expect(adopt.revise).toHaveBeenCalledTimes(1);
    expect(adopt.revise.mock.calls[0]?.[0]).toEqual({
      lang: "en",
      standard: "2022",
      choices: { columns: { 风险评估表: { 10: "description" } } },
    });
    expect(adopt.read).toHaveBeenCalledTimes(1);
  });

  it("re-plans a sheet given another role, dropping that sheet's column corrections", async () => {
    const adopt = fakeAdoptActions();
    renderPanel("zh-CN", adopt);
    fireEvent.click(await screen.findByRole("button", { name: "读取工作簿" }));
    const register = await sheetItem("风险评估表", "本工作簿的工作表");
    fireEvent.click(within(register).getByRole("button", { name: "列（11）" }));
    await choose(within(register).getByRole("combobox", { name: "A · 序号" }), "风险编号");
    await waitFor(() => expect(adopt.revise).toHaveBeenCalledTimes(1));

    const notes = await sheetItem("说明", "本工作簿的工作表");
    const role = within(notes).getByRole("combobox", { name: "说明 识别为" });
    expect(shown(role)).toBe("不读取");
    await choose(role, "资产清单");
    await waitFor(() => expect(shown(within(notes).getByRole("combobox"))).toBe("资产清单"));
    expect(within(notes).getByText("已更正")).toBeTruthy();
    expect(adopt.revise.mock.calls[1]?.[0].choices).toEqual({
      roles: { 说明: "assets" },
      columns: { 风险评估表: { 0: "riskId" } },
    });
    expect(adopt.read).toHaveBeenCalledTimes(1);
  });

  it("plans again for another language of the ISMS sheets, without reading again", async () => {
    const adopt = fakeAdoptActions();
    renderPanel("en", adopt);
    fireEvent.click(await screen.findByRole("button", { name: "Read workbook" }));
    await screen.findByRole("list", { name: "Sheets of this workbook" });
    await choose(screen.getByRole("combobox", { name: "Language of the ISMS sheets" }), "简体中文");
    await waitFor(() => expect(adopt.revise).toHaveBeenCalledTimes(1));
    expect(adopt.revise.mock.calls[0]?.[0]).toMatchObject({ lang: "zh-CN", standard: "2022" });
    expect(adopt.read).toHaveBeenCalledTimes(1);
  });

  it("plans again for another standard and another method, without reading again", async () => {
    const adopt = fakeAdoptActions();
    renderPanel("en", adopt);
    fireEvent.click(await screen.findByRole("button", { name: "Read workbook" }));
    await screen.findByRole("list", { name: "Sheets of this workbook" });
    await choose(screen.getByRole("combobox", { name: "Standard of the ISMS sheets" }), "ISO/IEC 27001:2013");
    await waitFor(() => expect(adopt.revise).toHaveBeenCalledTimes(1));
    expect(adopt.revise.mock.calls[0]?.[0]).toMatchObject({ lang: "en", standard: "2013" });

    const found = screen.getByRole("region", { name: "What was found" });
    await choose(within(found).getByRole("combobox"), "GB/T 20984 matrix method");
    await waitFor(() => expect(adopt.revise).toHaveBeenCalledTimes(2));
    expect(adopt.revise.mock.calls[1]?.[0]).toMatchObject({ standard: "2013", method: "gbt-matrix" });
    expect(adopt.read).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["en", "Written: 方法, 风险评估表 (2), 风险处置计划. The client's sheets are unchanged."],
    ["zh-CN", "已写入：方法, 风险评估表 (2), 风险处置计划。客户原有的表格未作改动。"],
  ] as const)(
    "writes the ISMS sheets once, then names them and refreshes the status (%s)",
    async (lang, done) => {
      const adopt = fakeAdoptActions();
      const workbook = renderPanel(lang, adopt);
      fireEvent.click(await screen.findByRole("button", { name: words[lang].read }));
      expect(await screen.findByText(/风险评估表 \(2\) — 200/)).toBeTruthy();
      fireEvent.click(screen.getByRole("button", { name: words[lang].write }));

      expect(await screen.findByText(new RegExp(`^${done.replace(/[().]/g, "\\$&")}`))).toBeTruthy();
      expect(screen.getByText(/风险评估表 → 风险评估表 \(2\)/)).toBeTruthy();
      expect(adopt.write).toHaveBeenCalledTimes(1);
      expect(screen.queryByRole("button", { name: words[lang].write })).toBeNull();
      await waitFor(() => expect(workbook.status).toHaveBeenCalledTimes(2));
    },
  );

  it("shows a port error on writing in the user's language, and keeps the reading to try again", async () => {
    const adopt = fakeAdoptActions({
      write: jest.fn(async (): Promise<AdoptOutcome> => {
        throw new PortError("port.sheetProtected", "AccessDenied", "风险评估表");
      }),
    });
    renderPanel("zh-CN", adopt);
    fireEvent.click(await screen.findByRole("button", { name: "读取工作簿" }));
    fireEvent.click(await screen.findByRole("button", { name: "写入体系表格" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/“风险评估表”受保护/);
    expect(screen.getByRole("button", { name: "写入体系表格" })).toBeTruthy();
  });

  it("offers no write when no sheet could be read", async () => {
    const nothing: AdoptionView = {
      ...clientReading,
      sheets: clientReading.sheets.map((s) => ({ ...s, role: "none" as const, columns: [] })),
    };
    renderPanel("en", fakeAdoptActions({ read: jest.fn(async (_request: AdoptRequest) => nothing) }));
    fireEvent.click(await screen.findByRole("button", { name: "Read workbook" }));
    expect(await screen.findByText(/^No sheet was recognised/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Write ISMS sheets" }).hasAttribute("disabled")).toBe(true);
  });
});
