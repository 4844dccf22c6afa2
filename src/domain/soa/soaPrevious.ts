/**
 * The previous SoA as a person left it: rows keyed by canonical control id, and the joining of several
 * rows into one (a control listed twice, or 2013 controls merged into one 2022 control) so that nothing
 * typed is lost.
 */
import { controlById, type Standard } from "../catalog";
import { parseStatus } from "./soaText";
import { SOA_STATUSES, type SoaPreviousRow } from "./types";

/** The free-text columns a person types. */
type TextField = "reasons" | "justification" | "documents" | "owner" | "notes";

/** A row with the id it is known by. */
export interface KeyedRow {
  readonly id: string;
  readonly row: SoaPreviousRow;
}

/**
 * The canonical id of a typed control id in `standard`, or the id as typed (trimmed) when the standard has
 * no such control; undefined for a blank id.
 * @example canonicalId("A.8.15", "2022") // { id: "8.15", inStandard: true }
 */
export function canonicalId(
  typed: string | undefined,
  standard: Standard,
): { readonly id: string; readonly inStandard: boolean } | undefined {
  const text = typed?.trim() ?? "";
  if (text === "") return undefined;
  const control = controlById(text, standard);
  if (control) return { id: control.id, inStandard: true };
  const other = controlById(text, standard === "2022" ? "2013" : "2022");
  return { id: other?.id ?? text, inStandard: false };
}

/** Distinct non-blank values; labelled by source when they differ, so a reviewer sees whose they were. */
function joinText(
  values: readonly (readonly [label: string, value: string | undefined])[],
): string | undefined {
  const present = values
    .map(([label, value]) => [label, value?.trim() ?? ""] as const)
    .filter(([, value]) => value !== "");
  const distinct = [...new Set(present.map(([, value]) => value))];
  if (distinct.length <= 1) return distinct[0];
  return present.map(([label, value]) => (label ? `${label}: ${value}` : value)).join("\n");
}

/** The least implemented of the statuses, or the texts joined when one of them cannot be read. */
function joinStatus(values: readonly (readonly [string, string | undefined])[]): string | undefined {
  const typed = values.filter(([, value]) => (value?.trim() ?? "") !== "");
  const parsed = typed.map(([, value]) => parseStatus(value));
  if (parsed.some((status) => status === undefined)) return joinText(typed);
  const ranks = parsed.map((status) => SOA_STATUSES.indexOf(status as (typeof SOA_STATUSES)[number]));
  return ranks.length === 0 ? undefined : SOA_STATUSES[Math.min(...ranks)];
}

/** Whether any row selected it; else whether any excluded it; else undecided. */
function joinApplicable(rows: readonly SoaPreviousRow[]): boolean | undefined {
  if (rows.some((row) => row.applicable === true)) return true;
  return rows.some((row) => row.applicable === false) ? false : undefined;
}

/**
 * Several rows as one, under `controlId`; texts labelled with each row's `label` where they differ.
 * @example joinRows("8.15", [{ label: "A.12.4.1", row: { documents: "Logging procedure" } }, …])
 */
export function joinRows(
  controlId: string,
  rows: readonly { readonly label: string; readonly row: SoaPreviousRow }[],
): SoaPreviousRow {
  const [only] = rows;
  if (rows.length === 1 && only) return { ...only.row, controlId };
  const labelled = (field: TextField) => joinText(rows.map(({ label, row }) => [label, row[field]] as const));
  return {
    controlId,
    applicable: joinApplicable(rows.map(({ row }) => row)),
    reasons: labelled("reasons"),
    justification: labelled("justification"),
    status: joinStatus(rows.map(({ label, row }) => [label, row.status] as const)),
    documents: labelled("documents"),
    owner: labelled("owner"),
    notes: labelled("notes"),
  };
}

/**
 * Previous rows by canonical id, first appearance first; a control listed twice becomes one joined row.
 * Rows with a blank id name no control and cannot be keyed: they are skipped.
 */
export function indexPrevious(
  rows: readonly SoaPreviousRow[],
  standard: Standard,
): { readonly byId: Map<string, SoaPreviousRow>; readonly legacy: readonly KeyedRow[] } {
  const groups = new Map<string, { inStandard: boolean; rows: SoaPreviousRow[] }>();
  for (const row of rows) {
    const key = canonicalId(row.controlId, standard);
    if (!key) continue;
    const group = groups.get(key.id);
    if (group) group.rows.push(row);
    else groups.set(key.id, { inStandard: key.inStandard, rows: [row] });
  }
  const byId = new Map<string, SoaPreviousRow>();
  const legacy: KeyedRow[] = [];
  for (const [id, group] of groups) {
    const row = joinRows(
      id,
      group.rows.map((one) => ({ label: "", row: one })),
    );
    if (group.inStandard) byId.set(id, row);
    else legacy.push({ id, row });
  }
  return { byId, legacy };
}
