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
    aliases: ["mitigate", "modify", "treat", "reduction", "降低风险", "减少", "缓解", "控制", "修改"],
  },
  {
    key: "avoid",
    label: { en: "Avoid", "zh-CN": "规避" },
    aliases: ["avoidance", "terminate", "规避风险", "避免", "回避", "终止"],
  },
  {
    key: "transfer",
    label: { en: "Transfer", "zh-CN": "转移" },
    aliases: ["share", "sharing", "transference", "转移风险", "转嫁", "分担", "共享"],
  },
  {
    key: "accept",
    label: { en: "Accept", "zh-CN": "接受" },
    aliases: ["retain", "retention", "tolerate", "接受风险", "保留", "容忍", "承受"],
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
