/**
 * The risk treatment plan (风险处置计划): the method's seven elements for every risk above the
 * acceptance criterion, then follow-up, residual risk and management sign-off.
 */
import { column, type ColumnSchema, type RowRefs, type SheetSchema } from "./columnSchema";
import { sheetTitles } from "./sheetTitles";
import type { MethodBinding } from "./methodBinding";
import { residualColumnKey, residualColumns } from "./ratingColumns";
import { methodRefs } from "./riskSchema";

/** Named ranges over the register's id and level columns, used by the level look-up. */
export const RISK_ID_NAME = "ISMS_RiskIds";
export const RISK_LEVEL_NAME = "ISMS_RiskLevels";

const planColumns: readonly ColumnSchema[] = [
  column("riskId", "Risk ID", "风险编号", "id", {
    required: true,
    list: "riskIds",
    aliases: ["ID", "ref_id", "Risk Ref", "Risk No", "风险ID", "风险编码", "编号"],
  }),
  column("asset", "Asset", "涉及资产", "text", {
    width: 20,
    aliases: ["Assets", "Asset(s) Affected", "Asset name", "资产", "资产名称", "相关资产"],
  }),
  column("description", "Risk description", "风险描述", "text", {
    width: 40,
    aliases: ["Description", "Risk", "Risk scenario", "Threat Scenario", "描述", "风险", "风险场景"],
  }),
  column("level", "Risk level", "风险等级", "level", {
    computed: true,
    aliases: ["Level", "风险级别", "等级"],
  }),
  column("option", "Treatment option", "处置方式", "option", {
    required: true,
    list: "options",
    aliases: ["Option", "Treatment", "Risk response", "处置策略", "处理方式", "处置选项", "风险处置方式"],
  }),
  column("measures", "Treatment measures", "处置措施", "text", {
    width: 40,
    aliases: [
      "Measures",
      "Actions",
      "Action plan",
      "Planned actions",
      "措施",
      "整改措施",
      "控制措施",
      "处理措施",
    ],
  }),
  column("controls", "Annex A controls", "控制项", "controls", {
    aliases: [
      "Controls",
      "Control(s)",
      "Treatment Control(s) - Annex A Ref",
      "Annex A",
      "Annex A Ref",
      "附录A控制项",
      "对应控制项",
      "控制措施编号",
      "选择的控制",
    ],
  }),
  column("owner", "Owner", "责任人", "text", {
    width: 14,
    list: "owners",
    aliases: ["Risk Owner", "Action owner", "Responsible", "负责人", "责任部门", "实施人"],
  }),
  column("dueDate", "Planned completion", "计划完成日期", "date", {
    aliases: [
      "Target Date",
      "Due date",
      "Deadline",
      "Completion date",
      "完成时间",
      "计划完成时间",
      "完成日期",
      "期限",
    ],
  }),
  column("status", "Status", "状态", "status", {
    list: "statuses",
    aliases: ["Progress", "Implementation status", "实施状态", "进度", "完成情况"],
  }),
];

const signOffColumns: readonly ColumnSchema[] = [
  column("acceptedBy", "Accepted by", "接受人", "text", {
    width: 14,
    aliases: ["Approved by", "Risk acceptance by", "Approver", "批准人", "审批人", "残余风险接受人"],
  }),
  column("acceptedOn", "Accepted on", "接受日期", "date", {
    aliases: ["Approval date", "Acceptance date", "批准日期", "审批日期"],
  }),
  column("notes", "Notes", "备注", "text", { width: 28, aliases: ["Remarks", "Comments", "说明"] }),
];

/**
 * Treatment plan columns for a method: the residual block repeats the method's ratings.
 * @example treatmentSchema(binding).table // "ISMS_Treatments"
 */
export function treatmentSchema(method: MethodBinding): SheetSchema {
  return {
    key: "treatments",
    table: "ISMS_Treatments",
    names: sheetTitles("treatments"),
    columns: [
      ...planColumns,
      ...residualColumns(method.inputs, method.intermediates),
      column("residualValue", "Residual risk value", "残余风险值", "number", {
        computed: true,
        aliases: ["Residual Risk Score", "Residual score", "残余风险分值"],
      }),
      column("residualLevel", "Residual risk level", "残余风险等级", "level", {
        computed: true,
        aliases: ["Residual level", "残余风险", "残余风险级别"],
      }),
      ...signOffColumns,
    ],
    rowFormulas: (refs) => treatmentRowFormulas(method, refs),
  };
}

function treatmentRowFormulas(method: MethodBinding, refs: RowRefs): Record<string, string> {
  const formulas: Record<string, string> = {};
  const idRef = refs["riskId"];
  if (idRef) {
    formulas["level"] = `=IFERROR(INDEX(${RISK_LEVEL_NAME},MATCH(${idRef},${RISK_ID_NAME},0)),"")`;
  }
  const residual = method.riskFormulas(methodRefs(method, refs, residualColumnKey));
  for (const [key, text] of Object.entries(residual)) formulas[residualColumnKey(key)] = text;
  return formulas;
}
