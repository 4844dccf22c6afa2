/**
 * Gap analysis scores: current ratings against targets, weighted, rolled up per clause, sub-clause,
 * Annex A theme (or 2013 domain) and overall, and the prioritised list of gaps. The generated sheet
 * computes the same roll-ups with native SUMPRODUCT formulas, so every mean here is a flat weighted mean
 * over rows, which a formula can state in one cell.
 */
import { clauses } from "../catalog";
import type {
  GapEntry,
  GapItem,
  GapOptions,
  GapRating,
  GapRequirement,
  GapScores,
  GroupScore,
} from "./types";

/** A requirement with its entry resolved: blanks filled with their defaults. */
interface Row {
  readonly requirement: GapRequirement;
  readonly order: number;
  readonly current: GapRating;
  readonly target: number;
  readonly weight: number;
}

/** Blank, negative or non-finite weights count as 1. */
function weightOf(entry: GapEntry | undefined): number {
  const w = entry?.weight;
  return typeof w === "number" && Number.isFinite(w) && w >= 0 ? w : 1;
}

const CONTROL_SPELLING = /^A\.?(\d.*)$/;

/**
 * The id of the requirement an entry rates. "A5.1" and "a.5.1" are control A.5.1; a plain
 * "5.1" is clause 5.1, unless the entry's kind says control or no clause 5.1 is listed.
 */
function requirementIdOf(entry: GapEntry, ids: ReadonlySet<string>): string {
  const typed = entry.requirementId.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
  const control = CONTROL_SPELLING.exec(typed);
  if (control) return `A.${control[1] ?? ""}`;
  if (entry.kind === "control") return `A.${typed}`;
  return ids.has(typed) || entry.kind !== undefined ? typed : `A.${typed}`;
}

function resolveRows(
  requirements: readonly GapRequirement[],
  entries: readonly GapEntry[],
  defaultTarget: number,
): readonly Row[] {
  const ids = new Set(requirements.map((r) => r.id));
  const byId = new Map<string, GapEntry>();
  // The first entry for a requirement wins, as a lookup formula (MATCH, VLOOKUP) finds the first row.
  for (const entry of entries) {
    const id = requirementIdOf(entry, ids);
    if (ids.has(id) && !byId.has(id)) byId.set(id, entry);
  }
  return requirements.map((requirement, order) => {
    const entry = byId.get(requirement.id);
    return {
      requirement,
      order,
      current: entry?.current ?? null,
      target: entry?.target ?? defaultTarget,
      weight: weightOf(entry),
    };
  });
}

/**
 * One group's score over its rows. Rows that count: those with a numeric current, and (with
 * notApplicable "atTarget") those rated "na", taken as current = target. Then
 * score = Σ(w·current) / Σw / max and target = Σ(w·target) / Σw / max over the rows that count.
 */
function groupScore(id: string, rows: readonly Row[], options: GapOptions): GroupScore {
  const atTarget = options.notApplicable === "atTarget";
  let weights = 0;
  let currents = 0;
  let targets = 0;
  let rated = 0;
  let notApplicable = 0;
  for (const row of rows) {
    if (row.current === "na") notApplicable += 1;
    if (typeof row.current === "number") rated += 1;
    const current =
      typeof row.current === "number" ? row.current : row.current === "na" && atTarget ? row.target : null;
    if (current === null) continue;
    weights += row.weight;
    currents += row.weight * current;
    targets += row.weight * row.target;
  }
  const max = options.scale.max;
  const score = weights > 0 ? currents / weights / max : null;
  const target = weights > 0 ? targets / weights / max : null;
  return {
    id,
    score,
    target,
    gap: score === null || target === null ? null : target - score,
    ofTarget: score === null || target === null || target === 0 ? null : score / target,
    rated,
    notApplicable,
    total: rows.length,
  };
}

/** Groups of `rows` by `group`, in the order the groups first appear. */
function byGroup(rows: readonly Row[]): ReadonlyMap<string, readonly Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const members = groups.get(row.requirement.group) ?? [];
    members.push(row);
    groups.set(row.requirement.group, members);
  }
  return groups;
}

