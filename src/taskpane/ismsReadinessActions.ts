/**
 * The Readiness panel's actions, wired to the operations over a WorkbookPort: judging the 16 items is
 * `checkReadiness` (the same as `isms readiness`), the audit and review sheets are `prepareAuditSheets`,
 * the jump is the port's own selection (as for the Validate panel's findings). Only the pane's view of
 * the results is made here.
 */
import { checkReadiness, type ReadinessReport } from "../operations/checkReadiness";
import { prepareAuditSheets, type PreparedSheet } from "../operations/prepareAuditSheets";
import { localIsoDate } from "../operations/timing";
import { PortError, type WorkbookPort } from "../workbook/port";
import type { PreparedView, ReadinessActions, ReadinessView } from "./readinessActions";

/** Absent place fields stay absent (the view never holds `sheet: undefined`). */
function placeOf({ sheet, cell }: { readonly sheet?: string; readonly cell?: string }) {
  return { ...(sheet === undefined ? {} : { sheet }), ...(cell === undefined ? {} : { cell }) };
}

/** The panel's view of a report judged on `today`. */
export function readinessView(report: ReadinessReport, today: string): ReadinessView {
  return {
    score: report.score,
    items: report.items.map(({ id, key, title, status, reasons }) => ({
      id,
      key,
      title,
      status,
      reasons: reasons.map((reason) => ({ code: reason.code, message: reason.message, ...placeOf(reason) })),
    })),
    blockers: report.blockers.map((blocker) => ({
      id: blocker.id,
      key: blocker.key,
      title: blocker.title,
      message: blocker.message,
      ...placeOf(blocker),
    })),
    today,
  };
}

/** The sheets written, by what happened to them (in the operation's order). */
export function preparedView(sheets: readonly PreparedSheet[]): PreparedView {
  const named = (action: PreparedSheet["action"]) =>
    sheets.filter((s) => s.action === action).map((s) => s.sheet);
  return { created: named("created"), updated: named("updated") };
}

export function ismsReadinessActions(
  port: WorkbookPort,
  /** The pane's clock: the workbook is judged on its local date. */
  now: () => Date = () => new Date(),
): ReadinessActions {
  return {
    async check(lang) {
      const today = localIsoDate(now());
      return readinessView(await checkReadiness(port, { today, lang }), today);
    },
    async prepareAuditSheets(lang) {
      const prepared = await prepareAuditSheets(port, { lang, today: localIsoDate(now()) });
      return preparedView(prepared.sheets);
    },
    async goTo(sheet, cell) {
      // Jumps are offered in the pane only, whose port selects: asking elsewhere is a broken invariant.
      if (!port.select) throw new PortError("port.unknown", "this workbook cannot select a cell");
      await port.select(sheet, cell);
    },
  };
}
