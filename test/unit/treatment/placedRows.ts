/**
 * Register and plan rows with places, for the validation tests: records laid out as the ISMS sheets
 * lay them out (one column per field, the method's rating columns in the middle), each field's cell
 * and its text as a person would see it. For the default `li` method the register reads
 * A riskId · B asset · C threat · D vulnerability · E likelihood · F impact · G value · H level · I owner ·
 * J assessedOn, and the plan A riskId · B asset · C description · D level · E option · F measures ·
 * G controls · H owner · I dueDate · J status · K residualLikelihood · L residualImpact · M residualValue ·
 * N residualLevel · O acceptedBy · P acceptedOn · Q notes.
 */
import type { Methodology, RatingKey } from "../../../src/domain/methodology";
import { riskInputs } from "../../../src/domain/risk";
import type { RiskRow, TreatmentRow } from "../../../src/domain/treatment";
import { cellA1 } from "../../../src/workbook/cells/cellAddress";
import type { RiskFields, TreatmentFields } from "../../../src/workbook/records";
import { inputColumnKey, residualColumnKey } from "../../../src/workbook/schema/ratingColumns";

export const REGISTER = "Risk register";
export const PLAN = "Risk treatment plan";

type Fields<T> = { -readonly [K in keyof Omit<T, "sheet" | "row" | "cells" | "text">]?: T[K] };

/**
 * A row's fields; text to show instead of (or without) a value ("" leaves the cell blank); columns the
 * sheet does not have (a foreign sheet), which get no cell.
 */
interface Placing {
  readonly text?: Readonly<Record<string, string>>;
  readonly absent?: readonly string[];
}
export type RiskInput = Fields<RiskRow> & Placing;
export type PlanInput = Fields<TreatmentRow> & Placing;

function registerColumns(methodology: Methodology): string[] {
  const ratings = riskInputs(methodology.method).map((key) => inputColumnKey(key));
  return ["riskId", "asset", "threat", "vulnerability", ...ratings, "value", "level", "owner", "assessedOn"];
}

function planColumns(methodology: Methodology): string[] {
  const residual = riskInputs(methodology.method).map((key) => residualColumnKey(inputColumnKey(key)));
  return [
    "riskId",
    "asset",
    "description",
    "level",
    "option",
    "measures",
    "controls",
    "owner",
    "dueDate",
    "status",
    ...residual,
    "residualValue",
    "residualLevel",
    "acceptedBy",
    "acceptedOn",
    "notes",
  ];
}

function shown(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.join(", ");
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

function place(
  sheet: string,
  columns: readonly string[],
  row: number,
  values: Readonly<Record<string, unknown>>,
  { text: overrides = {}, absent = [] }: Placing,
) {
  const cells: Record<string, string> = {};
  const text: Record<string, string> = {};
  columns.forEach((key, column) => {
    if (absent.includes(key)) return;
    cells[key] = cellA1(row - 1, column);
    const value = shown(values[key]);
    if (value !== undefined && value !== "") text[key] = value;
  });
  for (const [key, value] of Object.entries(overrides)) {
    if (value === "") delete text[key];
    else text[key] = value;
  }
  return { sheet, row, cells, text };
}

function ratingValues(
  ratings: Readonly<Partial<Record<RatingKey, number>>> | undefined,
  column: (k: string) => string,
) {
  return Object.fromEntries(Object.entries(ratings ?? {}).map(([key, value]) => [column(key), value]));
}

/** Register rows from row 2 down. */
export function registerRows(methodology: Methodology, inputs: readonly RiskInput[]): RiskRow[] {
  return inputs.map(({ text, absent, ...fields }, index) => ({
    ratings: {},
    ...fields,
    ...place(
      REGISTER,
      registerColumns(methodology),
      index + 2,
      { ...fields, ...ratingValues(fields.ratings, inputColumnKey) },
      { text, absent },
    ),
  }));
}

/** Plan rows from row 2 down. */
export function planRows(methodology: Methodology, inputs: readonly PlanInput[]): TreatmentRow[] {
  return inputs.map(({ text, absent, ...fields }, index) => ({
    residual: {},
    ...fields,
    ...place(
      PLAN,
      planColumns(methodology),
      index + 2,
      { ...fields, ...ratingValues(fields.residual, (k) => residualColumnKey(inputColumnKey(k))) },
      { text, absent },
    ),
  }));
}

/** A record of the workbook as a register input (its extra fields are ignored by the rules). */
export function riskInput(record: RiskFields): RiskInput {
  const { riskId, ratings, value, level, owner, assessedOn, treatment } = record;
  return { riskId, ratings, value, level, owner, assessedOn, treatment, text: { asset: record.asset ?? "" } };
}

/** A record of the workbook as a plan input. */
export function planInput(record: TreatmentFields): PlanInput {
  const { riskId, option, measures, controls, owner, dueDate, status, residual } = record;
  const { residualValue, residualLevel, acceptedBy, acceptedOn } = record;
  return {
    riskId,
    option,
    measures,
    controls,
    owner,
    dueDate,
    status,
    residual,
    residualValue,
    residualLevel,
    acceptedBy,
    acceptedOn,
  };
}
