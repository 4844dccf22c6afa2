/**
 * The sheets look each other up by id, with native formulas Excel 2016+, WPS and LibreOffice all compute
 * (INDEX/MATCH, no XLOOKUP): in the risk register, an asset id brings the asset's name and its value (or
 * C, I, A) from the asset register, and a threat or vulnerability named from the libraries brings the
 * library's rating as a default the assessor may type over (a rating that differs from the library's is
 * shown); in the treatment plan, a risk id brings the risk's asset and description from the register.
 * A row that already holds a value keeps it (the sample's rows, an adopted client's rows): the formulas go
 * where nothing was written, so every prepared row computes as soon as its id is typed.
 */
import { cellA1, columnLetters, columnRange } from "../cells/cellAddress";
import { formula, type ConditionalFormatPlan, type NamedRangePlan, type SheetPlan } from "../plan";
import type { DataSheetKey } from "../schema";
import type { ColumnSchema, RowRefs } from "../schema/columnSchema";
import { inputColumnKey } from "../schema/ratingColumns";
import { RISK_ID_NAME } from "../schema/treatmentSchema";

/** Named ranges the lookups read, over table columns: (sheet key, column key) → name. */
export const LOOKUP_NAMES: readonly {
  readonly sheet: DataSheetKey;
  readonly column: string;
  readonly name: string;
}[] = [
  { sheet: "assets", column: "name", name: "ISMS_AssetNames" },
  { sheet: "assets", column: "value", name: "ISMS_AssetValues" },
  { sheet: "assets", column: "c", name: "ISMS_AssetC" },
  { sheet: "assets", column: "i", name: "ISMS_AssetI" },
  { sheet: "assets", column: "a", name: "ISMS_AssetA" },
  { sheet: "threats", column: "rating", name: "ISMS_ThreatRatings" },
  { sheet: "vulnerabilities", column: "rating", name: "ISMS_VulnerabilityRatings" },
  { sheet: "risks", column: "asset", name: "ISMS_RiskAssets" },
  { sheet: "risks", column: "description", name: "ISMS_RiskDescriptions" },
  // The asset's own ratings on each risk, which the plan's residual risk keeps (treatment does not change them).
  { sheet: "risks", column: "assetValue", name: "ISMS_RiskAssetValues" },
  { sheet: "risks", column: "c", name: "ISMS_RiskC" },
  { sheet: "risks", column: "i", name: "ISMS_RiskI" },
  { sheet: "risks", column: "a", name: "ISMS_RiskA" },
];

const ASSET_IDS = "ISMS_AssetIds";
const THREAT_NAMES = "ISMS_ThreatNames";
const VULNERABILITY_NAMES = "ISMS_VulnerabilityNames";

/** `=IF(key="","",IFERROR(INDEX(values,MATCH(key,keys,0)),""))`: blank until the key is typed, never #N/A. */
export function lookupFormula(keyRef: string, keysName: string, valuesName: string): string {
  return `=IF(${keyRef}="","",IFERROR(INDEX(${valuesName},MATCH(${keyRef},${keysName},0)),""))`;
}

/** The register's lookups on one row, by column key. */
export function registerLookups(refs: RowRefs): Record<string, string> {
  const out: Record<string, string> = {};
  const assetId = refs["assetId"];
  if (assetId) {
    out["asset"] = lookupFormula(assetId, ASSET_IDS, "ISMS_AssetNames");
    out[inputColumnKey("asset")] = lookupFormula(assetId, ASSET_IDS, "ISMS_AssetValues");
    for (const key of ["c", "i", "a"] as const)
      out[inputColumnKey(key)] = lookupFormula(assetId, ASSET_IDS, `ISMS_Asset${key.toUpperCase()}`);
  }
  const threat = refs["threat"];
  if (threat) out[inputColumnKey("threat")] = lookupFormula(threat, THREAT_NAMES, "ISMS_ThreatRatings");
  const vulnerability = refs["vulnerability"];
  if (vulnerability) {
    out[inputColumnKey("vulnerability")] = lookupFormula(
      vulnerability,
      VULNERABILITY_NAMES,
      "ISMS_VulnerabilityRatings",
    );
  }
  return out;
}

