/**
 * The Statement of Applicability (适用性声明) and the gap analysis (差距分析). Their contents are
 * generated elsewhere; these schemas fix the columns, so both can be created empty and read back.
 */
import { column, GENERIC_ID_HEADERS, type SheetSchema } from "./columnSchema";
import { sheetTitles } from "./sheetTitles";

/** One row per Annex A control. */
export function soaSchema(): SheetSchema {
  return {
    key: "soa",
    table: "ISMS_SoA",
    names: sheetTitles("soa"),
    columns: [
      column("controlId", "Control", "条款", "id", {
        controlIds: true,
        required: true,
        aliases: [
          "Control ID",
          "Control No",
          "Clause",
          "ref_id",
          "控制项",
          "控制编号",
          "条款号",
          "Control No.",
          "Control number",
          "Control reference",
          "Control Ref",
          "Annex A ref",
          "Annex A control",
          "Annex A Control ID",
          "Reference",
          "条款编号",
          "控制项编号",
          "控制措施编号",
          "控制序号",
        ],
        genericAliases: GENERIC_ID_HEADERS,
      }),
      column("title", "Control title", "控制名称", "text", {
        width: 32,
        aliases: [
          "Control Name",
          "Title",
          "Name",
          "控制措施",
          "名称",
          "控制项名称",
          "Control title",
          "Control description",
          "控制措施名称",
          "条款名称",
          "控制要求",
          "控制内容",
        ],
      }),
      column("altTitle", "Control title (中文)", "控制名称（英文）", "text", {
        width: 28,
        aliases: ["中文名称", "英文名称", "Control name (Chinese)", "Control name (English)"],
      }),
      column("theme", "Theme", "主题", "text", {
        width: 14,
        aliases: [
          "Theme (Annex A)",
          "Domain",
          "类别",
          "控制域",
          "Category",
          "Control theme",
          "Control category",
          "控制类别",
          "领域",
          "控制主题",
        ],
      }),
      column("applicable", "Applicable", "是否适用", "boolean", {
        required: true,
        list: "yesNo",
        aliases: [
          "Applicable (Y/N/NA)",
          "Applicability",
          "Included",
          "适用",
          "适用性",
          "是否选择",
          "Applicable (Y/N)",
          "Selected",
          "Is applicable",
          "Applicable?",
          "是否采用",
          "适用与否",
          "是否选用",
          "适用情况",
        ],
      }),
      column("reasons", "Reasons for inclusion", "选择理由", "text", {
        width: 28,
        aliases: [
          "Justification for Inclusion",
          "Reason",
          "Reasons",
          "Justification for Inclusion / Exclusion",
          "适用理由",
          "选择原因",
          "Reason for selection",
          "Justification",
          "Reason for inclusion",
          "选用理由",
          "理由",
          "选取理由",
          "适用原因",
          "选择理由/依据",
        ],
      }),
      column("derivedReasons", "From the risk assessment", "风险评估依据", "text", {
        width: 18,
        aliases: ["Risk assessment basis", "风险评估来源"],
      }),
      column("linkedRisks", "Linked risks", "关联风险编号", "text", {
        width: 18,
        aliases: [
          "Risks",
          "Risk IDs",
          "相关风险",
          "对应风险",
          "Related risks",
          "关联风险",
          "风险编号",
          "Risk references",
        ],
      }),
      column("justification", "Justification for exclusion", "删减理由", "text", {
        width: 28,
        aliases: [
          "Exclusion justification",
          "Reason for exclusion",
          "不适用理由",
          "删减说明",
          "排除理由",
          "Exclusion reason",
          "Justification for exclusion",
          "不适用原因",
          "删除理由",
          "不选用理由",
          "删减原因",
          "不适用说明",
        ],
      }),
      column("status", "Implementation status", "实施状态", "text", {
        width: 14,
        aliases: [
          "Status",
          "Implementation",
          "实施情况",
          "状态",
          "Implemented?",
          "Implementation Status",
          "落实情况",
          "执行情况",
          "实现状态",
          "实施进度",
        ],
      }),
      column("plannedDate", "Planned completion", "计划完成日期", "date", {
        aliases: ["Planned date", "Target date", "计划日期", "计划完成时间"],
      }),
      column("documents", "Controlling documents", "控制文件", "text", {
        width: 24,
        aliases: [
          "Evidence Reference",
          "Documents",
          "Document",
          "Policy",
          "相关文件",
          "文件",
          "程序文件",
          "Reference documents",
          "Related documents",
          "Policy/Procedure",
          "Supporting documents",
          "对应文件",
          "支撑文件",
          "体系文件",
          "文件名称",
          "文件编号",
          "相关制度",
          "制度文件",
        ],
      }),
      column("owner", "Owner", "责任部门", "text", {
        width: 14,
        aliases: ["Responsible", "责任人", "负责部门", "Control owner", "负责人", "归口部门"],
      }),
      column("notes", "Notes", "备注", "text", {
        width: 24,
        aliases: ["Remarks", "Comments", "说明", "Note", "备注说明"],
      }),
      column("editionMapping", "2013 ↔ 2022", "新旧版对应", "text", {
        width: 18,
        aliases: ["2013 mapping", "2022 mapping", "2013/2022", "版本对照", "新旧版本对照"],
      }),
    ],
  };
}

