/**
 * Vulnerability library following the GB/T 20984 identification table: technical weaknesses (physical
 * environment, network, system software, application middleware, application system) and managerial
 * weaknesses (technical management, organisational management). Ratings are typical severities
 * (脆弱性严重程度, 1 很低 … 5 很高) to start from; suggested controls are 2022 ids.
 */
import { toEntries, type LibraryRow } from "./libraryEntries";
import type { Vulnerability, VulnerabilityGroup, VulnerabilityGroupId } from "./types";

export const VULNERABILITY_GROUPS: readonly VulnerabilityGroup[] = [
  { id: "PHY", kind: "technical", title: { en: "Physical environment", "zh-CN": "物理环境" } },
  { id: "NET", kind: "technical", title: { en: "Network structure", "zh-CN": "网络结构" } },
  { id: "SYS", kind: "technical", title: { en: "System software", "zh-CN": "系统软件" } },
  { id: "MID", kind: "technical", title: { en: "Application middleware", "zh-CN": "应用中间件" } },
  { id: "APP", kind: "technical", title: { en: "Application system", "zh-CN": "应用系统" } },
  { id: "TEC", kind: "managerial", title: { en: "Technical management", "zh-CN": "技术管理" } },
  { id: "ORG", kind: "managerial", title: { en: "Organisational management", "zh-CN": "组织管理" } },
];

