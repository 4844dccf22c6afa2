import type { workbook as en } from "../en/workbook";
import type { Widen } from "../types";

export const workbook: Widen<typeof en> = {
  sheetNames: {
    method: "方法",
    assets: "资产清单",
    threats: "威胁",
    vulnerabilities: "脆弱性",
    risks: "风险评估表",
    treatments: "风险处置计划",
    soa: "适用性声明",
    gap: "差距分析",
  },
  gap: {
    kind: { clause: "条款", subclause: "子条款", control: "附录A控制" },
    na: "不适用",
    summaryTitle: "差距分析汇总",
    scaleMax: "评分上限（成熟度 0–5）",
    defaultTarget: "未填目标时的目标得分",
    naAtTarget: "不适用项按达到目标计分（TRUE/FALSE）",
    group: "分组",
    groupTitle: "条款/主题",
    score: "现状得分",
    target: "目标得分",
    gap: "差距",
    ofTarget: "达标率",
    overall: "总体",
    overallTitle: "体系总体",
    chartClauses: "各条款现状得分与目标对比",
    chartThemes: "附录A各主题现状得分与目标对比",
    ratingError: "请按 0（不存在）至 5（优化）评分；要求不适用时选“不适用”。",
    themes: {
      organizational: "组织控制",
      people: "人员控制",
      physical: "物理控制",
      technological: "技术控制",
    },
  },
  gapRisk: {
    asset: "信息安全管理体系",
    threat: "未满足 {id}“{title}”的要求",
    vulnerability: "现状未达到目标（现状得分 {current}，目标 {target}）",
    description:
      "差距分析：{id}“{title}”现状得分 {current}，目标 {target}；差距消除前，体系可能不满足该要求。",
  },
  plan: {
    openListWarning: {
      threatNames: "该威胁不在威胁库（“威胁”工作表）中。可保留，或从列表中选择。",
      vulnerabilityNames: "该脆弱性不在脆弱性库（“脆弱性”工作表）中。可保留，或从列表中选择。",
      owners: "此人尚未负责任何资产（“资产清单”工作表）。可保留该姓名，或从列表中选择责任人。",
    },
    listError: "请从下拉列表中选择。列表来自“方法”“资产清单”“威胁”和“脆弱性”工作表。",
    heatMapTitle: "风险热力图（风险数量）",
    heatMapCorner: "{rows} \\ {columns}",
  },
  print: {
    footer: "版本 {version} · 第 {page} 页 / 共 {pages} 页",
  },
  findings: {
    sheetName: "检查结果",
    columns: {
      severity: "严重程度",
      rule: "规则",
      riskId: "风险编号",
      sheet: "工作表",
      cell: "单元格",
      message: "问题说明",
    },
  },
  conflict: {
    sheetHasData: "工作表“{sheet}”中已有数据，保持不变。",
    tableExists: "表格 {table} 已存在于“{sheet}”。",
    beside: "已另存为“{name}”。",
  },
  describe: {
    sheet: "{name}：{rows} 行，{columns} 列",
    sheetUpdate: "{name}（已有的空工作表）：{rows} 行，{columns} 列",
    names: "{count} 个名称",
    total: "{sheets} 个工作表，{cells} 个单元格",
  },
  problem: {
    sheets: { none: "未找到 ISMS 工作表：没有 ISMS 表格名称，也没有可识别的表头行。" },
    sheet: {
      catalog: "该工作表只列出条款或控制项及其名称，已作为目录读取，而不是作为登记表。",
      incomplete: "该工作表看起来是{role}，但没有“{column}”列，未读取。",
      superseded: "该工作表看起来是{role}，但已读取本工作簿自身的工作表“{value}”，此表未读取。",
    },
    table: { end: "表格在此行上方结束（“{value}”），以下内容不作为记录读取。" },
    column: {
      missing: "缺少必需的列“{column}”。",
      ignored: "列“{header}”无法识别，其中 {count} 个非空值未读取。",
    },
    header: {
      unknown: "列“{header}”无法识别，已忽略。",
      duplicate: "列“{header}”与已识别的列重复，已忽略。",
      twoRow: "表头占两行（上方为分组标题，下方为列标题），已合并读取。",
    },
    merge: { filled: "“{value}”是跨多行的合并单元格，已作为其所跨每一行的取值。" },
    cells: { merged: "表格中有合并单元格：每一行都需要独立的单元格。" },
    cell: { error: "单元格显示错误值（{value}），按空白处理。" },
    number: {
      text: "数字 {value} 以文本形式保存，已按数字读取。",
      invalid: "“{value}”不是数字。",
    },
    adopt: { ratingUnused: "方法 {value} 不使用“{column}”，这些评分未转入。" },
    term: { unknown: "“{value}”不是“{column}”列可识别的取值，已忽略。" },
    yesNo: { partial: "“{value}”表示部分适用，已按“是”读取。请在备注中说明不适用的部分。" },
    option: { freeText: "“{value}”不只是处置方式，其文字已作为处置措施保留。" },
    control: {
      numeric: "控制项编号 {value} 以数字形式保存，5.10 会变成 5.1。请将该列设置为文本格式，再重新输入编号。",
      numericFixed:
        "控制项编号 {value} 以数字形式保存；根据同一行的控制名称，已按 {id} 读取。请将该列设置为文本格式。",
      legacy: "“{value}”是 ISO/IEC 27001:2013 的控制项编号，对应 2022 版的 {ids}。",
    },
    date: {
      text: "日期 {value} 以文本形式保存，已按日期读取。",
      month: "“{value}”只写到月份，已按该月最后一天（{date}）读取。",
      invalid: "“{value}”不是日期。",
      ambiguous: "“{value}”无法确定是日/月还是月/日，请写成 YYYY-MM-DD。",
    },
  },
};
