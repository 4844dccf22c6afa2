/**
 * ISO/IEC 27001:2022 clauses 4–10 as the requirements a gap analysis rates, with the project's Chinese
 * titles and, per requirement, the evidence an auditor typically asks to see (English | Chinese).
 * Amd 1:2024 (Climate action changes) is applied: 4.1 and 4.2 carry its added text and an evidence prompt.
 */
import type { Clause, LocalizedText } from "./types";

/**
 * id, English title, Chinese title, evidence as "English | 中文" entries, and the text Amd 1:2024 added
 * to the clause ("English | 中文"), where it added any.
 */
type Row = readonly [id: string, en: string, zh: string, evidence: readonly string[], amendment?: string];

const ROWS: readonly Row[] = [
  [
    "4",
    "Context of the organization",
    "组织环境",
    ["ISMS context and scope documentation | 体系环境与范围文件"],
  ],
  [
    "4.1",
    "Understanding the organization and its context",
    "理解组织及其环境",
    [
      "Analysis of internal and external issues (e.g. SWOT/PESTLE) | 内外部问题分析（如SWOT/PESTLE）",
      "Records of periodic review of issues | 内外部问题定期评审记录",
      "Determination whether climate change is a relevant issue (Amd 1:2024) | 气候变化是否为相关问题的确定（Amd 1:2024）",
    ],
    "The organization shall determine whether climate change is a relevant issue. | 组织应确定气候变化是否为相关问题。",
  ],
  [
    "4.2",
    "Understanding the needs and expectations of interested parties",
    "理解相关方的需求和期望",
    [
      "Interested parties and their requirements list | 相关方及其要求清单",
      "Register of legal, regulatory and contractual requirements | 法律法规及合同要求清单",
      "Climate-related requirements of interested parties (Amd 1:2024) | 相关方与气候变化相关的要求（Amd 1:2024）",
    ],
    "NOTE Relevant interested parties can have requirements related to climate change. | 注：相关方可能有与气候变化相关的要求。",
  ],
  [
    "4.3",
    "Determining the scope of the information security management system",
    "确定信息安全管理体系的范围",
    [
      "ISMS scope statement (organisation, locations, assets, technology) | 体系范围说明（组织、场所、资产、技术）",
      "Interfaces and dependencies with outside parties | 与外部的接口和依赖关系",
    ],
  ],
  [
    "4.4",
    "Information security management system",
    "信息安全管理体系",
    ["ISMS manual or process overview | 信息安全管理手册或过程总览"],
  ],
  ["5", "Leadership", "领导作用", ["Evidence of top management involvement | 最高管理者参与的证据"]],
  [
    "5.1",
    "Leadership and commitment",
    "领导作用和承诺",
    [
      "Management review minutes and resource approvals | 管理评审纪要及资源批准记录",
      "Communications from top management on information security | 最高管理者关于信息安全的沟通记录",
    ],
  ],
  [
    "5.2",
    "Policy",
    "方针",
    [
      "Approved information security policy | 经批准的信息安全方针",
      "Evidence the policy is communicated and available | 方针已传达并可获取的证据",
    ],
  ],
  [
    "5.3",
    "Organizational roles, responsibilities and authorities",
    "组织的角色、职责和权限",
    [
      "Organisation chart and ISMS role descriptions | 组织架构图及体系岗位职责",
      "Appointment of the management representative | 管理者代表任命书",
    ],
  ],
  ["6", "Planning", "规划", ["ISMS planning records | 体系策划记录"]],
  [
    "6.1",
    "Actions to address risks and opportunities",
    "应对风险和机会的措施",
    ["Risks and opportunities register | 风险和机会登记表"],
  ],
  ["6.1.1", "General", "总则", ["Planned actions for risks and opportunities | 应对风险和机会的措施计划"]],
  [
    "6.1.2",
    "Information security risk assessment",
    "信息安全风险评估",
    [
      "Risk assessment methodology with acceptance criteria | 含风险接受准则的风险评估方法",
      "Asset inventory and valuation | 资产清单及资产价值",
      "Risk assessment report and risk register | 风险评估报告及风险评估表",
    ],
  ],
  [
    "6.1.3",
    "Information security risk treatment",
    "信息安全风险处置",
    [
      "Risk treatment plan approved by risk owners | 经风险责任人批准的风险处置计划",
      "Statement of Applicability | 适用性声明",
      "Acceptance of residual risks | 残余风险接受记录",
    ],
  ],
  [
    "6.2",
    "Information security objectives and planning to achieve them",
    "信息安全目标及其实现规划",
    [
      "Measurable information security objectives | 可测量的信息安全目标",
      "Plans: what, who, resources, when, how evaluated | 实现计划（内容、责任人、资源、完成时间、评价方法）",
    ],
  ],
  ["6.3", "Planning of changes", "变更的规划", ["Records of planned ISMS changes | 体系变更策划记录"]],
  ["7", "Support", "支持", ["Resource and support records | 资源与支持记录"]],
  ["7.1", "Resources", "资源", ["Budget and staffing for the ISMS | 体系预算和人员配备"]],
  [
    "7.2",
    "Competence",
    "能力",
    [
      "Competence requirements per role | 岗位能力要求",
      "Training records and certificates | 培训记录及资格证书",
    ],
  ],
  ["7.3", "Awareness", "意识", ["Awareness programme and attendance records | 意识教育计划及参加记录"]],
  [
    "7.4",
    "Communication",
    "沟通",
    ["Communication plan (what, when, with whom, who, how) | 沟通计划（内容、时机、对象、责任人、方式）"],
  ],
  [
    "7.5",
    "Documented information",
    "文件化信息",
    ["List of ISMS documents and records | 体系文件和记录清单"],
  ],
  [
    "7.5.1",
    "General",
    "总则",
    ["Documents required by the standard and by the organisation | 标准要求及组织确定的文件"],
  ],
  [
    "7.5.2",
    "Creating and updating",
    "创建和更新",
    ["Document identification, review and approval records | 文件标识、评审和批准记录"],
  ],
  [
    "7.5.3",
    "Control of documented information",
    "文件化信息的控制",
    [
      "Document control procedure | 文件控制程序",
      "Distribution, access, retention and disposal records | 发放、访问、保存和处置记录",
    ],
  ],
  ["8", "Operation", "运行", ["Operational ISMS records | 体系运行记录"]],
  [
    "8.1",
    "Operational planning and control",
    "运行的规划和控制",
    [
      "Process criteria and operating records | 过程准则及运行记录",
      "Control of outsourced processes | 外包过程的控制记录",
    ],
  ],
  [
    "8.2",
    "Information security risk assessment",
    "信息安全风险评估",
    ["Risk assessments at planned intervals or after significant changes | 按计划或重大变更后的风险评估记录"],
  ],
  [
    "8.3",
    "Information security risk treatment",
    "信息安全风险处置",
    ["Evidence of treatment plan implementation | 风险处置计划的实施证据"],
  ],
  ["9", "Performance evaluation", "绩效评价", ["Performance evaluation records | 绩效评价记录"]],
  [
    "9.1",
    "Monitoring, measurement, analysis and evaluation",
    "监视、测量、分析和评价",
    [
      "Metrics defined with methods and frequency | 已定义方法和频次的测量指标",
      "Measurement results and analysis | 测量结果及分析",
    ],
  ],
  ["9.2", "Internal audit", "内部审核", ["Internal audit reports | 内部审核报告"]],
  ["9.2.1", "General", "总则", ["Audit reports covering the whole ISMS | 覆盖整个体系的审核报告"]],
  [
    "9.2.2",
    "Internal audit programme",
    "内部审核方案",
    [
      "Audit programme and plans | 审核方案和审核计划",
      "Auditor competence and independence | 审核员能力和独立性证据",
      "Nonconformity reports | 不符合项报告",
    ],
  ],
  ["9.3", "Management review", "管理评审", ["Management review records | 管理评审记录"]],
  ["9.3.1", "General", "总则", ["Management review plan | 管理评审计划"]],
  [
    "9.3.2",
    "Management review inputs",
    "管理评审输入",
    ["Management review input report | 管理评审输入报告"],
  ],
  [
    "9.3.3",
    "Management review results",
    "管理评审结果",
    ["Management review minutes with decisions and actions | 含决定和措施的管理评审纪要"],
  ],
  ["10", "Improvement", "改进", ["Improvement records | 改进记录"]],
  [
    "10.1",
    "Continual improvement",
    "持续改进",
    ["Improvement initiatives and their results | 改进项目及其成效"],
  ],
  [
    "10.2",
    "Nonconformity and corrective action",
    "不符合及纠正措施",
    [
      "Nonconformity and corrective action records | 不符合及纠正措施记录",
      "Root cause analysis and effectiveness review | 原因分析及有效性验证",
    ],
  ],
];

function bilingual(entry: string): LocalizedText {
  const [en = "", zh = ""] = entry.split(" | ");
  return { en, "zh-CN": zh };
}

function toClause([id, en, zh, evidence, amendment]: Row): Clause {
  const parent = id.includes(".") ? id.slice(0, id.lastIndexOf(".")) : undefined;
  return {
    id,
    ...(parent ? { parent } : {}),
    title: { en, "zh-CN": zh },
    evidence: evidence.map(bilingual),
    ...(amendment ? { amendment: bilingual(amendment) } : {}),
  };
}

/** Clauses 4–10 of ISO/IEC 27001:2022 in the standard's order, parents before their children. */
export const CLAUSES: readonly Clause[] = ROWS.map(toClause);

export const CLAUSES_BY_ID: ReadonlyMap<string, Clause> = new Map(
  CLAUSES.map((clause) => [clause.id, clause]),
);
