/**
 * The sample client's SoA as the consultant and the client left it after the first pass (云付通科技 /
 * CloudPay): implementation status and the controlling document on the controls the policies already
 * cover, the legal reasons a payment company has (网络安全法, 数据安全法, 个人信息保护法, the PBOC's rules),
 * two justified exclusions, one exclusion still saying only "不适用" / "N/A" (a finding) and one control a
 * risk requires that was excluded anyway (a conflict) — so the demo shows what the SoA panel reports.
 * Ids of the chosen edition; the 2013 sample carries the same entries through Table B.1.
 */
import { mapping2022To2013 } from "../../domain/catalog";
import type { StandardVersion } from "../../domain/methodology";
import type { Lang } from "../../i18n/types";
import type { SoaFields } from "../records";

type Pair = readonly [zh: string, en: string];

interface SampleEntry {
  readonly id: string;
  readonly applicable?: boolean;
  readonly reasons?: Pair;
  readonly justification?: Pair;
  readonly status?: Pair;
  readonly documents?: Pair;
  readonly owner?: Pair;
}

const IMPLEMENTED: Pair = ["已实施", "Implemented"];
const PARTIAL: Pair = ["部分实施", "Partially implemented"];
const PLANNED: Pair = ["计划实施", "Planned"];
const LEGAL: Pair = [
  "法律法规要求（网络安全法、数据安全法、个人信息保护法）",
  "Legal or regulatory (PRC Cybersecurity, Data Security and Personal Information Protection Laws)",
];
const CONTRACT: Pair = ["合同要求（收单机构合作协议）", "Contractual (acquirer agreements)"];
const ISMS_OFFICE: Pair = ["信息安全部", "Information Security"];

const ENTRIES: readonly SampleEntry[] = [
  {
    id: "5.1",
    applicable: true,
    reasons: ["业务需要或最佳实践", "Business requirement or best practice"],
    status: IMPLEMENTED,
    documents: ["ISMS-POL-01《信息安全方针》", "ISMS-POL-01 Information security policy"],
    owner: ISMS_OFFICE,
  },
  {
    id: "5.2",
    status: IMPLEMENTED,
    documents: ["ISMS-PRO-02《信息安全组织与职责》", "ISMS-PRO-02 Roles and responsibilities"],
    owner: ISMS_OFFICE,
  },
  {
    id: "5.9",
    status: PARTIAL,
    documents: ["ISMS-PRO-05《资产管理程序》", "ISMS-PRO-05 Asset management procedure"],
    owner: ISMS_OFFICE,
  },
  {
    id: "5.15",
    status: IMPLEMENTED,
    documents: ["ISMS-PRO-08《访问控制程序》", "ISMS-PRO-08 Access control procedure"],
    owner: ["运维部", "IT Operations"],
  },
  {
    id: "5.24",
    status: PARTIAL,
    documents: ["ISMS-PRO-12《信息安全事件管理程序》", "ISMS-PRO-12 Incident management procedure"],
    owner: ISMS_OFFICE,
  },
  {
    id: "5.31",
    applicable: true,
    reasons: LEGAL,
    status: PARTIAL,
    documents: ["ISMS-REC-03《法律法规清单》", "ISMS-REC-03 Register of legal requirements"],
    owner: ["法务部", "Legal"],
  },
  {
    id: "5.34",
    applicable: true,
    reasons: LEGAL,
    status: PLANNED,
    documents: ["ISMS-PRO-15《个人信息保护管理规定》", "ISMS-PRO-15 Personal information protection"],
    owner: ["法务部", "Legal"],
  },
  {
    id: "5.20",
    applicable: true,
    reasons: CONTRACT,
    status: IMPLEMENTED,
    documents: ["ISMS-PRO-09《供应商安全管理程序》", "ISMS-PRO-09 Supplier security procedure"],
    owner: ["采购部", "Procurement"],
  },
  {
    id: "6.3",
    status: IMPLEMENTED,
    documents: ["ISMS-PRO-04《信息安全培训管理规定》", "ISMS-PRO-04 Awareness and training"],
    owner: ["人力资源部", "Human Resources"],
  },
  {
    id: "7.4",
    applicable: false,
    justification: [
      "办公场所为商务楼层，无独立机房；监控由物业统一提供并已纳入供应商管理（5.19–5.22）。",
      "Offices are a rented floor with no data centre; monitoring is provided by the landlord under supplier management (5.19–5.22).",
    ],
  },
  {
    id: "8.30",
    applicable: false,
    justification: [
      "公司不将软件开发外包，所有开发由内部团队完成。",
      "No software development is outsourced; all development is in-house.",
    ],
  },
  { id: "7.11", applicable: false, justification: ["不适用", "N/A"] },
  {
    id: "8.13",
    status: PLANNED,
    documents: ["ISMS-PRO-18《备份与恢复管理规定》", "ISMS-PRO-18 Backup and recovery"],
    owner: ["运维部", "IT Operations"],
  },
  {
    id: "8.15",
    applicable: false,
    justification: ["日志由云服务商提供", "Logging is provided by the cloud provider"],
  },
];

/**
 * The sample SoA's rows, in the workbook's language and edition.
 * @example sampleSoa("zh-CN", "2022").find((row) => row.controlId === "8.30")?.applicable // false
 */
export function sampleSoa(lang: Lang, standard: StandardVersion): SoaFields[] {
  const pick = (pair: Pair | undefined) => (pair ? pair[lang === "zh-CN" ? 0 : 1] : undefined);
  return ENTRIES.flatMap((entry) => {
    const ids = standard === "2022" ? [entry.id] : mapping2022To2013(entry.id).slice(0, 1);
    return ids.map((controlId) => {
      const row: SoaFields = {
        controlId,
        ...(entry.applicable === undefined ? {} : { applicable: entry.applicable }),
        ...(entry.reasons ? { reasons: pick(entry.reasons) } : {}),
        ...(entry.justification ? { justification: pick(entry.justification) } : {}),
        ...(entry.status ? { status: pick(entry.status) } : {}),
        ...(entry.documents ? { documents: pick(entry.documents) } : {}),
        ...(entry.owner ? { owner: pick(entry.owner) } : {}),
      };
      return row;
    });
  });
}
