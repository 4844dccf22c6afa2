/**
 * The risk treatment plan (风险处置计划): the method's seven elements for every risk above the
 * acceptance criterion, then follow-up, residual risk and management sign-off.
 */
import { column, type ColumnSchema, type RowRefs, type SheetSchema } from "./columnSchema";
import { sheetTitles } from "./sheetTitles";
import type { MethodBinding } from "./methodBinding";
import type { Lang } from "../../i18n/types";
import { residualColumnKey, residualColumns } from "./ratingColumns";
import { termLabel, YES_NO } from "./vocabulary";
import { methodRefs } from "./riskSchema";

/** Named ranges over the register's id and level columns, used by the level look-up. */
export const RISK_ID_NAME = "ISMS_RiskIds";
export const RISK_LEVEL_NAME = "ISMS_RiskLevels";
/**
 * Named ranges over the register's value and assessment-date columns, read (with the ids) by the plan's
 * rule formats: a value criterion compares the risk's value, the deadline counts from its assessment.
 */
export const RISK_VALUE_NAME = "ISMS_RiskValues";
export const RISK_DATE_NAME = "ISMS_RiskDates";

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
    aliases: [
      "Option",
      "Treatment",
      "Risk response",
      "处置策略",
      "处理方式",
      "处置选项",
      "风险处置方式",
      "Treatment Option",
      "Risk treatment",
      "Response",
      "Treatment decision",
      "Treatment strategy",
      "Risk treatment option",
      "风险处理方式",
      "处置决策",
      "应对策略",
      "风险应对",
      "风险应对策略",
      "处理策略",
      "处置类型",
      "处置方式选择",
      "处置选择",
    ],
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
      "Treatment measures",
      "Treatment actions",
      "Mitigation actions",
      "Mitigation plan",
      "Mitigation",
      "Treatment plan",
      "Action",
      "Recommended actions",
      "风险处置措施",
      "拟采取的措施",
      "拟采取措施",
      "计划措施",
      "具体措施",
      "改进措施",
      "应对措施",
      "处置方案",
      "整改方案",
      "处置计划",
    ],
  }),
  column("controls", "Selected controls (Annex A)", "选用的控制措施（附录A）", "controls", {
    aliases: [
      "Annex A controls",
      "控制项",
      "Controls",
      "Control(s)",
      "Treatment Control(s) - Annex A Ref",
      "Annex A",
      "Annex A Ref",
      "附录A控制项",
      "对应控制项",
      "控制措施编号",
      "选择的控制",
      "Selected controls",
      "Applicable controls",
      "ISO 27001 controls",
      "Control reference",
      "Control ID(s)",
      "Annex A control",
      "Annex A controls",
      "Annex A Control(s)",
      "additional_controls",
      "Treatment controls",
      "Planned controls",
      "选用的控制措施",
      "选用的控制措施(附录A)",
      "选择的控制措施",
      "适用控制项",
      "对应条款",
      "控制编号",
      "参考控制",
      "附录A条款",
      "附录A控制措施",
      "处置控制项",
      "控制项编号",
      "对应控制措施",
      "控制措施(附录A)",
      "附录A",
      "附录A控制",
      "附录A编号",
      "Annex A ref.",
      "控制措施(ISO 27001附录A)",
    ],
  }),
  column("owner", "Owner", "责任人", "text", {
    width: 14,
    list: "owners",
    aliases: [
      "Risk Owner",
      "Action owner",
      "Responsible",
      "负责人",
      "责任部门",
      "实施人",
      "Treatment owner",
      "Responsible person",
      "处置责任人",
      "整改责任人",
      "处置负责人",
      "落实人",
      "执行人",
      "责任人/部门",
    ],
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
      "Planned completion",
      "Planned completion date",
      "Target completion date",
      "Target completion",
      "Due",
      "Timeline",
      "Timeframe",
      "Completion deadline",
      "完成期限",
      "整改期限",
      "截止日期",
      "截止时间",
      "计划时间",
      "预计完成时间",
      "计划完成日期",
      "要求完成时间",
      "完成时限",
    ],
  }),
  column("status", "Status", "状态", "status", {
    list: "statuses",
    aliases: [
      "Progress",
      "Implementation status",
      "实施状态",
      "进度",
      "完成情况",
      "Treatment status",
      "Action status",
      "Current status",
      "完成状态",
      "处置状态",
      "当前状态",
      "整改状态",
      "实施情况",
      "落实情况",
      "执行状态",
    ],
  }),
];