/**
 * One row per clause, sub-clause or Annex A control, rated against the standard. The rating is what a
 * person types (a number on the scale, or 不适用 / N/A), read as text and scored by src/domain/gap; the
 * computed columns at the right (计分权重, 加权现状, 加权目标) are what the summary's native SUMIF
 * roll-ups add up, so the sheet computes the same scores as the domain without the add-in.
 */
export function gapSchema(): SheetSchema {
  return {
    key: "gap",
    table: "ISMS_Gap",
    names: sheetTitles("gap"),
    columns: [
      column("requirementId", "Requirement", "条款/控制编号", "id", {
        controlIds: true,
        required: true,
        aliases: ["Requirement ID", "Clause", "Control", "ref_id", "条款", "控制项", "条款/控制"],
        genericAliases: GENERIC_ID_HEADERS,
      }),
      column("title", "Requirement text", "要求", "text", {
        width: 32,
        aliases: ["Title", "Name", "Requirement", "要求内容", "名称"],
      }),
      column("level", "Level", "类别", "text", { width: 10, aliases: ["Type", "类型", "级别", "层级"] }),
      column("group", "Group", "分组", "text", { width: 8, aliases: ["Clause group", "Theme", "主题"] }),
      column("currentState", "Current state", "现状描述", "text", {
        width: 32,
        aliases: ["Current practice", "Finding", "现状", "现状说明"],
      }),
      column("evidence", "Evidence", "证据", "text", {
        width: 28,
        aliases: ["Evidence Reference", "证据材料", "佐证"],
      }),
      column("currentRating", "Current rating", "现状得分", "text", {
        width: 10,
        aliases: [
          "Score",
          "Current score",
          "Current",
          "Maturity",
          "评分",
          "得分",
          "当前得分",
          "当前评分",
          "现状评分",
          "Compliance",
          "Maturity level",
          "Current maturity",
          "Compliance level",
          "符合情况",
          "符合性",
          "成熟度",
          "现状成熟度",
          "符合程度",
        ],
      }),
      column("target", "Target", "目标得分", "number", {
        aliases: [
          "Target score",
          "Target rating",
          "目标评分",
          "目标值",
          "目标",
          "Target maturity",
          "目标成熟度",
          "目标等级",
        ],
      }),
      column("weight", "Weight", "权重", "number", { aliases: ["Weighting", "权值", "权重系数"] }),
      column("gap", "Gap", "差距", "number", { computed: true, aliases: ["Gap score", "差距值"] }),
      column("priority", "Priority", "优先级", "number", { computed: true, aliases: ["优先顺序"] }),
      column("recommendation", "Recommendation", "改进建议", "text", {
        width: 32,
        aliases: ["Recommendations", "Action", "建议", "整改建议"],
      }),
      column("sentToRegister", "Linked risk ID", "关联风险编号", "text", {
        width: 12,
        aliases: ["Sent to register", "Risk ID", "Linked risk", "关联风险", "转入风险"],
      }),
      column("countedWeight", "Counted weight", "计分权重", "number", { computed: true }),
      column("weightedCurrent", "Weighted current", "加权现状", "number", { computed: true }),
      column("weightedTarget", "Weighted target", "加权目标", "number", { computed: true }),
    ],
    rowFormulas: (refs): Record<string, string> => {
      const { currentRating: cur, target, weight, gap, countedWeight: counted } = refs;
      if (!cur || !target || !weight || !gap || !counted) return {};
      const w = `IF(ISNUMBER(${weight}),${weight},1)`;
      const t = `IF(ISNUMBER(${target}),${target},${GAP_DEFAULT_TARGET_NAME})`;
      const na = `OR(${cur}="N/A",${cur}="不适用")`;
      return {
        gap: `=IF(ISNUMBER(${cur}),MAX(0,${t}-${cur}),"")`,
        priority: `=IF(${gap}="","",${gap}*${w})`,
        countedWeight: `=IF(ISNUMBER(${cur}),${w},IF(AND(${GAP_NA_AT_TARGET_NAME},${na}),${w},0))`,
        weightedCurrent: `=IF(${counted}=0,0,${counted}*IF(ISNUMBER(${cur}),${cur},${t}))`,
        weightedTarget: `=${counted}*${t}`,
      };
    },
  };
}

/** Workbook names the gap sheet defines on its summary block. */
export const GAP_DEFAULT_TARGET_NAME = "ISMS_GapDefaultTarget";
export const GAP_NA_AT_TARGET_NAME = "ISMS_GapNaAtTarget";
export const GAP_SCALE_MAX_NAME = "ISMS_GapScaleMax";
