/**
 * ISO/IEC 27001:2022 Annex A: the 93 controls with their English titles, the project's Chinese titles and
 * the ISO/IEC 27002:2022 attributes "control type" and "information security properties".
 * Rows are compact tuples (id, control type, properties, English, Chinese) because this table ships in the
 * add-in bundle; `P`/`D`/`C` = preventive/detective/corrective, `C`/`I`/`A` = the security properties.
 * The theme follows from the id: clause 5 organizational, 6 people, 7 physical, 8 technological.
 */
import type { Control2022, ControlId, ControlType, SecurityProperty, Theme } from "./types";

type Row = readonly [id: string, types: string, properties: string, en: string, zh: string];

// One row per line, so the data reads as a table.
// Control types and security properties follow ISO/IEC 27002:2022, Annex A, Table A.1 ("Matrix of controls and
// attribute values"), checked row by row against two independent public transcriptions of that table.
// prettier-ignore
const ROWS: readonly Row[] = [
  ["5.1", "P", "CIA", "Policies for information security", "信息安全策略"],
  ["5.2", "P", "CIA", "Information security roles and responsibilities", "信息安全角色和职责"],
  ["5.3", "P", "CIA", "Segregation of duties", "职责分离"],
  ["5.4", "P", "CIA", "Management responsibilities", "管理责任"],
  ["5.5", "PC", "CIA", "Contact with authorities", "与职能机构的联系"],
  ["5.6", "PC", "CIA", "Contact with special interest groups", "与特定相关方的联系"],
  ["5.7", "PDC", "CIA", "Threat intelligence", "威胁情报"],
  ["5.8", "P", "CIA", "Information security in project management", "项目管理中的信息安全"],
  ["5.9", "P", "CIA", "Inventory of information and other associated assets", "信息及其他相关资产的清单"],
  ["5.10", "P", "CIA", "Acceptable use of information and other associated assets", "信息及其他相关资产的可接受使用"],
  ["5.11", "P", "CIA", "Return of assets", "资产的归还"],
  ["5.12", "P", "CIA", "Classification of information", "信息分类"],
  ["5.13", "P", "CIA", "Labelling of information", "信息标记"],
  ["5.14", "P", "CIA", "Information transfer", "信息传输"],
  ["5.15", "P", "CIA", "Access control", "访问控制"],
  ["5.16", "P", "CIA", "Identity management", "身份管理"],
  ["5.17", "P", "CIA", "Authentication information", "鉴别信息"],
  ["5.18", "P", "CIA", "Access rights", "访问权限"],
  ["5.19", "P", "CIA", "Information security in supplier relationships", "供应商关系中的信息安全"],
  ["5.20", "P", "CIA", "Addressing information security within supplier agreements", "在供应商协议中处理信息安全"],
  ["5.21", "P", "CIA", "Managing information security in the ICT supply chain", "管理ICT供应链中的信息安全"],
  ["5.22", "P", "CIA", "Monitoring, review and change management of supplier services", "供应商服务的监视、评审和变更管理"],
  ["5.23", "P", "CIA", "Information security for use of cloud services", "使用云服务的信息安全"],
  ["5.24", "C", "CIA", "Information security incident management planning and preparation", "信息安全事件管理的策划和准备"],
  ["5.25", "D", "CIA", "Assessment and decision on information security events", "信息安全事态的评估和决策"],
  ["5.26", "C", "CIA", "Response to information security incidents", "信息安全事件的响应"],
  ["5.27", "P", "CIA", "Learning from information security incidents", "从信息安全事件中学习"],
  ["5.28", "C", "CIA", "Collection of evidence", "证据的收集"],
  ["5.29", "PC", "CIA", "Information security during disruption", "中断期间的信息安全"],
  ["5.30", "C", "A", "ICT readiness for business continuity", "业务连续性的ICT就绪"],
  ["5.31", "P", "CIA", "Legal, statutory, regulatory and contractual requirements", "法律、法规、规章和合同要求"],
  ["5.32", "P", "CIA", "Intellectual property rights", "知识产权"],
  ["5.33", "P", "CIA", "Protection of records", "记录的保护"],
  ["5.34", "P", "CIA", "Privacy and protection of PII", "隐私和个人可识别信息（PII）保护"],
  ["5.35", "PC", "CIA", "Independent review of information security", "信息安全的独立评审"],
  ["5.36", "P", "CIA", "Compliance with policies, rules and standards for information security", "信息安全策略、规则和标准的符合性"],
  ["5.37", "PC", "CIA", "Documented operating procedures", "文件化的操作规程"],
  ["6.1", "P", "CIA", "Screening", "审查"],
  ["6.2", "P", "CIA", "Terms and conditions of employment", "任用条款及条件"],
  ["6.3", "P", "CIA", "Information security awareness, education and training", "信息安全意识、教育和培训"],
  ["6.4", "PC", "CIA", "Disciplinary process", "违规处理过程"],
  ["6.5", "P", "CIA", "Responsibilities after termination or change of employment", "任用终止或变更后的责任"],
  ["6.6", "P", "C", "Confidentiality or non-disclosure agreements", "保密或不泄露协议"],
  ["6.7", "P", "CIA", "Remote working", "远程工作"],
  ["6.8", "D", "CIA", "Information security event reporting", "信息安全事态报告"],
  ["7.1", "P", "CIA", "Physical security perimeters", "物理安全边界"],
  ["7.2", "P", "CIA", "Physical entry", "物理入口"],
  ["7.3", "P", "CIA", "Securing offices, rooms and facilities", "办公室、房间和设施的安全保护"],
  ["7.4", "PD", "CIA", "Physical security monitoring", "物理安全监视"],
  ["7.5", "P", "CIA", "Protecting against physical and environmental threats", "物理和环境威胁的防护"],
  ["7.6", "P", "CIA", "Working in secure areas", "在安全区域工作"],
  ["7.7", "P", "C", "Clear desk and clear screen", "清理桌面和屏幕"],
  ["7.8", "P", "CIA", "Equipment siting and protection", "设备安置和保护"],
  ["7.9", "P", "CIA", "Security of assets off-premises", "组织场所外的资产安全"],
  ["7.10", "P", "CIA", "Storage media", "存储介质"],
  ["7.11", "PD", "IA", "Supporting utilities", "支持性设施"],
  ["7.12", "P", "CA", "Cabling security", "布缆安全"],
  ["7.13", "P", "CIA", "Equipment maintenance", "设备维护"],
  ["7.14", "P", "C", "Secure disposal or re-use of equipment", "设备的安全处置或再利用"],
  ["8.1", "P", "CIA", "User end point devices", "用户终端设备"],
  ["8.2", "P", "CIA", "Privileged access rights", "特许访问权"],
  ["8.3", "P", "CIA", "Information access restriction", "信息访问限制"],
  ["8.4", "P", "CIA", "Access to source code", "源代码的访问"],
  ["8.5", "P", "CIA", "Secure authentication", "安全鉴别"],
  ["8.6", "PD", "IA", "Capacity management", "容量管理"],
  ["8.7", "PDC", "CIA", "Protection against malware", "恶意软件防范"],
  ["8.8", "P", "CIA", "Management of technical vulnerabilities", "技术脆弱性管理"],
  ["8.9", "P", "CIA", "Configuration management", "配置管理"],
  ["8.10", "P", "C", "Information deletion", "信息删除"],
  ["8.11", "P", "C", "Data masking", "数据脱敏"],
  ["8.12", "PD", "C", "Data leakage prevention", "数据泄露防护"],
  ["8.13", "C", "IA", "Information backup", "信息备份"],
  ["8.14", "P", "A", "Redundancy of information processing facilities", "信息处理设施的冗余"],
  ["8.15", "D", "CIA", "Logging", "日志"],
  ["8.16", "DC", "CIA", "Monitoring activities", "监控活动"],
  ["8.17", "D", "I", "Clock synchronization", "时钟同步"],
  ["8.18", "P", "CIA", "Use of privileged utility programs", "特权实用程序的使用"],
  ["8.19", "P", "CIA", "Installation of software on operational systems", "运行系统上软件的安装"],
  ["8.20", "PD", "CIA", "Networks security", "网络安全"],
  ["8.21", "P", "CIA", "Security of network services", "网络服务的安全"],
  ["8.22", "P", "CIA", "Segregation of networks", "网络隔离"],
  ["8.23", "P", "CIA", "Web filtering", "网页过滤"],
  ["8.24", "P", "CIA", "Use of cryptography", "密码技术的使用"],
  ["8.25", "P", "CIA", "Secure development life cycle", "安全开发生命周期"],
  ["8.26", "P", "CIA", "Application security requirements", "应用安全要求"],
  ["8.27", "P", "CIA", "Secure system architecture and engineering principles", "安全系统架构和工程原则"],
  ["8.28", "P", "CIA", "Secure coding", "安全编码"],
  ["8.29", "P", "CIA", "Security testing in development and acceptance", "开发和验收中的安全测试"],
  ["8.30", "PD", "CIA", "Outsourced development", "外包开发"],
  ["8.31", "P", "CIA", "Separation of development, test and production environments", "开发、测试和生产环境的分离"],
  ["8.32", "P", "CIA", "Change management", "变更管理"],
  ["8.33", "P", "CI", "Test information", "测试信息"],
  ["8.34", "P", "CIA", "Protection of information systems during audit testing", "审计测试期间信息系统的保护"],
];

