import type { readiness as en } from "../en/readiness";
import type { Widen } from "../types";

/** 认证准备度：方法列出的 16 项，以及未就绪的原因。 */
export const readiness: Widen<typeof en> = {
  items: {
    roles: "体系的职责说明（安全组织）",
    scope: "体系覆盖范围与删减说明",
    policy: "信息安全方针与目标",
    methodology: "风险评估方法",
    acceptance: "风险接受准则",
    assessment: "风险评估记录",
    treatment: "不可接受风险处置计划",
    residual: "残余风险的接受",
    soa: "适用性声明（SoA）",
    documents: "体系的文件清单",
    records: "体系的记录清单",
    internalAudit: "内审记录",
    correction: "内审不符合的整改",
    measurement: "体系度量",
    managementReview: "管理评审报告",
    laws: "法律法规清单",
  },
  status: { ready: "就绪", incomplete: "不完整", missing: "缺失" },
  required: {
    scope: "信息安全管理体系范围",
    policy: "信息安全方针",
    riskAssessmentProcess: "信息安全风险评估程序",
    riskTreatmentProcess: "信息安全风险处置程序",
    soa: "适用性声明",
    objectives: "信息安全目标",
    documentControl: "文件与记录控制程序",
    competence: "能力证据（培训记录）",
    operation: "运行策划和控制记录",
    riskAssessmentResults: "风险评估报告",
    riskTreatmentResults: "风险处置记录",
    monitoring: "监视和测量结果",
    internalAudit: "内审方案与审核结果",
    managementReview: "管理评审结果",
    nonconformities: "不符合及纠正措施记录",
  },
  unnamedRow: "第 {row} 行",
  reason: {
    more: "另有 {count} 项同类问题未列出：请先整改以上各项，再重新检查。",
    risks: {
      unjudged:
        "工作簿没有风险评估方法，{count} 项风险无法对照风险接受准则判定。请先补充风险评估方法表，再重新检查。",
    },
    roles: {
      missing:
        "未书面规定体系的职责。请增加职责说明表，列出各项体系角色、担任人员及其职责，包括最高管理者和管理者代表。",
      person: { missing: "角色{id}未指定人员。请填写担任该角色的人员。" },
      responsibilities: { missing: "角色{id}的职责为空。请写明该角色在体系中的职责。" },
      topManagement: {
        missing:
          "没有角色是最高管理者（总经理等）。请增加最高管理者及其职责：批准方针、提供资源、主持管理评审。",
      },
      representative: {
        missing:
          "没有角色是管理者代表（信息安全负责人）。请任命管理者代表并增加该角色：管理者代表负责体系运行，并签字接受残余风险。",
      },
    },
    scope: {
      missing: "未说明体系覆盖范围。请增加一行范围说明，写明体系覆盖的组织、场所、资产和业务过程，并经批准。",
      description: { missing: "范围{id}没有说明内容。请写明体系覆盖的范围。" },
      unapproved: "范围{id}未经批准。请填写批准人和批准日期。",
      exclusion: { unjustified: "删减项{id}没有删减理由。请说明为何不纳入范围，以及不影响信息安全的理由。" },
    },
    policy: {
      missing:
        "既没有信息安全方针，也没有信息安全目标。请制定方针（条款 5.2）并列入文件清单，设定可测量的信息安全目标。",
      document: {
        missing:
          "文件清单中没有信息安全方针（引用条款 {clause} 的文件）。请将方针列入文件清单，并在条款栏填写 {clause}。",
        unapproved: "信息安全方针{id}未经批准（状态：{status}）。请由最高管理者批准，并将状态改为“已发布”。",
        version: { missing: "信息安全方针{id}没有版本号。请填写版本号。" },
        approvalDate: { missing: "信息安全方针{id}没有批准日期。请填写批准日期。" },
      },
      objectives: { missing: "未设定信息安全目标。请设定与方针一致的目标，每个目标写明测量指标和目标值。" },
      objective: {
        metric: { missing: "目标{id}没有测量指标。请写明如何测量。" },
        target: { missing: "目标{id}没有目标值。请填写达到目标的标准。" },
      },
    },
    methodology: {
      missing: "工作簿没有风险评估方法。请增加风险评估方法表：赋值准则、计算方法、风险等级和风险接受准则。",
    },
    acceptance: {
      missing: "没有风险接受准则：工作簿没有风险评估方法表。请增加该表并设定风险接受准则。",
    },
    assessment: {
      missing: "尚未进行风险评估。请识别资产、威胁和脆弱性，并在风险评估表中评估风险。",
      finding: "{finding}",
    },
    treatment: {
      missing:
        "尚未进行风险评估，因此还没有风险处置计划。请先评估风险，再为超出风险接受准则的风险制定处置计划。",
      finding: "{finding}",
    },
    residual: {
      missing: "尚未进行风险评估，因此没有残余风险得到接受。请先评估和处置风险，再由管理层接受残余风险。",
      finding: "{finding}",
    },
    soa: {
      missing:
        "没有适用性声明。请根据风险评估表和风险处置计划生成适用性声明，并逐项确定附录A控制措施是否适用。",
      applicability: { missing: "控制措施{controlId}未确定是否适用。请标明适用或不适用。" },
      exclusion: {
        unjustified:
          "控制措施{controlId}被删减但没有删减理由。请说明不需要该控制措施的原因（“不适用”不算理由）。",
      },
      status: {
        missing:
          "控制措施{controlId}适用，但实施状态（{status}）为空或无法识别。请填写已实施、部分实施、计划中或未实施。",
      },
      planned: {
        missing: "控制措施{controlId}适用但未实施，也没有计划完成日期。请填写计划完成日期。",
        overdue:
          "控制措施{controlId}计划于 {plannedDate} 完成，至今（{today}）仍未实施。请落实该控制措施，或更新其状态和计划。",
        pending:
          "控制措施{controlId}尚未实施：计划于 {plannedDate} 完成，晚于今天（{today}），且未设定审核日期。请在认证审核前落实，或设定审核日期。",
        afterAudit:
          "控制措施{controlId}计划于 {plannedDate} 完成，晚于认证审核日期 {auditDate}。请在审核前落实，或提前计划完成日期。",
      },
    },
    documents: {
      missing: "没有体系文件清单。请增加文件清单，列出全部方针和程序文件及其编号、版本、批准日期和状态。",
      required: {
        missing:
          "文件清单中没有{required}（条款 {clause}）。请增加该文件，并在条款栏填写 {clause}（建议编号 {number}）。",
        unapproved: "{required}（{id}）未经批准（状态：{status}）。请完成审批，并将状态改为“已发布”。",
        version: { missing: "{required}（{id}）没有版本号。请填写版本号。" },
        approvalDate: { missing: "{required}（{id}）没有批准日期。请填写批准日期。" },
      },
      soa: {
        unlisted:
          "适用性声明中控制措施{controlId}的控制文件“{document}”不在文件清单中。请将其列入文件清单，或更正引用。",
      },
    },
    records: {
      missing: "没有体系记录清单。请增加记录清单，列出体系保存的全部记录、保管人、存放位置和保存期限。",
      required: {
        missing:
          "记录清单中没有{required}（条款 {clause}）。请增加该记录，并在条款栏填写 {clause}（建议编号 {number}）。",
      },
      owner: { missing: "记录{id}没有保管人。请填写保管人。" },
      location: { missing: "记录{id}没有存放位置。请填写审核员可以查阅的位置。" },
    },
    internalAudit: {
      missing: "尚未进行内审：内审检查表中没有任何判定。请按检查表实施内审，逐项记录审核发现和判定。",
      ungraded: "检查项{id}没有判定。请判定符合，或给出不符合项等级。",
      programme: {
        notDone: "审核方案中的审核{id}（计划 {plannedDate}）尚未完成。请实施审核并填写完成日期。",
      },
    },
    correction: {
      missing: "尚未进行内审，因此没有不符合项的整改。请先实施内审。",
      nc: {
        unrecorded: "检查项{id}发现不符合（{grade}），但没有不符合项编号。请在不符合项记录中登记并填写编号。",
        unknown: "检查项{id}引用的不符合项{ncId}不在不符合项记录中。请登记该不符合项，或更正编号。",
      },
      cause: { missing: "不符合项{id}没有原因分析。请写明发生的原因。" },
      action: { missing: "不符合项{id}没有纠正措施。请写明消除原因的纠正措施。" },
      owner: { missing: "不符合项{id}没有责任人。请填写负责落实纠正措施的人员。" },
      due: { missing: "不符合项{id}没有完成期限。请填写纠正措施的完成日期。" },
      open: "不符合项{id}尚未关闭（状态：{status}）。请完成纠正措施，验证后关闭。",
      overdue:
        "不符合项{id}应于 {dueDate} 完成，至今（{today}）仍未关闭。请完成纠正措施，或重新约定完成日期。",
      unverified: "不符合项{id}已关闭但没有验证。请记录纠正措施有效性的验证情况和验证日期。",
    },
    measurement: {
      missing: "没有可度量的信息安全目标。请设定带测量指标和目标值的目标，并记录测量结果。",
      result: { missing: "目标{id}没有测量结果。请测量并填写结果。" },
      measuredOn: { missing: "目标{id}没有测量日期。请填写测量日期。" },
    },
    managementReview: {
      missing:
        "尚未进行管理评审：管理评审输入表中没有任何评审结论。请召开管理评审，并对每项输入记录评审结论及措施。",
      decision: { missing: "管理评审输入“{id}”没有评审结论。请记录最高管理者对该输入的评审结论及措施。" },
      input: { missing: "管理评审未涉及输入 {input}。请增加该输入及其数据和评审结论。" },
    },
    laws: {
      missing: "没有法律法规清单。请识别适用的法律、法规和合同要求，写明义务并为每项指定责任人。",
      owner: { missing: "法律法规{id}没有责任人。请填写负责跟踪合规情况的人员。" },
      unassessed: "尚未评价对{id}的合规性。请评价并填写合规状态。",
      noncompliant: "组织不符合{id}的要求。请策划并落实整改措施，并对相关风险进行处置。",
      partial: "组织仅部分符合{id}的要求。请策划弥补差距的措施。",
      soa: {
        excluded:
          "适用性声明将控制措施{controlId}（法律、法规、监管和合同要求）标为不适用，但任何组织都有适用的法律法规。请将其标为适用。",
      },
    },
  },
};
