import type { guide as en } from "../en/guide";
import type { Widen } from "../types";

export const guide: Widen<typeof en> = {
  sheetNames: { guide: "填写说明", revisions: "修订记录" },
  people: {
    listWarning: {
      owner:
        "责任人：从人员名单（“{sheet}”工作表）中选择负责人员。名单中没有的姓名可以保留，请随后补充到人员名单。",
      assessor:
        "评估人：从人员名单（“{sheet}”工作表）中选择进行本项评估的人员。名单中没有的姓名可以保留，请随后补充到人员名单。",
      approver:
        "批准人：一般为管理者代表，从人员名单（“{sheet}”工作表）中选择。名单中没有的姓名可以保留，请随后补充到人员名单。",
      person: "从人员名单（“{sheet}”工作表）中选择人员。名单中没有的姓名可以保留，请随后补充到人员名单。",
    },
  },
  title: "填写说明",
  intro: {
    labels: { purpose: "工作簿内容", computed: "计算列", prevails: "依据" },
    purpose:
      "本工作簿是 ISO/IEC 27001 信息安全风险评估的工作记录，包括风险评估方法与准则、资产清单、威胁库、脆弱性库、风险评估表、风险处置计划、适用性声明和差距分析，以及体系认证所需的各项清单与记录。",
    computed:
      "只在填写列中录入。资产价值、风险值、风险等级、是否可接受等计算列由公式自动计算，请勿覆盖。有下拉列表的列，请从列表中选择。",
    prevails:
      "下列赋值标准、风险等级和风险接受准则摘自生成本工作簿时的“{method}”工作表，如有不一致，以该工作表为准。每次发布新版本，请在“{revisions}”工作表中登记。",
  },
  order: {
    title: "填写顺序",
    headers: { step: "步骤", sheet: "工作表", what: "填写内容", who: "负责人" },
    steps: {
      method: {
        what: "确认风险计算方法、赋值标准、风险等级划分、风险接受准则和风险处置期限，填写人员名单。须在风险评估开始前经批准。",
        who: "咨询顾问与体系负责人编制，管理者代表批准",
      },
      assets: {
        what: "登记评估范围内的信息资产（资产编号、名称、类别、所属部门、责任人、位置），并对保密性、完整性、可用性赋值；资产价值自动计算。",
        who: "资产责任人会同体系工作组",
      },
      threats: {
        what: "审阅 GB/T 20984 威胁库；补充本组织特有的威胁及其威胁赋值。",
        who: "风险评估小组",
      },
      vulnerabilities: {
        what: "审阅脆弱性库；补充现场调研发现的技术脆弱性和管理脆弱性及其脆弱性赋值。",
        who: "风险评估小组",
      },
      risks: {
        what: "针对每项资产，识别威胁及其利用的脆弱性，记录已有控制措施并赋值；风险值、风险等级和是否可接受自动计算。指定风险责任人。",
        who: "风险评估小组会同资产责任人",
      },
      treatments: {
        what: "对每个高于风险接受准则的风险：选择处置方式（降低、规避、转移、接受），制定处置措施，选用附录A控制措施，指定责任人和计划完成日期；处置后重新赋值。残余风险仍高于准则的，由管理者代表批准接受。",
        who: "风险责任人，管理者代表批准",
      },
      soa: {
        what: "由风险评估表生成：逐条确认附录A控制措施是否适用，填写选择理由或删减理由、实施状态和控制文件。",
        who: "体系工作组编制，管理层批准",
      },
      gap: {
        what: "对照标准逐条评价各条款和控制措施的现状并记录证据；差距和优先级自动计算。差距可转入风险评估表。",
        who: "咨询顾问会同各部门",
      },
      revisions: {
        what: "登记每次发布的版本：版本、日期、修订内容、修订人、审核人、批准人。",
        who: "文件管理员",
      },
    },
  },
  registers: {
    title: "认证所需的清单与记录",
    intro:
      "风险工作之后的十个工作表，记录体系通过认证所需的其余内容，请随工作进展填写。“isms readiness”命令（或加载项的“认证准备度”面板）按方法规定的16项逐项评分，并列出仍妨碍认证的问题。",
    steps: {
      roles: {
        what: "体系中的各个角色（最高管理者、管理者代表、信息安全负责人、内审员等）、任命人员、所属部门、职责及任命日期。",
        who: "体系负责人；最高管理者批准",
      },
      scope: {
        what: "体系范围、边界与接口，以及每项删减及其理由；经批准并注明日期。",
        who: "体系负责人会同咨询顾问；最高管理者批准",
      },
      objectives: {
        what: "信息安全目标及其度量指标、目标值、测量频率、责任人，以及最近测量结果和是否达成。",
        who: "目标责任人；管理者代表审核",
      },
      documents: {
        what: "全部体系文件（标准要求的文件已列出）：编号、层级、对应条款、责任人、版本、批准日期、状态和存放位置。",
        who: "文控人员",
      },
      records: {
        what: "体系保存的记录（标准要求的记录已列出）：所属文件、责任人、保存期限、存放位置和最近记录日期。",
        who: "文控人员会同记录责任人",
      },
      laws: {
        what: "适用的法律法规和合同要求（已给出常用清单）：适用条款、合规要求、责任人、合规状态、对应的附录A控制和评审日期。",
        who: "法务或合规部门会同体系负责人",
      },
      auditProgramme: {
        what: "按条款和附录A主题各一行，已按风险生成抽样优先级：填写受审核部门、审核员、计划日期和实施日期。",
        who: "管理者代表；内审组",
      },
      auditChecklist: {
        what: "每项条款要求和每项适用控制各一行，已给出审核要点：填写审核发现、审核判断、不符合项编号、审核员和审核日期。",
        who: "内审员",
      },
      nonconformities: {
        what: "每项不符合：来源、条款/控制、描述、等级、原因分析、纠正和纠正措施、责任人、计划完成日期、状态及有效性验证。",
        who: "内审员提出；责任人整改；管理者代表验证",
      },
      review: {
        what: "条款9.3.2的每项输入各一行，工作簿中的数据已填入：评审会议上填写评审意见、评审结论及措施、责任人和完成日期。",
        who: "管理者代表；最高管理者决定",
      },
    },
  },
  columns: {
    title: "各工作表的列",
    headers: { requirement: "填写要求", column: "列", note: "含义", how: "填写方式" },
    requirement: { required: "必填", optional: "选填", computed: "自动计算" },
    how: {
      computed: "公式计算，请勿填写",
      id: "唯一编号（文字）",
      text: "文字",
      number: "数字",
      date: "日期（yyyy-mm-dd）",
      controls: "附录A控制编号，如 5.15 8.7",
      rating: "从下拉列表选择 {min}–{max} 的赋值",
      choose: "从下拉列表选择：{items}",
      lists: {
        assetIds: "从资产清单的资产编号中选择",
        riskIds: "从风险评估表的风险编号中选择",
        threatNames: "从威胁库中选择，也可填写库中没有的威胁（会提示确认）",
        vulnerabilityNames: "从脆弱性库中选择，也可填写库中没有的脆弱性（会提示确认）",
        owners: "从人员名单中选择；名单外的姓名会提示确认",
        levels: "从风险等级中选择",
      },
    },
    rating: "按下方“{scale}”赋值。",
    residual: "处置后赋值：只对处置措施改变的因素重新赋值。",
    hints: {
      assets: {
        assetId: "风险评估表按此编号引用资产，如 A-01。",
        name: "按本组织的习惯称呼填写。",
        class: "数据、软件、硬件、服务、人员或其他。",
        department: "资产所属部门。",
        owner: "对资产负责的人员。",
        location: "资产所在位置（办公场所、机房、云上区域）。",
        c: "保密性：资产泄露造成的影响。",
        i: "完整性：资产被篡改或不完整造成的影响。",
        a: "可用性：资产不可用造成的影响。",
        notes: "其他需要说明的情况。",
      },
      threats: {
        threatId: "如 T-01。",
        class: "GB/T 20984 威胁分类。",
        name: "风险评估表的威胁下拉列表取自此列。",
        description: "威胁的表现。",
        rating: "典型的出现频率：作为参考，每个风险仍须单独赋值。",
        controls: "应对该威胁的附录A控制措施。",
      },
      vulnerabilities: {
        vulnerabilityId: "如 V-01。",
        class: "技术脆弱性或管理脆弱性类别。",
        name: "风险评估表的脆弱性下拉列表取自此列。",
        description: "薄弱环节及其所在位置。",
        rating: "典型的严重程度：作为参考，每个风险仍须单独赋值。",
        controls: "消除或减轻该脆弱性的附录A控制措施。",
      },
      risks: {
        riskId: "如 R-001；风险处置计划按此编号引用风险。",
        assetId: "面临风险的资产。",
        asset: "资产名称。",
        threat: "资产可能遭受的威胁。",
        vulnerability: "威胁所利用的脆弱性。",
        existingControls: "已实施的控制措施（附录A编号及说明）。",
        owner: "对该风险负责的人员。",
        description: "“威胁利用资产的脆弱性，导致……”。",
        assessor: "进行本项评估的人员。",
        assessedOn: "评估日期；风险处置期限自此日期起算。",
      },
      treatments: {
        riskId: "高于风险接受准则的风险。",
        asset: "涉及的资产。",
        description: "与风险评估表中的描述一致。",
        option: "降低、规避、转移或接受。",
        measures: "临时措施和长期措施。",
        controls: "处置措施所落实的附录A控制措施（用于生成适用性声明）。",
        owner: "负责实施处置的人员。",
        dueDate: "应在评估日期后的风险处置期限之内。",
        status: "未开始、进行中、已完成、已验证。",
        acceptedBy: "残余风险仍高于准则时，由管理者代表批准。",
        acceptedOn: "批准日期。",
        notes: "验证情况、后续跟踪。",
      },
      soa: {
        controlId: "自动生成。",
        title: "自动生成。",
        altTitle: "自动生成。",
        theme: "自动生成。",
        applicable: "是或否。",
        reasons: "风险评估、法律法规、合同要求、业务需要或最佳实践。",
        derivedReasons: "由风险评估表自动生成。",
        linkedRisks: "自动生成：处置时选用该控制措施的风险。",
        justification: "每项删减的控制措施都必须填写。",
        status: "已实施、部分实施、计划实施、未实施。",
        plannedDate: "计划实施的控制措施的完成日期。",
        documents: "落实该控制措施的方针、程序或记录。",
        owner: "责任部门。",
        notes: "其他说明。",
        editionMapping: "自动生成：该控制措施在 2013 版中的编号。",
      },
      gap: {
        requirementId: "自动生成。",
        title: "自动生成：标准的要求。",
        level: "自动生成。",
        group: "自动生成。",
        currentState: "本组织目前如何满足该要求。",
        evidence: "查阅的文件和记录。",
        currentRating: "按评分标准填写现状得分，或“不适用”。",
        target: "期望达到的得分。",
        weight: "在条款或主题得分中的权重。",
        recommendation: "弥补差距的改进建议。",
        sentToRegister: "差距转入风险评估表时的风险编号。",
      },
    },
  },
  scales: {
    title: "赋值标准",
    headers: { value: "赋值", description: "定义" },
    point: "{value}（{label}）",
  },
  calculation: {
    title: "计算方法",
    asset: "资产价值",
    risk: "风险值",
  },
  levels: {
    title: "风险等级划分",
    headers: { level: "等级", action: "处置要求", range: "风险值范围" },
    level: "{level}（{label}）",
    range: "{from}–{to}",
    single: "{from}",
    between: "{from} 至 {to}（不含）",
    atLeast: "{from} 及以上",
  },
  criteria: {
    title: "风险接受准则与处置期限",
    acceptance: "风险接受准则",
    byLevel: "风险等级为 {level}（{label}）及以下的风险可接受；高于此等级的风险须制定风险处置计划。",
    byValue: "风险值不高于 {value} 的风险可接受；高于此值的风险须制定风险处置计划。",
    residual: "残余风险",
    residualText: "处置后残余风险仍高于风险接受准则的，须由管理者代表在风险处置计划中签署批准并注明日期。",
    deadline: "风险处置期限",
    deadlineText:
      "计划完成日期应在该风险评估日期后 {days} 天之内（风险未填写评估日期时，以风险评估方法与准则中的评估日期为准）。",
  },
  revisions: {
    title: "修订记录",
    intro: "登记本工作簿每次发布的版本、修订内容，以及修订、审核和批准人员。",
    headers: {
      version: "版本",
      date: "日期",
      change: "修订内容",
      author: "修订人",
      reviewer: "审核人",
      approver: "批准人",
    },
    firstIssue: "首次发布",
  },
};