const signOffColumns: readonly ColumnSchema[] = [
  column("acceptedBy", "Residual risk approved by", "残余风险批准人", "text", {
    width: 14,
    list: "owners",
    aliases: [
      "Approved by",
      "Risk acceptance by",
      "Approver",
      "批准人",
      "审批人",
      "残余风险接受人",
      "Accepted by",
      "Sign-off by",
      "Risk accepted by",
      "接受人",
      "残余风险审批人",
    ],
  }),
  column("acceptedOn", "Approved on", "批准日期", "date", {
    aliases: [
      "Approval date",
      "Acceptance date",
      "审批日期",
      "残余风险批准日期",
      "Accepted on",
      "Sign-off date",
      "接受日期",
      "残余风险接受日期",
    ],
  }),
  column("acceptanceStatement", "Acceptance statement", "接受声明", "text", {
    width: 28,
    aliases: ["Residual risk acceptance", "Acceptance note", "残余风险接受声明", "接受说明"],
  }),
  column("notes", "Notes", "备注", "text", {
    width: 28,
    aliases: ["Remarks", "Comments", "说明", "Note", "备注说明"],
  }),
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
      ...residualColumns(treatedInputs(method.inputs), method.intermediates),
      column("residualValue", "Residual risk value", "残余风险值", "number", {
        computed: true,
        aliases: ["Residual Risk Score", "Residual score", "残余风险分值"],
      }),
      column("residualLevel", "Residual risk level", "残余风险等级", "level", {
        computed: true,
        aliases: ["Residual level", "残余风险", "残余风险级别"],
      }),
      column("residualAcceptable", "Residual risk acceptable", "残余风险是否可接受", "boolean", {
        computed: true,
        aliases: ["Residual within criteria", "残余风险可接受"],
      }),
      ...signOffColumns,
      column("registerLink", "In the register", "在风险评估表中", "text", {
        computed: true,
        width: 14,
        aliases: ["Go to risk", "Register link", "转到风险"],
      }),
    ],
    rowFormulas: (refs, lang) => treatmentRowFormulas(method, refs, lang),
  };
}

/** The method's inputs a treatment changes: not the asset's own value or C, I, A (see the register). */
export function treatedInputs(inputs: readonly string[]): string[] {
  return inputs.filter((input) => !ASSET_INPUTS.has(input));
}

const ASSET_INPUTS: ReadonlySet<string> = new Set(["asset", "c", "i", "a"]);

/** Where the residual formulas read the asset's own ratings: the register's row of the plan row's risk. */
const REGISTER_RATING_NAMES: Readonly<Record<string, string>> = {
  asset: "ISMS_RiskAssetValues",
  c: "ISMS_RiskC",
  i: "ISMS_RiskI",
  a: "ISMS_RiskA",
};

function treatmentRowFormulas(method: MethodBinding, refs: RowRefs, lang: Lang): Record<string, string> {
  const formulas: Record<string, string> = {};
  const idRef = refs["riskId"];
  if (idRef) {
    formulas["level"] = `=IFERROR(INDEX(${RISK_LEVEL_NAME},MATCH(${idRef},${RISK_ID_NAME},0)),"")`;
    // The risk's row found by its id when the formula runs: the link follows the row through sorting and
    // inserted rows, and CELL("address") names the register even after it is renamed.
    const row = `INDEX(${RISK_ID_NAME},MATCH(${idRef},${RISK_ID_NAME},0))`;
    formulas["registerLink"] =
      `=IF(${idRef}="","",IFERROR(HYPERLINK("#"&CELL("address",${row}),"→ "&${idRef}),""))`;
  }
  const residualRefs: Record<string, string> = { ...methodRefs(method, refs, residualColumnKey) };
  for (const input of method.inputs) {
    const name = REGISTER_RATING_NAMES[input];
    if (name && idRef) residualRefs[input] = `IFERROR(INDEX(${name},MATCH(${idRef},${RISK_ID_NAME},0)),"")`;
  }
  const residual = method.riskFormulas(residualRefs);
  for (const [key, text] of Object.entries(residual)) formulas[residualColumnKey(key)] = text;
  const levelRef = refs["residualLevel"];
  const valueRef = refs["residualValue"];
  if (levelRef && valueRef) {
    formulas["residualAcceptable"] = method.acceptableFormula(
      levelRef,
      valueRef,
      termLabel(YES_NO, "yes", lang),
      termLabel(YES_NO, "no", lang),
    );
  }
  return formulas;
}
