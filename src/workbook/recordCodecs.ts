/**
 * Records ↔ column values, per sheet. Column keys are the sheet's stable keys; record fields are what
 * code reads (ratings grouped by the engine's input key, catalog ids under `id`).
 */
import { inputColumnKey, residualColumnKey } from "./schema/ratingColumns";
import type { MethodShape } from "./schema/readingSchemas";
import type { FieldValue } from "./cells/cellCodec";
import type {
  AssetFields,
  CatalogEntryFields,
  GapFields,
  Intermediates,
  Ratings,
  RiskFields,
  SoaFields,
  TreatmentFields,
} from "./records";
import type { TreatmentOption, TreatmentStatus } from "./schema/vocabulary";

export type ColumnValues = Readonly<Record<string, FieldValue | undefined>>;

const str = (v: FieldValue | undefined): string | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? v.join(", ") : String(v);
const num = (v: FieldValue | undefined): number | undefined => (typeof v === "number" ? v : undefined);
const bool = (v: FieldValue | undefined): boolean | undefined => (typeof v === "boolean" ? v : undefined);
const list = (v: FieldValue | undefined): readonly string[] | undefined =>
  Array.isArray(v) ? (v as readonly string[]) : typeof v === "string" ? [v] : undefined;
const option = (v: FieldValue | undefined): TreatmentOption | undefined =>
  v === "reduce" || v === "avoid" || v === "transfer" || v === "accept" ? v : undefined;
const status = (v: FieldValue | undefined): TreatmentStatus | undefined =>
  v === "notStarted" || v === "inProgress" || v === "done" || v === "verified" ? v : undefined;

/** Drops undefined fields, so a record read back equals the record written. */
function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}

function ratingsFrom(
  values: ColumnValues,
  inputs: readonly string[],
  columnKey: (input: string) => string,
): Ratings {
  const out: Record<string, number> = {};
  for (const input of inputs) {
    const value = num(values[columnKey(input)]);
    if (value !== undefined) out[input] = value;
  }
  return out;
}

function intermediatesFrom(
  values: ColumnValues,
  keys: readonly string[],
  columnKey: (key: string) => string,
): Intermediates {
  const out: Record<string, number | string> = {};
  for (const key of keys) {
    const value = values[columnKey(key)];
    if (typeof value === "number" || typeof value === "string") out[key] = value;
  }
  return out;
}

function spread(
  target: Record<string, FieldValue | undefined>,
  source: object,
  columnKey: (k: string) => string,
): void {
  for (const [key, value] of Object.entries(source)) target[columnKey(key)] = value as FieldValue;
}

export const assetCodec = {
  toValues: (f: AssetFields): ColumnValues => ({ ...f }),
  fromValues: (v: ColumnValues): AssetFields =>
    defined({
      assetId: str(v["assetId"]),
      name: str(v["name"]),
      class: str(v["class"]),
      department: str(v["department"]),
      owner: str(v["owner"]),
      location: str(v["location"]),
      c: num(v["c"]),
      i: num(v["i"]),
      a: num(v["a"]),
      value: num(v["value"]),
      notes: str(v["notes"]),
    }),
};

/** Threat and vulnerability catalogs differ only in the id column's key. */
export function catalogCodec(idKey: "threatId" | "vulnerabilityId") {
  return {
    toValues: ({ id, ...rest }: CatalogEntryFields): ColumnValues => ({ ...rest, [idKey]: id }),
    fromValues: (v: ColumnValues): CatalogEntryFields =>
      defined({
        id: str(v[idKey]),
        class: str(v["class"]),
        name: str(v["name"]),
        description: str(v["description"]),
        rating: num(v["rating"]),
        controls: list(v["controls"]),
      }),
  };
}

