/**
 * ISO/IEC 27001:2013 Annex A: 14 domains, 35 control objectives and 114 controls, with English titles and
 * the project's Chinese titles in the wording practitioners know from GB/T 22080-2016. Workbooks from
 * earlier certifications still cite these ids, so the catalog keeps them for recognition and mapping.
 */
import type { Control2013, Heading2013, LegacyControlId } from "./types";

type HeadingRow = readonly [id: string, en: string, zh: string];
type ControlRow = readonly [id: string, en: string, zh: string];

const DOMAINS: readonly HeadingRow[] = [
  ["A.5", "Information security policies", "信息安全策略"],
  ["A.6", "Organization of information security", "信息安全组织"],
  ["A.7", "Human resource security", "人力资源安全"],
  ["A.8", "Asset management", "资产管理"],
  ["A.9", "Access control", "访问控制"],
  ["A.10", "Cryptography", "密码"],
  ["A.11", "Physical and environmental security", "物理和环境安全"],
  ["A.12", "Operations security", "运行安全"],
  ["A.13", "Communications security", "通信安全"],
  ["A.14", "System acquisition, development and maintenance", "系统获取、开发和维护"],
  ["A.15", "Supplier relationships", "供应商关系"],
  ["A.16", "Information security incident management", "信息安全事件管理"],
  ["A.17", "Information security aspects of business continuity management", "业务连续性管理的信息安全方面"],
  ["A.18", "Compliance", "符合性"],
];

const OBJECTIVES: readonly HeadingRow[] = [
  ["A.5.1", "Management direction for information security", "信息安全的管理方向"],
  ["A.6.1", "Internal organization", "内部组织"],
  ["A.6.2", "Mobile devices and teleworking", "移动设备和远程工作"],
  ["A.7.1", "Prior to employment", "任用前"],
  ["A.7.2", "During employment", "任用中"],
  ["A.7.3", "Termination and change of employment", "任用的终止和变更"],
  ["A.8.1", "Responsibility for assets", "对资产负责"],
  ["A.8.2", "Information classification", "信息分级"],
  ["A.8.3", "Media handling", "介质处理"],
  ["A.9.1", "Business requirements of access control", "访问控制的业务要求"],
  ["A.9.2", "User access management", "用户访问管理"],
  ["A.9.3", "User responsibilities", "用户职责"],
  ["A.9.4", "System and application access control", "系统和应用访问控制"],
  ["A.10.1", "Cryptographic controls", "密码控制"],
  ["A.11.1", "Secure areas", "安全区域"],
  ["A.11.2", "Equipment", "设备"],
  ["A.12.1", "Operational procedures and responsibilities", "运行规程和职责"],
  ["A.12.2", "Protection from malware", "恶意软件防范"],
  ["A.12.3", "Backup", "备份"],
  ["A.12.4", "Logging and monitoring", "日志和监视"],
  ["A.12.5", "Control of operational software", "运行软件的控制"],
  ["A.12.6", "Technical vulnerability management", "技术脆弱性管理"],
  ["A.12.7", "Information systems audit considerations", "信息系统审计考虑"],
  ["A.13.1", "Network security management", "网络安全管理"],
  ["A.13.2", "Information transfer", "信息传输"],
  ["A.14.1", "Security requirements of information systems", "信息系统的安全要求"],
  ["A.14.2", "Security in development and support processes", "开发和支持过程中的安全"],
  ["A.14.3", "Test data", "测试数据"],
  ["A.15.1", "Information security in supplier relationships", "供应商关系中的信息安全"],
  ["A.15.2", "Supplier service delivery management", "供应商服务交付管理"],
  ["A.16.1", "Management of information security incidents and improvements", "信息安全事件的管理和改进"],
  ["A.17.1", "Information security continuity", "信息安全连续性"],
  ["A.17.2", "Redundancies", "冗余"],
  ["A.18.1", "Compliance with legal and contractual requirements", "符合法律和合同要求"],
  ["A.18.2", "Information security reviews", "信息安全评审"],
];

