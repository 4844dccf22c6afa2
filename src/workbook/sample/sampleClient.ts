/**
 * The sample client: 云付通科技有限公司 / CloudPay Technologies Ltd., a payment SaaS company. Its
 * assets, and the risk scenarios a consultant would record for it, drawing threats and vulnerabilities
 * from the GB/T 20984 libraries. Plain data in both languages; sampleRecords.ts turns it into records.
 */
import type { AssetClass } from "../schema/vocabulary";

type Both = readonly [en: string, zh: string];

export interface SampleAsset {
  readonly id: string;
  readonly name: Both;
  readonly class: AssetClass;
  readonly department: Both;
  readonly owner: Both;
  readonly location: Both;
  readonly cia: readonly [c: number, i: number, a: number];
}

const ENG: Both = ["Engineering", "技术研发部"];
const OPS: Both = ["Operations", "运维部"];
const RISK: Both = ["Risk & Compliance", "风控合规部"];
const FIN: Both = ["Finance", "财务部"];
const HR: Both = ["People", "人力资源部"];
const CLOUD: Both = ["Cloud, East China 2", "云上华东2区"];
const OFFICE: Both = ["Shanghai office", "上海办公室"];

/** Owners (责任人) appear in both languages under the same name. */
export const OWNERS = {
  cto: ["Zhang Wei", "张伟"],
  ops: ["Li Na", "李娜"],
  risk: ["Wang Qiang", "王强"],
  finance: ["Liu Yang", "刘洋"],
  people: ["Chen Jing", "陈静"],
  product: ["Zhao Lei", "赵磊"],
} as const satisfies Record<string, Both>;

export const SAMPLE_ASSETS: readonly SampleAsset[] = [
  {
    id: "A-01",
    name: ["Customer payment database", "客户支付数据库"],
    class: "data",
    department: ENG,
    owner: OWNERS.cto,
    location: CLOUD,
    cia: [5, 5, 4],
  },
  {
    id: "A-02",
    name: ["Cardholder data (tokenised PAN)", "持卡人数据（令牌化卡号）"],
    class: "data",
    department: RISK,
    owner: OWNERS.risk,
    location: CLOUD,
    cia: [5, 5, 3],
  },
  {
    id: "A-03",
    name: ["Payment gateway API", "支付网关 API"],
    class: "software",
    department: ENG,
    owner: OWNERS.cto,
    location: CLOUD,
    cia: [4, 5, 5],
  },
  {
    id: "A-04",
    name: ["Merchant web portal", "商户服务平台"],
    class: "software",
    department: ENG,
    owner: OWNERS.product,
    location: CLOUD,
    cia: [4, 4, 4],
  },
  {
    id: "A-05",
    name: ["Mobile wallet app", "移动钱包 App"],
    class: "software",
    department: ENG,
    owner: OWNERS.product,
    location: CLOUD,
    cia: [4, 4, 3],
  },
  {
    id: "A-06",
    name: ["Clearing and settlement system", "清结算系统"],
    class: "software",
    department: FIN,
    owner: OWNERS.finance,
    location: CLOUD,
    cia: [4, 5, 4],
  },
  {
    id: "A-07",
    name: ["Key management service (HSM)", "密钥管理服务（HSM）"],
    class: "service",
    department: OPS,
    owner: OWNERS.ops,
    location: CLOUD,
    cia: [5, 5, 4],
  },
  {
    id: "A-08",
    name: ["Cloud hosting (IaaS)", "云主机服务（IaaS）"],
    class: "service",
    department: OPS,
    owner: OWNERS.ops,
    location: CLOUD,
    cia: [3, 4, 5],
  },
  {
    id: "A-09",
    name: ["CI/CD pipeline and source code", "持续集成流水线与源代码"],
    class: "software",
    department: ENG,
    owner: OWNERS.cto,
    location: CLOUD,
    cia: [4, 5, 3],
  },
  {
    id: "A-10",
    name: ["Backup storage", "备份存储"],
    class: "data",
    department: OPS,
    owner: OWNERS.ops,
    location: CLOUD,
    cia: [5, 4, 3],
  },
  {
    id: "A-11",
    name: ["Staff laptops", "员工笔记本电脑"],
    class: "hardware",
    department: OPS,
    owner: OWNERS.ops,
    location: OFFICE,
    cia: [3, 3, 2],
  },
  {
    id: "A-12",
    name: ["Office network and VPN", "办公网络与 VPN"],
    class: "hardware",
    department: OPS,
    owner: OWNERS.ops,
    location: OFFICE,
    cia: [3, 3, 3],
  },
  {
    id: "A-13",
    name: ["Employee HR records", "员工人事档案"],
    class: "data",
    department: HR,
    owner: OWNERS.people,
    location: OFFICE,
    cia: [4, 3, 2],
  },
  {
    id: "A-14",
    name: ["Operations and support staff", "运维及客服人员"],
    class: "people",
    department: OPS,
    owner: OWNERS.ops,
    location: OFFICE,
    cia: [3, 3, 4],
  },
  {
    id: "A-15",
    name: ["Financial statements", "财务报表"],
    class: "data",
    department: FIN,
    owner: OWNERS.finance,
    location: OFFICE,
    cia: [4, 4, 2],
  },
];

