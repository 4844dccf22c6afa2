import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { ruleTitle, severityLabel, type RuleCode } from "../../src/domain/treatment";
import type { Lang } from "../../src/i18n";
import { App } from "../../src/taskpane/components/App";
import { ValidatePanelContainer } from "../../src/taskpane/components/ValidatePanelContainer";
import { LIVE_QUIET_MS } from "../../src/taskpane/hooks/useValidatePanel";
import type {
  FindingView,
  ValidateActions,
  ValidateRequest,
  ValidationView,
} from "../../src/taskpane/validateActions";
import { PortError } from "../../src/workbook/port";

const REGISTER = "风险评估表";
const PLAN = "风险处置计划";

function finding(
  lang: Lang,
  rule: RuleCode,
  severity: "error" | "warning",
  sheet: string,
  cell: string,
  riskId?: string,
): FindingView {
  return {
    rule,
    title: ruleTitle(rule, lang),
    severity,
    severityLabel: severityLabel(severity, lang),
    sheet,
    cell,
    ...(riskId ? { riskId } : {}),
    message: `${rule} @ ${cell}`,
  };
}

/** Three errors and a warning: two rules on R-007, one on R-012, one on a row without a risk id. */
function reportIn(lang: Lang, today = "2026-04-01"): ValidationView {
  return {
    findings: [
      finding(lang, "risk.id.missing", "error", REGISTER, "A9"),
      finding(lang, "treatment.owner.missing", "error", PLAN, "H7", "R-007"),
      finding(lang, "treatment.control.missing", "warning", PLAN, "F7", "R-007"),
      finding(lang, "treatment.owner.missing", "error", PLAN, "H12", "R-012"),
    ],
    counts: { error: 3, warning: 1 },
    sheets: { risks: REGISTER, treatments: PLAN },
    today,
  };
}

type FakeValidateActions = ValidateActions & {
  [K in Exclude<keyof ValidateActions, "features">]: jest.Mock;
} & { change: () => void; unsubscribe: jest.Mock };

function fakeActions(report: (request: ValidateRequest) => ValidationView): FakeValidateActions {
  let onChange: (() => void) | undefined;
  const unsubscribe = jest.fn(async () => undefined);
  return {
    features: { highlight: true, live: true },
    validate: jest.fn(async (request: ValidateRequest) => report(request)),
    select: jest.fn(async () => undefined),
    highlight: jest.fn(async () => undefined),
    writeReport: jest.fn(async () => ({ sheet: "校验报告", findings: 4, replaced: false })),
    watch: jest.fn(async (_sheets: readonly string[], listener: () => void) => {
      onChange = listener;
      return unsubscribe;
    }),
    change: () => onChange?.(),
    unsubscribe,
  };
}

const words = {
  en: {
    tab: "Validate",
    errors: "Errors: 3",
    warnings: "Warnings: 1",
    checked: `Checked on 2026-04-01: ${REGISTER}, ${PLAN}.`,
    showWarnings: "Warnings (1)",
    byRisk: "Risk",
    noRiskId: "Rows without a risk ID (1)",
    highlight: "Highlight the cells to fix",
    live: "Live: validate again after edits",
    writeReport: "Write report",
    written: "Written to the sheet “校验报告”: 4 findings, each linked to its cell.",
    clean: "No findings: the register and the plan pass every check.",
    protectedSheet: `The sheet “${PLAN}” is protected.`,
  },
  "zh-CN": {
    tab: "校验",
    errors: "错误：3",
    warnings: "警告：1",
    checked: `校验日期 2026-04-01：${REGISTER}、${PLAN}。`,
    showWarnings: "警告（1）",
    byRisk: "按风险",
    noRiskId: "缺少风险编号的行（1）",
    highlight: "突出显示需修改的单元格",
    live: "实时：编辑后自动重新校验",
    writeReport: "生成报告",
    written: "已写入工作表“校验报告”：共 4 条问题，每条都链接到对应的单元格。",
    clean: "未发现问题：风险评估表和风险处置计划通过全部检查。",
    protectedSheet: `工作表“${PLAN}”`,
  },
} as const;

const LANGS = ["en", "zh-CN"] as const;

function renderValidate(lang: Lang, actions: ValidateActions) {
  const now = () => new Date(2026, 3, 1, 23, 30);
  const view = render(
    <App
      initialLang={lang}
      panels={{ validate: () => <ValidatePanelContainer actions={actions} now={now} /> }}
    />,
  );
  fireEvent.click(screen.getByRole("tab", { name: words[lang].tab }));
  return view;
}

/** The finding buttons, by the cell each names. */
const findingCells = (): string[] =>
  screen
    .queryAllByRole("button", { name: /![A-Z]+\d+/ })
    .map((button) => /!([A-Z]+\d+)/.exec(button.textContent ?? "")?.[1] ?? "");

