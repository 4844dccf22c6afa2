/** What the treatment plan's rules share while they read the plan row by row. */
import type { ControlRef } from "../catalog";
import type { Methodology, RatingKey, StandardVersion } from "../methodology";
import type { AssessedRisk } from "./riskRules";

export interface PlanScope {
  readonly methodology: Methodology;
  /** The Annex A edition control ids are checked against. */
  readonly standard: StandardVersion;
  readonly inputs: readonly RatingKey[];
  /** The register's risks by key (first row of each id). */
  readonly risks: ReadonlyMap<string, AssessedRisk>;
  /** Filled while reading: the first plan row of each risk key. */
  readonly firstRows: Map<string, number>;
  /** Today as a day number (isoDay), when the input's date is a real one. */
  readonly today?: number;
  /** The assessment date deadlines count from when a risk has none (day number). */
  readonly assessedOn?: number;
  /** Control cells already read in this pass: plans repeat the same few cells. */
  readonly controlRefs: Map<string, readonly ControlRef[]>;
}
