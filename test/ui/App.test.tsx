import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { SoaPanelContainer } from "../../src/taskpane/components/SoaPanelContainer";
import type { SoaActions } from "../../src/taskpane/soaActions";

describe("the pane's shell", () => {
  it.each([
    ["en", "ISMS Workbench", ["Workbook", "Validate", "SoA", "Gap", "Readiness", "Settings"]],
    ["zh-CN", "ISMS 工作台", ["工作簿", "校验", "适用性声明", "差距分析", "认证准备", "设置"]],
  ] as const)("renders its header and navigation in %s", (lang, title, tabs) => {
    render(<App initialLang={lang} />);
    expect(screen.getByRole("heading", { level: 1, name: title })).toBeTruthy();
    expect(screen.getAllByRole("tab")).toHaveLength(tabs.length);
    for (const name of tabs) expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("tab", { name: tabs[0] }).getAttribute("aria-selected")).toBe("true");
  });

  it("switches language from the Settings panel", () => {
    const onLangChange = jest.fn();
    render(<App initialLang="en" onLangChange={onLangChange} />);
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    fireEvent.click(screen.getByRole("radio", { name: "简体中文" }));
    expect(onLangChange).toHaveBeenNthCalledWith(1, "zh-CN");
    expect(screen.getByRole("heading", { level: 1, name: "ISMS 工作台" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "设置" }).getAttribute("aria-selected")).toBe("true");
  });

  it("keeps only the selected tab in the Tab order; arrow keys, Home and End move focus between tabs", () => {
    render(<App initialLang="en" />);
    const tabs = screen.getAllByRole("tab");
    const [workbook, validate, settings] = ["Workbook", "Validate", "Settings"].map((name) =>
      screen.getByRole("tab", { name }),
    ) as [HTMLElement, HTMLElement, HTMLElement];
    expect(screen.getByRole("tablist", { name: "Sections" })).toBeTruthy();
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
    expect(tabs.map((tab) => tab.getAttribute("aria-controls"))).toEqual(Array(6).fill("isms-panel"));
    workbook.focus();
    fireEvent.keyDown(workbook, { key: "ArrowRight" });
    expect(document.activeElement).toBe(validate);
    // Focus moves, selection does not, until the tab is activated.
    expect(workbook.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(validate, { key: "ArrowLeft" });
    fireEvent.keyDown(workbook, { key: "ArrowLeft" });
    expect(document.activeElement).toBe(settings);
    fireEvent.keyDown(settings, { key: "ArrowRight" });
    expect(document.activeElement).toBe(workbook);
    fireEvent.keyDown(workbook, { key: "End" });
    expect(document.activeElement).toBe(settings);
    fireEvent.keyDown(settings, { key: "Home" });
    expect(document.activeElement).toBe(workbook);
    fireEvent.click(validate);
    expect(validate.getAttribute("aria-selected")).toBe("true");
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([-1, 0, -1, -1, -1, -1]);
    expect(screen.getByRole("tabpanel", { name: "Validate" })).toBeTruthy();
  });

  it("shows a panel supplied by the composition root", () => {
    render(<App initialLang="en" panels={{ workbook: () => <p>workbook panel body</p> }} />);
    expect(screen.getByText("workbook panel body")).toBeTruthy();
  });

  it.each([
    ["en", "SoA", "Generate or refresh the SoA", "Preview"],
    ["zh-CN", "适用性声明", "生成/刷新适用性声明", "预览"],
  ] as const)(
    "shows the SoA panel under its tab in %s, reading nothing until asked",
    (lang, tab, title, preview) => {
      const actions: SoaActions = { preview: jest.fn(), apply: jest.fn(), select: jest.fn() };
      render(<App initialLang={lang} panels={{ soa: () => <SoaPanelContainer actions={actions} /> }} />);
      fireEvent.click(screen.getByRole("tab", { name: tab }));
      expect(screen.getByRole("tabpanel", { name: tab })).toBeTruthy();
      expect(screen.getByRole("heading", { level: 2, name: title })).toBeTruthy();
      expect(screen.getByRole("button", { name: preview })).toBeTruthy();
      expect(
        screen.queryByText(lang === "en" ? "This section is not available yet." : "此功能尚未提供。"),
      ).toBeNull();
      expect(actions.preview).not.toHaveBeenCalled();
    },
  );

  it("says a panel the composition root does not supply is not available yet", () => {
    render(<App initialLang="en" />);
    fireEvent.click(screen.getByRole("tab", { name: "SoA" }));
    expect(screen.getByText("This section is not available yet.")).toBeTruthy();
  });
});