describe.each(LANGS)("the Validate panel (%s)", (lang) => {
  const w = words[lang];

  it("validates as of the pane's local date, in the pane's language, and shows the counts", async () => {
    const actions = fakeActions(({ lang: asked }) => reportIn(asked));
    renderValidate(lang, actions);
    expect(await screen.findByText(w.errors)).toBeTruthy();
    expect(screen.getByText(w.warnings)).toBeTruthy();
    expect(screen.getByText(w.checked)).toBeTruthy();
    expect(actions.validate).toHaveBeenCalledWith({ today: "2026-04-01", lang });
    expect(screen.getByRole("status").textContent).toBe(`${w.errors}${w.warnings}`);
  });

  it("shows each finding with its severity in words, rule title, risk id, sheet!cell and message", async () => {
    renderValidate(
      lang,
      fakeActions(({ lang: asked }) => reportIn(asked)),
    );
    const owner = await screen.findByRole("button", { name: new RegExp(`${PLAN}!H7`) });
    const text = owner.textContent ?? "";
    for (const part of [
      severityLabel("error", lang),
      "R-007",
      `${PLAN}!H7`,
      ruleTitle("treatment.owner.missing", lang),
      "treatment.owner.missing @ H7",
    ])
      expect(text).toContain(part);
  });

  it("groups by rule (error rules first), then by risk (rows without a risk id last)", async () => {
    renderValidate(
      lang,
      fakeActions(({ lang: asked }) => reportIn(asked)),
    );
    await screen.findByText(w.errors);
    const title = ruleTitle("treatment.owner.missing", lang);
    const ownerList = screen.getByRole("list", { name: lang === "en" ? `${title} (2)` : `${title}（2）` });
    expect(within(ownerList).getAllByRole("button")).toHaveLength(2);
    expect(
      screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent?.replace(/[(（].*$/, "").trim()),
    ).toEqual([
      ruleTitle("risk.id.missing", lang),
      ruleTitle("treatment.owner.missing", lang),
      ruleTitle("treatment.control.missing", lang),
    ]);

    fireEvent.click(screen.getByRole("radio", { name: w.byRisk }));
    const byRisk = screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(byRisk).toEqual([
      lang === "en" ? "R-007 (2)" : "R-007（2）",
      lang === "en" ? "R-012 (1)" : "R-012（1）",
      w.noRiskId,
    ]);
    expect(findingCells()).toEqual(["H7", "F7", "H12", "A9"]);
  });

  it("filters by severity", async () => {
    renderValidate(
      lang,
      fakeActions(({ lang: asked }) => reportIn(asked)),
    );
    await screen.findByText(w.errors);
    expect(findingCells()).toHaveLength(4);
    fireEvent.click(screen.getByRole("radio", { name: w.showWarnings }));
    expect(findingCells()).toEqual(["F7"]);
  });

  it("selects a finding's cell in Excel when the finding is chosen", async () => {
    const actions = fakeActions(({ lang: asked }) => reportIn(asked));
    renderValidate(lang, actions);
    fireEvent.click(await screen.findByRole("button", { name: new RegExp(`${PLAN}!H12`) }));
    await act(async () => undefined);
    expect(actions.select).toHaveBeenCalledWith(PLAN, "H12");
  });

  it("highlights the visible findings' cells, follows the filter, and removes the marks when off", async () => {
    const actions = fakeActions(({ lang: asked }) => reportIn(asked));
    renderValidate(lang, actions);
    await screen.findByText(w.errors);
    fireEvent.click(screen.getByRole("switch", { name: w.highlight }));
    await act(async () => undefined);
    expect(actions.highlight).toHaveBeenLastCalledWith([
      { sheet: REGISTER, cell: "A9", severity: "error" },
      { sheet: PLAN, cell: "H7", severity: "error" },
      { sheet: PLAN, cell: "F7", severity: "warning" },
      { sheet: PLAN, cell: "H12", severity: "error" },
    ]);
    fireEvent.click(screen.getByRole("radio", { name: w.showWarnings }));
    await act(async () => undefined);
    expect(actions.highlight).toHaveBeenLastCalledWith([{ sheet: PLAN, cell: "F7", severity: "warning" }]);
    fireEvent.click(screen.getByRole("switch", { name: w.highlight }));
    await act(async () => undefined);
    expect(actions.highlight).toHaveBeenLastCalledWith([]);
    expect(actions.highlight).toHaveBeenCalledTimes(3);
  });

  it("takes its marks away when the panel closes", async () => {
    const actions = fakeActions(({ lang: asked }) => reportIn(asked));
    renderValidate(lang, actions);
    await screen.findByText(w.errors);
    fireEvent.click(screen.getByRole("switch", { name: w.highlight }));
    await act(async () => undefined);
    fireEvent.click(screen.getByRole("tab", { name: lang === "en" ? "Gap" : "差距分析" }));
    await act(async () => undefined);
    expect(actions.highlight).toHaveBeenCalledTimes(2);
    expect(actions.highlight).toHaveBeenLastCalledWith([]);
  });

  it("offers neither marks nor live mode when the workbook cannot have them", async () => {
    const actions = {
      ...fakeActions(({ lang: asked }) => reportIn(asked)),
      features: { highlight: false, live: false },
    };
    renderValidate(lang, actions);
    await screen.findByText(w.errors);
    expect(screen.queryAllByRole("switch")).toEqual([]);
  });

  it("replaces the marks with the new run's", async () => {
    let run = 0;
    const actions = fakeActions(({ lang: asked }) => {
      const report = reportIn(asked);
      return ++run === 1
        ? report
        : { ...report, findings: report.findings.slice(0, 1), counts: { error: 1, warning: 0 } };
    });
    renderValidate(lang, actions);
    await screen.findByText(w.errors);
    fireEvent.click(screen.getByRole("switch", { name: w.highlight }));
    await act(async () => undefined);
    fireEvent.click(screen.getByRole("button", { name: lang === "en" ? "Validate again" : "重新校验" }));
    await screen.findByText(lang === "en" ? "Errors: 1" : "错误：1");
    await act(async () => undefined);
    expect(actions.highlight).toHaveBeenLastCalledWith([{ sheet: REGISTER, cell: "A9", severity: "error" }]);
  });

  it("writes the findings report and says where", async () => {
    const actions = fakeActions(({ lang: asked }) => reportIn(asked));
    renderValidate(lang, actions);
    fireEvent.click(await screen.findByRole("button", { name: w.writeReport }));
    expect(await screen.findByText(w.written)).toBeTruthy();
    expect(actions.writeReport).toHaveBeenCalledWith({ today: "2026-04-01", lang });
  });

  it("says so when nothing is found", async () => {
    renderValidate(
      lang,
      fakeActions(({ lang: asked }) => ({
        ...reportIn(asked),
        findings: [],
        counts: { error: 0, warning: 0 },
      })),
    );
    expect(await screen.findByText(w.clean)).toBeTruthy();
    expect(findingCells()).toEqual([]);
  });

  it("shows a port error in the error bar", async () => {
    const actions = fakeActions(() => {
      throw new PortError("port.sheetProtected", "locked", PLAN);
    });
    renderValidate(lang, actions);
    expect((await screen.findByRole("alert")).textContent).toContain(w.protectedSheet);
  });
});

