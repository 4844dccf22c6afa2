/**
 * The named ranges over ISMS table columns and the data-validation list each column kind uses. Lists
 * refer to workbook names (`=ISMS_AssetIds`) or are written inline, the two forms Excel, LibreOffice
 * and WPS all accept; names survive renamed sheets. Owner columns offer the responsible persons list of
 * the methodology sheet (ISMS_People): each name once, no blanks, a new name asked about, not refused.
 */
import { SCALE_NAMES, type ScaleKey } from "../../domain/methodology";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { columnRange } from "../cells/cellAddress";
import { peopleListSource } from "../method/methodPeople";
import type { NamedRangePlan } from "../plan";
import type { DataSheetKey } from "../schema";
import type { ListSource, SheetSchema } from "../schema/columnSchema";
import { RISK_DATE_NAME, RISK_ID_NAME, RISK_LEVEL_NAME, RISK_VALUE_NAME } from "../schema/treatmentSchema";
import {
  ASSET_CLASSES,
  TREATMENT_OPTIONS,
  TREATMENT_STATUSES,
  YES_NO,
  type Term,
} from "../schema/vocabulary";
import {
  COMPLIANCE_TERMS,
  DOCUMENT_STATUS_TERMS,
  FINDING_GRADE_TERMS,
  NC_STATUS_TERMS,
  SCOPE_KIND_TERMS,
} from "../schema/registerVocabulary";

/** Rows each table is prepared for: validation lists and names reach this far below the header. */
export function capacityOf(rows: number): number {
  return Math.max(1000, rows + 200);
}

/** Named ranges over table columns: (sheet key, column key) → name. */
export const COLUMN_NAMES: readonly {
  readonly sheet: DataSheetKey;
  readonly column: string;
  readonly name: string;
}[] = [
  { sheet: "assets", column: "assetId", name: "ISMS_AssetIds" },
  { sheet: "threats", column: "name", name: "ISMS_ThreatNames" },
  { sheet: "vulnerabilities", column: "name", name: "ISMS_VulnerabilityNames" },
  { sheet: "risks", column: "riskId", name: RISK_ID_NAME },
  { sheet: "risks", column: "level", name: RISK_LEVEL_NAME },
  { sheet: "risks", column: "value", name: RISK_VALUE_NAME },
  { sheet: "risks", column: "assessedOn", name: RISK_DATE_NAME },
];

const NAMED_LISTS: Partial<Record<ListSource, string>> = {
  assetIds: "ISMS_AssetIds",
  threatNames: "ISMS_ThreatNames",
  vulnerabilityNames: "ISMS_VulnerabilityNames",
  riskIds: RISK_ID_NAME,
};

/** The lists of fixed terms, shown in the workbook's language (their messages list them too). */
export const TERM_LISTS: Partial<Record<ListSource, readonly Term<string>[]>> = {
  options: TREATMENT_OPTIONS,
  statuses: TREATMENT_STATUSES,
  yesNo: YES_NO,
  assetClasses: ASSET_CLASSES,
  documentStatuses: DOCUMENT_STATUS_TERMS,
  scopeKinds: SCOPE_KIND_TERMS,
  complianceStatuses: COMPLIANCE_TERMS,
  findingGrades: FINDING_GRADE_TERMS,
  ncStatuses: NC_STATUS_TERMS,
};

/**
 * The validation source of a list column: a name reference, the filled rows of the people list, or the
 * labels in the workbook's language.
 * @example listSource("options", "zh-CN") // ["降低", "规避", "转移", "接受"]
 * @example listSource("owners", "en") // "=OFFSET(ISMS_People,0,0,MAX(1,COUNTA(ISMS_People)),1)"
 */
export function listSource(source: ListSource, lang: Lang): string | readonly string[] | null {
  if (source === "owners") return peopleListSource();
  const name = NAMED_LISTS[source];
  if (name) return `=${name}`;
  const terms = TERM_LISTS[source];
  return terms ? terms.map((term) => term.label[lang]) : null;
}

/** A rating column's list: the value column of its methodology scale. */
export function scaleSource(scale: string): string {
  return `=${SCALE_NAMES[scale as ScaleKey] ?? SCALE_NAMES.likelihood}`;
}

/** The names a data sheet defines over its own columns. */
export function columnNamesOf(
  key: DataSheetKey,
  schema: SheetSchema,
  sheetName: string,
  capacity: number,
): NamedRangePlan[] {
  const written = schema.columns.filter((c) => !c.readOnly);
  return COLUMN_NAMES.filter((entry) => entry.sheet === key).flatMap((entry) => {
    const index = written.findIndex((c) => c.key === entry.column);
    return index < 0
      ? []
      : [{ name: entry.name, sheet: sheetName, address: columnRange(index, 1, capacity, true) }];
  });
}

/** The person fields of the records a workbook is written with (the sample's, an adopted workbook's). */
export interface PeopleRecords {
  readonly assets?: readonly { readonly owner?: string | undefined }[];
  readonly risks?: readonly { readonly owner?: string | undefined; readonly assessor?: string | undefined }[];
  readonly treatments?: readonly {
    readonly owner?: string | undefined;
    readonly acceptedBy?: string | undefined;
  }[];
}

/** A role written after a name, in brackets: "王强（管理者代表）", "Wang Qiang (management representative)". */
const TRAILING_ROLE = /\s*[(（][^()（）]*[)）]\s*$/;

/**
 * The names for the responsible persons list: every owner (assets, risks, treatments), then every
 * assessor and approver, each once, without a role written after the name in brackets (the first
 * spelling kept, compared without case and outer spaces), no blanks.
 * @example peopleOf({ assets: [{ owner: "张伟" }, { owner: " 张伟 " }], treatments: [{ acceptedBy: "王强（管理者代表）" }] }) // ["张伟", "王强"]
 */
export function peopleOf(records: PeopleRecords): string[] {
  const named = [
    ...(records.assets ?? []).map((r) => r.owner),
    ...(records.risks ?? []).map((r) => r.owner),
    ...(records.treatments ?? []).map((r) => r.owner),
    ...(records.risks ?? []).map((r) => r.assessor),
    ...(records.treatments ?? []).map((r) => r.acceptedBy),
  ];
  const seen = new Map<string, string>();
  for (const text of named) {
    const name = (text ?? "").replace(TRAILING_ROLE, "").trim();
    const key = name.toLowerCase();
    if (name !== "" && !seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()];
}

type PersonRole = "owner" | "assessor" | "approver" | "person";

/** Which person a column names, by its key: the message says what the column accepts. */
const PERSON_ROLES: Readonly<Record<string, PersonRole>> = {
  owner: "owner",
  assessor: "assessor",
  acceptedBy: "approver",
  approvedBy: "approver",
  approver: "approver",
};

/**
 * The warning a people-list column shows for a name not in the list, in the workbook's language.
 * @example peopleListMessage("owner", "zh-CN") // "责任人：从人员名单（“方法”工作表）中选择负责人员。…"
 */
export function peopleListMessage(columnKey: string, lang: Lang): string {
  const role = PERSON_ROLES[columnKey] ?? "person";
  return t(lang, `guide.people.listWarning.${role}`, { sheet: t(lang, "workbook.sheetNames.method") });
}