/** The plan's lookups on one row, by column key. */
export function planLookups(refs: RowRefs): Record<string, string> {
  const riskId = refs["riskId"];
  if (!riskId) return {};
  return {
    asset: lookupFormula(riskId, RISK_ID_NAME, "ISMS_RiskAssets"),
    description: lookupFormula(riskId, RISK_ID_NAME, "ISMS_RiskDescriptions"),
  };
}

/** The names over the columns the lookups read, for the sheets a workbook has. */
export function lookupNames(
  columnsOf: (sheet: DataSheetKey) => readonly ColumnSchema[],
  sheetName: (sheet: DataSheetKey) => string,
  capacity: (sheet: DataSheetKey) => number,
): NamedRangePlan[] {
  return LOOKUP_NAMES.flatMap((entry) => {
    const index = columnsOf(entry.sheet).findIndex((c) => c.key === entry.column);
    return index < 0
      ? []
      : [
          {
            name: entry.name,
            sheet: sheetName(entry.sheet),
            address: columnRange(index, 1, capacity(entry.sheet), true),
          },
        ];
  });
}

/**
 * On the register, a threat or vulnerability rating the assessor set apart from the library's typical
 * rating is shaded, so an override is visible (and a reviewer can ask why).
 */
export function overrideFormats(columns: readonly ColumnSchema[], capacity: number): ConditionalFormatPlan[] {
  const at = (key: string) => columns.findIndex((c) => c.key === key);
  const pairs = [
    { name: "threat", rating: inputColumnKey("threat"), names: THREAT_NAMES, ratings: "ISMS_ThreatRatings" },
    {
      name: "vulnerability",
      rating: inputColumnKey("vulnerability"),
      names: VULNERABILITY_NAMES,
      ratings: "ISMS_VulnerabilityRatings",
    },
  ];
  return pairs.flatMap((pair) => {
    const [nameAt, ratingAt] = [at(pair.name), at(pair.rating)];
    if (nameAt < 0 || ratingAt < 0) return [];
    const name = `$${columnLetters(nameAt)}2`;
    const rating = `${columnLetters(ratingAt)}2`;
    const library = `INDEX(${pair.ratings},MATCH(${name},${pair.names},0))`;
    return [
      {
        kind: "expression" as const,
        range: columnRange(ratingAt, 1, capacity),
        formula: `=AND(ISNUMBER(${rating}),ISNUMBER(MATCH(${name},${pair.names},0)),${rating}<>${library})`,
        fill: "#FCE4D6" as const,
      },
    ];
  });
}

/**
 * The sheet with each empty cell of a looked-up column given its row's lookup formula (cells that hold a
 * value keep it). `lookupsOf` gives the formulas of one row from the A1 refs of its cells.
 */
export function withLookups(
  sheet: SheetPlan,
  lookupsOf: (refs: RowRefs) => Record<string, string>,
): SheetPlan {
  const [table, ...others] = sheet.tables;
  if (!table) return sheet;
  const keys = table.columns.map((c) => c.key);
  const rows = table.rows.map((cells, r) => {
    const row = table.row + 1 + r;
    const refs: Record<string, string> = {};
    keys.forEach((key, c) => (refs[key] = cellA1(row, table.column + c)));
    const lookups = lookupsOf(refs);
    return cells.map((cell, c) => {
      const text = lookups[keys[c] ?? ""];
      return cell === null && text ? formula(text) : cell;
    });
  });
  // The first body row's lookups make the looked-up columns calculated columns, so a row added later computes.
  const first: Record<string, string> = {};
  keys.forEach((key, c) => (first[key] = cellA1(table.row + 1, table.column + c)));
  const calculated = lookupsOf(first);
  const columns = table.columns.map((column) => {
    const text = calculated[column.key];
    return text ? { ...column, calculated: formula(text).formula } : column;
  });
  return { ...sheet, tables: [{ ...table, columns, rows }, ...others] };
}
