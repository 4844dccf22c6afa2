/**
 * Default five-point rating scales with their labels and meanings. Threat and vulnerability follow the
 * wording of GB/T 20984 (威胁出现频率, 脆弱性严重程度); likelihood and impact follow ISO/IEC 27005 usage.
 * They are defaults a consultant edits on the methodology sheet.
 */
import type { LevelDefinition, LocalizedText, Scale, ScaleKey } from "./types";

const LABELS: readonly LocalizedText[] = [
  { en: "Very low", "zh-CN": "很低" },
  { en: "Low", "zh-CN": "低" },
  { en: "Medium", "zh-CN": "中等" },
  { en: "High", "zh-CN": "高" },
  { en: "Very high", "zh-CN": "很高" },
];

type Meanings = readonly (readonly [en: string, zh: string])[];

const MEANINGS: { readonly [K in ScaleKey]: Meanings } = {
  asset: [
    ["Loss or damage would have a negligible effect on the organisation.", "损害对组织的影响可以忽略。"],
    ["Loss or damage would cause minor harm.", "损害会对组织造成轻微的损失。"],
    ["Loss or damage would cause significant harm.", "损害会对组织造成较大的损失。"],
    ["Loss or damage would cause serious harm.", "损害会对组织造成严重的损失。"],
    ["Loss or damage would cause critical, irreparable harm.", "损害会对组织造成极其严重、难以弥补的损失。"],
  ],
  // GB/T 20984-2007, 威胁赋值 (threat frequency), table 5.
  threat: [
    [
      "The threat almost never occurs; only in rare and exceptional circumstances.",
      "威胁几乎不可能发生；仅可能在非常罕见和例外的情况下发生。",
    ],
    [
      "Occurs rarely, or is generally unlikely to occur; never shown to have occurred.",
      "出现的频率较小，或一般不太可能发生；或没有被证实发生过。",
    ],
    [
      "Occurs with medium frequency (more than once every six months); may occur in some circumstances, or has been shown to have occurred.",
      "出现的频率中等（或>1次/半年）；或在某种情况下可能会发生；或被证实曾经发生过。",
    ],
    [
      "Occurs often (at least once a month); likely in most circumstances, or shown to have occurred several times.",
      "出现的频率较高（或≥1次/月）；或在大多数情况下很有可能会发生；或可以证实多次发生过。",
    ],
    [
      "Occurs very often (at least once a week); almost unavoidable in most circumstances, or shown to occur regularly.",
      "出现的频率很高（或≥1次/周）；或在大多数情况下几乎不可避免；或可以证实经常发生过。",
    ],
  ],
  vulnerability: [
    ["Exploitation would cause negligible harm to the asset.", "如果被威胁利用，对资产造成的损害可以忽略。"],
    ["Exploitation would cause minor harm to the asset.", "如果被威胁利用，将对资产造成较小损害。"],
    ["Exploitation would cause moderate harm to the asset.", "如果被威胁利用，将对资产造成一般损害。"],
    ["Exploitation would cause major harm to the asset.", "如果被威胁利用，将对资产造成重大损害。"],
    ["Exploitation would destroy the asset's security.", "如果被威胁利用，将对资产造成完全损害。"],
  ],
  likelihood: [
    ["Rare: may occur only in exceptional circumstances.", "罕见：仅在例外情况下可能发生。"],
    ["Unlikely: could occur at some time.", "不太可能：某些时候可能发生。"],
    ["Possible: might occur at some time.", "可能：有时会发生。"],
    ["Likely: will probably occur in most circumstances.", "很可能：大多数情况下会发生。"],
    ["Almost certain: expected to occur.", "几乎肯定：预计会发生。"],
  ],
  impact: [
    ["Negligible effect on the business.", "对业务的影响可以忽略。"],
    ["Minor effect, handled in normal operations.", "影响轻微，日常运行即可处理。"],
    ["Moderate effect on operations or reputation.", "对运营或声誉造成一定影响。"],
    ["Major effect: serious disruption, legal or financial loss.", "影响重大：严重中断、法律或经济损失。"],
    ["Severe effect: threatens the organisation's objectives.", "影响极其严重：危及组织目标的实现。"],
  ],
};

function scaleOf(meanings: Meanings): Scale {
  return {
    points: meanings.map(([en, zh], index) => ({
      value: index + 1,
      label: LABELS[index] ?? { en: String(index + 1), "zh-CN": String(index + 1) },
      description: { en, "zh-CN": zh },
    })),
  };
}

export const DEFAULT_SCALES: { readonly [K in ScaleKey]: Scale } = {
  asset: scaleOf(MEANINGS.asset),
  threat: scaleOf(MEANINGS.threat),
  vulnerability: scaleOf(MEANINGS.vulnerability),
  likelihood: scaleOf(MEANINGS.likelihood),
  impact: scaleOf(MEANINGS.impact),
};

const LEVEL_MEANINGS: Meanings = [
  ["Acceptable; no action needed.", "风险可接受，一般无需采取措施。"],
  ["Acceptable; keep existing controls and monitor.", "风险可接受，保持已有控制措施并持续监视。"],
  ["Treat within the treatment deadline.", "需在处置期限内采取控制措施。"],
  ["Treat with priority; management attention.", "需优先采取控制措施，管理层关注。"],
  ["Treat immediately; stop the activity if needed.", "必须立即采取控制措施，必要时暂停相关活动。"],
];

/** Risk levels 1..5 (很低 … 很高) and what each asks of the organisation. */
export const DEFAULT_LEVELS: readonly LevelDefinition[] = LEVEL_MEANINGS.map(([en, zh], index) => ({
  level: index + 1,
  label: LABELS[index] ?? { en: String(index + 1), "zh-CN": String(index + 1) },
  description: { en, "zh-CN": zh },
}));
