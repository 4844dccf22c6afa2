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
  reason: {},
};
