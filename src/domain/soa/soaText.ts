/**
 * Reading what people type into an SoA: reasons for selection (法律法规 / 合同 / 业务需要 / 最佳实践,
 * "Legal", "Contract", "Business need"…), implementation status (已实施 / 部分实施 / 计划中 / 未实施…)
 * and justifications that justify nothing ("N/A", "不适用", "-", "无").
 */
import { SOA_REASONS, SOA_STATUSES, type SoaReason, type SoaStatus } from "./types";

/** Words that name each reason, lower-case; a reason text may name several. */
const REASON_WORDS: Readonly<Record<SoaReason, readonly string[]>> = {
  riskTreatment: ["risk treatment", "risk assessment", "风险处置", "风险评估", "风险处理", "ra", "rtp"],
  existingControl: ["existing control", "已有控制", "现有控制", "已有措施", "现有措施"],
  legal: ["legal", "law", "regulat", "statut", "compliance", "法律", "法规", "监管", "合规"],
  contractual: ["contract", "customer requirement", "合同", "合约", "协议", "客户要求"],
  business: ["business", "best practice", "good practice", "业务", "最佳实践", "良好实践", "经营"],
};

/** Short words ("ra", "law") must stand alone, or "ra" would match "contract". */
function mentions(text: string, word: string): boolean {
  if (!/^[a-z]{1,3}$/.test(word)) return text.includes(word);
  return new RegExp(`(?:^|[^a-z])${word}(?:$|[^a-z])`).test(text);
}

/**
 * The reasons a reason text names, in SOA_REASONS order.
 * @example parseReasons("法律法规；合同要求") // ["legal", "contractual"]
 * @example parseReasons("Risk assessment, best practice") // ["riskTreatment", "business"]
 */
export function parseReasons(text: string | undefined): SoaReason[] {
  const lower = (text ?? "").normalize("NFKC").toLowerCase();
  if (lower.trim() === "") return [];
  return SOA_REASONS.filter((reason) => REASON_WORDS[reason].some((word) => mentions(lower, word)));
}

/** Status words, checked in this order so "not implemented" and "部分实施" are not read as "implemented". */
const STATUS_WORDS: readonly (readonly [SoaStatus, readonly string[]])[] = [
  ["notImplemented", ["not implemented", "not started", "未实施", "未实现", "未落实", "未开始", "no"]],
  ["partial", ["partial", "in progress", "部分", "实施中", "进行中"]],
  ["planned", ["planned", "to do", "计划", "待实施", "拟实施"]],
  ["implemented", ["implemented", "done", "in place", "yes", "已实施", "已实现", "已落实", "已完成", "完成"]],
];

/**
 * The status a status text names, or undefined for blank or unrecognised text.
 * @example parseStatus("部分实施") // "partial"
 * @example parseStatus("Not implemented") // "notImplemented"
 */
export function parseStatus(text: string | undefined): SoaStatus | undefined {
  const lower = (text ?? "").normalize("NFKC").trim().toLowerCase();
  if (lower === "") return undefined;
  // A status key as such ("notImplemented" holds "implemented": keys are matched whole first).
  const key = SOA_STATUSES.find((status) => status.toLowerCase() === lower);
  if (key) return key;
  return STATUS_WORDS.find(([, words]) => words.some((word) => mentions(lower, word)))?.[0];
}

/** What people write instead of a justification. */
const BOILERPLATE = new Set(["n/a", "na", "n.a", "不适用", "-", "--", "—", "–", "/", "无", "none", "nil"]);

/**
 * Whether a justification for exclusion is blank or a placeholder alone.
 * @example isBoilerplateJustification(" N/A ") // true
 * @example isBoilerplateJustification("不适用：公司无软件开发活动") // false
 */
export function isBoilerplateJustification(text: string | undefined): boolean {
  const lower = (text ?? "")
    .normalize("NFKC")
    .trim()
    .replace(/[.。]$/, "")
    .toLowerCase();
  return lower === "" || BOILERPLATE.has(lower);
}
