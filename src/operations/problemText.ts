/** The words of a workbook problem in a language, with its place: what every surface shows. */
import { t, type Key, type Lang } from "../i18n";
import type { WorkbookProblem } from "../workbook/problems";

/**
 * @example problemText({ code: "workbook.date.month", severity: "info", params: { value: "2026年3月", date: "2026-03-31" } }, "en")
 */
export function problemText(problem: WorkbookProblem, lang: Lang): string {
  const key = problem.code.replace(/^workbook\./, "workbook.problem.") as Key;
  return t(lang, key, problem.params);
}

/** "Sheet!A1: message", or the message alone when the problem has no place. */
export function problemLine(problem: WorkbookProblem, lang: Lang): string {
  const place = problem.sheet ? `${problem.sheet}${problem.cell ? `!${problem.cell}` : ""}: ` : "";
  return `${place}${problemText(problem, lang)}`;
}