const THEME_BY_CLAUSE: Readonly<Record<string, Theme>> = {
  "5": "organizational",
  "6": "people",
  "7": "physical",
  "8": "technological",
};

const TYPE_CODES: readonly (readonly [string, ControlType])[] = [
  ["P", "preventive"],
  ["D", "detective"],
  ["C", "corrective"],
];
const PROPERTY_CODES: readonly (readonly [string, SecurityProperty])[] = [
  ["C", "confidentiality"],
  ["I", "integrity"],
  ["A", "availability"],
];

function decode<T>(flags: string, codes: readonly (readonly [string, T])[]): readonly T[] | undefined {
  if (flags === "") return undefined;
  return codes.filter(([code]) => flags.includes(code)).map(([, value]) => value);
}

function toControl([id, types, properties, en, zh]: Row): Control2022 {
  const theme = THEME_BY_CLAUSE[id.split(".")[0] ?? ""];
  if (!theme) throw new Error(`Annex A 2022 row ${id} has no theme`);
  const controlTypes = decode(types, TYPE_CODES);
  const securityProperties = decode(properties, PROPERTY_CODES);
  return {
    id: id as ControlId,
    theme,
    title: { en, "zh-CN": zh },
    ...(controlTypes ? { controlTypes } : {}),
    ...(securityProperties ? { properties: securityProperties } : {}),
  };
}

/** The 93 controls of ISO/IEC 27001:2022 Annex A, in the standard's order. */
export const ANNEX_A_2022: readonly Control2022[] = ROWS.map(toControl);

export const CONTROLS_2022_BY_ID: ReadonlyMap<string, Control2022> = new Map(
  ANNEX_A_2022.map((control) => [control.id, control]),
);

/** The themes in the standard's order, with their headings. */
export const THEMES: readonly { readonly id: Theme; readonly title: { en: string; "zh-CN": string } }[] = [
  { id: "organizational", title: { en: "Organizational controls", "zh-CN": "组织控制" } },
  { id: "people", title: { en: "People controls", "zh-CN": "人员控制" } },
  { id: "physical", title: { en: "Physical controls", "zh-CN": "物理控制" } },
  { id: "technological", title: { en: "Technological controls", "zh-CN": "技术控制" } },
];
