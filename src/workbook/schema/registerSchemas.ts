/**
 * The registers and sheets the method names for a certifiable ISMS, beside the risk work: 文件清单,
 * 记录清单, 范围与删减, 职责说明, 信息安全目标与度量, 法律法规清单, 内审方案, 内审检查表, 不符合项及纠正措施
 * and 管理评审输入. Their column keys are the readiness rules' (src/domain/readiness), so what the layout
 * writes is what the reader and the rules read.
 */
import {
  REGISTER_FIELDS,
  REGISTER_KEYS,
  type RegisterField,
  type RegisterKey,
} from "../../domain/readiness/types";
import { column, GENERIC_ID_HEADERS, type ColumnSchema, type SheetSchema } from "./columnSchema";
import { sheetTitles } from "./sheetTitles";

export { REGISTER_KEYS, type RegisterKey };

/** A register's schema, its columns keyed as the readiness rules read them. */
export interface RegisterSchema<K extends RegisterKey = RegisterKey> extends SheetSchema {
  readonly key: K;
  readonly columns: readonly (ColumnSchema & { readonly key: RegisterField<K> })[];
}

const TABLES: Readonly<Record<RegisterKey, string>> = {
  documents: "ISMS_Documents",
  records: "ISMS_Records",
  scope: "ISMS_Scope",
  roles: "ISMS_Roles",
  objectives: "ISMS_Objectives",
  laws: "ISMS_Laws",
  auditProgramme: "ISMS_AuditProgramme",
  auditChecklist: "ISMS_AuditChecklist",
  nonconformities: "ISMS_Nonconformities",
  review: "ISMS_Review",
};

type Col<K extends RegisterKey> = ColumnSchema & { readonly key: RegisterField<K> };

function columnsOf<K extends RegisterKey>(key: K): readonly Col<K>[] {
  const all = COLUMNS[key] as readonly Col<K>[];
  // The schema lists exactly the rules' keys, in the rules' order.
  return REGISTER_FIELDS[key].map((field) => {
    const found = all.find((c) => c.key === field);
    if (!found) throw new Error(`register ${key}: no column ${field}`);
    return found;
  });
}

/** The person who answers for a row: 责任人 on every register (one term per concept), a name from the people list. */
const owner = (aliases: readonly string[] = [], width = 10): ColumnSchema =>
  column("owner", "Owner", "责任人", "text", {
    width,
    list: "owners",
    aliases: ["Responsible", "责任部门", "负责人", "Owner department", ...aliases],
  });
const notes = (): ColumnSchema =>
  column("notes", "Notes", "备注", "text", { width: 16, aliases: ["Remarks", "Comments", "说明"] });