/**
 * A risk scenario: asset, library threat and vulnerability, the consultant's likelihood/impact and
 * threat/vulnerability ratings, and what follows if it happens.
 */
export interface SampleRisk {
  readonly id: string;
  readonly asset: string;
  readonly threat: string;
  readonly vulnerability: string;
  readonly likelihood: number;
  readonly impact: number;
  readonly threatRating: number;
  readonly vulnerabilityRating: number;
  readonly consequence: Both;
  /** Controls already in place (2022 ids). */
  readonly existing: readonly string[];
}

const LEAK: Both = ["disclosure of customer data and regulatory penalties", "客户数据泄露并受到监管处罚"];
const OUTAGE: Both = ["payment service outage and merchant claims", "支付服务中断并引发商户索赔"];
const FRAUD: Both = ["fraudulent transactions and financial loss", "欺诈交易并造成资金损失"];
const INTEGRITY: Both = ["wrong settlement amounts", "清算金额错误"];
const MINOR: Both = ["a short disruption of internal work", "内部办公短暂受影响"];

function risk(
  n: number,
  asset: string,
  threat: string,
  vulnerability: string,
  [likelihood, impact, threatRating, vulnerabilityRating]: readonly [number, number, number, number],
  consequence: Both,
  existing: readonly string[] = [],
): SampleRisk {
  return {
    id: `R-${String(n).padStart(3, "0")}`,
    asset,
    threat,
    vulnerability,
    likelihood,
    impact,
    threatRating,
    vulnerabilityRating,
    consequence,
    existing,
  };
}

