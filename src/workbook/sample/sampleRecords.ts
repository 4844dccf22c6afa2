/**
 * The sample client as records in one language and for one methodology: assets, the full threat and
 * vulnerability libraries, 32 risks and their treatment plan, the SoA and gap analysis as first filled, and
 * the registers a certifiable ISMS keeps, partly filled. Deterministic: the same language and
 * methodology always give the same records.
 */
import { sampleSoa } from "./sampleSoa";
import { threats, vulnerabilities } from "../../domain/catalog";
import { THREAT_CLASSES } from "../../domain/catalog/threats";
import { VULNERABILITY_GROUPS } from "../../domain/catalog/vulnerabilities";
import type { LibraryEntry } from "../../domain/catalog/types";
import type { Methodology, RatingKey } from "../../domain/methodology";
import { assetValue, riskInputs } from "../../domain/risk";
import type { Lang } from "../../i18n/types";
import type { WorkbookRecords } from "../layout/workbookPlan";
import type { AssetFields, CatalogEntryFields, RiskFields } from "../records";
import { termLabel, ASSET_CLASSES } from "../schema/vocabulary";
import {
  SAMPLE_ASSESSED_ON,
  SAMPLE_ASSESSOR,
  SAMPLE_ASSETS,
  SAMPLE_RISKS,
  type SampleAsset,
  type SampleRisk,
} from "./sampleClient";
import { sampleGap } from "./sampleGap";
import { sampleRegisters } from "./sampleRegisters";
import { sampleTreatments, type SampleRiskFacts } from "./sampleTreatments";

const pickLang =
  (lang: Lang) =>
  (both: readonly [string, string]): string =>
    both[lang === "en" ? 0 : 1];

function assetFields(asset: SampleAsset, lang: Lang): AssetFields {
  const text = pickLang(lang);
  const [c, i, a] = asset.cia;
  return {
    assetId: asset.id,
    name: text(asset.name),
    class: termLabel(ASSET_CLASSES, asset.class, lang),
    department: text(asset.department),
    owner: text(asset.owner),
    location: text(asset.location),
    c,
    i,
    a,
  };
}

function entryFields<C extends string>(
  entry: LibraryEntry<C>,
  classes: readonly { readonly id: C; readonly title: Readonly<Record<Lang, string>> }[],
  lang: Lang,
): CatalogEntryFields {
  return {
    id: entry.id,
    class: classes.find((c) => c.id === entry.classId)?.title[lang] ?? entry.classId,
    name: entry.name[lang],
    description: entry.description[lang],
    ...(entry.typicalRating ? { rating: entry.typicalRating } : {}),
    controls: entry.controls,
  };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function describe(
  lang: Lang,
  threat: string,
  vulnerability: string,
  asset: string,
  consequence: string,
): string {
  // The threat is named as a noun ("漏洞利用", "恶意代码"): "X利用…" would repeat it ("漏洞利用利用…").
  return lang === "en"
    ? `${asset}: “${vulnerability}” may be exploited by ${lowerFirst(threat)}, leading to ${consequence}.`
    : `${asset}存在“${vulnerability}”，可能遭受“${threat}”，导致${consequence}。`;
}

function facts(risk: SampleRisk, methodology: Methodology, lang: Lang): SampleRiskFacts {
  const text = pickLang(lang);
  const asset = SAMPLE_ASSETS.find((a) => a.id === risk.asset) ?? SAMPLE_ASSETS[0];
  const threat = threats().find((t) => t.id === risk.threat);
  const vulnerability = vulnerabilities().find((v) => v.id === risk.vulnerability);
  if (!asset || !threat || !vulnerability) throw new Error(`sample risk ${risk.id} names a missing entry`);
  const [c, i, a] = asset.cia;
  const value = assetValue(methodology, c, i, a);
  const ratings: Record<RatingKey, number> = {
    likelihood: risk.likelihood,
    impact: risk.impact,
    asset: value.ok ? value.value : Math.max(c, i, a),
    threat: risk.threatRating,
    vulnerability: risk.vulnerabilityRating,
    c,
    i,
    a,
  };
  return {
    riskId: risk.id,
    asset: text(asset.name),
    description: describe(
      lang,
      threat.name[lang],
      vulnerability.name[lang],
      text(asset.name),
      text(risk.consequence),
    ),
    owner: text(asset.owner),
    vulnerability: vulnerability.name[lang],
    controls: vulnerability.controls,
    ratings,
  };
}

function riskFields(risk: SampleRisk, f: SampleRiskFacts, methodology: Methodology, lang: Lang): RiskFields {
  const threat = threats().find((t) => t.id === risk.threat);
  return {
    riskId: risk.id,
    assetId: risk.asset,
    asset: f.asset,
    threat: threat?.name[lang] ?? risk.threat,
    vulnerability: f.vulnerability,
    ...(risk.existing.length > 0 ? { existingControls: risk.existing } : {}),
    ratings: Object.fromEntries(riskInputs(methodology.method).map((key) => [key, f.ratings[key]])),
    intermediates: {},
    owner: f.owner,
    description: f.description,
    assessor: pickLang(lang)(SAMPLE_ASSESSOR),
    assessedOn: SAMPLE_ASSESSED_ON,
  };
}

/**
 * The sample client's records.
 * @example sampleRecords("zh-CN", defaultMethodology("li")).risks?.length // 32
 */
/**
 * The GB/T 20984 threat and vulnerability libraries, which every new workbook carries (the register's
 * lists offer them, the sample client or not).
 * @example libraryRecords("zh-CN").threats?.length // 55
 */
export function libraryRecords(lang: Lang): Pick<WorkbookRecords, "threats" | "vulnerabilities"> {
  return {
    threats: threats().map((t) => entryFields(t, THREAT_CLASSES, lang)),
    vulnerabilities: vulnerabilities().map((v) => entryFields(v, VULNERABILITY_GROUPS, lang)),
  };
}

export function sampleRecords(lang: Lang, methodology: Methodology): WorkbookRecords {
  const gap = sampleGap(lang, methodology.standard);
  const all = SAMPLE_RISKS.map((risk) => ({ risk, facts: facts(risk, methodology, lang) }));
  const base: WorkbookRecords = {
    assets: SAMPLE_ASSETS.map((asset) => assetFields(asset, lang)),
    ...libraryRecords(lang),
    risks: all.map(({ risk, facts: f }) => riskFields(risk, f, methodology, lang)),
    treatments: sampleTreatments(
      all.map(({ facts: f }) => f),
      methodology,
      lang,
    ),
    gap,
    soa: sampleSoa(lang, methodology.standard),
  };
  return { ...base, registers: sampleRegisters(lang, methodology, base) };
}