// One row per line, so the data reads as a table.
// prettier-ignore
const ROWS: Readonly<Record<VulnerabilityGroupId, readonly LibraryRow[]>> = {
  PHY: [
    ["Poorly sited computer room", "机房场地选址不当", "Room exposed to flooding, leaks or vibration.", "机房易受水淹、渗漏或震动影响。", 3, "7.5 7.8"],
    ["Insufficient fire protection", "机房防火措施不足", "No detection or suppression suited to the room.", "缺少适用的火灾探测和灭火设施。", 4, "7.5"],
    ["Unreliable power supply", "供配电不可靠", "No UPS, generator or redundant feed.", "无UPS、发电机或冗余供电。", 3, "7.11"],
    ["Inadequate earthing and lightning protection", "接地与防雷、防静电不足", "Equipment exposed to surges and static.", "设备易受浪涌和静电损害。", 2, "7.8 7.5"],
    ["No zoning or entry control for secure areas", "机房区域防护和门禁缺失", "Anyone can reach equipment rooms.", "无关人员可进入设备区域。", 3, "7.1 7.2 7.4"],
    ["Unprotected communication cabling", "通信线路缺乏保护", "Cables can be cut or tapped.", "线缆易被切断或搭线窃听。", 2, "7.12"],
  ],
  NET: [
    ["Flat network without segmentation", "网络结构设计不合理", "No security zones between systems of different value.", "未按重要程度划分安全区域。", 4, "8.22 8.20"],
    ["Weak boundary protection", "边界保护不足", "Firewall rules are missing or too permissive.", "缺少边界防护或访问规则过宽。", 4, "8.20 8.21"],
    ["No external access control policy", "外部访问控制策略缺失", "Remote and third-party access is not controlled.", "远程及第三方访问未受控。", 3, "5.15 8.5"],
    ["No internal access control policy", "内部访问控制策略缺失", "Traffic between internal zones is not restricted.", "内部区域间访问未加限制。", 3, "8.22 5.15"],
    ["Insecure network device configuration", "网络设备安全配置不当", "Default passwords, unused services, no hardening.", "默认口令、多余服务、未加固。", 4, "8.9 8.20"],
  ],
  SYS: [
    ["Missing security patches", "补丁未及时安装", "Known vulnerabilities remain open.", "已知漏洞未修补。", 4, "8.8"],
    ["Poor account management", "用户账号管理不当", "Shared, default or orphaned accounts.", "存在共享、默认或僵尸账号。", 4, "5.16 5.18 8.2"],
    ["Weak password policy", "口令策略薄弱", "Short, never-changing or reused passwords.", "口令过短、长期不变或重复使用。", 4, "5.17 8.5"],
    ["Event auditing not enabled", "事件审计未启用", "Security events are not logged or reviewed.", "安全事件未记录或未审查。", 3, "8.15 8.16"],
    ["Unnecessary services and ports", "开启不必要的服务和端口", "Systems run services they do not need.", "系统运行不需要的服务。", 3, "8.9 8.19"],
    ["Improper resource sharing", "资源共享不当", "Shared folders are open to everyone.", "共享目录对所有人开放。", 3, "8.3 5.15"],
  ],
  MID: [
    ["Insecure protocols", "协议安全缺陷", "Data is transmitted in clear text.", "数据以明文传输。", 3, "8.24 8.20"],
    ["Weak transaction integrity", "交易完整性保护不足", "Transactions can be replayed or altered.", "交易可被重放或篡改。", 3, "8.26 8.24"],
    ["Missing data integrity checks", "数据完整性校验缺失", "Corrupted or altered data is not detected.", "无法发现被破坏或篡改的数据。", 3, "8.26 8.28"],
    ["Middleware not hardened", "中间件未加固", "Default consoles, accounts and samples left enabled.", "默认控制台、账号和示例未关闭。", 3, "8.9 8.8"],
  ],
  APP: [
    ["Inadequate audit trail", "审计机制不完善", "User actions in the application are not recorded.", "应用未记录用户操作。", 3, "8.15"],
    ["Broken access control", "访问控制缺陷", "Users can reach functions or data beyond their rights.", "用户可越权访问功能或数据。", 4, "8.3 8.26"],
    ["Weak authentication", "鉴别机制薄弱", "No multi-factor authentication or lockout.", "无多因素鉴别或登录失败处理。", 4, "8.5 5.17"],
    ["Insufficient input validation", "输入验证不足", "Open to injection and cross-site scripting.", "存在注入、跨站脚本等风险。", 4, "8.28 8.29"],
    ["Sensitive data stored unencrypted", "敏感数据未加密存储", "Passwords or personal data stored in clear.", "口令或个人信息明文存储。", 4, "8.24 8.11"],
    ["Unencrypted communication", "通信未加密", "Sessions are not protected by encryption.", "会话未加密保护。", 3, "8.24"],
  ],
  TEC: [
    ["Weak physical and environmental management", "物理和环境安全管理不到位", "Visitors and equipment removal are not recorded.", "来访及设备带出无记录。", 3, "7.2 7.9"],
    ["Uncontrolled changes", "变更管理不规范", "Changes are made without approval or testing.", "变更未经审批或测试。", 3, "8.32"],
    ["Backups missing or restores untested", "备份与恢复未验证", "Backups are incomplete or never restored.", "备份不完整或从未恢复测试。", 4, "8.13"],
    ["No security in development and maintenance", "开发与维护缺乏安全要求", "Security is not specified, tested or separated.", "未提出安全要求、未测试、环境未分离。", 3, "8.25 8.26 8.31"],
    ["Continuity plan missing or not exercised", "业务连续性计划缺失或未演练", "Recovery has never been planned or tested.", "未制定或未演练恢复计划。", 3, "5.29 5.30"],
    ["Anti-malware not maintained", "恶意代码防护管理不到位", "Signatures outdated or protection disabled.", "特征库过期或防护被关闭。", 3, "8.7"],
  ],
  ORG: [
    ["Security policy missing or not reviewed", "安全策略缺失或未评审", "No approved, current security policy.", "无经批准的现行安全策略。", 3, "5.1"],
    ["Security roles undefined", "安全组织和职责不明确", "No security organisation or named owners.", "未建立安全组织或未指定责任人。", 3, "5.2 5.4"],
    ["Incomplete asset inventory and classification", "资产清单和分类不完整", "Assets and their owners are not known.", "资产及其责任人不明确。", 3, "5.9 5.12"],
    ["Weak personnel security", "人员安全管理不足", "No screening; leavers keep access.", "未进行背景审查，离职人员权限未回收。", 3, "6.1 6.5 5.11 5.18"],
    ["Insufficient security awareness", "安全意识培训不足", "Staff do not know the rules or the threats.", "员工不了解安全规定和威胁。", 4, "6.3"],
    ["Compliance requirements not identified", "合规管理不到位", "Legal and contractual obligations are unknown.", "未识别法律法规和合同要求。", 3, "5.31 5.34"],
  ],
};

/** Every vulnerability in group order; ids are stable ("V-NET-03"). */
export const VULNERABILITIES: readonly Vulnerability[] = toEntries("V", ROWS);
