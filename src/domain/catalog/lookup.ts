/**
 * The catalog's read API: controls by standard, lookups by id in any common spelling, titles in a
 * language, clauses and the threat, vulnerability and asset libraries.
 */
import type { Lang } from "../../i18n/types";
import { ANNEX_A_2013, CONTROLS_2013_BY_ID } from "./annexA2013";
import { ANNEX_A_2022, CONTROLS_2022_BY_ID } from "./annexA2022";
import { ASSET_CLASSES, ASSET_LAYERS } from "./assetClasses";
import { CLAUSES, CLAUSES_BY_ID } from "./clauses";
import { scanControlRefs } from "./controlIds";
import { THREATS } from "./threats";
import type {
  AssetClass,
  AssetLayer,
  Clause,
  Control2013,
  Control2022,
  Standard,
  Threat,
  Vulnerability,
} from "./types";
import { VULNERABILITIES } from "./vulnerabilities";

/**
 * All Annex A controls of a standard, in the standard's order.
 * @example controls("2022").length // 93
 * @example controls("2013")[0].id // "A.5.1.1"
 */
export function controls(standard: "2022"): readonly Control2022[];
export function controls(standard: "2013"): readonly Control2013[];
export function controls(standard: Standard): readonly (Control2022 | Control2013)[];
export function controls(standard: Standard): readonly (Control2022 | Control2013)[] {
  return standard === "2022" ? ANNEX_A_2022 : ANNEX_A_2013;
}

/** The single control a text names in `standard`, or undefined (none, several, or another standard). */
function singleRefId(text: string, standard: Standard): string | undefined {
  const refs = scanControlRefs(text);
  const [ref] = refs;
  if (refs.length !== 1 || !ref || ref.kind === "unknown" || ref.kind !== standard) return undefined;
  return ref.id;
}

/**
 * The control with this id in `standard` (default 2022); any common spelling is accepted
 * ("5.1", "A.5.1", "A5.1"; "A.9.2.3", "9.2.3" for 2013). A 2013 id asked for in 2022 is not
 * translated here: use mapping2013To2022 or normalizeControlIds.
 * @example controlById("A.8.15")?.title["zh-CN"] // "日志"
 * @example controlById("A.9.2.3", "2013")?.title.en // "Management of privileged access rights"
 */
export function controlById(id: string, standard?: "2022"): Control2022 | undefined;
export function controlById(id: string, standard: "2013"): Control2013 | undefined;
export function controlById(id: string, standard: Standard): Control2022 | Control2013 | undefined;
export function controlById(id: string, standard: Standard = "2022"): Control2022 | Control2013 | undefined {
  const byId: ReadonlyMap<string, Control2022 | Control2013> =
    standard === "2022" ? CONTROLS_2022_BY_ID : CONTROLS_2013_BY_ID;
  return byId.get(id) ?? byId.get(singleRefId(id, standard) ?? "");
}

/**
 * A control's title in a language, or undefined for an unknown id.
 * @example controlTitle("5.23", "zh-CN") // "使用云服务的信息安全"
 * @example controlTitle("A.12.4.1", "en", "2013") // "Event logging"
 */
export function controlTitle(id: string, lang: Lang, standard: Standard = "2022"): string | undefined {
  return controlById(id, standard)?.title[lang];
}

/**
 * ISO/IEC 27001:2022 clauses 4–10, parents before children.
 * @example clauses().filter((c) => c.parent === "9.3").map((c) => c.id) // ["9.3.1", "9.3.2", "9.3.3"]
 */
export function clauses(): readonly Clause[] {
  return CLAUSES;
}

/**
 * One clause by id.
 * @example clauseById("6.1.3")?.title["zh-CN"] // "信息安全风险处置"
 */
export function clauseById(id: string): Clause | undefined {
  return CLAUSES_BY_ID.get(id.trim());
}

/**
 * The threat library (GB/T 20984 classes with ISO/IEC 27005-style examples).
 * @example threats().find((t) => t.id === "T-MAL-01")?.name["zh-CN"] // "计算机病毒"
 */
export function threats(): readonly Threat[] {
  return THREATS;
}

/**
 * The vulnerability library (GB/T 20984 technical and managerial groups).
 * @example vulnerabilities().find((v) => v.id === "V-SYS-01")?.controls // ["8.8"]
 */
export function vulnerabilities(): readonly Vulnerability[] {
  return VULNERABILITIES;
}

/**
 * Asset classes for the asset register.
 * @example assetClasses().map((c) => c.label["zh-CN"]) // ["数据", "软件", "硬件", "服务", "人员", "其他（无形资产）"]
 */
export function assetClasses(): readonly AssetClass[] {
  return ASSET_CLASSES;
}

/**
 * The GB/T 20984-2022 asset identification layers.
 * @example assetLayers()[0].label["zh-CN"] // "业务资产"
 */
export function assetLayers(): readonly AssetLayer[] {
  return ASSET_LAYERS;
}