// One row per line, so the data reads as a table.
// prettier-ignore
const CONTROLS: readonly ControlRow[] = [
  ["A.5.1.1", "Policies for information security", "信息安全策略"],
  ["A.5.1.2", "Review of the policies for information security", "信息安全策略的评审"],
  ["A.6.1.1", "Information security roles and responsibilities", "信息安全角色和职责"],
  ["A.6.1.2", "Segregation of duties", "职责分离"],
  ["A.6.1.3", "Contact with authorities", "与职能机构的联系"],
  ["A.6.1.4", "Contact with special interest groups", "与特定相关方的联系"],
  ["A.6.1.5", "Information security in project management", "项目管理中的信息安全"],
  ["A.6.2.1", "Mobile device policy", "移动设备策略"],
  ["A.6.2.2", "Teleworking", "远程工作"],
  ["A.7.1.1", "Screening", "审查"],
  ["A.7.1.2", "Terms and conditions of employment", "任用条款及条件"],
  ["A.7.2.1", "Management responsibilities", "管理责任"],
  ["A.7.2.2", "Information security awareness, education and training", "信息安全意识、教育和培训"],
  ["A.7.2.3", "Disciplinary process", "违规处理过程"],
  ["A.7.3.1", "Termination or change of employment responsibilities", "任用终止或变更的责任"],
  ["A.8.1.1", "Inventory of assets", "资产清单"],
  ["A.8.1.2", "Ownership of assets", "资产的所属关系"],
  ["A.8.1.3", "Acceptable use of assets", "资产的可接受使用"],
  ["A.8.1.4", "Return of assets", "资产的归还"],
  ["A.8.2.1", "Classification of information", "信息的分级"],
  ["A.8.2.2", "Labelling of information", "信息的标记"],
  ["A.8.2.3", "Handling of assets", "资产的处理"],
  ["A.8.3.1", "Management of removable media", "可移动介质的管理"],
  ["A.8.3.2", "Disposal of media", "介质的处置"],
  ["A.8.3.3", "Physical media transfer", "物理介质的转移"],
  ["A.9.1.1", "Access control policy", "访问控制策略"],
  ["A.9.1.2", "Access to networks and network services", "网络和网络服务的访问"],
  ["A.9.2.1", "User registration and de-registration", "用户注册及注销"],
  ["A.9.2.2", "User access provisioning", "用户访问开通"],
  ["A.9.2.3", "Management of privileged access rights", "特许访问权管理"],
  ["A.9.2.4", "Management of secret authentication information of users", "用户秘密鉴别信息管理"],
  ["A.9.2.5", "Review of user access rights", "用户访问权的评审"],
  ["A.9.2.6", "Removal or adjustment of access rights", "访问权的移除或调整"],
  ["A.9.3.1", "Use of secret authentication information", "秘密鉴别信息的使用"],
  ["A.9.4.1", "Information access restriction", "信息访问限制"],
  ["A.9.4.2", "Secure log-on procedures", "安全登录规程"],
  ["A.9.4.3", "Password management system", "口令管理系统"],
  ["A.9.4.4", "Use of privileged utility programs", "特权实用程序的使用"],
  ["A.9.4.5", "Access control to program source code", "程序源代码的访问控制"],
  ["A.10.1.1", "Policy on the use of cryptographic controls", "密码控制的使用策略"],
  ["A.10.1.2", "Key management", "密钥管理"],
  ["A.11.1.1", "Physical security perimeter", "物理安全边界"],
  ["A.11.1.2", "Physical entry controls", "物理入口控制"],
  ["A.11.1.3", "Securing offices, rooms and facilities", "办公室、房间和设施的安全保护"],
  ["A.11.1.4", "Protecting against external and environmental threats", "外部和环境威胁的安全防护"],
  ["A.11.1.5", "Working in secure areas", "在安全区域工作"],
  ["A.11.1.6", "Delivery and loading areas", "交接区"],
  ["A.11.2.1", "Equipment siting and protection", "设备安置和保护"],
  ["A.11.2.2", "Supporting utilities", "支持性设施"],
  ["A.11.2.3", "Cabling security", "布缆安全"],
  ["A.11.2.4", "Equipment maintenance", "设备维护"],
  ["A.11.2.5", "Removal of assets", "资产的移动"],
  ["A.11.2.6", "Security of equipment and assets off-premises", "组织场所外的设备与资产安全"],
  ["A.11.2.7", "Secure disposal or re-use of equipment", "设备的安全处置或再利用"],
  ["A.11.2.8", "Unattended user equipment", "无人值守的用户设备"],
  ["A.11.2.9", "Clear desk and clear screen policy", "清理桌面和屏幕策略"],
  ["A.12.1.1", "Documented operating procedures", "文件化的操作规程"],
  ["A.12.1.2", "Change management", "变更管理"],
  ["A.12.1.3", "Capacity management", "容量管理"],
  ["A.12.1.4", "Separation of development, testing and operational environments", "开发、测试和运行环境的分离"],
  ["A.12.2.1", "Controls against malware", "恶意软件的控制"],
  ["A.12.3.1", "Information backup", "信息备份"],
  ["A.12.4.1", "Event logging", "事态日志"],
  ["A.12.4.2", "Protection of log information", "日志信息的保护"],
  ["A.12.4.3", "Administrator and operator logs", "管理员和操作员日志"],
  ["A.12.4.4", "Clock synchronisation", "时钟同步"],
  ["A.12.5.1", "Installation of software on operational systems", "在运行系统上安装软件"],
  ["A.12.6.1", "Management of technical vulnerabilities", "技术脆弱性的管理"],
  ["A.12.6.2", "Restrictions on software installation", "软件安装限制"],
  ["A.12.7.1", "Information systems audit controls", "信息系统审计的控制"],
  ["A.13.1.1", "Network controls", "网络控制"],
  ["A.13.1.2", "Security of network services", "网络服务的安全"],
  ["A.13.1.3", "Segregation in networks", "网络中的隔离"],
  ["A.13.2.1", "Information transfer policies and procedures", "信息传输策略和规程"],
  ["A.13.2.2", "Agreements on information transfer", "信息传输协议"],
  ["A.13.2.3", "Electronic messaging", "电子消息发送"],
  ["A.13.2.4", "Confidentiality or nondisclosure agreements", "保密或不泄露协议"],
  ["A.14.1.1", "Information security requirements analysis and specification", "信息安全要求分析和说明"],
  ["A.14.1.2", "Securing application services on public networks", "公共网络上应用服务的安全保护"],
  ["A.14.1.3", "Protecting application services transactions", "应用服务事务的保护"],
  ["A.14.2.1", "Secure development policy", "安全的开发策略"],
  ["A.14.2.2", "System change control procedures", "系统变更控制规程"],
  ["A.14.2.3", "Technical review of applications after operating platform changes", "运行平台变更后对应用的技术评审"],
  ["A.14.2.4", "Restrictions on changes to software packages", "软件包变更的限制"],
  ["A.14.2.5", "Secure system engineering principles", "安全系统工程原则"],
  ["A.14.2.6", "Secure development environment", "安全的开发环境"],
  ["A.14.2.7", "Outsourced development", "外包开发"],
  ["A.14.2.8", "System security testing", "系统安全测试"],
  ["A.14.2.9", "System acceptance testing", "系统验收测试"],
  ["A.14.3.1", "Protection of test data", "测试数据的保护"],
  ["A.15.1.1", "Information security policy for supplier relationships", "供应商关系的信息安全策略"],
  ["A.15.1.2", "Addressing security within supplier agreements", "在供应商协议中强调安全"],
  ["A.15.1.3", "Information and communication technology supply chain", "信息与通信技术供应链"],
  ["A.15.2.1", "Monitoring and review of supplier services", "供应商服务的监视和评审"],
  ["A.15.2.2", "Managing changes to supplier services", "供应商服务的变更管理"],
  ["A.16.1.1", "Responsibilities and procedures", "职责和规程"],
  ["A.16.1.2", "Reporting information security events", "报告信息安全事态"],
  ["A.16.1.3", "Reporting information security weaknesses", "报告信息安全弱点"],
  ["A.16.1.4", "Assessment of and decision on information security events", "信息安全事态的评估和决策"],
  ["A.16.1.5", "Response to information security incidents", "信息安全事件的响应"],
  ["A.16.1.6", "Learning from information security incidents", "从信息安全事件中学习"],
  ["A.16.1.7", "Collection of evidence", "证据的收集"],
  ["A.17.1.1", "Planning information security continuity", "规划信息安全连续性"],
  ["A.17.1.2", "Implementing information security continuity", "实施信息安全连续性"],
  ["A.17.1.3", "Verify, review and evaluate information security continuity", "验证、评审和评价信息安全连续性"],
  ["A.17.2.1", "Availability of information processing facilities", "信息处理设施的可用性"],
  ["A.18.1.1", "Identification of applicable legislation and contractual requirements", "适用的法律和合同要求的识别"],
  ["A.18.1.2", "Intellectual property rights", "知识产权"],
  ["A.18.1.3", "Protection of records", "记录的保护"],
  ["A.18.1.4", "Privacy and protection of personally identifiable information", "隐私和个人可识别信息保护"],
  ["A.18.1.5", "Regulation of cryptographic controls", "密码控制措施的监管"],
  ["A.18.2.1", "Independent review of information security", "信息安全的独立评审"],
  ["A.18.2.2", "Compliance with security policies and standards", "符合安全策略和标准"],
  ["A.18.2.3", "Technical compliance review", "技术符合性评审"],
];