describe.each(LANGS)("live mode (%s)", (lang) => {
  const w = words[lang];
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("watches the register and the plan, re-runs once after edits pause, and stops when off", async () => {
    const actions = fakeActions(({ lang: asked }) => reportIn(asked));
    renderValidate(lang, actions);
    await screen.findByText(w.errors);
    fireEvent.click(screen.getByRole("switch", { name: w.live }));
    await act(async () => undefined);
    expect(actions.watch).toHaveBeenCalledWith([REGISTER, PLAN], expect.any(Function));
    expect(actions.validate).toHaveBeenCalledTimes(1);

    const finding = screen.getByRole("button", { name: new RegExp(`${PLAN}!H7`) });
    finding.focus();
    act(() => {
      actions.change();
      jest.advanceTimersByTime(LIVE_QUIET_MS / 2);
      actions.change();
      actions.change();
    });
    await act(async () => jest.advanceTimersByTime(LIVE_QUIET_MS - 1));
    expect(actions.validate).toHaveBeenCalledTimes(1);
    await act(async () => jest.advanceTimersByTime(1));
    expect(actions.validate).toHaveBeenCalledTimes(2);
    await act(async () => jest.advanceTimersByTime(LIVE_QUIET_MS * 2));
    expect(actions.validate).toHaveBeenCalledTimes(2);
    // The re-run moved neither the focus nor Excel's selection.
    expect(document.activeElement?.textContent).toBe(finding.textContent);
    expect(actions.select).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("switch", { name: w.live }));
    await act(async () => undefined);
    expect(actions.unsubscribe).toHaveBeenCalledTimes(1);
    act(() => actions.change());
    await act(async () => jest.advanceTimersByTime(LIVE_QUIET_MS * 2));
    expect(actions.validate).toHaveBeenCalledTimes(2);
  });

  it("switches live mode off, and says why, when the workbook cannot be watched", async () => {
    const actions = fakeActions(({ lang: asked }) => reportIn(asked));
    actions.watch.mockRejectedValueOnce(new PortError("port.sheetMissing", "gone", PLAN));
    renderValidate(lang, actions);
    await screen.findByText(w.errors);
    fireEvent.click(screen.getByRole("switch", { name: w.live }));
    expect((await screen.findByRole("alert")).textContent).toContain(PLAN);
    expect(screen.getByRole<HTMLInputElement>("switch", { name: w.live }).checked).toBe(false);
  });

  it("stops watching when the panel closes", async () => {
    const actions = fakeActions(({ lang: asked }) => reportIn(asked));
    renderValidate(lang, actions);
    await screen.findByText(w.errors);
    fireEvent.click(screen.getByRole("switch", { name: w.live }));
    await act(async () => undefined);
    fireEvent.click(screen.getByRole("tab", { name: lang === "en" ? "Gap" : "差距分析" }));
    await act(async () => undefined);
    expect(actions.unsubscribe).toHaveBeenCalledTimes(1);
    act(() => actions.change());
    await act(async () => jest.advanceTimersByTime(LIVE_QUIET_MS * 2));
    expect(actions.validate).toHaveBeenCalledTimes(1);
  });
});
