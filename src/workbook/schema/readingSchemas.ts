/**
 * Schemas for reading: when the method of a workbook is not known, the register and the treatment plan
 * recognise the ratings of every method, none of them required.
 */
import { sheetSchemas, type DataSheetKey } from "./index";
import { normaliseHeader } from "../read/headerMatching";
import type { ColumnSchema, SheetSchema } from "./columnSchema";
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

/** Plan columns a register may carry besides its own (its treatment, follow-up and residual ratings). */
const SHARED_WITH_PLAN = new Set(["riskId", "asset", "description", "level", "owner"]);
/** Words that name the person who carries out a treatment, as opposed to the risk's owner. */
const PLAN_OWNER_WORDS = [
  "Action owner",
  "Treatment owner",
  "Responsible",
  "Responsible person",
  "处置责任人",
  "整改责任人",
  "处置负责人",
  "整改负责人",
  "实施人",
  "落实人",
  "执行人",
  "责任部门",
];

/**
 * The register as read: its own columns, then the plan's under `plan.<key>`, so a register that also
 * carries option, measures, controls, due date, status and residual ratings yields its risks and their
 * treatments. A plan column answers only to words the register's own columns do not claim.
 */
function registerWithPlan(risks: SheetSchema, plan: SheetSchema): SheetSchema {
  const claimed = new Set(
    risks.columns.flatMap((c) => [c.header.en, c.header["zh-CN"], c.key, ...c.aliases]).map(normaliseHeader),
  );
  const free = (words: readonly string[]): string[] => words.filter((w) => !claimed.has(normaliseHeader(w)));
  const planColumns: ColumnSchema[] = plan.columns
    .filter((c) => !SHARED_WITH_PLAN.has(c.key) || c.key === "owner")
    .map((c) => {
      const words = c.key === "owner" ? PLAN_OWNER_WORDS : [c.header.en, c.header["zh-CN"], ...c.aliases];
      const [en = `plan.${c.key}`, zh = en, ...aliases] = free(words);
      return {
        ...c,
        key: `plan.${c.key}`,
        header: { en, "zh-CN": zh },
        aliases,
        required: false,
        readOnly: true,
      };
    });
  return { ...risks, columns: [...risks.columns, ...planColumns] };
}

/**
 * The schemas a workbook is read with; rating columns are optional so a register of another method is
 * still recognised, and the register reads the plan columns it may carry.
 * @example readingSchemas(ANY_METHOD).risks.columns.some((c) => c.key === "plan.dueDate") // true
 */
export function readingSchemas(shape: MethodShape = ANY_METHOD): Readonly<Record<DataSheetKey, SheetSchema>> {
  // Schemas are plain data: built once per method shape (every read, parse and status asks for them).
  const known = built.get(shape);
  if (known) return known;
  const schemas = buildReadingSchemas(shape);
  built.set(shape, schemas);
  return schemas;
}

const built = new WeakMap<MethodShape, Readonly<Record<DataSheetKey, SheetSchema>>>();

function buildReadingSchemas(shape: MethodShape): Readonly<Record<DataSheetKey, SheetSchema>> {
  const schemas = sheetSchemas(readingBinding(shape));
  const relaxed = (schema: SheetSchema): SheetSchema => ({
    ...schema,
    columns: schema.columns.map((c) => (c.type === "rating" ? { ...c, required: false } : c)),
  });
  const treatments = relaxed(schemas.treatments);
  return { ...schemas, risks: registerWithPlan(relaxed(schemas.risks), treatments), treatments };
}
