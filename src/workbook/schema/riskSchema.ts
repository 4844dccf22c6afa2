/** The risk register (风险评估表): one row per asset–threat–vulnerability scenario, rated by the method. */
import type { Lang } from "../../i18n/types";
import {
  column,
  GENERIC_ID_HEADERS,
  type ColumnSchema,
  type RowRefs,
  type SheetSchema,
} from "./columnSchema";
import { sheetTitles } from "./sheetTitles";
import type { MethodBinding } from "./methodBinding";
import { inputColumnKey, inputColumns, intermediateColumns } from "./ratingColumns";
import { termLabel, YES_NO } from "./vocabulary";

const leadingColumns: readonly ColumnSchema[] = [
  column("riskId", "Risk ID", "风险编号", "id", {
    required: true,
    aliases: [
      "ref_id",
      "Ref",
      "Risk No",
      "Risk Ref",
      "风险ID",
      "风险编码",
      "Risk Number",
      "Risk #",
      "Risk Code",
      "Risk Reference",
      "Risk Ref No",
      "Risk No.",
      "风险代码",
      "风险标识",
      "风险点编号",
      "风险项编号",
    ],
    genericAliases: GENERIC_ID_HEADERS,
  }),
  column("assetId", "Asset ID", "资产编号", "id", {
    list: "assetIds",
    aliases: ["资产ID", "资产编码", "Asset Tag", "资产标识", "资产代码"],
  }),
  column("asset", "Asset", "资产名称", "text", {
    width: 20,
    aliases: [
      "Asset(s) Affected",
      "Assets",
      "Asset name",
      "Affected asset",
      "资产",
      "涉及资产",
      "受影响资产",
      "Asset Description",
      "Affected assets",
      "Asset(s)",
      "资产名称",
      "相关资产",
      "资产对象",
      "评估对象",
      "资产项",
      "所属资产",
    ],
  }),
  column("threat", "Threat", "威胁", "text", {
    required: true,
    width: 22,
    list: "threatNames",
    aliases: [
      "Threat name",
      "name",
      "威胁名称",
      "威胁场景",
      "威胁来源",
      "Threat Source",
      "Threat description",
      "Threat event",
      "Threats",
      "威胁描述",
      "威胁事件",
      "威胁源",
      "威胁类型",
      "存在的威胁",
      "面临的威胁",
    ],
  }),
  column("vulnerability", "Vulnerability", "脆弱性", "text", {
    width: 22,
    list: "vulnerabilityNames",
    aliases: [
      "Vulnerability Exploited",
      "Weakness",
      "脆弱点",
      "脆弱性名称",
      "弱点",
      "漏洞",
      "Vulnerabilities",
      "Vulnerability description",
      "Weaknesses",
      "脆弱性描述",
      "存在的脆弱性",
      "薄弱点",
      "薄弱环节",
    ],
  }),
  column("existingControls", "Existing controls", "已有控制措施", "controls", {
    aliases: [
      "existing_controls",
      "Current controls",
      "现有控制措施",
      "已有控制",
      "现有控制",
      "Controls in place",
      "Existing measures",
      "Current measures",
      "现有安全措施",
      "已有安全措施",
      "已采取的控制措施",
      "已采取的措施",
      "已有措施",
      "现有措施",
      "已实施控制",
      "已有控制措施(附录A)",
    ],
  }),
];

