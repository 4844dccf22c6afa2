/**
 * The sample's risk treatment plan: one row per risk above the acceptance criterion, written the way a
 * client team writes one, including six deliberate, documented mistakes (docs/workbook.md, "The sample's
 * mistakes") for the plan's validation to find.
 */
import { mapping2022To2013 } from "../../domain/catalog/mapping";
import type { Methodology, RatingKey, StandardVersion } from "../../domain/methodology";
import { assessRisk, riskInputs } from "../../domain/risk";
import type { Lang } from "../../i18n/types";
import type { Ratings, TreatmentFields } from "../records";
import type { TreatmentOption, TreatmentStatus } from "../schema/vocabulary";
import { SAMPLE_APPROVER, SAMPLE_ASSESSED_ON } from "./sampleClient";

/** Everything the plan needs to know about one sample risk. */
export interface SampleRiskFacts {
  readonly riskId: string;
  readonly asset: string;
  readonly description: string;
  readonly owner: string;
  readonly vulnerability: string;
  readonly controls: readonly string[];
  /** Every rating any method could take. */
  readonly ratings: Readonly<Record<RatingKey, number>>;
}

/** The deliberate mistakes, by risk id. */
export const SAMPLE_MISTAKES = {
  reduceWithoutControl: "R-003",
  missingOwner: "R-007",
  lateDueDate: "R-011",
  acceptWithoutApprover: "R-015",
  legacyControlId: "R-019",
  unknownRiskId: "R-099",
} as const;

const OPTIONS: Readonly<Record<string, TreatmentOption>> = {
  "R-005": "accept",
  "R-015": "accept",
  "R-018": "avoid",
  "R-032": "transfer",
};
const STATUSES: readonly TreatmentStatus[] = ["inProgress", "notStarted", "done", "verified", "notStarted"];

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function pick(methodology: Methodology, ratings: Readonly<Record<RatingKey, number>>): Ratings {
  return Object.fromEntries(riskInputs(methodology.method).map((key) => [key, ratings[key]]));
}

function residualOf(ratings: Readonly<Record<RatingKey, number>>): Readonly<Record<RatingKey, number>> {
  return {
    ...ratings,
    likelihood: 1,
    impact: Math.max(1, ratings.impact - 1),
    threat: Math.min(ratings.threat, 2),
    vulnerability: 1,
  };
}

function aboveCriteria(methodology: Methodology, ratings: Ratings): boolean {
  const result = assessRisk(methodology, ratings);
  return result.ok && !result.acceptable;
}

const MEASURES: Readonly<
  Record<TreatmentOption, (vulnerability: string, controls: string) => Readonly<Record<Lang, string>>>
> = {
  reduce: (v, c) => ({
    en: `Fix “${v}”: implement Annex A ${c}, then verify the result.`,
    "zh-CN": `整改“${v}”：落实附录A ${c} 控制措施，完成后验证效果。`,
  }),
  avoid: () => ({ en: "Retire the component and stop the activity.", "zh-CN": "停用该组件，停止相关活动。" }),
  transfer: () => ({
    en: "Transfer through cyber insurance and the provider's contractual SLA.",
    "zh-CN": "通过网络安全保险及与供应商签订的服务水平协议转移风险。",
  }),
  accept: () => ({ en: "Accept and review every quarter.", "zh-CN": "接受风险，每季度复核。" }),
};

/** A bulleted measure: text starting with "-" must stay text in every port. */
const BULLETED: Readonly<Record<Lang, string>> = {
  en: "- Temporary: block the exposed interface\n- Long term: patch monthly and scan weekly",
  "zh-CN": "- 临时措施：封堵暴露的接口\n- 长期措施：每月打补丁，每周漏洞扫描",
};

/**
 * The library's 2022 controls as the workbook's standard writes them: in a 2013 workbook, the first 2013
 * control each maps from (Table B.1); a control new in 2022 has none and is left out.
 */
function controlsOf(ids: readonly string[], standard: StandardVersion): readonly string[] {
  if (standard !== "2013") return ids;
  return [...new Set(ids.flatMap((id) => mapping2022To2013(id).slice(0, 1)))];
}

function treatmentOf(
  facts: SampleRiskFacts,
  index: number,
  methodology: Methodology,
  lang: Lang,
): TreatmentFields {
  const option = OPTIONS[facts.riskId] ?? "reduce";
  const controls = controlsOf(facts.controls, methodology.standard);
  const residualRatings = pick(methodology, option === "accept" ? facts.ratings : residualOf(facts.ratings));
  const approver = aboveCriteria(methodology, residualRatings) || option === "accept";
  const measures =
    facts.riskId === "R-001"
      ? BULLETED[lang]
      : MEASURES[option](facts.vulnerability, controls.join(", "))[lang];
  return {
    riskId: facts.riskId,
    asset: facts.asset,
    description: facts.description,
    option,
    measures,
    ...(option === "reduce" && controls.length > 0 ? { controls } : {}),
    owner: facts.owner,
    dueDate: addDays(SAMPLE_ASSESSED_ON, 30 + ((index * 9) % 56)),
    status: STATUSES[index % STATUSES.length] ?? "notStarted",
    // Only what treatment changes is rated again; the asset's value (or C, I, A) stays the register's.
    residual: Object.fromEntries(
      Object.entries(residualRatings).filter(([key]) => !["asset", "c", "i", "a"].includes(key)),
    ),
    residualIntermediates: {},
    ...(approver
      ? { acceptedBy: SAMPLE_APPROVER[lang === "en" ? 0 : 1], acceptedOn: addDays(SAMPLE_ASSESSED_ON, 14) }
      : {}),
  };
}

/** The deliberate mistakes, applied to the rows of their risks. */
function withMistake(row: TreatmentFields): TreatmentFields {
  switch (row.riskId) {
    case SAMPLE_MISTAKES.reduceWithoutControl:
      return { ...row, controls: undefined };
    case SAMPLE_MISTAKES.missingOwner:
      return { ...row, owner: undefined };
    case SAMPLE_MISTAKES.lateDueDate:
      return { ...row, dueDate: addDays(SAMPLE_ASSESSED_ON, 150) };
    case SAMPLE_MISTAKES.acceptWithoutApprover:
      return { ...row, acceptedBy: undefined, acceptedOn: undefined };
    case SAMPLE_MISTAKES.legacyControlId:
      return { ...row, controls: ["A.9.2.3"] };
    default:
      return row;
  }
}

/**
 * Treatment rows for the sample risks above the criterion, mistakes included, then one row whose risk
 * id is not on the register.
 * @example sampleTreatments(facts, defaultMethodology("li"), "en").at(-1)?.riskId // "R-099"
 */
export function sampleTreatments(
  facts: readonly SampleRiskFacts[],
  methodology: Methodology,
  lang: Lang,
): TreatmentFields[] {
  const above = facts.filter((f) => aboveCriteria(methodology, pick(methodology, f.ratings)));
  const rows = above.map((f, i) => withMistake(treatmentOf(f, i, methodology, lang)));
  const template = above[0];
  if (!template) return rows;
  const stray = treatmentOf(
    { ...template, riskId: SAMPLE_MISTAKES.unknownRiskId },
    rows.length,
    methodology,
    lang,
  );
  return [...rows, stray];
}
