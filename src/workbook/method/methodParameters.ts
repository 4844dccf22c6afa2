/**
 * The parameter rows of the methodology sheet (table ISMS_Method): one row per parameter with a stable
 * key, its label, its value and a note. Rows that formulas read carry the workbook name of their value
 * cell; rows with a closed set of values carry a validation list.
 */
import { NAMES, SCALE_NAMES } from "../../domain/methodology/namedRanges";
import {
  ASSET_VALUATION_METHODS,
  METHOD_IDS,
  type Methodology,
  type StandardVersion,
} from "../../domain/methodology/types";
import type { Messages, Params, Translate } from "../../i18n";
import { formula, type PlanCell } from "../plan";

export interface ParameterRow {
  /** Stable key (first column), e.g. "acceptance". */
  readonly key: string;
  readonly label: string;
  readonly value: PlanCell;
  readonly note: string;
  /** Workbook name of the value cell, when formulas read it. */
  readonly name?: string;
  /** Allowed values, rendered as a validation list on the value cell. */
  readonly choices?: readonly string[];
}

const STANDARDS: readonly StandardVersion[] = ["2022", "2013"];

/**
 * The assessment date cell. The treatment plan's deadline format counts from it for a risk whose register
 * row states no date (as the add-in's validation does). Named here, beside its row: the domain's NAMES are
 * the ones the risk engine's formulas read.
 */
export const ASSESSMENT_DATE_NAME = "ISMS_AssessmentDate";

/**
 * The parameter rows of a methodology, labelled in `lang`.
 * @example parameterRows(defaultMethodology("gbt-matrix"), translator("zh-CN"))[0] // { key: "method", value: "gbt-matrix", … }
 */
export function parameterRows(methodology: Methodology, tr: Translate): ParameterRow[] {
  const row = (
    key: ParameterKey,
    value: PlanCell,
    note = "",
    extra: Partial<ParameterRow> = {},
  ): ParameterRow => ({
    key,
    label: tr(`functions.methodSheet.parameters.${key}`),
    value,
    note,
    ...extra,
  });
  const notes = (key: NoteKey, params?: Params) => tr(`functions.methodSheet.notes.${key}`, params);
  const { acceptance, assetValuation } = methodology;
  const weight = (key: "weightC" | "weightI" | "weightA", value: number, name: string) =>
    row(key, value, notes("weights"), { name });
  return [
    row(
      "method",
      methodology.method,
      notes("method", { name: tr(`functions.methods.${methodology.method}`) }),
      {
        name: NAMES.method,
        choices: METHOD_IDS,
      },
    ),
    row("standard", methodology.standard, notes("standard"), { name: NAMES.standard, choices: STANDARDS }),
    row("assessmentDate", null, notes("assessmentDate"), { name: ASSESSMENT_DATE_NAME }),
    row("scope", null),
    row(
      "assetValuation",
      assetValuation.method,
      notes("assetValuation", { name: tr(`functions.valuations.${assetValuation.method}`) }),
      { name: NAMES.assetValuation, choices: ASSET_VALUATION_METHODS },
    ),
    weight("weightC", assetValuation.weights.c, NAMES.weightC),
    weight("weightI", assetValuation.weights.i, NAMES.weightI),
    weight("weightA", assetValuation.weights.a, NAMES.weightA),
    row("rounding", methodology.rounding, notes("rounding"), {
      name: NAMES.rounding,
      choices: ["truncate", "round"],
    }),
    acceptance.basis === "level"
      ? row("acceptanceLevel", acceptance.level, notes("acceptance"), { name: NAMES.acceptance })
      : row("acceptanceValue", acceptance.value, notes("acceptance"), { name: NAMES.acceptance }),
    row("scaleMax", formula(`=MAX(${SCALE_NAMES.asset})`), notes("scaleMax"), { name: NAMES.scaleMax }),
    row("treatmentDays", methodology.treatmentDeadlineDays, notes("treatmentDays"), {
      name: NAMES.treatmentDays,
    }),
    row("reviewFrequency", null, notes("reviewFrequency")),
    row("approver", notes("approver")),
    row("version", "1.0"),
  ];
}

type NoteKey = keyof Messages["functions"]["methodSheet"]["notes"];
type ParameterKey = keyof Messages["functions"]["methodSheet"]["parameters"];
