/**
 * Threat library: the threat classes of GB/T 20984 (信息安全风险评估规范) with their typical threats, plus
 * ISO/IEC 27005-style examples filed under the class they belong to. Ratings are typical threat
 * frequencies (威胁赋值, 1 很低 … 5 很高) to start from, not findings; suggested controls are 2022 ids.
 */
import { toEntries, type LibraryRow } from "./libraryEntries";
import type { LibraryClass, Threat, ThreatClassId } from "./types";

export const THREAT_CLASSES: readonly LibraryClass<ThreatClassId>[] = [
  { id: "FLT", title: { en: "Software and hardware failure", "zh-CN": "软硬件故障" } },
  { id: "ENV", title: { en: "Physical environment impact", "zh-CN": "物理环境影响" } },
  { id: "ERR", title: { en: "Inaction or operational error", "zh-CN": "无作为或操作失误" } },
  { id: "MGT", title: { en: "Inadequate management", "zh-CN": "管理不到位" } },
  { id: "MAL", title: { en: "Malicious code", "zh-CN": "恶意代码" } },
  { id: "ABU", title: { en: "Unauthorised access or abuse of rights", "zh-CN": "越权或滥用" } },
  { id: "NET", title: { en: "Network attack", "zh-CN": "网络攻击" } },
  { id: "PHY", title: { en: "Physical attack", "zh-CN": "物理攻击" } },
  { id: "LEA", title: { en: "Disclosure", "zh-CN": "泄密" } },
  { id: "TAM", title: { en: "Tampering", "zh-CN": "篡改" } },
  { id: "REP", title: { en: "Repudiation", "zh-CN": "抵赖" } },
];