/** Each sub-clause with children, with its own row and all its descendants' rows. */
function subClauseGroups(rows: readonly Row[]): ReadonlyMap<string, readonly Row[]> {
  const parentOf = new Map(rows.map((row) => [row.requirement.id, row.requirement.parent]));
  const ancestorsOf = (id: string): string[] => {
    const chain: string[] = [];
    // The visited check keeps a parent cycle in a hand-made requirement list from looping.
    for (let p = parentOf.get(id); p !== undefined && p !== id && !chain.includes(p); p = parentOf.get(p)) {
      chain.push(p);
    }
    return chain;
  };
  const parents = new Set(rows.flatMap((row) => row.requirement.parent ?? []));
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    if (row.requirement.kind === "subclause" && parents.has(row.requirement.id))
      groups.set(row.requirement.id, []);
  }
  for (const row of rows) {
    for (const id of [row.requirement.id, ...ancestorsOf(row.requirement.id)]) groups.get(id)?.push(row);
  }
  return groups;
}

function gapItems(rows: readonly Row[]): readonly GapItem[] {
  const items = rows.flatMap((row) => {
    const { current, target, weight, requirement } = row;
    if (typeof current !== "number" || target - current <= 0) return [];
    const gap = target - current;
    const item: GapItem = {
      requirementId: requirement.id,
      kind: requirement.kind,
      group: requirement.group,
      current,
      target,
      weight,
      gap,
      weighted: gap * weight,
    };
    return [{ item, order: row.order }];
  });
  items.sort((a, b) => b.item.weighted - a.item.weighted || b.item.gap - a.item.gap || a.order - b.order);
  return items.map(({ item }) => item);
}

/** The main clauses "4".."10", from the catalog. */
const CLAUSE_GROUPS: readonly string[] = clauses()
  .filter((clause) => clause.parent === undefined)
  .map((clause) => clause.id);

/**
 * Scores a gap analysis.
 *
 * Per row (requirement): a blank weight is 1; a blank target is `scale.defaultTarget`; a row not yet
 * rated (current null, or no entry at all) is left out of every mean, scores and targets alike; a row
 * rated "na" is left out too (notApplicable "exclude", the default) or counts with current = target
 * ("atTarget"). An entry finds its requirement by id (see GapEntry.requirementId for control spellings);
 * the first entry for a requirement is used; entries for ids not in `requirements` are ignored. Ratings
 * are taken as given: parseGapRating is what keeps them on the scale.
 *
 * Per group, over the rows that count, with w the weight:
 *   score = Σ(w·current) / Σw / scale.max,   target = Σ(w·target) / Σw / scale.max   (fractions 0..1)
 *   gap = target − score,   ofTarget = score / target (null when target is 0)
 * Score and target are null when no row counts (or all their weights are 0).
 *
 * Roll-ups are flat: a group's score is the weighted mean over ALL its rows, not a mean of its
 * sub-groups' means. A main clause's group holds its own row and every sub-clause row under it (clause
 * "6": 6, 6.1, 6.1.1–6.1.3, 6.2, 6.3); a sub-clause group holds the sub-clause and its descendants
 * (6.1: 6.1, 6.1.1–6.1.3); overall holds every row, clauses and controls together. The sheet computes
 * the same numbers with SUMPRODUCT over the rows of a group.
 *
 * Gaps: per rated row (numeric current), gap = max(0, target − current) in scale units; rows with a gap
 * are listed by gap × weight, largest first; ties by larger gap, then by requirement order.
 * @example
 * const rows = gapRequirements("2022");
 * const scores = scoreGap(rows, [{ requirementId: "4.1", current: 1 }, { requirementId: "4.2", current: 4, weight: 2 }],
 *   { scale: GAP_SCALES.maturity });
 * scores.clauses[0] // { id: "4", score: 0.6 ((1·1 + 2·4) / 3 / 5), target: 0.6, gap: 0, ofTarget: 1, rated: 2, total: 5, … }
 * scores.gaps // [{ requirementId: "4.1", current: 1, target: 3, gap: 2, weighted: 2, … }]
 */
export function scoreGap(
  requirements: readonly GapRequirement[],
  entries: readonly GapEntry[],
  options: GapOptions,
): GapScores {
  const rows = resolveRows(requirements, entries, options.scale.defaultTarget);
  const clauseRows = byGroup(rows.filter((row) => row.requirement.kind !== "control"));
  const themeRows = byGroup(rows.filter((row) => row.requirement.kind === "control"));
  const score = (groups: ReadonlyMap<string, readonly Row[]>): GroupScore[] =>
    [...groups].map(([id, members]) => groupScore(id, members, options));
  return {
    overall: groupScore("overall", rows, options),
    clauses: CLAUSE_GROUPS.map((id) => groupScore(id, clauseRows.get(id) ?? [], options)),
    subClauses: score(subClauseGroups(rows)),
    themes: score(themeRows),
    gaps: gapItems(rows),
  };
}
