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
  reason: {},
};
