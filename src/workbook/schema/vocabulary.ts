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
      "reduced",
      "reduction",
      "mitigate",
      "mitigated",
      "mitigation",
      "modify",
      "modified",
      "modification",
      "treat",
      "control",
      "reduce risk",
      "reduce the risk",
      "mitigate risk",
      "mitigate the risk",
      "risk reduction",
      "risk reduced",
      "risk mitigation",
      "risk modification",
      "降低风险",
      "风险降低",
      "减少",
      "减低",
      "减缓",
      "减轻",
      "缓解",
      "风险缓解",
      "风险减缓",
      "风险减轻",
      "风险修正",
      "控制",
      "风险控制",
      "修改",
      "处理",
    ],
  },
  {
    key: "avoid",
    label: { en: "Avoid", "zh-CN": "规避" },
    aliases: [
      "avoided",
      "avoidance",
      "terminate",
      "terminated",
      "termination",
      "eliminate",
      "avoid risk",
      "avoid the risk",
      "risk avoidance",
      "risk avoided",
      "规避风险",
      "风险规避",
      "避免",
      "避免风险",
      "回避",
      "风险回避",
      "终止",
      "消除",
    ],
  },
  {
    key: "transfer",
    label: { en: "Transfer", "zh-CN": "转移" },
    aliases: [
      "transferred",
      "share",
      "shared",
      "sharing",
      "transference",
      "insure",
      "transfer risk",
      "transfer the risk",
      "risk transfer",
      "risk transferred",
      "risk sharing",
      "转移风险",
      "风险转移",
      "转嫁",
      "风险转嫁",
      "分担",
      "共担",
      "共享",
      "风险分担",
      "风险共担",
      "风险共享",
    ],
  },
  {
    key: "accept",
    label: { en: "Accept", "zh-CN": "接受" },
    aliases: [
      "accepted",
      "retain",
      "retained",
      "retention",
      "tolerate",
      "tolerated",
      "acceptance",
      "accept risk",
      "accept the risk",
      "risk accepted",
      "risk acceptance",
      "risk retention",
      "接受风险",
      "风险接受",
      "接收",
      "保留",
      "保持",
      "风险保留",
      "自留",
      "风险自留",
      "容忍",
      "承受",
      "承担",
      "风险承担",
    ],
  },
];

export const TREATMENT_STATUSES: readonly Term<TreatmentStatus>[] = [
  {
    key: "notStarted",
    label: { en: "Not started", "zh-CN": "未开始" },
    aliases: [
      "open",
      "planned",
      "pending",
      "to do",
      "todo",
      "new",
      "not yet started",
      "未启动",
      "未实施",
      "待实施",
      "尚未开始",
      "计划中",
      "已计划",
      "待处理",
      "待办",
    ],
  },
  {
    key: "inProgress",
    label: { en: "In progress", "zh-CN": "进行中" },
    aliases: [
      "ongoing",
      "started",
      "wip",
      "in hand",
      "underway",
      "partially implemented",
      "实施中",
      "执行中",
      "处理中",
      "整改中",
      "推进中",
      "部分实施",
      "部分完成",
    ],
  },
  {
    key: "done",
    label: { en: "Done", "zh-CN": "已完成" },
    aliases: [
      "completed",
      "complete",
      "implemented",
      "treated",
      "closed",
      "resolved",
      "finished",
      "完成",
      "已实施",
      "已落实",
      "已整改",
      "整改完成",
      "已关闭",
      "关闭",
      "已结束",
      "已处理",
    ],
  },
  {
    key: "verified",
    label: { en: "Verified", "zh-CN": "已验证" },
    aliases: [
      "checked",
      "effective",
      "validated",
      "verified effective",
      "已确认",
      "验证通过",
      "已验收",
      "有效",
    ],
  },
];

export const YES_NO: readonly Term<"yes" | "no">[] = [
  {
    key: "yes",
    label: { en: "Yes", "zh-CN": "是" },
    aliases: [
      "y",
      "true",
      "applicable",
      "included",
      "include",
      "selected",
      "adopted",
      "acceptable",
      "适用",
      "包含",
      "纳入",
      "采用",
      "选用",
      "选择",
      "可接受",
      "对",
      "有",
      "√",
      "✓",
      "✔",
      "☑",
    ],
  },
  {
    key: "no",
    label: { en: "No", "zh-CN": "否" },
    aliases: [
      "n",
      "false",
      "not applicable",
      "n/a",
      "na",
      "excluded",
      "exclude",
      "not included",
      "not selected",
      "not adopted",
      "not acceptable",
      "unacceptable",
      "不适用",
      "不包含",
      "删减",
      "排除",
      "不采用",
      "不选用",
      "不可接受",
      "不",
      "无",
      "×",
      "✗",
      "✘",
      "☒",
    ],
  },
];

/**
 * Words that answer "partly" ("部分适用", "Partially"): read as yes, since part of the control or
 * criterion applies, and reported so the reader can say so.
 */
export const PARTIAL_YES: readonly string[] = [
  "partial",
  "partially",
  "partly",
  "partially applicable",
  "partly applicable",
  "partially included",
  "部分",
  "部分适用",
  "部分包含",
  "部分采用",
  "部分可接受",
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
  {
    key: "1",
    label: { en: "Very low", "zh-CN": "很低" },
    aliases: ["VL", "negligible", "极低", "非常低", "很低风险", "极低风险"],
  },
  { key: "2", label: { en: "Low", "zh-CN": "低" }, aliases: ["L", "较低", "低风险"] },
  {
    key: "3",
    label: { en: "Medium", "zh-CN": "中等" },
    aliases: ["M", "moderate", "med", "中", "中等风险", "中风险", "一般"],
  },
  { key: "4", label: { en: "High", "zh-CN": "高" }, aliases: ["H", "较高", "高风险"] },
  {
    key: "5",
    label: { en: "Very high", "zh-CN": "很高" },
    aliases: ["VH", "critical", "extreme", "极高", "非常高", "很高风险", "极高风险"],
  },
];

/** Half-width, lower-case, no spaces or punctuation: the form labels and aliases are compared in. */
export function normaliseWord(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_.:：,，、/()（）[\]【】*'"“”]+/g, "");
}

/**
 * The canonical key a written word stands for, in either language, or null.
 * @example termKey(TREATMENT_OPTIONS, "Mitigate") // "reduce"
 */
export function termKey<K extends string>(terms: readonly Term<K>[], text: string): K | null {
  const word = normaliseWord(text);
  if (word === "") return null;
  return (wordIndex(terms).get(word) as K | undefined) ?? null;
}

/** Normalised word → key, built once per vocabulary (a 10,000-row column looks words up 10,000 times). */
const wordIndexes = new WeakMap<readonly Term<string>[], ReadonlyMap<string, string>>();

function wordIndex(terms: readonly Term<string>[]): ReadonlyMap<string, string> {
  const known = wordIndexes.get(terms);
  if (known) return known;
  const index = new Map<string, string>();
  for (const term of terms) {
    for (const w of [term.key, term.label.en, term.label["zh-CN"], ...term.aliases]) {
      const normal = normaliseWord(w);
      // The first term that names a word keeps it, as the scan in vocabulary order did.
      if (normal !== "" && !index.has(normal)) index.set(normal, term.key);
    }
  }
  wordIndexes.set(terms, index);
  return index;
}

/** The label written for a key in the workbook's language. */
export function termLabel<K extends string>(terms: readonly Term<K>[], key: K, lang: Lang): string {
  return terms.find((term) => term.key === key)?.label[lang] ?? key;
}
