/**
 * The sample client grown to any number of risks, for benchmarks and scale tests: the sample's risks are
 * repeated in order with fresh ids (R-00001 …), and each copy keeps its treatment (same mistakes included),
 * so a 10,000-risk register looks like ~300 copies of the real sample rather than synthetic noise. Its
 * registers are a new workbook's starter rows.
 */
import type { Methodology } from "../../domain/methodology";
import type { Lang } from "../../i18n/types";
import type { WorkbookRecords } from "../layout/workbookPlan";
import type { RiskFields, TreatmentFields } from "../records";
import { starterRegisters } from "../layout/registerRows";
import { sampleRecords } from "./sampleRecords";

const riskIdOf = (n: number) => `R-${String(n + 1).padStart(5, "0")}`;

/**
 * The sample with `riskCount` risks (the plain sample when riskCount is at most its own size).
 * @example scaledSampleRecords("en", defaultMethodology("li"), 10_000).risks?.length // 10000
 */
export function scaledSampleRecords(
  lang: Lang,
  methodology: Methodology,
  riskCount: number,
): WorkbookRecords {
  const base = sampleRecords(lang, methodology);
  const risks = base.risks ?? [];
  if (riskCount <= risks.length || risks.length === 0) return base;
  const treatmentsByRisk = new Map((base.treatments ?? []).map((t) => [t.riskId, t]));
  const scaledRisks: RiskFields[] = [];
  const scaledTreatments: TreatmentFields[] = [];
  for (let n = 0; n < riskCount; n++) {
    const risk = risks[n % risks.length];
    if (!risk) continue;
    const riskId = riskIdOf(n);
    scaledRisks.push({ ...risk, riskId });
    const treatment = treatmentsByRisk.get(risk.riskId);
    if (treatment) scaledTreatments.push({ ...treatment, riskId });
  }
  // The sample's registers speak of its 32 risks (the review pack's counts, the nonconformity's risk): a
  // grown register gets a new workbook's starter registers instead.
  return { ...base, risks: scaledRisks, treatments: scaledTreatments, registers: starterRegisters(lang) };
}
