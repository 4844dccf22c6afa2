/**
 * Rules on a plan row's residual risk (残余风险): its ratings on their scales and complete, assessed once
 * the treatment is done, not above the risk before treatment, and, when still above the acceptance
 * criterion, formally accepted by management (管理层批准: who and when).
 */
import type { RatingKey } from "../methodology";
import { assessRisk } from "../risk";
import { finding } from "./findingPlace";
import type { PlanScope } from "./planScope";
import { checkRatings } from "./ratingChecks";
import { residualRatingColumnKey } from "./ratingCells";
import { criterionParams, standingOf, type Standing } from "./riskStanding";
import type { Finding, TreatmentRow } from "./types";

/**
 * Ratings of the asset itself (its value, or its C, I, A): treatment changes the threat and the
 * vulnerability (or the likelihood and the impact), not what the asset is worth, so the residual risk
 * takes them from the register unless the plan row gives its own (a client's plan may).
 */
export const ASSET_RATINGS: readonly RatingKey[] = ["asset", "c", "i", "a"];

/** The ratings a plan row rates again after treatment. */
export function treatedRatings(inputs: readonly RatingKey[]): RatingKey[] {
  return inputs.filter((rating) => !ASSET_RATINGS.includes(rating));
}

/** The residual ratings with the asset's own ratings from the register where the row has none. */
function residualRatings(
  row: TreatmentRow,
  registerRatings: Readonly<Partial<Record<RatingKey, number>>> | undefined,
): Partial<Record<RatingKey, number>> {
  const ratings: Partial<Record<RatingKey, number>> = { ...row.residual };
  for (const rating of ASSET_RATINGS) {
    const fromRegister = registerRatings?.[rating];
    if (ratings[rating] === undefined && fromRegister !== undefined) ratings[rating] = fromRegister;
  }
  return ratings;
}

/** The residual risk is written down somewhere on the row: a rating, a value or a level. */
function residualShown(row: TreatmentRow, written: number): boolean {
  return (
    written > 0 ||
    row.residualValue !== undefined ||
    row.residualLevel !== undefined ||
    (row.text["residualValue"]?.trim() ?? "") !== "" ||
    (row.text["residualLevel"]?.trim() ?? "") !== ""
  );
}

/** The cell that states the residual risk: its first rating when assessed from the ratings, else the value or level. */
function residualField(row: TreatmentRow, standing: Standing, first: RatingKey | undefined): string {
  if (standing.source !== "ratings") {
    if (row.residualValue !== undefined) return "residualValue";
    if (row.residualLevel !== undefined) return "residualLevel";
  }
  return first === undefined ? "residualValue" : residualRatingColumnKey(first);
}

/** Residual above the risk before treatment: compared by value when both have one, else by level. */
function higher(
  residual: Standing,
  inherent: Standing,
): { field: "value" | "level"; residual: number; inherent: number } | undefined {
  if (residual.value !== undefined && inherent.value !== undefined) {
    return residual.value > inherent.value
      ? { field: "value", residual: residual.value, inherent: inherent.value }
      : undefined;
  }
  if (residual.level !== undefined && inherent.level !== undefined) {
    return residual.level > inherent.level
      ? { field: "level", residual: residual.level, inherent: inherent.level }
      : undefined;
  }
  return undefined;
}

/**
 * Residual findings of one plan row, appended to `out`. `inherent` is where the risk stood before
 * treatment (undefined for a risk not on the register); `signedOff` says an acceptance finding was
 * already made on the row, so a missing signature is not reported twice.
 */
export function residualFindings(
  row: TreatmentRow,
  id: string | undefined,
  inherent: Standing | undefined,
  signedOff: boolean,
  scope: PlanScope,
  out: Finding[],
  registerRatings?: Readonly<Partial<Record<RatingKey, number>>>,
): void {
  const { methodology } = scope;
  // The asset's ratings are the register's: only what treatment changes is rated again on the row.
  const own = ASSET_RATINGS.some((rating) => row.residual[rating] !== undefined);
  const inputs = own ? scope.inputs : treatedRatings(scope.inputs);
  const check = checkRatings(methodology, inputs, row.residual, row.text, residualRatingColumnKey);
  for (const issue of check.invalid) {
    out.push(
      finding("residual.rating.invalid", row, residualRatingColumnKey(issue.rating), id, { ...issue }),
    );
  }
  if (check.written > 0) {
    for (const { rating, min, max } of check.missing) {
      out.push(
        finding("residual.rating.missing", row, residualRatingColumnKey(rating), id, { rating, min, max }),
      );
    }
  }
  const first = inputs[0];
  if (!residualShown(row, check.written)) {
    if (row.status === "done" || row.status === "verified") {
      const field = first === undefined ? "residualValue" : residualRatingColumnKey(first);
      out.push(finding("residual.missing", row, field, id, { status: row.status }));
    }
    return;
  }
  const residual = standingOf(
    methodology,
    assessRisk(methodology, residualRatings(row, registerRatings)),
    row.residualValue,
    row.residualLevel,
  );
  const above = inherent === undefined ? undefined : higher(residual, inherent);
  if (above) out.push(finding("residual.higher", row, residualField(row, residual, first), id, above));
  if (residual.above === true && !signedOff && !(row.acceptedBy?.trim() && row.acceptedOn?.trim())) {
    const field = row.acceptedBy?.trim() ? "acceptedOn" : "acceptedBy";
    out.push(finding("residual.unaccepted", row, field, id, criterionParams(methodology, residual)));
  }
}