/** Register rows; ratings and intermediates are those of the method the sheet was built for. */
export const riskCodec = (method: MethodShape) => ({
  toValues: ({ ratings, intermediates, ...rest }: RiskFields): ColumnValues => {
    const values: Record<string, FieldValue | undefined> = { ...rest };
    spread(values, ratings, inputColumnKey);
    spread(values, intermediates, (k) => k);
    return values;
  },
  fromValues: (v: ColumnValues): RiskFields => ({
    ...defined({
      riskId: str(v["riskId"]),
      assetId: str(v["assetId"]),
      asset: str(v["asset"]),
      threat: str(v["threat"]),
      vulnerability: str(v["vulnerability"]),
      existingControls: list(v["existingControls"]),
      value: num(v["value"]),
      level: num(v["level"]),
      levelName: str(v["levelName"]),
      acceptable: bool(v["acceptable"]),
      owner: str(v["owner"]),
      description: str(v["description"]),
      assessor: str(v["assessor"]),
      assessedOn: str(v["assessedOn"]),
      notes: str(v["notes"]),
      treatment: option(v["plan.option"]),
      plannedControls: list(v["plan.controls"]),
    }),
    ratings: ratingsFrom(v, method.inputs, inputColumnKey),
    intermediates: intermediatesFrom(v, method.intermediates, (k) => k),
  }),
});

/** Treatment rows; the residual block repeats the method's ratings. */
export const treatmentCodec = (method: MethodShape) => ({
  toValues: ({ residual, residualIntermediates, ...rest }: TreatmentFields): ColumnValues => {
    const values: Record<string, FieldValue | undefined> = { ...rest };
    spread(values, residual, (k) => residualColumnKey(inputColumnKey(k)));
    spread(values, residualIntermediates, residualColumnKey);
    return values;
  },
  fromValues: (v: ColumnValues): TreatmentFields => ({
    ...defined({
      riskId: str(v["riskId"]),
      asset: str(v["asset"]),
      description: str(v["description"]),
      level: num(v["level"]),
      option: option(v["option"]),
      measures: str(v["measures"]),
      controls: list(v["controls"]),
      owner: str(v["owner"]),
      dueDate: str(v["dueDate"]),
      status: status(v["status"]),
      residualValue: num(v["residualValue"]),
      residualLevel: num(v["residualLevel"]),
      acceptedBy: str(v["acceptedBy"]),
      acceptedOn: str(v["acceptedOn"]),
      notes: str(v["notes"]),
    }),
    residual: ratingsFrom(v, method.inputs, (k) => residualColumnKey(inputColumnKey(k))),
    residualIntermediates: intermediatesFrom(v, method.intermediates, residualColumnKey),
  }),
});

export const soaCodec = {
  toValues: (f: SoaFields): ColumnValues => ({ ...f }),
  fromValues: (v: ColumnValues): SoaFields =>
    defined({
      controlId: str(v["controlId"]),
      title: str(v["title"]),
      altTitle: str(v["altTitle"]),
      theme: str(v["theme"]),
      applicable: bool(v["applicable"]),
      reasons: str(v["reasons"]),
      derivedReasons: str(v["derivedReasons"]),
      linkedRisks: str(v["linkedRisks"]),
      justification: str(v["justification"]),
      status: str(v["status"]),
      plannedDate: str(v["plannedDate"]),
      documents: str(v["documents"]),
      owner: str(v["owner"]),
      notes: str(v["notes"]),
      editionMapping: str(v["editionMapping"]),
    }),
};

export const gapCodec = {
  toValues: (f: GapFields): ColumnValues => ({ ...f }),
  fromValues: (v: ColumnValues): GapFields =>
    defined({
      requirementId: str(v["requirementId"]),
      title: str(v["title"]),
      level: str(v["level"]),
      group: str(v["group"]),
      currentState: str(v["currentState"]),
      evidence: str(v["evidence"]),
      currentRating: str(v["currentRating"]),
      target: num(v["target"]),
      weight: num(v["weight"]),
      gap: num(v["gap"]),
      priority: num(v["priority"]),
      recommendation: str(v["recommendation"]),
      sentToRegister: str(v["sentToRegister"]),
    }),
};
