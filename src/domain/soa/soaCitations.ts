/**
 * Which controls the registers cite: the existing controls of each risk and the controls of each
 * reduce / avoid / transfer treatment, as ids of the SoA's standard (ids of the other standard are mapped
 * through ISO/IEC 27002:2022 Table B.1 and remembered), with the citing risks and the latest due date.
 */
import { mapping2022To2013, scanControlRefs, type Standard } from "../catalog";
import type { SoaRiskInput, SoaTreatmentInput } from "./types";

/** What the registers say about one control. */
export interface Citation {
  riskTreatment: boolean;
  existingControl: boolean;
  /** Citing risk ids, first citation first. */
  readonly risks: Set<string>;
  readonly mappedFrom: Set<string>;
  /** Latest ISO due date of the citing treatments. */
  latestDue?: string;
}

interface CitedId {
  readonly id: string;
  readonly from?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TREATING_OPTIONS: ReadonlySet<string> = new Set(["reduce", "avoid", "transfer"]);

/** The ids of `standard` a cell names; unknown tokens are the validator's business and are skipped. */
function idsInCell(text: string, standard: Standard): CitedId[] {
  return scanControlRefs(text).flatMap((ref): CitedId[] => {
    if (ref.kind === "unknown") return [];
    if (ref.kind === standard) return [{ id: ref.id }];
    if (ref.kind === "2013") return ref.ids2022.map((id) => ({ id, from: ref.id }));
    return mapping2022To2013(ref.id).map((id) => ({ id, from: ref.id }));
  });
}

/**
 * Every control the register and plan cite, by canonical id of `standard`.
 * @example collectCitations("2022", [{ riskId: "R-1", existingControls: ["A.9.2.3"] }], []).get("8.2")
 * // { riskTreatment: false, existingControl: true, risks: Set {"R-1"}, mappedFrom: Set {"A.9.2.3"} }
 */
export function collectCitations(
  standard: Standard,
  risks: readonly SoaRiskInput[],
  treatments: readonly SoaTreatmentInput[],
): Map<string, Citation> {
  const cells = new Map<string, readonly CitedId[]>();
  const cited = new Map<string, Citation>();
  const cite = (cell: string, riskId: string | undefined): Citation[] => {
    let ids = cells.get(cell);
    if (!ids) cells.set(cell, (ids = idsInCell(cell, standard)));
    return ids.map(({ id, from }) => {
      let citation = cited.get(id);
      if (!citation) {
        citation = { riskTreatment: false, existingControl: false, risks: new Set(), mappedFrom: new Set() };
        cited.set(id, citation);
      }
      if (riskId) citation.risks.add(riskId);
      if (from) citation.mappedFrom.add(from);
      return citation;
    });
  };
  for (const risk of risks) {
    const riskId = risk.riskId?.trim();
    for (const cell of risk.existingControls ?? [])
      for (const citation of cite(cell, riskId)) citation.existingControl = true;
  }
  for (const treatment of treatments) {
    if (!treatment.option || !TREATING_OPTIONS.has(treatment.option)) continue;
    const due = treatment.dueDate && ISO_DATE.test(treatment.dueDate) ? treatment.dueDate : undefined;
    for (const cell of treatment.controls ?? [])
      for (const citation of cite(cell, treatment.riskId?.trim())) {
        citation.riskTreatment = true;
        if (due && (!citation.latestDue || due > citation.latestDue)) citation.latestDue = due;
      }
  }
  return cited;
}

/**
 * Risk ids in register order; ids the register does not hold (a plan row for an unknown risk) follow in
 * citation order.
 */
export function inRegisterOrder(
  ids: ReadonlySet<string>,
  registerIndex: ReadonlyMap<string, number>,
): string[] {
  const rank = (id: string) => registerIndex.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...ids].sort((a, b) => rank(a) - rank(b));
}
