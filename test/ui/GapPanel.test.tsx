import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { GapPanelContainer } from "../../src/taskpane/components/GapPanelContainer";
import type { GapActions, GapSummary } from "../../src/taskpane/gapActions";

const scored: GapSummary = {
  sheet: "差距分析",
  standard: "2022",
  overall: { score: 0.45, target: 0.6, rated: 124, total: 134 },
  weakestClauses: [
    { id: "9", title: "Performance evaluation", score: 0.14, target: 0.6 },
    { id: "6", title: "Planning", score: 0.25, target: 0.6 },
    { id: "10", title: "Improvement", score: 0.27, target: 0.6 },
  ],
  weakestThemes: [{ id: "A.7", title: "Physical controls", score: 0.47, target: 0.6 }],
  problems: [],
};

function actionsWith(summary: GapSummary): GapActions & { addSheet: jest.Mock; sendToRegister: jest.Mock } {
  return {
    summary: jest.fn(async () => summary),
    addSheet: jest.fn(async () => undefined),
    sendToRegister: jest.fn(async () => ({ status: "sent" as const, sent: 12, skipped: 3 })),
  };
}

function renderGap(lang: "en" | "zh-CN", actions: GapActions) {
  render(<App initialLang={lang} panels={{ gap: () => <GapPanelContainer actions={actions} /> }} />);
  fireEvent.click(screen.getByRole("tab", { name: lang === "en" ? "Gap" : "差距分析" }));
}

describe("the Gap panel", () => {
  it.each([
    ["en", "Current level: 45% (target 60%)", "Weakest clauses", "14% of 60%"],
    ["zh-CN", "现状得分：45%（目标 60%）", "差距最大的条款", "14% / 60%"],
  ] as const)(
    "shows the overall score and the three weakest clauses in %s",
    async (lang, overall, heading, first) => {
      renderGap(lang, actionsWith(scored));
      expect(await screen.findByText(overall)).toBeTruthy();
      const list = screen.getByRole("list", { name: heading });
      const items = within(list).getAllByRole("listitem");
      expect(items.map((item) => item.textContent?.split(" ")[0])).toEqual(["9", "6", "10"]);
      expect(items[0]?.textContent).toContain(first);
      expect(screen.getByRole("progressbar", { name: /9 Performance evaluation/ })).toBeTruthy();
    },
  );

  it.each(["en", "zh-CN"] as const)(
    "offers to add the sheet when the workbook has none (%s)",
    async (lang) => {
      const actions = actionsWith({ ...scored, sheet: null, weakestClauses: [], weakestThemes: [] });
      renderGap(lang, actions);
      const add = await screen.findByRole("button", {
        name: lang === "en" ? "Add gap analysis sheet" : "添加差距分析表",
      });
      fireEvent.click(add);
      await screen.findByRole("button", {
        name: lang === "en" ? "Add gap analysis sheet" : "添加差距分析表",
      });
      expect(actions.addSheet).toHaveBeenCalledWith(lang);
    },
  );

  it.each([
    ["en", "Send gaps to the risk register", "12 gaps sent to the risk register (3 were there already)."],
    ["zh-CN", "将差距转入风险评估表", "已将 12 项差距转入风险评估表（3 项此前已转入）。"],
  ] as const)("sends the gaps to the risk register and says how many (%s)", async (lang, button, message) => {
    const actions = actionsWith(scored);
    renderGap(lang, actions);
    fireEvent.click(await screen.findByRole("button", { name: button }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(actions.sendToRegister).toHaveBeenCalledWith(lang);
  });

  it("names the cells whose rating is not on the scale", async () => {
    renderGap(
      "en",
      actionsWith({ ...scored, problems: [{ sheet: "Gap analysis", cell: "G7", value: "good" }] }),
    );
    expect(await screen.findByText(/1 ratings are not on the scale .*Gap analysis!G7/)).toBeTruthy();
  });
});