/** 32 scenarios. are rated at the top of every scale, so they need treatment under any method. */
export const SAMPLE_RISKS: readonly SampleRisk[] = [
  risk(1, "A-01", "T-NET-02", "V-SYS-01", [4, 5, 4, 4], LEAK, ["8.20"]),
  risk(2, "A-01", "T-ABU-03", "V-SYS-02", [3, 5, 3, 4], LEAK, ["5.15"]),
  risk(3, "A-02", "T-NET-04", "V-APP-03", [5, 5, 5, 5], FRAUD),
  risk(4, "A-02", "T-LEA-01", "V-APP-05", [3, 5, 3, 4], LEAK, ["5.12"]),
  risk(5, "A-03", "T-NET-05", "V-NET-02", [3, 4, 3, 4], OUTAGE, ["8.6"]),
  risk(6, "A-03", "T-NET-02", "V-APP-04", [4, 5, 4, 4], FRAUD, ["8.29"]),
  risk(7, "A-03", "T-MAL-04", "V-TEC-03", [5, 5, 5, 5], OUTAGE),
  risk(8, "A-04", "T-NET-06", "V-ORG-05", [4, 4, 4, 4], FRAUD, ["6.3"]),
  risk(9, "A-04", "T-ABU-01", "V-APP-02", [3, 4, 3, 4], LEAK),
  risk(10, "A-05", "T-TAM-05", "V-TEC-04", [2, 4, 2, 3], FRAUD, ["8.25"]),
  risk(11, "A-06", "T-TAM-03", "V-MID-02", [5, 5, 5, 5], INTEGRITY),
  risk(12, "A-06", "T-ERR-02", "V-TEC-02", [3, 4, 4, 3], INTEGRITY, ["8.32"]),
  risk(13, "A-07", "T-ABU-02", "V-SYS-04", [2, 5, 2, 3], FRAUD, ["8.24"]),
  risk(14, "A-07", "T-FLT-01", "V-TEC-05", [2, 4, 3, 3], OUTAGE, ["8.14"]),
  risk(15, "A-08", "T-FLT-06", "V-NET-01", [5, 5, 5, 5], OUTAGE),
  risk(16, "A-08", "T-LEA-05", "V-ORG-06", [2, 4, 2, 3], LEAK, ["5.23"]),
  risk(17, "A-09", "T-TAM-05", "V-TEC-02", [3, 4, 2, 3], FRAUD, ["8.4"]),
  risk(18, "A-09", "T-MAL-06", "V-TEC-04", [2, 5, 2, 3], FRAUD),
  risk(19, "A-09", "T-ABU-01", "V-SYS-02", [5, 5, 5, 5], LEAK),
  risk(20, "A-10", "T-MAL-04", "V-TEC-03", [4, 5, 3, 4], OUTAGE, ["8.13"]),
  risk(21, "A-10", "T-FLT-02", "V-TEC-03", [2, 3, 2, 3], OUTAGE, ["8.13"]),
  risk(22, "A-11", "T-PHY-03", "V-APP-05", [3, 3, 2, 4], LEAK, ["7.9"]),
  risk(23, "A-11", "T-MAL-01", "V-TEC-06", [2, 2, 3, 2], MINOR, ["8.7"]),
  risk(24, "A-12", "T-NET-01", "V-NET-05", [2, 3, 4, 3], MINOR, ["8.20"]),
  risk(25, "A-12", "T-ENV-01", "V-PHY-03", [1, 2, 2, 2], MINOR, ["7.11"]),
  risk(26, "A-13", "T-LEA-01", "V-ORG-04", [2, 3, 3, 3], LEAK, ["6.6"]),
  risk(27, "A-13", "T-PHY-04", "V-ORG-03", [1, 3, 2, 2], LEAK, ["7.14"]),
  risk(28, "A-14", "T-MGT-05", "V-ORG-02", [2, 3, 2, 3], OUTAGE, ["5.2"]),
  risk(29, "A-14", "T-LEA-04", "V-ORG-05", [4, 4, 3, 4], FRAUD, ["6.3"]),
  risk(30, "A-15", "T-ERR-03", "V-TEC-02", [2, 3, 3, 3], INTEGRITY, ["8.32"]),
  risk(31, "A-15", "T-ENV-02", "V-PHY-02", [1, 4, 1, 2], MINOR, ["7.5"]),
  risk(32, "A-05", "T-MGT-04", "V-ORG-06", [3, 4, 3, 3], LEAK, ["5.19"]),
];

/** The day the sample assessment was made; due dates count from it. */
export const SAMPLE_ASSESSED_ON = "2026-03-02";
/** Who accepts residual risk for the sample client (管理者代表). */
export const SAMPLE_APPROVER: Both = ["Wang Qiang (management representative)", "王强（管理者代表）"];
export const SAMPLE_ASSESSOR: Both = ["Li Na", "李娜"];
