/**
 * The parameter rows of the methodology sheet (table ISMS_Method): one row per parameter with a stable
 * key (kept in a hidden helper cell), its label, its value in the workbook's language and a note. Rows
 * that formulas read carry the workbook name of the cell formulas read; rows with a closed set of values
 * carry a validation list of labels and the formula that turns the chosen label into its code.
 */
import { NAMES, SCALE_NAMES } from "../../domain/methodology/namedRanges";
import { protectsFormulas, type Methodology, type StandardVersion } from "../../domain/methodology/types";
import type { Messages, Params, Translate } from "../../i18n";
import { formula, type PlanCell } from "../plan";
import { choiceLabel, choiceLabels, codeFormula } from "./methodChoices";

export type ParameterKey = keyof Messages["functions"]["methodSheet"]["parameters"];

export interface ParameterRow {
  /** Stable key, e.g. "acceptanceLevel": written in the hidden helper column, never shown. */
  readonly key: ParameterKey;
  readonly label: string;
  /** What the value cell shows: a number, a date, or text in the workbook's language. */
  readonly value: PlanCell;
  readonly note: string;
  /** Workbook name of the cell formulas read (the helper cell when `codeOf` is set, else the value cell). */
  readonly name?: string;
  /** Allowed values, rendered as a validation list on the value cell. */
  readonly choices?: readonly string[];
  /** For a closed list of labels: the helper formula giving the code of the label in `valueRef`. */
  readonly codeOf?: (valueRef: string) => string;
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
 * @example parameterRows(defaultMethodology("gbt-matrix"), translator("zh-CN"))[0] // { key: "method", value: "GB/T 20984 矩阵法", … }
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
  const { acceptance, assetValuation, method, rounding } = methodology;
  const weight = (key: "weightC" | "weightI" | "weightA", value: number, name: string) =>
    row(key, value, notes("weights"), { name });
  return [
    row(
      "method",
      choiceLabel("method", method, tr),
      notes("method", { formula: tr(`functions.methodSheet.formulas.${method}`) }),
      {
        name: NAMES.method,
        choices: choiceLabels("method", tr),
        codeOf: (ref) => codeFormula("method", ref, method),
      },
    ),
    row("standard", methodology.standard, notes("standard"), { name: NAMES.standard, choices: STANDARDS }),
    row("assessmentDate", null, notes("assessmentDate"), { name: ASSESSMENT_DATE_NAME }),
    row("scope", null),
    row(
      "assetValuation",
      choiceLabel("assetValuation", assetValuation.method, tr),
      notes("assetValuation", { formula: tr(`functions.valuations.${assetValuation.method}`) }),
      {
        name: NAMES.assetValuation,
        choices: choiceLabels("assetValuation", tr),
        codeOf: (ref) => codeFormula("assetValuation", ref, "max"),
      },
    ),
    weight("weightC", assetValuation.weights.c, NAMES.weightC),
    weight("weightI", assetValuation.weights.i, NAMES.weightI),
    weight("weightA", assetValuation.weights.a, NAMES.weightA),
    row("rounding", choiceLabel("rounding", rounding, tr), notes("rounding"), {
      name: NAMES.rounding,
      choices: choiceLabels("rounding", tr),
      codeOf: (ref) => codeFormula("rounding", ref, "truncate"),
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
    row("protectFormulas", yesNoLabel(protectsFormulas(methodology), tr), notes("protectFormulas"), {
      choices: [yesNoLabel(true, tr), yesNoLabel(false, tr)],
    }),
  ];
}

/** 是 / 否 (Yes / No) in the workbook's language, as every yes/no list of the workbook offers them. */
function yesNoLabel(yes: boolean, tr: Translate): string {
  return tr(yes ? "functions.methodSheet.yes" : "functions.methodSheet.no");
}

type NoteKey = keyof Messages["functions"]["methodSheet"]["notes"];
