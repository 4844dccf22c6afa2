/**
 * The closed vocabularies of the ISMS sheets (treatment options, statuses, yes/no, asset classes):
 * the canonical key, the label written in each language, and the words seen in the wild that mean it.
 */
import type { Lang } from "../../i18n/types";

export interface Term<K extends string> {
  readonly key: K;
  readonly label: Readonly<Record<Lang, string>>;
  readonly aliases: readonly string[];
}

export type TreatmentOption = "reduce" | "avoid" | "transfer" | "accept";
export type TreatmentStatus = "notStarted" | "inProgress" | "done" | "verified";
export type AssetClass = "data" | "software" | "hardware" | "service" | "people" | "other";

export const TREATMENT_OPTIONS: readonly Term<TreatmentOption>[] = [
  {
    key: "reduce",
    label: { en: "Reduce", "zh-CN": "降低" },
    aliases: [
      "mitigate",
      "mitigation",
      "modify",
      "modification",
      "treat",
      "reduction",
      "reduce risk",
      "risk reduction",
      "risk reduced",
      "降低风险",
      "风险降低",
      "减少",
      "缓解",
      "风险缓解",
      "控制",
      "修改",
    ],
  },
  {
    key: "avoid",
    label: { en: "Avoid", "zh-CN": "规避" },
    aliases: [
      "avoidance",
      "terminate",
      "avoid risk",
      "risk avoidance",
      "risk avoided",
      "规避风险",
      "风险规避",
      "避免",
      "回避",
      "终止",
    ],
  },
  {
    key: "transfer",
    label: { en: "Transfer", "zh-CN": "转移" },
    aliases: [
      "share",
      "sharing",
      "transference",
      "transfer risk",
      "risk transfer",
      "risk transferred",
      "risk sharing",
      "转移风险",
      "风险转移",
      "转嫁",
      "分担",
      "共享",
      "风险分担",
    ],
  },
  {
    key: "accept",
    label: { en: "Accept", "zh-CN": "接受" },
    aliases: [
      "retain",
      "retention",
      "tolerate",
      "acceptance",
      "accept risk",
      "risk accepted",
      "risk acceptance",
      "risk retention",
      "接受风险",
      "风险接受",
      "保留",
      "风险保留",
      "容忍",
      "承受",
    ],
  },
];

export const TREATMENT_STATUSES: readonly Term<TreatmentStatus>[] = [
  {
    key: "notStarted",
    label: { en: "Not started", "zh-CN": "未开始" },
    aliases: ["open", "planned", "to do", "todo", "new", "计划中", "待处理", "未启动"],
  },
  {
    key: "inProgress",
    label: { en: "In progress", "zh-CN": "进行中" },
    aliases: ["ongoing", "started", "wip", "实施中", "处理中", "整改中"],
  },
  {
    key: "done",
    label: { en: "Done", "zh-CN": "已完成" },
    aliases: ["completed", "complete", "implemented", "treated", "closed", "完成", "已实施", "已关闭"],
  },
  {
    key: "verified",
    label: { en: "Verified", "zh-CN": "已验证" },
    aliases: ["checked", "effective", "validated", "已确认", "验证通过"],
  },
];

export const YES_NO: readonly Term<"yes" | "no">[] = [
  {
    key: "yes",
    label: { en: "Yes", "zh-CN": "是" },
    aliases: ["y", "true", "applicable", "适用", "可接受", "√", "✓"],
  },
  {
    key: "no",
    label: { en: "No", "zh-CN": "否" },
    aliases: ["n", "false", "not applicable", "n/a", "na", "不适用", "不可接受", "×", "✗"],
  },
];

export const ASSET_CLASSES: readonly Term<AssetClass>[] = [
  { key: "data", label: { en: "Data", "zh-CN": "数据" }, aliases: ["information", "信息", "数据资产"] },
  { key: "software", label: { en: "Software", "zh-CN": "软件" }, aliases: ["application", "应用", "系统"] },
  { key: "hardware", label: { en: "Hardware", "zh-CN": "硬件" }, aliases: ["equipment", "device", "设备"] },
  { key: "service", label: { en: "Service", "zh-CN": "服务" }, aliases: ["services", "云服务"] },
  { key: "people", label: { en: "People", "zh-CN": "人员" }, aliases: ["personnel", "staff", "人"] },
  { key: "other", label: { en: "Other", "zh-CN": "其他" }, aliases: ["others", "其它"] },
];

/**
 * Names of the five risk levels every method preset uses (1 很低 … 5 很高), so a level written as its
 * name reads as its number.
 */
export const LEVEL_NAMES: readonly Term<"1" | "2" | "3" | "4" | "5">[] = [
  { key: "1", label: { en: "Very low", "zh-CN": "很低" }, aliases: ["极低", "非常低"] },
  { key: "2", label: { en: "Low", "zh-CN": "低" }, aliases: ["较低"] },
  { key: "3", label: { en: "Medium", "zh-CN": "中等" }, aliases: ["中", "moderate", "med", "一般"] },
  { key: "4", label: { en: "High", "zh-CN": "高" }, aliases: ["较高"] },
  { key: "5", label: { en: "Very high", "zh-CN": "很高" }, aliases: ["极高", "非常高", "critical"] },
];

/** Lower-case, no spaces or punctuation: the form labels and aliases are compared in. */
export function normaliseWord(text: string): string {
  return text.toLowerCase().replace(/[\s\-_.:：,，、/()（）[\]【】*'"“”]+/g, "");
}

/**
 * The canonical key a written word stands for, in either language, or null.
 * @example termKey(TREATMENT_OPTIONS, "Mitigate") // "reduce"
 */
export function termKey<K extends string>(terms: readonly Term<K>[], text: string): K | null {
  const word = normaliseWord(text);
  if (word === "") return null;
  for (const term of terms) {
    const words = [term.key, term.label.en, term.label["zh-CN"], ...term.aliases];
    if (words.some((w) => normaliseWord(w) === word)) return term.key;
  }
  return null;
}

/** The label written for a key in the workbook's language. */
export function termLabel<K extends string>(terms: readonly Term<K>[], key: K, lang: Lang): string {
  return terms.find((term) => term.key === key)?.label[lang] ?? key;
}