const COLUMNS: { readonly [K in RegisterKey]: readonly ColumnSchema[] } = {
  documents: [
    column("docId", "Document No.", "文件编号", "id", {
      required: true,
      aliases: ["Document ID", "Doc No", "文档编号", "编号"],
      genericAliases: GENERIC_ID_HEADERS,
    }),
    column("title", "Document title", "文件名称", "text", {
      width: 26,
      required: true,
      aliases: ["Document", "Title", "Name", "文档名称", "名称"],
    }),
    column("level", "Level", "文件层级", "text", {
      width: 18,
      aliases: ["Document level", "层级", "文件级别"],
    }),
    column("clauses", "Clauses", "对应条款", "text", {
      width: 12,
      aliases: ["Clause", "Requirement", "ISO clause", "条款", "标准条款"],
    }),
    owner(["编制部门", "编制人"]),
    column("version", "Version", "版本", "text", { width: 8, aliases: ["Rev", "Revision", "版本号"] }),
    column("approvalDate", "Approved on", "批准日期", "date", {
      aliases: ["Approval date", "Issue date", "发布日期", "审批日期"],
    }),
    column("status", "Status", "状态", "status", {
      list: "documentStatuses",
      aliases: ["Document status", "文件状态"],
    }),
    column("location", "Location", "存放位置", "text", {
      width: 18,
      aliases: ["Storage", "Where kept", "存放地点", "保存位置"],
    }),
    notes(),
  ],
  records: [
    column("recordId", "Record No.", "记录编号", "id", {
      required: true,
      aliases: ["Record ID", "表单编号", "编号"],
      genericAliases: GENERIC_ID_HEADERS,
    }),
    column("title", "Record", "记录名称", "text", {
      width: 26,
      required: true,
      aliases: ["Record name", "Title", "Name", "表单名称", "名称"],
    }),
    column("clauses", "Clauses", "对应条款", "text", { width: 12, aliases: ["Clause", "条款"] }),
    column("document", "Under document", "所属文件", "text", {
      width: 20,
      aliases: ["Procedure", "Source document", "依据文件", "相关文件"],
    }),
    owner(["保管部门", "保管人"]),
    column("retention", "Retention", "保存期限", "text", {
      width: 12,
      aliases: ["Retention period", "保存期"],
    }),
    column("location", "Location", "存放位置", "text", { width: 18, aliases: ["Storage", "保存位置"] }),
    column("lastDate", "Latest record", "最近记录日期", "date", {
      width: 16,
      aliases: ["Last record", "最近日期"],
    }),
    notes(),
  ],
  scope: [
    column("itemId", "No.", "编号", "id", { required: true, genericAliases: GENERIC_ID_HEADERS }),
    column("kind", "Kind", "类别", "option", { list: "scopeKinds", aliases: ["Type", "类型"] }),
    column("description", "Description", "内容", "text", {
      width: 48,
      required: true,
      aliases: ["Scope", "Item", "范围描述", "描述", "说明"],
    }),
    column("justification", "Justification", "理由与依据", "text", {
      width: 36,
      aliases: ["Reason", "Rationale", "理由", "删减理由", "依据"],
    }),
    column("approvedBy", "Approved by", "批准人", "text", {
      width: 12,
      list: "owners",
      aliases: ["Approver"],
    }),
    column("approvalDate", "Approved on", "批准日期", "date", { aliases: ["Approval date"] }),
  ],
  roles: [
    column("role", "Role", "角色/岗位", "text", {
      width: 22,
      required: true,
      aliases: ["Position", "Function", "角色", "岗位", "职务"],
    }),
    column("person", "Person", "人员", "text", {
      width: 12,
      list: "owners",
      aliases: ["Name", "Assigned to", "姓名", "担任人"],
    }),
    column("department", "Department", "部门", "text", { width: 14, aliases: ["Dept", "所属部门"] }),
    column("responsibilities", "Responsibilities", "职责", "text", {
      width: 50,
      aliases: ["Duties", "Authority", "职责与权限", "职责描述"],
    }),
    column("appointedOn", "Appointed on", "任命日期", "date", { aliases: ["Appointment date"] }),
    notes(),
  ],
  objectives: [
    column("objectiveId", "No.", "编号", "id", { required: true, genericAliases: GENERIC_ID_HEADERS }),
    column("objective", "Objective", "信息安全目标", "text", {
      width: 26,
      required: true,
      aliases: ["Security objective", "目标", "安全目标"],
    }),
    column("metric", "Metric", "度量指标", "text", {
      width: 24,
      aliases: ["Measure", "Indicator", "KPI", "指标"],
    }),
    column("target", "Target", "目标值", "text", { width: 10, aliases: ["Target value", "目标"] }),
    column("frequency", "Frequency", "测量频率", "text", {
      width: 12,
      aliases: ["Measured", "频率", "周期"],
    }),
    owner(),
    column("result", "Latest result", "最近结果", "text", {
      width: 12,
      aliases: ["Result", "Actual", "结果", "实际值"],
    }),
    column("measuredOn", "Measured on", "测量日期", "date", { aliases: ["Measurement date", "统计日期"] }),
    column("achieved", "Achieved", "是否达成", "boolean", {
      list: "yesNo",
      aliases: ["Met", "达成", "是否达标"],
    }),
    notes(),
  ],
  laws: [
    column("lawId", "No.", "编号", "id", { width: 8, required: true, genericAliases: GENERIC_ID_HEADERS }),
    column("name", "Law or regulation", "法律法规名称", "text", {
      width: 22,
      required: true,
      aliases: ["Name", "Law", "Regulation", "Legislation", "名称", "法规名称"],
    }),
    column("issuer", "Issued by", "发布机关", "text", {
      width: 16,
      aliases: ["Issuer", "Authority", "发布部门"],
    }),
    column("effectiveDate", "In force from", "生效日期", "date", {
      aliases: ["Effective date", "施行日期", "实施日期"],
    }),
    column("clauses", "Clauses that apply", "适用条款", "text", { width: 20, aliases: ["Articles", "条款"] }),
    column("obligations", "Obligations", "合规要求", "text", {
      width: 36,
      aliases: ["Requirements", "Requirement", "义务", "要求"],
    }),
    owner(),
    column("status", "Compliance", "合规状态", "status", {
      list: "complianceStatuses",
      aliases: ["Compliance status", "Status", "符合情况", "状态"],
    }),
    column("controls", "Annex A controls", "对应控制", "controls", {
      width: 12,
      aliases: ["Controls", "控制措施", "对应控制措施"],
    }),
    column("reviewedOn", "Reviewed on", "评审日期", "date", { aliases: ["Last review", "识别日期"] }),
    notes(),
  ],
  auditProgramme: [
    column("auditId", "No.", "编号", "id", { width: 8, required: true, genericAliases: GENERIC_ID_HEADERS }),
    column("area", "Area audited", "审核范围", "text", {
      width: 22,
      required: true,
      aliases: ["Area", "范围"],
    }),
    column("requirements", "Audit criteria", "审核依据", "text", {
      width: 30,
      aliases: ["Criteria", "Clauses", "条款", "审核条款"],
    }),
    column("auditee", "Auditee", "受审核部门", "text", { width: 14, aliases: ["Department", "被审核部门"] }),
    column("auditor", "Auditor", "审核员", "text", {
      width: 12,
      list: "owners",
      aliases: ["Auditors", "内审员"],
    }),
    column("plannedDate", "Planned", "计划日期", "date", { aliases: ["Planned date", "计划时间"] }),
    column("priority", "Sampling priority", "抽样优先级", "text", {
      width: 14,
      aliases: ["Priority", "优先级"],
    }),
    column("riskCount", "Risks above criterion", "不可接受风险数", "number", {
      width: 18,
      aliases: ["Risks", "风险数", "关联不可接受风险数"],
    }),
    column("doneDate", "Done on", "实施日期", "date", { aliases: ["Audit date", "Actual date", "审核日期"] }),
    notes(),
  ],
  auditChecklist: [
    column("itemId", "No.", "序号", "id", { width: 7, required: true, genericAliases: GENERIC_ID_HEADERS }),
    column("requirementId", "Clause / control", "条款/控制", "id", {
      width: 12,
      controlIds: true,
      required: true,
      aliases: ["Requirement", "Clause", "Control", "条款", "控制项"],
    }),
    column("requirement", "Requirement", "审核要求", "text", {
      width: 20,
      aliases: ["Title", "Requirement text", "要求", "标准要求"],
    }),
    column("documents", "Documents", "制度文件", "text", {
      width: 18,
      aliases: ["Controlling documents", "控制文件", "相关文件"],
    }),
    column("auditPoint", "Audit point", "审核要点", "text", {
      width: 30,
      aliases: ["What to check", "检查内容", "要点"],
    }),
    column("method", "Method", "审核方法", "text", { width: 12, aliases: ["Audit method", "方法"] }),
    column("auditee", "Auditee", "审核对象", "text", { width: 12, aliases: ["Department", "受审核部门"] }),
    column("linkedRisks", "Linked risks", "关联风险", "text", {
      width: 12,
      aliases: ["Risks", "关联风险编号"],
    }),
    column("priority", "Sampling priority", "抽样优先级", "text", {
      width: 14,
      aliases: ["Priority", "优先级"],
    }),
    column("finding", "Finding", "审核发现", "text", {
      width: 26,
      aliases: ["Evidence seen", "审核记录", "检查记录"],
    }),
    column("grade", "Judgement", "审核判断", "option", {
      list: "findingGrades",
      width: 12,
      aliases: ["Grade", "Result", "判定", "结论"],
    }),
    column("ncId", "Nonconformity No.", "不符合项编号", "text", {
      width: 16,
      aliases: ["NC No", "NC ID", "不符合编号"],
    }),
    column("auditor", "Auditor", "审核员", "text", { width: 10, list: "owners", aliases: ["内审员"] }),
    column("auditedOn", "Audited on", "审核日期", "date", { aliases: ["Audit date", "检查日期"] }),
  ],
  nonconformities: [
    column("ncId", "NC No.", "编号", "id", {
      width: 8,
      required: true,
      aliases: ["NC ID", "Nonconformity No.", "不符合项编号"],
      genericAliases: GENERIC_ID_HEADERS,
    }),
    column("source", "Source", "来源", "text", { width: 10, aliases: ["Found in", "发现来源"] }),
    column("requirementId", "Clause / control", "条款/控制", "id", {
      width: 12,
      controlIds: true,
      aliases: ["Requirement", "Clause", "Control", "条款", "不符合条款", "对应条款/控制"],
    }),
    column("description", "Nonconformity", "不符合描述", "text", {
      width: 30,
      required: true,
      aliases: ["Description", "Finding", "不符合事实", "描述"],
    }),
    column("grade", "Grade", "等级", "option", {
      list: "findingGrades",
      width: 12,
      aliases: ["Severity", "Type", "类型", "不符合等级"],
    }),
    column("linkedRisks", "Linked risks", "关联风险", "text", {
      width: 12,
      aliases: ["Risks", "关联风险编号"],
    }),
    column("cause", "Cause", "原因分析", "text", { width: 22, aliases: ["Root cause", "原因"] }),
    column("correction", "Correction", "纠正", "text", {
      width: 18,
      aliases: ["Immediate correction", "纠正措施（立即）"],
    }),
    column("correctiveAction", "Corrective action", "纠正措施", "text", {
      width: 22,
      aliases: ["Corrective actions", "Action", "整改措施"],
    }),
    owner(),
    column("dueDate", "Due", "计划完成日期", "date", {
      width: 16,
      aliases: ["Due date", "Target date", "完成时间"],
    }),
    column("status", "Status", "状态", "status", { list: "ncStatuses", aliases: ["NC status", "整改状态"] }),
    column("verification", "Verification", "验证结果", "text", {
      width: 18,
      aliases: ["Effectiveness", "Verified", "整改效果验证", "验证情况"],
    }),
    column("verifiedBy", "Verified by", "验证人", "text", {
      width: 10,
      list: "owners",
      aliases: ["Verifier"],
    }),
    column("verifiedOn", "Verified on", "验证日期", "date", { aliases: ["Verification date"] }),
  ],
  review: [
    column("inputId", "Input", "输入项", "id", {
      required: true,
      width: 10,
      aliases: ["Item", "编号", "序号"],
    }),
    column("input", "Review input (9.3.2)", "评审输入", "text", {
      width: 30,
      aliases: ["Input", "Topic", "评审内容", "评审项目"],
    }),
    column("data", "From the workbook", "工作簿数据", "text", {
      width: 36,
      aliases: ["Data", "Facts", "数据", "现状"],
    }),
    column("count", "Count", "数量", "number", { width: 8, aliases: ["Number", "项数"] }),
    column("comment", "Comments", "评审意见", "text", { width: 24, aliases: ["Comment", "意见", "说明"] }),
    column("decision", "Decision and actions", "评审结论及措施", "text", {
      width: 28,
      aliases: ["Decision", "Decisions", "Outputs", "评审结论", "会议决议", "决议"],
    }),
    owner(),
    column("dueDate", "Due", "完成日期", "date", { aliases: ["Due date", "计划完成日期"] }),
  ],
};

/**
 * The schema of one register.
 * @example registerSchema("laws").table // "ISMS_Laws"
 */
export function registerSchema<K extends RegisterKey>(key: K): RegisterSchema<K> {
  return { key, table: TABLES[key], names: sheetTitles(key), columns: columnsOf(key) };
}

/** Every register's schema, by key. */
export function registerSchemas(): { readonly [K in RegisterKey]: RegisterSchema<K> } {
  return Object.fromEntries(REGISTER_KEYS.map((key) => [key, registerSchema(key)])) as {
    readonly [K in RegisterKey]: RegisterSchema<K>;
  };
}