function headings(rows: readonly HeadingRow[]): ReadonlyMap<string, Heading2013> {
  return new Map(rows.map(([id, en, zh]) => [id, { id, title: { en, "zh-CN": zh } }]));
}

const DOMAIN_BY_ID = headings(DOMAINS);
const OBJECTIVE_BY_ID = headings(OBJECTIVES);

function toControl([id, en, zh]: ControlRow): Control2013 {
  const [domainId, objectiveId] = [id.split(".").slice(0, 2).join("."), id.split(".").slice(0, 3).join(".")];
  const domain = DOMAIN_BY_ID.get(domainId);
  const objective = OBJECTIVE_BY_ID.get(objectiveId);
  if (!domain || !objective) throw new Error(`Annex A 2013 row ${id} has no domain or objective`);
  return { id: id as LegacyControlId, domain, objective, title: { en, "zh-CN": zh } };
}

/** The 114 controls of ISO/IEC 27001:2013 Annex A, in the standard's order. */
export const ANNEX_A_2013: readonly Control2013[] = CONTROLS.map(toControl);

export const CONTROLS_2013_BY_ID: ReadonlyMap<string, Control2013> = new Map(
  ANNEX_A_2013.map((control) => [control.id, control]),
);

/** The 14 domains (A.5–A.18) and 35 objectives, in order. */
export const DOMAINS_2013: readonly Heading2013[] = [...DOMAIN_BY_ID.values()];
export const OBJECTIVES_2013: readonly Heading2013[] = [...OBJECTIVE_BY_ID.values()];
