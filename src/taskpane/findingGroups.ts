/**
 * The Validate panel's view of a report: which findings show under a severity filter, how they group (by
 * rule or by risk), and the cells to mark. Grouping keeps the operation's order inside a group.
 */
import type { CellMark, FindingSeverity, FindingView } from "./validateActions";

export type FindingFilter = "all" | FindingSeverity;
export type FindingGrouping = "rule" | "risk";

export interface FindingGroup {
  /** The rule code, or the risk id ("" for findings on rows without one). */
  readonly key: string;
  /** Most severe finding in the group. */
  readonly severity: FindingSeverity;
  readonly findings: readonly FindingView[];
}

/** The findings a filter lets through. */
export function visibleFindings(findings: readonly FindingView[], filter: FindingFilter): FindingView[] {
  return filter === "all" ? [...findings] : findings.filter((finding) => finding.severity === filter);
}

/**
 * Findings by rule (error rules first, then by first appearance) or by risk (by first appearance, rows
 * without a risk id last).
 * @example groupFindings(findings, "risk").map((g) => g.key) // ["R-003", "R-007", ""]
 */
export function groupFindings(findings: readonly FindingView[], grouping: FindingGrouping): FindingGroup[] {
  const groups = new Map<string, FindingView[]>();
  for (const finding of findings) {
    const key = grouping === "rule" ? finding.rule : (finding.riskId ?? "");
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  const listed = [...groups].map(([key, members]) => ({
    key,
    severity: members.some((f) => f.severity === "error") ? ("error" as const) : ("warning" as const),
    findings: members,
  }));
  const rank = (group: FindingGroup): number =>
    grouping === "rule" ? (group.severity === "error" ? 0 : 1) : group.key === "" ? 1 : 0;
  // Array.prototype.sort is stable: first appearance decides within a rank.
  return listed.sort((a, b) => rank(a) - rank(b));
}

/**
 * One mark per offending cell, the most severe finding's severity when several point at it.
 * @example marksOf([{ sheet: "Plan", cell: "H7", severity: "warning" }, { sheet: "Plan", cell: "H7", severity: "error" }])
 * // [{ sheet: "Plan", cell: "H7", severity: "error" }]
 */
export function marksOf(findings: readonly Pick<FindingView, "sheet" | "cell" | "severity">[]): CellMark[] {
  const marks = new Map<string, CellMark>();
  for (const { sheet, cell, severity } of findings) {
    const key = `${sheet}\u0000${cell}`;
    if (marks.get(key)?.severity !== "error") marks.set(key, { sheet, cell, severity });
  }
  return [...marks.values()];
}