// One row per line, so the data reads as a table.
// prettier-ignore
const ROWS: Readonly<Record<ThreatClassId, readonly LibraryRow[]>> = {
  FLT: [
    ["Equipment hardware failure", "设备硬件故障", "Server, network or transmission equipment fails.", "服务器、网络或传输设备发生硬件故障。", 3, "7.13 8.14 7.11"],
    ["Storage media failure", "存储介质故障", "Disks or tapes fail and data is lost.", "磁盘、磁带等存储介质损坏导致数据丢失。", 2, "8.13 7.10"],
    ["System software failure", "系统软件故障", "Operating system or database software fails.", "操作系统、数据库等系统软件出现故障。", 3, "8.8 8.32 8.13"],
    ["Application software failure", "应用软件故障", "Defects in application software stop or corrupt processing.", "应用软件缺陷导致业务中断或处理错误。", 3, "8.29 8.32 8.25"],
    ["Saturation of the information system", "信息系统容量饱和", "Processing, storage or bandwidth runs out.", "处理能力、存储或带宽耗尽。", 2, "8.6 8.14", "iso27005"],
    ["Loss of telecommunication services", "通信服务中断", "Network or carrier services become unavailable.", "网络或运营商通信服务不可用。", 2, "8.14 8.21 5.30", "iso27005"],
  ],
  ENV: [
    ["Power failure", "断电", "Supply interruption or voltage fluctuation.", "供电中断或电压波动。", 2, "7.11 5.30"],
    ["Fire", "火灾", "Fire in the computer room or office.", "机房或办公区域发生火灾。", 1, "7.5 7.8"],
    ["Water damage", "水灾", "Flood, leaking pipes or air-conditioning water.", "洪水、管道或空调漏水。", 1, "7.5 7.8"],
    ["Abnormal temperature or humidity", "温湿度异常", "Air-conditioning fails; equipment overheats or condensation forms.", "空调失效导致设备过热或受潮。", 2, "7.11 7.8"],
    ["Static, dust or electromagnetic interference", "静电、灰尘或电磁干扰", "Environmental conditions damage equipment or signals.", "环境因素损坏设备或干扰信号。", 2, "7.8 7.12"],
    ["Earthquake or other natural disaster", "地震等自然灾害", "A natural event destroys the site.", "自然灾害导致场所损毁。", 1, "7.5 5.29 5.30"],
  ],
  ERR: [
    ["Maintenance error", "维护错误", "Maintenance is done wrongly or not at all.", "维护操作错误或应维护而未维护。", 3, "7.13 8.32 5.37"],
    ["Operational error", "操作失误", "Staff make mistakes in daily operation.", "人员在日常操作中出现失误。", 4, "5.37 6.3 8.13"],
    ["Accidental deletion or misconfiguration", "误删除或误配置", "Data is deleted or a system misconfigured by mistake.", "误删除数据或错误配置系统。", 3, "8.9 8.13"],
    ["Error in use", "使用错误", "Users misuse a system through ignorance.", "用户因不了解而错误使用系统。", 3, "6.3 5.10", "iso27005"],
  ],
  MGT: [
    ["Incomplete policies and procedures", "管理制度和策略不完善", "Security rules are missing or outdated.", "安全管理制度缺失或过时。", 3, "5.1 5.37"],
    ["Unclear responsibilities", "职责不明确", "No one is accountable for security tasks.", "安全职责未明确分配。", 3, "5.2 5.3 5.4"],
    ["Inadequate supervision", "监督控管机制不健全", "Compliance with rules is not checked.", "未对制度执行情况进行监督检查。", 3, "5.35 5.36"],
    ["Inadequate supplier management", "供应商管理不到位", "Supplier security is not agreed or monitored.", "未约定或监督供应商的安全要求。", 3, "5.19 5.20 5.22"],
    ["Loss of key personnel", "关键人员缺失", "Staff with essential knowledge are unavailable.", "掌握关键技能的人员不可用。", 2, "5.2 5.29", "iso27005"],
  ],
  MAL: [
    ["Virus", "计算机病毒", "Self-replicating code infects files and systems.", "自我复制的代码感染文件和系统。", 3, "8.7"],
    ["Worm", "蠕虫", "Malware spreads across the network by itself.", "恶意代码通过网络自动传播。", 2, "8.7 8.22"],
    ["Trojan horse", "特洛伊木马", "Hidden malicious function in seemingly useful software.", "伪装成正常软件的恶意程序。", 3, "8.7 8.19"],
    ["Ransomware", "勒索软件", "Data is encrypted and a ransom demanded.", "数据被加密并被勒索赎金。", 3, "8.7 8.13 5.29", "iso27005"],
    ["Spyware", "间谍软件", "Software secretly collects information.", "秘密收集信息的软件。", 2, "8.7 8.23"],
    ["Trapdoor or backdoor", "陷门", "Hidden entry point bypasses authentication.", "绕过鉴别的隐藏入口。", 2, "8.28 8.30 8.29"],
  ],
  ABU: [
    ["Unauthorised access to resources", "非授权访问网络或系统资源", "Access to networks, systems or data without authorisation.", "未经授权访问网络、系统或数据。", 3, "5.15 8.3 8.5"],
    ["Abuse of privileges to change configuration or data", "滥用权限非正常修改系统配置或数据", "Privileged users make unauthorised changes.", "特权用户进行未授权的修改。", 2, "8.2 8.15 5.3"],
    ["Abuse of privileges to disclose information", "滥用权限泄露秘密信息", "Authorised users leak sensitive information.", "授权用户泄露敏感信息。", 2, "8.2 8.12 6.6"],
    ["Unauthorised use of equipment", "设备的非授权使用", "Equipment is used for purposes not permitted.", "设备被用于未经许可的用途。", 2, "5.10 8.1", "iso27005"],
    ["Use of unlicensed or counterfeit software", "使用盗版或非法复制的软件", "Software is copied or used in breach of licences.", "违反许可复制或使用软件。", 2, "5.32 8.19", "iso27005"],
  ],
  NET: [
    ["Network scanning and reconnaissance", "网络探测和信息采集", "Attackers map hosts, ports and services.", "攻击者探测主机、端口和服务。", 4, "8.20 8.16"],
    ["Exploitation of vulnerabilities", "漏洞利用", "Known weaknesses are exploited to gain access.", "利用已知漏洞获取访问权限。", 3, "8.8 8.20"],
    ["Sniffing", "嗅探", "Network traffic is captured and read.", "截获并读取网络流量。", 2, "8.24 8.20"],
    ["Identity spoofing", "用户身份伪造和欺骗", "An attacker poses as a legitimate user or system.", "攻击者冒充合法用户或系统。", 3, "8.5 5.17"],
    ["Denial of service", "拒绝服务攻击", "Services are flooded until unavailable.", "通过大量请求使服务不可用。", 2, "8.20 8.14 8.6"],
    ["Phishing", "网络钓鱼", "Fraudulent messages trick users into giving credentials.", "以欺骗性消息诱骗用户提供凭据。", 4, "6.3 8.23 8.5", "iso27005"],
  ],
  PHY: [
    ["Unauthorised physical access", "物理接触", "Unauthorised persons enter secure areas.", "未授权人员进入安全区域。", 2, "7.1 7.2"],
    ["Physical damage", "物理破坏", "Equipment or facilities are deliberately damaged.", "设备或设施遭蓄意破坏。", 1, "7.3 7.4"],
    ["Theft of equipment or media", "盗窃", "Laptops, devices or media are stolen.", "笔记本电脑、设备或介质被盗。", 2, "7.9 7.10 8.1"],
    ["Retrieval of discarded media", "从废弃介质中恢复信息", "Information is recovered from disposed equipment.", "从处置的设备中恢复信息。", 2, "7.14 8.10", "iso27005"],
  ],
  LEA: [
    ["Internal disclosure", "内部信息泄露", "Information reaches unauthorised people inside.", "信息泄露给组织内未授权人员。", 3, "8.12 5.12 6.6"],
    ["External disclosure", "外部信息泄露", "Information leaves the organisation without authorisation.", "信息未经授权流出组织。", 2, "5.14 8.24 8.12"],
    ["Eavesdropping", "窃听", "Conversations or communications are intercepted.", "谈话或通信被截听。", 2, "8.24 7.12", "iso27005"],
    ["Social engineering", "社会工程学", "People are manipulated into revealing information.", "通过欺骗手段诱使人员泄露信息。", 3, "6.3 6.8", "iso27005"],
    ["Disclosure at a cloud or service provider", "云服务商或供应商处泄密", "Data held by a provider is exposed.", "由服务商保存的数据被泄露。", 2, "5.23 5.20", "iso27005"],
  ],
  TAM: [
    ["Tampering with network configuration", "篡改网络配置信息", "Routing or firewall settings are altered.", "路由或防火墙配置被篡改。", 2, "8.9 8.20 8.15"],
    ["Tampering with system or security configuration", "篡改系统配置或安全配置信息", "System or security settings are altered.", "系统或安全配置被篡改。", 2, "8.9 8.2 8.15"],
    ["Tampering with business data", "篡改业务数据信息", "Business records are altered without authorisation.", "业务数据被非授权修改。", 2, "8.3 8.24 8.15"],
    ["Tampering with identity information", "篡改用户身份信息", "Accounts or credentials are altered.", "用户账号或凭据被篡改。", 2, "5.16 5.17 8.15"],
    ["Tampering with software", "篡改软件", "Programs are modified to behave maliciously.", "程序被修改以执行恶意功能。", 2, "8.19 8.32 8.4", "iso27005"],
  ],
  REP: [
    ["Repudiation of origin", "原发抵赖", "A sender denies having sent a message or transaction.", "发送方否认发送过消息或交易。", 2, "8.15 8.24"],
    ["Repudiation of receipt", "接收抵赖", "A recipient denies having received it.", "接收方否认收到过消息或交易。", 2, "8.15 5.14"],
    ["Third-party repudiation", "第三方抵赖", "A third party denies its part in a transaction.", "第三方否认其参与的交易。", 1, "5.20 8.15"],
  ],
};

/** Every threat in class order; ids are stable ("T-MAL-04" is ransomware). */
export const THREATS: readonly Threat[] = toEntries("T", ROWS);
