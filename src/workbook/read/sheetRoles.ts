/**
 * What makes a sheet play a role: the columns a role needs, the id column that names its rows, the words
 * of a sheet name that suggest it, the ids that make a sheet a catalog of the standard rather than a
 * register, and the missing column that explains a refusal.
 */
import { displayText } from "../cells/cellCodec";
import type { DataSheetKey } from "../schema";
import type { SheetSchema } from "../schema/columnSchema";
import { normaliseWord } from "../schema/vocabulary";
import type { SheetData } from "../sheetData";
import { hasRequired } from "./headerMatching";

/** Fewer matched headers than this is a coincidence, not an ISMS sheet. */
export const MIN_MATCHED = 3;
/** Who wins a tie: a register that carries its treatment is a register. */
export const CLAIM_ORDER: readonly DataSheetKey[] = [
  "risks",
  "treatments",
  "assets",
  "soa",
  "gap",
  "threats",
  "vulnerabilities",
];

/** Sheet-name words that suggest a role (the sheet's name weighs in the choice). */
const NAME_WORDS: Readonly<Record<DataSheetKey, readonly string[]>> = {
  risks: [
    "风险评估",
    "风险登记",
    "风险清单",
    "风险识别",
    "风险分析",
    "risk register",
    "risk assessment",
    "risk log",
  ],
  treatments: ["处置", "处理计划", "整改计划", "treatment", "action plan", "mitigation plan"],
  assets: ["资产", "asset"],
  soa: ["适用性", "soa", "applicability"],
  gap: ["差距", "gap"],
  threats: ["威胁", "threat"],
  vulnerabilities: ["脆弱性", "vulnerab"],
};
const NAME_BONUS = 2;

export const RATING_LIKE =
  /^(?:likelihood|impact|assetValue|threatRating|vulnerabilityRating|c|i|a|value|level|levelName)$/;

/** Whether a header match is enough for a role: the columns that make a sheet what it is. */
export function accepts(
  key: DataSheetKey,
  schema: SheetSchema,
  columns: ReadonlyMap<string, number>,
): boolean {
  const has = (k: string): boolean => columns.has(k);
  const any = (...keys: string[]): boolean => keys.some(has);
  switch (key) {
    case "risks":
      // A scenario (a threat to an asset, or through a vulnerability), or what is at risk with a
      // rating: a list of ids with names and descriptions alone is not a register.
      return (
        has("riskId") &&
        ((has("threat") && any("vulnerability", "asset", "assetId")) ||
          (any("threat", "vulnerability", "description", "asset", "assetId") &&
            [...columns.keys()].some((k) => RATING_LIKE.test(k))))
      );
    case "treatments":
      return has("riskId") && any("option", "measures");
    case "assets":
      return (
        any("assetId", "name") && any("c", "i", "a", "value", "class", "owner", "department", "location")
      );
    case "soa":
      // Applicability is what makes an SoA; ids with titles, status or documents alone are a catalog.
      return has("controlId") && any("applicable", "justification");
    case "gap":
      return has("requirementId") && any("currentRating", "target", "currentState", "gap");
    default:
      return hasRequired(schema, columns);
  }
}

/** The key of the column that names a row (the id column) for a role. */
export const ID_KEY: Readonly<Record<DataSheetKey, string>> = {
  risks: "riskId",
  treatments: "riskId",
  assets: "assetId",
  soa: "controlId",
  gap: "requirementId",
  threats: "threatId",
  vulnerabilities: "vulnerabilityId",
};

/** A clause or control id ("4.1", "A.5.15", "A.12.6.1"): rows keyed this way are a catalog, not risks. */
const CATALOG_ID = /^(?:a\.?)?\d{1,2}(?:\.\d{1,3}){1,2}$/i;

export function looksLikeCatalog(sheet: SheetData, start: number, last: number, idColumn: number): boolean {
  let ids = 0;
  let catalog = 0;
  for (let r = start; r <= last && r < sheet.values.length; r++) {
    const id = displayText(sheet.values[r]?.[idColumn] ?? "");
    if (id === "") continue;
    ids++;
    if (CATALOG_ID.test(id.normalize("NFKC"))) catalog++;
  }
  return ids >= 3 && catalog / ids >= 0.8;
}

export function nameBonus(key: DataSheetKey, sheetName: string): number {
  const name = normaliseWord(sheetName);
  return NAME_WORDS[key].some((word) => name.includes(normaliseWord(word))) ? NAME_BONUS : 0;
}

/** The columns whose absence explains why a role was refused. */
export function missingMatters(key: DataSheetKey, column: string): boolean {
  switch (key) {
    case "risks":
      return column === "riskId" || column === "likelihood" || column === "threat";
    case "treatments":
      return column === "riskId" || column === "option";
    case "assets":
      return column === "assetId" || column === "name" || column === "c";
    case "soa":
      return column === "controlId" || column === "applicable";
    case "gap":
      return column === "requirementId" || column === "currentRating";
    default:
      return column === ID_KEY[key] || column === "name";
  }
}
