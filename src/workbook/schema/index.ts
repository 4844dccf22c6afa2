/** Every ISMS sheet schema, in the order a new workbook lays them out (the method sheet comes first). */
import { ISMS_SHEET_KEYS } from "../metadata";
import type { RegisterKey } from "../../domain/readiness/types";
import type { SheetKey } from "../plan";
import { assetSchema } from "./assetSchema";
import type { SheetSchema } from "./columnSchema";
import type { MethodBinding } from "./methodBinding";
import { riskSchema } from "./riskSchema";
import { gapSchema, soaSchema } from "./soaGapSchemas";
import { threatSchema, vulnerabilitySchema } from "./threatSchemas";
import { treatmentSchema } from "./treatmentSchema";

export type DataSheetKey = Exclude<SheetKey, "method" | "soaChanges" | "guide" | "revisions" | RegisterKey>;

export const DATA_SHEET_KEYS: readonly DataSheetKey[] = ISMS_SHEET_KEYS.filter(
  (key): key is DataSheetKey => key !== "method",
);

/**
 * The schema of every data sheet for one method.
 * @example sheetSchemas(binding).risks.table // "ISMS_Risks"
 */
export function sheetSchemas(method: MethodBinding): Readonly<Record<DataSheetKey, SheetSchema>> {
  return {
    assets: assetSchema(method),
    threats: threatSchema(),
    vulnerabilities: vulnerabilitySchema(),
    risks: riskSchema(method),
    treatments: treatmentSchema(method),
    soa: soaSchema(),
    gap: gapSchema(),
  };
}
