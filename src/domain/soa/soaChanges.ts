/**
 * What changed in the SoA since its previous version: the state each version recorded (applicability and
 * status per control, and the conflicts it reported) and the differences a new version makes to it —
 * controls that became applicable or excluded, status changes, new conflicts and orphans, controls added to
 * or no longer in the chosen standard. The change list of each regeneration is built from this.
 */
import type { Standard } from "../catalog";
import { indexPrevious } from "./soaPrevious";
import { parseStatus } from "./soaText";
import type { SoaEntry, SoaPreviousRow, SoaResult } from "./types";

/** The state one SoA version recorded, by control id: "Y", "N" or "" for applicability, then ":" and the status. */
export interface SoaBaseline {
  /** 1 for the first SoA, then +1 on each regeneration. */
  readonly version: number;
  /** ISO date of the version. */
  readonly date: string;
  readonly controls: Readonly<Record<string, string>>;
  /** Controls in conflict (required by a risk, excluded by a person) when the version was made. */
  readonly conflicts: readonly string[];
  /** Controls reported as orphans when the version was made. */
  readonly orphans: readonly string[];
}

export type SoaChangeKind =
  "added" | "applicable" | "excluded" | "undecided" | "status" | "conflict" | "orphan" | "legacy";

/** One line of the change list. `from` / `to` are status keys (or text as typed) for "status". */
export interface SoaChange {
  readonly kind: SoaChangeKind;
  readonly controlId: string;
  readonly from?: string;
  readonly to?: string;
  /** The risks that require the control ("conflict") or now cite it ("applicable"). */
  readonly risks?: readonly string[];
}

/** How a baseline records a row kept although the standard has no such control. */
const LEGACY = "legacy:";

const applicability = (value: boolean | undefined): string =>
  value === true ? "Y" : value === false ? "N" : "";

function statusOf(entry: SoaEntry): string {
  return entry.status ?? entry.statusText ?? "";
}

function decode(code: string): { applicable: boolean | undefined; status: string } {
  const [flag = "", ...rest] = code.split(":");
  const status = rest.join(":");
  return { applicable: flag === "Y" ? true : flag === "N" ? false : undefined, status };
}

/**
 * The state a version records.
 * @example soaBaseline(result, 2, "2026-12-01").controls["5.1"] // "Y:implemented"
 */
export function soaBaseline(result: SoaResult, version: number, date: string): SoaBaseline {
  const controls: Record<string, string> = {};
  for (const entry of result.entries)
    controls[entry.id] = entry.legacy ? LEGACY : `${applicability(entry.applicable)}:${statusOf(entry)}`;
  const ids = (code: string) => result.findings.filter((f) => f.code === code).map((f) => f.controlId);
  return { version, date, controls, conflicts: ids("soa.conflict"), orphans: ids("soa.orphan") };
}

/** A status as a key when it names one, else as typed (so the list says what the person wrote). */
function sameStatus(a: string, b: string): boolean {
  const known = (text: string): string => parseStatus(text) ?? text.trim();
  return known(a) === known(b);
}

/**
 * The changes `result` makes to the version `previous` recorded, in the SoA's order; each control appears
 * once per kind.
 * @example soaChanges(v1, v2) // [{ kind: "applicable", controlId: "8.13", risks: ["R-004"] }, …]
 */
export function soaChanges(previous: SoaBaseline, result: SoaResult): SoaChange[] {
  const changes: SoaChange[] = [];
  const conflicts = new Set(previous.conflicts);
  const orphans = new Set(previous.orphans);
  const findingsOf = new Map<string, SoaResult["findings"][number][]>();
  for (const finding of result.findings) {
    const list = findingsOf.get(finding.controlId) ?? [];
    list.push(finding);
    findingsOf.set(finding.controlId, list);
  }
  const seen = new Set<string>();
  for (const entry of result.entries) {
    seen.add(entry.id);
    const code = previous.controls[entry.id];
    const risks = entry.risks.length > 0 ? { risks: entry.risks } : {};
    if (entry.legacy) {
      if (code !== LEGACY) changes.push({ kind: "legacy", controlId: entry.id });
      continue;
    }
    if (code === undefined) {
      changes.push({ kind: "added", controlId: entry.id, ...risks });
    } else {
      const before = decode(code);
      if (before.applicable !== entry.applicable) {
        const kind =
          entry.applicable === true ? "applicable" : entry.applicable === false ? "excluded" : "undecided";
        changes.push({ kind, controlId: entry.id, ...(kind === "applicable" ? risks : {}) });
      }
      const now = statusOf(entry);
      if (!sameStatus(before.status, now))
        changes.push({ kind: "status", controlId: entry.id, from: before.status, to: now });
    }
    for (const finding of findingsOf.get(entry.id) ?? []) {
      if (finding.code === "soa.conflict" && !conflicts.has(entry.id))
        changes.push({
          kind: "conflict",
          controlId: entry.id,
          ...(finding.risks ? { risks: finding.risks } : {}),
        });
      if (finding.code === "soa.orphan" && !orphans.has(entry.id))
        changes.push({ kind: "orphan", controlId: entry.id });
    }
  }
  return changes;
}

/**
 * The state an SoA that recorded none (made by hand, or before versions were kept) is in now, as typed:
 * what the next version is compared with. Its conflicts and orphans are unknown, so they all count as new.
 * @example soaBaselineOfRows([{ controlId: "A.5.1", applicable: true, status: "已实施" }], "2022", 0, "").controls["5.1"] // "Y:已实施"
 */
export function soaBaselineOfRows(
  rows: readonly SoaPreviousRow[],
  standard: Standard,
  version: number,
  date: string,
): SoaBaseline {
  // Rows joined as derivation joins them (a control listed twice is one control), so only real changes show.
  const { byId, legacy } = indexPrevious(rows, standard);
  const controls: Record<string, string> = {};
  for (const [id, row] of byId) controls[id] = `${applicability(row.applicable)}:${row.status?.trim() ?? ""}`;
  for (const { id } of legacy) controls[id] = LEGACY;
  return { version, date, controls, conflicts: [], orphans: [] };
}