const trailingColumns: readonly ColumnSchema[] = [
  column("value", "Risk value", "风险值", "number", {
    computed: true,
    aliases: [
      "Inherent Risk Score",
      "Risk score",
      "Score",
      "风险分值",
      "风险值(R)",
      "固有风险值",
      "风险计算值",
      "Risk Score",
      "Risk value",
      "Risk rating score",
      "风险得分",
      "风险值R",
      "风险计算结果",
      "风险分数",
    ],
  }),
  column("level", "Risk level", "风险等级", "level", {
    computed: true,
    aliases: ["Level", "Risk level (1-5)", "风险级别", "等级", "风险等级", "Risk level", "Inherent level"],
  }),
  column("levelName", "Level name", "等级名称", "text", {
    computed: true,
    width: 12,
    aliases: [
      "Inherent Rating",
      "inherent_level",
      "Rating",
      "Risk rating",
      "风险等级名称",
      "等级说明",
      "Inherent risk rating",
    ],
  }),
  column("acceptable", "Within criteria", "是否可接受", "boolean", {
    computed: true,
    width: 12,
    aliases: ["Acceptable", "Accept?", "可接受", "是否接受"],
  }),
  column("owner", "Risk owner", "风险责任人", "text", {
    width: 14,
    list: "owners",
    aliases: [
      "Owner",
      "Risk Owner",
      "责任人",
      "负责人",
      "风险所有者",
      "风险负责人",
      "风险归属人",
      "Risk owner",
      "Owner of risk",
    ],
  }),
  column("description", "Risk description", "风险描述", "text", {
    width: 40,
    aliases: [
      "Description",
      "Risk scenario",
      "description",
      "描述",
      "风险场景",
      "风险说明",
      "Threat Scenario",
      "Risk statement",
      "Risk event",
      "Risk",
      "风险事件",
      "风险内容",
      "风险名称",
      "风险点",
      "风险描述（场景）",
    ],
  }),
  column("assessor", "Assessor", "评估人", "text", {
    width: 12,
    list: "owners",
    aliases: ["Assessed by", "评估人员"],
  }),
  column("assessedOn", "Assessment date", "评估日期", "date", {
    aliases: [
      "Date",
      "Assessed on",
      "Review Date",
      "日期",
      "评估时间",
      "识别日期",
      "Identified on",
      "Date identified",
      "Date raised",
    ],
  }),
  column("notes", "Notes", "备注", "text", {
    readOnly: true,
    width: 24,
    aliases: ["Remarks", "Comments", "Note", "说明", "备注说明"],
  }),
];

/**
 * The register's columns for a method: its ratings and intermediates sit between the scenario and the
 * risk value, so a change of method changes only that middle block.
 * @example riskSchema(binding).columns.map((c) => c.key) // ["riskId", ..., "likelihood", "impact", "value", ...]
 */
export function riskSchema(method: MethodBinding): SheetSchema {
  return {
    key: "risks",
    table: "ISMS_Risks",
    names: sheetTitles("risks"),
    columns: [
      ...leadingColumns,
      ...inputColumns(method.inputs),
      ...intermediateColumns(method.intermediates),
      ...trailingColumns,
    ],
    rowFormulas: (refs, lang) => riskRowFormulas(method, refs, lang),
  };
}

/** The engine's refs (input keys) from column refs, then its formulas back under column keys. */
export function methodRefs(
  method: MethodBinding,
  refs: RowRefs,
  keyOf: (columnKey: string) => string,
): RowRefs {
  const out: Record<string, string> = {};
  for (const input of method.inputs) setRef(out, input, refs[keyOf(inputColumnKey(input))]);
  for (const key of method.intermediates) setRef(out, key, refs[keyOf(key)]);
  setRef(out, "value", refs[keyOf("value")]);
  setRef(out, "level", refs[keyOf("level")]);
  return out;
}

function setRef(out: Record<string, string>, key: string, ref: string | undefined): void {
  if (ref !== undefined) out[key] = ref;
}

function riskRowFormulas(method: MethodBinding, refs: RowRefs, lang: Lang): Record<string, string> {
  const formulas: Record<string, string> = { ...method.riskFormulas(methodRefs(method, refs, (k) => k)) };
  const levelRef = refs["level"];
  const valueRef = refs["value"];
  if (levelRef && valueRef) {
    formulas["levelName"] = method.levelNameFormula(levelRef);
    formulas["acceptable"] = method.acceptableFormula(
      levelRef,
      valueRef,
      termLabel(YES_NO, "yes", lang),
      termLabel(YES_NO, "no", lang),
    );
  }
  return formulas;
}
