/**
 * Schemas for reading: when the method of a workbook is not known, the register and the treatment plan
 * recognise the ratings of every method, none of them required.
 */
import { sheetSchemas, type DataSheetKey } from "./index";
import type { SheetSchema } from "./columnSchema";
import type { MethodBinding } from "./methodBinding";
import { ALL_INPUTS } from "./ratingColumns";

/** The method's rating inputs and intermediate values, or every method's when unknown. */
export interface MethodShape {
  readonly inputs: readonly string[];
  readonly intermediates: readonly string[];
}

/** Every method's ratings; intermediates named like an input (GB/T "likelihood") read as that input. */
export const ANY_METHOD: MethodShape = {
  inputs: ALL_INPUTS,
  intermediates: ["likelihoodLevel", "loss", "lossLevel", "riskC", "riskI", "riskA"],
};

function readingBinding(shape: MethodShape): MethodBinding {
  return {
    id: "reading",
    inputs: shape.inputs,
    intermediates: shape.intermediates,
    riskFormulas: () => ({}),
    assetValueFormula: () => "",
    acceptableFormula: () => "",
    levelNameFormula: () => "",
  };
}

/**
 * The schemas a workbook is read with; rating columns are optional so a register of another method is
 * still recognised.
 * @example readingSchemas(ANY_METHOD).risks.columns.some((c) => c.key === "impact") // true
 */
export function readingSchemas(shape: MethodShape = ANY_METHOD): Readonly<Record<DataSheetKey, SheetSchema>> {
  const schemas = sheetSchemas(readingBinding(shape));
  const relaxed = (schema: SheetSchema): SheetSchema => ({
    ...schema,
    columns: schema.columns.map((c) => (c.type === "rating" ? { ...c, required: false } : c)),
  });
  return { ...schemas, risks: relaxed(schemas.risks), treatments: relaxed(schemas.treatments) };
}
