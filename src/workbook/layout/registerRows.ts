/**
 * Register rows between their plain form (src/workbook/records.ts: vocabulary keys, "yes"/"no", ISO dates)
 * and the words a sheet shows in the workbook's language, and the rows a new workbook's registers start
 * with: the documented information the standard requires (文件清单, 记录清单), a starter list of Chinese
 * laws and regulations (法律法规清单) and one row per management review input (管理评审输入).
 */
import { REQUIRED_INFORMATION, type RequiredInformation } from "../../domain/readiness/requiredInformation";
import { REVIEW_INPUTS, type RegisterKey } from "../../domain/readiness/types";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import type { ColumnValues } from "../recordCodecs";
import type { RegisterFields, RegisterRecords } from "../records";
import { registerSchema } from "../schema/registerSchemas";
import { YES_NO } from "../schema/vocabulary";
import { TERM_LISTS } from "./listSources";

/**
 * A register row's cells as the layout writes them: vocabulary keys as the workbook language's words,
 * "yes"/"no" as 是/否 (Yes/No); text, numbers and ISO dates as they are (dates become real dates).
 * A value that names no term is written as given.
 * @example registerValues("documents", { docId: "ISMS-D-01", status: "approved" }, "zh-CN") // { docId: "ISMS-D-01", status: "已发布" }
 */
export function registerValues<K extends RegisterKey>(
  key: K,
  fields: RegisterFields<K>,
  lang: Lang,
): ColumnValues {
  const out: Record<string, string | number> = {};
  for (const column of registerSchema(key).columns) {
    const value = (fields as Readonly<Record<string, string | number | undefined>>)[column.key];
    if (value === undefined || value === "") continue;
    const terms = column.type === "boolean" ? YES_NO : column.list ? TERM_LISTS[column.list] : undefined;
    const term = typeof value === "string" ? terms?.find((tm) => tm.key === value) : undefined;
    out[column.key] = term ? term.label[lang] : value;
  }
  return out;
}

/** The level a required document sits at in the four-level documentation system. */
const DOCUMENT_LEVEL: Readonly<Record<string, "manual" | "procedure">> = {
  scope: "manual",
  policy: "manual",
  riskAssessmentProcess: "procedure",
  riskTreatmentProcess: "procedure",
  soa: "manual",
  objectives: "manual",
  documentControl: "procedure",
};

const requiredTitle = (item: RequiredInformation, lang: Lang): string =>
  t(lang, `readiness.required.${item.key}` as "readiness.required.scope");

/**
 * The required documents as a new 文件清单's rows: number, title in the workbook's language, clause,
 * level; owner, version, approval date and status left for the client.
 * @example requiredDocumentRows("en")[0] // { docId: "ISMS-D-01", title: "ISMS scope", level: "L1 · policy, manual", clauses: "4.3" }
 */
export function requiredDocumentRows(lang: Lang): RegisterFields<"documents">[] {
  return REQUIRED_INFORMATION.filter((item) => item.kind === "document").map((item) => ({
    docId: item.number,
    title: requiredTitle(item, lang),
    level: t(lang, `registers.levels.${DOCUMENT_LEVEL[item.key] ?? "procedure"}`),
    clauses: item.clause,
  }));
}

/** The required records as a new 记录清单's rows. */
export function requiredRecordRows(lang: Lang): RegisterFields<"records">[] {
  return REQUIRED_INFORMATION.filter((item) => item.kind === "record").map((item) => ({
    recordId: item.number,
    title: requiredTitle(item, lang),
    clauses: item.clause,
  }));
}

type LawKey =
  | "cybersecurity"
  | "dataSecurity"
  | "personalInformation"
  | "cryptography"
  | "criticalInfrastructure"
  | "networkData";

/** The starter list: each law's issuer, the date it came into force and the Annex A controls answering it. */
const STARTER_LAWS: readonly {
  readonly key: LawKey;
  readonly issuer: "npcsc" | "stateCouncil";
  readonly effectiveDate: string;
  readonly controls: string;
}[] = [
  {
    key: "cybersecurity",
    issuer: "npcsc",
    effectiveDate: "2017-06-01",
    controls: "5.31; 5.32; 5.34; 5.24; 8.15",
  },
  { key: "dataSecurity", issuer: "npcsc", effectiveDate: "2021-09-01", controls: "5.31; 5.12; 5.34; 5.24" },
  {
    key: "personalInformation",
    issuer: "npcsc",
    effectiveDate: "2021-11-01",
    controls: "5.31; 5.34; 8.11; 8.24",
  },
  { key: "cryptography", issuer: "npcsc", effectiveDate: "2020-01-01", controls: "5.31; 8.24" },
  {
    key: "criticalInfrastructure",
    issuer: "stateCouncil",
    effectiveDate: "2021-09-01",
    controls: "5.31; 5.32; 5.19",
  },
  { key: "networkData", issuer: "stateCouncil", effectiveDate: "2025-01-01", controls: "5.31; 5.12; 5.34" },
];

/**
 * The starter 法律法规清单: the Chinese laws an ISMS in China usually answers, compliance not yet assessed.
 * @example starterLawRows("zh-CN")[0]?.name // "中华人民共和国网络安全法"
 */
export function starterLawRows(lang: Lang): RegisterFields<"laws">[] {
  return STARTER_LAWS.map((law, i) => ({
    lawId: `L-${String(i + 1).padStart(2, "0")}`,
    name: t(lang, `registers.laws.${law.key}.name`),
    issuer: t(lang, `registers.issuers.${law.issuer}`),
    effectiveDate: law.effectiveDate,
    clauses: t(lang, `registers.laws.${law.key}.clauses`),
    obligations: t(lang, `registers.laws.${law.key}.obligations`),
    status: "notAssessed",
    controls: law.controls,
  }));
}

/**
 * One row per management review input (9.3.2 a–g), worded in the workbook's language.
 * @example reviewInputRows("en")[3] // { inputId: "d1", input: "d) 1) Nonconformities and corrective actions" }
 */
export function reviewInputRows(lang: Lang): RegisterFields<"review">[] {
  return REVIEW_INPUTS.map((inputId) => ({ inputId, input: t(lang, `registers.reviewInputs.${inputId}`) }));
}

/**
 * The registers of a new workbook without a sample: the required documents and records, the starter law
 * list and the review inputs; the other registers empty (their sheets carry blank rows to type in).
 */
export function starterRegisters(lang: Lang): RegisterRecords {
  return {
    documents: requiredDocumentRows(lang),
    records: requiredRecordRows(lang),
    laws: starterLawRows(lang),
    review: reviewInputRows(lang),
  };
}
