/**
 * The named ranges over ISMS table columns and the data-validation list each column kind uses. Lists
 * refer to workbook names (`=ISMS_AssetIds`) or are written inline, the two forms Excel, LibreOffice
 * and WPS all accept; names survive renamed sheets.
 */
import { SCALE_NAMES, type ScaleKey } from "../../domain/methodology";
import type { Lang } from "../../i18n/types";
import { columnRange } from "../cells/cellAddress";
import type { NamedRangePlan } from "../plan";
import type { DataSheetKey } from "../schema";
import type { ListSource, SheetSchema } from "../schema/columnSchema";
import { RISK_DATE_NAME, RISK_ID_NAME, RISK_LEVEL_NAME, RISK_VALUE_NAME } from "../schema/treatmentSchema";
import {
  ASSET_CLASSES,
  TREATMENT_OPTIONS,
  TREATMENT_STATUSES,
  YES_NO,
  type Term,
} from "../schema/vocabulary";

/** Rows each table is prepared for: validation lists and names reach this far below the header. */
export function capacityOf(rows: number): number {
  return Math.max(1000, rows + 200);
}

/** Named ranges over table columns: (sheet key, column key) → name. */
export const COLUMN_NAMES: readonly {
  readonly sheet: DataSheetKey;
  readonly column: string;
  readonly name: string;
}[] = [
  { sheet: "assets", column: "assetId", name: "ISMS_AssetIds" },
  { sheet: "assets", column: "owner", name: "ISMS_Owners" },
  { sheet: "threats", column: "name", name: "ISMS_ThreatNames" },
  { sheet: "vulnerabilities", column: "name", name: "ISMS_VulnerabilityNames" },
  { sheet: "risks", column: "riskId", name: RISK_ID_NAME },
  { sheet: "risks", column: "level", name: RISK_LEVEL_NAME },
  { sheet: "risks", column: "value", name: RISK_VALUE_NAME },
  { sheet: "risks", column: "assessedOn", name: RISK_DATE_NAME },
];

const NAMED_LISTS: Partial<Record<ListSource, string>> = {
  assetIds: "ISMS_AssetIds",
  owners: "ISMS_Owners",
  threatNames: "ISMS_ThreatNames",
  vulnerabilityNames: "ISMS_VulnerabilityNames",
  riskIds: RISK_ID_NAME,
};

const TERM_LISTS: Partial<Record<ListSource, readonly Term<string>[]>> = {
  options: TREATMENT_OPTIONS,
  statuses: TREATMENT_STATUSES,
  yesNo: YES_NO,
  assetClasses: ASSET_CLASSES,
};

/**
 * The validation source of a list column: a name reference or the labels in the workbook's language.
 * @example listSource("options", "zh-CN") // ["降低", "规避", "转移", "接受"]
 */
export function listSource(source: ListSource, lang: Lang): string | readonly string[] | null {
  const name = NAMED_LISTS[source];
  if (name) return `=${name}`;
  const terms = TERM_LISTS[source];
  return terms ? terms.map((term) => term.label[lang]) : null;
}

/** A rating column's list: the value column of its methodology scale. */
export function scaleSource(scale: string): string {
  return `=${SCALE_NAMES[scale as ScaleKey] ?? SCALE_NAMES.likelihood}`;
}

/** The names a data sheet defines over its own columns. */
export function columnNamesOf(
  key: DataSheetKey,
  schema: SheetSchema,
  sheetName: string,
  capacity: number,
): NamedRangePlan[] {
  const written = schema.columns.filter((c) => !c.readOnly);
  return COLUMN_NAMES.filter((entry) => entry.sheet === key).flatMap((entry) => {
    const index = written.findIndex((c) => c.key === entry.column);
    return index < 0
      ? []
      : [{ name: entry.name, sheet: sheetName, address: columnRange(index, 1, capacity, true) }];
  });
}
