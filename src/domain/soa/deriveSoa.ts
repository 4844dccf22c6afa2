/**
 * Deriving the Statement of Applicability (适用性声明) from the risk assessment's existing controls and
 * the controls selected in risk treatment, merged with the previous SoA by control id: derived columns
 * (reasons from the registers, risks, planned date) are refreshed, everything a person typed is kept.
 */
import { controls } from "../catalog";
import { collectCitations, inRegisterOrder, type Citation } from "./soaCitations";
import { soaCounts } from "./soaCounts";
import { indexPrevious } from "./soaPrevious";
import { isBoilerplateJustification, parseReasons, parseStatus } from "./soaText";
import {
  DERIVED_REASONS,
  SOA_REASONS,
  type SoaEntry,
  type SoaFinding,
  type SoaInput,
  type SoaPreviousRow,
  type SoaReason,
  type SoaResult,
} from "./types";

const isDerived = (reason: SoaReason) => DERIVED_REASONS.includes(reason);

/** The columns a person typed, as an entry carries them. */
function typedColumns(row: SoaPreviousRow | undefined): Partial<SoaEntry> {
  if (!row) return {};
  const status = parseStatus(row.status);
  const statusText = row.status?.trim();
  const text = (value: string | undefined) => (value?.trim() ? value : undefined);
  return {
    justification: text(row.justification) ?? combinedJustification(row),
    status,
    statusText: status === undefined && statusText ? statusText : undefined,
    documents: text(row.documents),
    owner: text(row.owner),
    notes: text(row.notes),
  };
}

/**
 * Many templates keep one "reason for inclusion / exclusion" column (理由): for an excluded control with no
 * separate justification, what it says there is the justification, unless it only names selection reasons.
 */
function combinedJustification(row: SoaPreviousRow): string | undefined {
  const reasons = row.reasons?.trim();
  if (row.applicable !== false || !reasons || parseReasons(reasons).length > 0) return undefined;
  return reasons;
}

/** Applicability: the registers' requirement, unless a person excluded it; else the person's choice. */
function decide(
  derived: readonly SoaReason[],
  manual: readonly SoaReason[],
  person: boolean | undefined,
): boolean | undefined {
  if (derived.length > 0) return person !== false;
  if (person !== undefined) return person;
  return manual.length > 0 ? true : undefined;
}

interface Derived {
  readonly entry: SoaEntry;
  readonly findings: readonly SoaFinding[];
}

function deriveEntry(
  id: string,
  citation: Citation | undefined,
  row: SoaPreviousRow | undefined,
  registerIndex: ReadonlyMap<string, number>,
): Derived {
  const typedReasons = parseReasons(row?.reasons);
  const manual = typedReasons.filter((reason) => !isDerived(reason));
  const derived = DERIVED_REASONS.filter((reason) =>
    reason === "riskTreatment" ? citation?.riskTreatment : citation?.existingControl,
  );
  const applicable = decide(derived, manual, row?.applicable);
  const risks = citation ? inRegisterOrder(citation.risks, registerIndex) : [];
  const typed = typedColumns(row);
  const planned = typed.status === undefined || typed.status === "planned";
  const entry: SoaEntry = {
    id,
    applicable,
    reasons: SOA_REASONS.filter((reason) => derived.includes(reason) || manual.includes(reason)),
    risks,
    ...(citation && citation.mappedFrom.size > 0 ? { mappedFrom: [...citation.mappedFrom] } : {}),
    ...typed,
    ...(planned && citation?.latestDue ? { plannedDate: citation.latestDue } : {}),
  };
  const findings: SoaFinding[] = [];
  if (derived.length > 0 && row?.applicable === false)
    findings.push({ code: "soa.conflict", controlId: id, risks });
  const wasDerivedOnly = typedReasons.length > 0 && typedReasons.every(isDerived);
  if (derived.length === 0 && manual.length === 0 && wasDerivedOnly && applicable === true)
    findings.push({ code: "soa.orphan", controlId: id });
  if (applicable === false && isBoilerplateJustification(typed.justification))
    findings.push({
      code: "soa.justification.missing",
      controlId: id,
      ...justificationAsTyped(typed.justification),
    });
  return { entry, findings };
}

function justificationAsTyped(text: string | undefined): { justification?: string } {
  const typed = text?.trim();
  return typed ? { justification: typed } : {};
}

/** A previous row whose control the chosen standard does not have: kept as typed, at the bottom. */
function legacyEntry(id: string, row: SoaPreviousRow): SoaEntry {
  const manual = parseReasons(row.reasons).filter((reason) => !isDerived(reason));
  return { id, applicable: row.applicable, reasons: manual, risks: [], ...typedColumns(row), legacy: true };
}

/**
 * The SoA of `input.standard`: every Annex A control in catalog order (93 for 2022, 114 for 2013), then
 * the previous SoA's rows for controls the standard does not have, marked legacy; findings a person must
 * decide (a required control excluded, a control no risk needs any more, an exclusion without reason);
 * and counts.
 * @example
 * deriveSoa({ standard: "2022", risks: [{ riskId: "R-1" }],
 *   treatments: [{ riskId: "R-1", option: "reduce", controls: ["8.13"], dueDate: "2026-06-30" }] })
 *   .entries.find((e) => e.id === "8.13")
 * // { id: "8.13", applicable: true, reasons: ["riskTreatment"], risks: ["R-1"], plannedDate: "2026-06-30" }
 */
export function deriveSoa(input: SoaInput): SoaResult {
  const { standard } = input;
  const cited = collectCitations(standard, input.risks, input.treatments);
  const previous = indexPrevious(input.previous ?? [], standard);
  const registerIndex = new Map<string, number>();
  input.risks.forEach((risk, index) => {
    const id = risk.riskId?.trim();
    if (id && !registerIndex.has(id)) registerIndex.set(id, index);
  });
  const entries: SoaEntry[] = [];
  const findings: SoaFinding[] = [];
  for (const control of controls(standard)) {
    const derived = deriveEntry(
      control.id,
      cited.get(control.id),
      previous.byId.get(control.id),
      registerIndex,
    );
    entries.push(derived.entry);
    findings.push(...derived.findings);
  }
  const inStandard = entries.length;
  for (const { id, row } of previous.legacy) entries.push(legacyEntry(id, row));
  return { standard, entries, findings, counts: soaCounts(standard, entries.slice(0, inStandard)) };
}
