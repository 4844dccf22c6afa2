/**
 * Validates the risk register and the risk treatment plan against the workbook's methodology (its
 * edited scales, bands, acceptance criterion and deadline): register findings in row order, then plan
 * findings in row order, each row's findings in the order its rules run.
 */
import { riskInputs } from "../risk";
import { writtenId } from "./findingPlace";
import { isoDay } from "./isoDates";
import type { PlanScope } from "./planScope";
import { riskKey } from "./riskKey";
import { riskFindings, type RegisterScope } from "./riskRules";
import { treatmentFindings } from "./treatmentRules";
import type { Finding, ValidationInput } from "./types";

/**
 * Everything wrong with a register and its treatment plan, as findings with stable rule codes, a
 * severity and the cell to fix. Pure and deterministic; bad cells give findings, never a throw.
 * @example
 * validateTreatments({
 *   methodology: presetById("li")!, standard: "2022", today: "2026-03-02",
 *   risks: [{ sheet: "Risks", row: 2, cells: { riskId: "A2" }, text: { riskId: "R-001" },
 *             riskId: "R-001", ratings: { likelihood: 5, impact: 5 }, owner: "Li Na" }],
 *   treatments: [],
 * })
 * // [{ rule: "risk.untreated", severity: "error", sheet: "Risks", cell: "A2", riskId: "R-001",
 * //    params: { row: 2, riskId: "R-001", basis: "level", actual: 5, criterion: 2, value: 25, level: 5 } }]
 */
export function validateTreatments(input: ValidationInput): Finding[] {
  const { methodology } = input;
  const inputs = riskInputs(methodology.method);
  const treated = new Set<string>();
  for (const row of input.treatments) {
    const id = writtenId(row.riskId);
    if (id !== undefined) treated.add(riskKey(id));
  }
  const findings: Finding[] = [];
  const register: RegisterScope = { methodology, inputs, treated, risks: new Map() };
  for (const row of input.risks) riskFindings(row, register, findings);
  const today = isoDay(input.today);
  const plan: PlanScope = {
    methodology,
    standard: input.standard,
    inputs,
    risks: register.risks,
    firstRows: new Map(),
    today,
    assessedOn: isoDay(input.assessedOn) ?? today,
    controlRefs: new Map(),
  };
  for (const row of input.treatments) treatmentFindings(row, plan, findings);
  return findings;
}
