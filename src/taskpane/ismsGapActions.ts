/**
 * The Gap panel's actions, wired to the operations over a WorkbookPort: scoring is `scoreGapSheet` (the
 * same as `isms gap`), adding the sheet is `addGapSheet`. Only the pane's view (titles in the pane's
 * language, the three weakest groups) is made here.
 */
import type { GroupScore } from "../domain/gap";
import type { Lang } from "../i18n";
import { addGapSheet, scoreGapSheet, themeGroup } from "../operations/scoreGap";
import { gapGroupTitle } from "../workbook/layout/gapGroups";
import type { WorkbookPort } from "../workbook/port";
import { sendGapsToRegister } from "../operations/sendGaps";
import type { GapActions, GapGroupView, GapSummary, SendOutcome } from "./gapActions";

/** Groups below their target, furthest below first (by share of target, then by id order). */
function weakest(groups: readonly GroupScore[], title: (id: string) => string): GapGroupView[] {
  return groups
    .filter((g) => g.score !== null && g.target !== null && g.score < g.target)
    .map((g, index) => ({ g, index, share: g.ofTarget ?? 0 }))
    .sort((a, b) => a.share - b.share || a.index - b.index)
    .slice(0, 3)
    .map(({ g }) => ({ id: g.id, title: title(g.id), score: g.score, target: g.target }));
}

export function ismsGapActions(port: WorkbookPort): GapActions {
  return {
    async summary(lang: Lang): Promise<GapSummary> {
      const report = await scoreGapSheet(port);
      const title = (id: string) => gapGroupTitle(id, report.standard, lang);
      const { overall } = report.scores;
      return {
        sheet: report.sheet,
        standard: report.standard,
        overall: { score: overall.score, target: overall.target, rated: overall.rated, total: overall.total },
        weakestClauses: weakest(report.scores.clauses, title),
        weakestThemes: weakest(report.scores.themes.map(themeGroup), title),
        problems: report.problems.map(({ sheet, cell, value }) => ({ sheet, cell, value })),
      };
    },
    async addSheet(lang: Lang): Promise<void> {
      await addGapSheet(port, lang);
    },
    async sendToRegister(lang: Lang): Promise<SendOutcome> {
      const result = await sendGapsToRegister(port, { lang });
      if (result.status !== "sent") return { status: "unavailable" };
      return { status: "sent", sent: result.sent.length, skipped: result.skipped.length };
    },
  };
}
