import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { WorkbookPanelContainer } from "../../src/taskpane/components/WorkbookPanelContainer";
import type {
  ConflictChoice,
  CreateOutcome,
  CreateRequest,
  PlanPreview,
  WorkbookActions,
  WorkbookStatus,
} from "../../src/taskpane/workbookActions";
import { PortError } from "../../src/workbook/port";
import { fakeAdoptActions } from "./adoptFakes";

interface ActionMocks {
  preview: jest.Mock<Promise<PlanPreview>, [CreateRequest]>;
  create: jest.Mock<Promise<CreateOutcome>, [CreateRequest, ConflictChoice]>;
}

function fakeActions(overrides: Partial<ActionMocks> = {}) {
  const status: WorkbookStatus = {
    present: [{ key: "risks", name: "风险评估表" }],
    missing: ["method", "assets"],
  };
  const preview: PlanPreview = {
    sheets: [
      { key: "method", name: "Methodology", rows: 5 },
      { key: "risks", name: "Risk register", rows: 0 },
    ],
    conflicts: [],
  };
  const actions = {
    status: jest.fn(async () => status),
    preview: jest.fn(async (_request: CreateRequest) => preview),
    create: jest.fn(async (_request: CreateRequest, _choice: ConflictChoice): Promise<CreateOutcome> => ({
      status: "created",
      written: ["Methodology", "Risk register"],
    })),
    ...overrides,
  };
  return actions;
}

function renderPanel(lang: "en" | "zh-CN", actions: WorkbookActions) {
  const adoptActions = fakeAdoptActions();
  return render(
    <App
      initialLang={lang}
      panels={{
        workbook: () => <WorkbookPanelContainer actions={actions} adoptActions={adoptActions} />,
      }}
    />,
  );
}

describe("the Workbook panel", () => {
  it.each([
    ["en", "Risk register", "Present", "Create ISMS workbook"],
    ["zh-CN", "风险评估表", "已有", "创建体系工作簿"],
  ] as const)("lists the ISMS sheets the workbook has in %s", async (lang, sheet, present, create) => {
    renderPanel(lang, fakeActions());
    const item = await screen.findByText(new RegExp(`^${sheet}`));
    expect(item.closest("li")?.textContent).toContain(present);
    expect(screen.getByRole("button", { name: create })).toBeTruthy();
  });

  it("previews before writing, then creates with the chosen language, standard and method", async () => {
    const actions = fakeActions();
    renderPanel("en", actions);
    fireEvent.click(screen.getByRole("radio", { name: "简体中文" }));
    fireEvent.click(screen.getByRole("radio", { name: "ISO/IEC 27001:2013" }));
    const method = screen.getByRole<HTMLSelectElement>("combobox", { name: "Risk calculation method" });
    const gbt = within(method).getByRole<HTMLOptionElement>("option", { name: "GB/T 20984 matrix method" });
    fireEvent.change(method, { target: { value: gbt.value } });
    expect(method.selectedOptions[0]?.textContent).toBe("GB/T 20984 matrix method");
    fireEvent.click(await screen.findByRole("button", { name: "Create ISMS workbook" }));
    expect(await screen.findByText(/This will write/)).toBeTruthy();
    expect(actions.create).not.toHaveBeenCalled();
    expect(actions.preview.mock.calls[0]?.[0]).toEqual({
      lang: "zh-CN",
      standard: "2013",
      method: "gbt-matrix",
      sample: false,
    });
    fireEvent.click(screen.getByRole("button", { name: "Write these sheets" }));
    await screen.findByText("Written: Methodology, Risk register");
    expect(actions.create.mock.calls[0]?.[1]).toBe("stop");
  });

  it("offers to write beside sheets that already hold data, never over them", async () => {
    const actions = fakeActions({
      preview: jest.fn(async (_request: CreateRequest) => ({
        sheets: [{ key: "risks" as const, name: "Risk register (2)", rows: 31 }],
        conflicts: ["Risk register"],
      })),
    });
    renderPanel("en", actions);
    fireEvent.click(await screen.findByRole("button", { name: "Add sample data" }));
    expect(
      await screen.findByText("Already hold data and will not be overwritten: Risk register"),
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Write these sheets" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Write beside them" }));
    await waitFor(() => expect(actions.create).toHaveBeenCalled());
    expect(actions.create.mock.calls[0]).toEqual([expect.objectContaining({ sample: true }), "beside"]);
  });

  it("shows the sheets that gained data since the preview, and offers to write beside them", async () => {
    const actions = fakeActions({
      create: jest.fn(async (_request: CreateRequest, choice: ConflictChoice): Promise<CreateOutcome> =>
        choice === "stop"
          ? { status: "conflict", conflicts: ["Risk register"] }
          : { status: "created", written: ["Risk register (2)"] },
      ),
    });
    renderPanel("en", actions);
    fireEvent.click(await screen.findByRole("button", { name: "Create ISMS workbook" }));
    fireEvent.click(await screen.findByRole("button", { name: "Write these sheets" }));
    expect(
      await screen.findByText("Already hold data and will not be overwritten: Risk register"),
    ).toBeTruthy();
    expect(screen.queryByText(/^Written:/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Write beside them" }));
    await screen.findByText("Written: Risk register (2)");
    expect(actions.create.mock.calls.map((call) => call[1])).toEqual(["stop", "beside"]);
  });

  it("shows a port error in the user's language", async () => {
    const actions = fakeActions({
      create: jest.fn(async (_request: CreateRequest, _choice: ConflictChoice): Promise<CreateOutcome> => {
        throw new PortError("port.sheetProtected", "AccessDenied", "Risk register");
      }),
    });
    renderPanel("zh-CN", actions);
    fireEvent.click(await screen.findByRole("button", { name: "创建体系工作簿" }));
    fireEvent.click(await screen.findByRole("button", { name: "写入这些工作表" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).not.toMatch(/port\.sheetProtected/);
    expect(alert.textContent).toMatch(/保护/);
  });
});
