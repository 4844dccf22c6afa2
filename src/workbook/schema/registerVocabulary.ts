/**
 * The closed vocabularies of the registers the method names (文件清单 status, scope kinds, compliance,
 * audit judgements, nonconformity status): the key, the label in each language, the words seen in the wild.
 */
import type {
  ComplianceStatus,
  DocumentStatus,
  FindingGrade,
  NcStatus,
  ScopeKind,
} from "../../domain/readiness/types";
import type { Term } from "./vocabulary";

export const DOCUMENT_STATUS_TERMS: readonly Term<DocumentStatus>[] = [
  {
    key: "draft",
    label: { en: "Draft", "zh-CN": "草稿" },
    aliases: ["drafting", "编制中", "待编制", "起草"],
  },
  {
    key: "review",
    label: { en: "In review", "zh-CN": "评审中" },
    aliases: ["review", "under review", "待审批", "审批中", "审核中"],
  },
  {
    key: "approved",
    label: { en: "Approved", "zh-CN": "已发布" },
    aliases: [
      "issued",
      "published",
      "released",
      "effective",
      "in force",
      "已批准",
      "已审批",
      "发布",
      "生效",
      "已生效",
    ],
  },
  {
    key: "withdrawn",
    label: { en: "Withdrawn", "zh-CN": "已作废" },
    aliases: ["obsolete", "superseded", "retired", "作废", "废止", "已废止"],
  },
];

export const SCOPE_KIND_TERMS: readonly Term<ScopeKind>[] = [
  {
    key: "scope",
    label: { en: "In scope", "zh-CN": "范围" },
    aliases: ["scope", "included", "覆盖范围", "认证范围", "体系范围", "包含"],
  },
  {
    key: "boundary",
    label: { en: "Boundary / interface", "zh-CN": "边界与接口" },
    aliases: ["boundary", "interface", "interfaces", "dependency", "边界", "接口", "依赖"],
  },
  {
    key: "exclusion",
    label: { en: "Exclusion", "zh-CN": "删减" },
    aliases: ["excluded", "out of scope", "不包含", "排除", "范围外", "删减说明"],
  },
];

export const COMPLIANCE_TERMS: readonly Term<ComplianceStatus>[] = [
  {
    key: "compliant",
    label: { en: "Compliant", "zh-CN": "符合" },
    aliases: ["yes", "met", "已符合", "合规"],
  },
  {
    key: "partial",
    label: { en: "Partly compliant", "zh-CN": "部分符合" },
    aliases: ["partial", "partially compliant", "基本符合", "部分合规"],
  },
  {
    key: "noncompliant",
    label: { en: "Not compliant", "zh-CN": "不符合" },
    aliases: ["non-compliant", "noncompliant", "no", "not met", "不合规"],
  },
  {
    key: "notAssessed",
    label: { en: "Not assessed", "zh-CN": "未评估" },
    aliases: ["tbd", "to assess", "待评估", "未识别"],
  },
];

export const FINDING_GRADE_TERMS: readonly Term<FindingGrade>[] = [
  {
    key: "conforming",
    label: { en: "Conforming", "zh-CN": "符合" },
    aliases: ["conform", "conformity", "ok", "compliant", "pass", "符合要求", "合格"],
  },
  {
    key: "major",
    label: { en: "Major nonconformity", "zh-CN": "严重不符合" },
    aliases: ["major", "major nc", "严重", "严重不符合项"],
  },
  {
    key: "minor",
    label: { en: "Minor nonconformity", "zh-CN": "一般不符合" },
    aliases: ["minor", "minor nc", "nonconformity", "nc", "一般", "轻微不符合", "一般不符合项", "不符合"],
  },
  {
    key: "observation",
    label: { en: "Observation", "zh-CN": "观察项" },
    aliases: ["obs", "观察", "建议项"],
  },
  {
    key: "improvement",
    label: { en: "Opportunity for improvement", "zh-CN": "改进机会" },
    aliases: ["ofi", "improvement", "opportunity", "改进项", "改进建议"],
  },
];

export const NC_STATUS_TERMS: readonly Term<NcStatus>[] = [
  { key: "open", label: { en: "Open", "zh-CN": "待整改" }, aliases: ["new", "未整改", "未关闭", "打开"] },
  {
    key: "inProgress",
    label: { en: "In progress", "zh-CN": "整改中" },
    aliases: ["ongoing", "in progress", "进行中", "处理中"],
  },
  {
    key: "closed",
    label: { en: "Closed", "zh-CN": "已关闭" },
    aliases: ["done", "verified", "closed out", "关闭", "已完成", "已验证"],
  },
];
