/**
 * Rules on the risk register (风险评估表), one row at a time, in this order: the risk id, the ratings the
 * method takes, values typed over the formulas, treatment of a risk above the criterion, its owner.
 * A value or level the methodology derives that is simply blank is computed here, not reported.
 */
import type { Methodology, RatingKey, RiskResult } from "../methodology";
import { assessRisk } from "../risk";
import { finding, writtenId } from "./findingPlace";
import { checkRatings } from "./ratingChecks";
import { ratingColumnKey } from "./ratingCells";
import { riskKey } from "./riskKey";
import { criterionParams, standingOf, type Standing } from "./riskStanding";
import type { Finding, RiskRow } from "./types";

/** A register row as the plan's rules see it: the row and where its risk stands. */
export interface AssessedRisk {
  readonly row: RiskRow;
  readonly standing: Standing;
}

export interface RegisterScope {
  readonly methodology: Methodology;
  readonly inputs: readonly RatingKey[];
  /** Keys of the risks the plan has a row for. */
  readonly treated: ReadonlySet<string>;
  /** Filled while reading: the first register row of each risk key. */
  readonly risks: Map<string, AssessedRisk>;
}

/** Values within this of each other are equal: a spreadsheet shows 15 significant digits. */
const SAME = 1e-6;

/** Anything written on the row (a blank row under the table, formulas showing "", is not a risk). */
function hasContent(row: RiskRow): boolean {
  return (
    Object.keys(row.text).length > 0 ||
    Object.keys(row.ratings).length > 0 ||
    row.value !== undefined ||
    row.level !== undefined ||
    row.owner !== undefined
  );
}

function idFindings(row: RiskRow, id: string | undefined, scope: RegisterScope, out: Finding[]): void {
  if (id === undefined) {
    out.push(finding("risk.id.missing", row, "riskId", undefined));
    return;
  }
  const first = scope.risks.get(riskKey(id));
  if (first) out.push(finding("risk.id.duplicate", row, "riskId", id, { firstRow: first.row.row }));
}

function ratingFindings(row: RiskRow, id: string | undefined, scope: RegisterScope, out: Finding[]): void {
  const { methodology } = scope;
  const check = checkRatings(methodology, scope.inputs, row.ratings, row.text, ratingColumnKey);
  for (const issue of check.invalid) {
    out.push(finding("risk.rating.invalid", row, ratingColumnKey(issue.rating), id, { ...issue }));
  }
  // A blank rating matters when the risk value rests on it: nothing else to go on, or a partial assessment.
  const valueShown = row.value !== undefined || row.level !== undefined;
  if (check.missing.length === 0 || (valueShown && check.written === 0)) return;
  for (const { rating, min, max } of check.missing) {
    out.push(
      finding("risk.rating.missing", row, ratingColumnKey(rating), id, {
        rating,
        min,
        max,
        method: methodology.method,
      }),
    );
  }
}

function mismatchFindings(row: RiskRow, id: string | undefined, assessed: RiskResult, out: Finding[]): void {
  if (!assessed.ok) return;
  if (row.value !== undefined && Math.abs(row.value - assessed.value) > SAME) {
    const value = row.text["value"] ?? String(row.value);
    out.push(
      finding("risk.value.mismatch", row, "value", id, { field: "value", value, expected: assessed.value }),
    );
  }
  if (row.level !== undefined && row.level !== assessed.level) {
    const value = row.text["level"] ?? String(row.level);
    out.push(
      finding("risk.value.mismatch", row, "level", id, { field: "level", value, expected: assessed.level }),
    );
  }
}

/**
 * Findings of one register row, appended to `out`; records the row in `scope.risks` when it is the
 * first with its id.
 */
export function riskFindings(row: RiskRow, scope: RegisterScope, out: Finding[]): void {
  const { methodology } = scope;
  const id = writtenId(row.riskId);
  if (id === undefined && !hasContent(row)) return;
  idFindings(row, id, scope, out);
  ratingFindings(row, id, scope, out);
  const assessed = assessRisk(methodology, row.ratings);
  mismatchFindings(row, id, assessed, out);
  const standing = standingOf(methodology, assessed, row.value, row.level);
  const key = id === undefined ? undefined : riskKey(id);
  if (key !== undefined && !scope.risks.has(key)) scope.risks.set(key, { row, standing });
  if (standing.above !== true) return;
  if (key !== undefined && !scope.treated.has(key)) {
    out.push(finding("risk.untreated", row, "riskId", id, criterionParams(methodology, standing)));
  }
  if (writtenId(row.owner) === undefined) {
    out.push(finding("risk.owner.missing", row, "owner", id, criterionParams(methodology, standing)));
  }
}
