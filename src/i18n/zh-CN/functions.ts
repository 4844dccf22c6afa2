import type { functions as en } from "../en/functions";
import type { Widen } from "../types";

export const functions: Widen<typeof en> = {
  arguments: {
    c: "保密性（C）",
    i: "完整性（I）",
    a: "可用性（A）",
    asset: "资产价值",
    threat: "威胁赋值",
    vulnerability: "脆弱性赋值",
    likelihood: "可能性",
    impact: "影响",
    value: "风险值",
    level: "风险等级",
    criterion: "风险接受准则",
    row: "行",
    column: "列",
    bands: "等级划分",
    matrix: "矩阵",
  },
  methods: {
    li: "可能性 × 影响（ISO/IEC 27005，5×5）",
    atv: "资产价值 × 威胁 × 脆弱性（1–125）",
    "gbt-matrix": "GB/T 20984 矩阵法",
    "gbt-multiply": "GB/T 20984 相乘法",
    "cia-max": "按保密性、完整性、可用性分别计算影响 × 威胁 × 脆弱性，取最高值",
  },
  valuations: {
    max: "资产价值取 C、I、A 三项赋值中的最高值。",
    mean: "资产价值 = （C + I + A）÷ 3，四舍五入取整。",
    weighted: "资产价值 = C 权重 × C + I 权重 × I + A 权重 × A，四舍五入取整（权重见下方）。",
    log2: "资产价值 = log₂((2^C + 2^I + 2^A) ÷ 3)，四舍五入取整；结果偏向最高的赋值。",
  },
  roundings: {
    truncate: "截取两位小数",
    round: "四舍五入保留两位小数",
  },
  methodSheet: {
    yes: "是",
    no: "否",
    title: "风险评估方法与准则",
    intro:
      "本表规定风险评估的计算方法、赋值标准、风险等级划分和风险接受准则。风险评估表的公式引用下列取值：在此修改后，风险值自动重新计算。",
    headers: { parameter: "项目", value: "取值", note: "说明" },
    parameters: {
      method: "风险计算方法",
      standard: "标准版本（ISO/IEC 27001）",
      assessmentDate: "评估日期",
      scope: "评估范围（资产、部门、网络边界）",
      assetValuation: "资产价值计算方法",
      weightC: "保密性（C）权重",
      weightI: "完整性（I）权重",
      weightA: "可用性（A）权重",
      rounding: "开方结果取值方式（相乘法）",
      acceptanceLevel: "风险接受准则：可接受的最高风险等级",
      acceptanceValue: "风险接受准则：可接受的最高风险值",
      scaleMax: "资产赋值最高值",
      treatmentDays: "风险处置期限（天）",
      reviewFrequency: "评审频率",
      approver: "残余风险批准人",
      protectFormulas: "保护公式列",
      version: "版本",
    },
    choices: {
      method: {
        li: "可能性×影响 相乘法",
        atv: "资产×威胁×脆弱性 相乘法",
        "gbt-matrix": "GB/T 20984 矩阵法",
        "gbt-multiply": "GB/T 20984 相乘法",
        "cia-max": "按保密性/完整性/可用性分别计算 取最大值",
      },
      valuation: {
        max: "取最大值",
        mean: "取平均值",
        weighted: "加权求和",
        log2: "对数平均（偏向最高值）",
      },
      rounding: {
        truncate: "截断取两位小数",
        round: "四舍五入取两位小数",
      },
    },
    formulas: {
      li: "风险值 = 可能性 × 影响（1–25）。",
      atv: "风险值 = 资产价值 × 威胁赋值 × 脆弱性赋值（1–125）。",
      "gbt-matrix":
        "GB/T 20984 矩阵法：由威胁赋值和脆弱性赋值查安全事件可能性矩阵 L，由资产价值和脆弱性赋值查安全事件损失矩阵 F，分别划分等级后，查风险值矩阵 R(可能性等级, 损失等级) 得到风险值。",
      "gbt-multiply":
        "GB/T 20984 相乘法：安全事件可能性 = √(威胁赋值 × 脆弱性赋值)，安全事件损失 = √(资产价值 × 脆弱性赋值)，风险值 = √(可能性 × 损失)。",
      "cia-max":
        "按保密性、完整性、可用性分别计算 赋值 × 威胁赋值 × 脆弱性赋值，取三者中的最大值作为风险值（1–125）。",
    },
    notes: {
      method: "{formula}更换计算方法需要重新生成风险评估表（赋值列不同）。",
      standard: "2022 或 2013。",
      assetValuation: "{formula}",
      weights: "用于加权求和；三个权重之和应为 1。",
      rounding: "截断为常用做法。",
      acceptance: "高于风险接受准则的风险须制定风险处置计划；残余风险仍高于准则的，须经管理层批准接受。",
      scaleMax: "由资产赋值标准自动计算。",
      treatmentDays: "风险处置的计划完成日期应在评估后的该天数之内。",
      assessmentDate: "风险处置期限自风险评估表中各风险的评估日期起算；风险未填写评估日期时，自此日期起算。",
      reviewFrequency: "至少每年一次，发生重大变化时及时评审。",
      approver: "管理者代表",
      protectFormulas:
        "选“是”时，各表的公式列（灰色）锁定，工作表保护不设密码（“审阅 › 撤消工作表保护”即可解除）；输入列不受影响。选“否”则新生成的工作表不加保护。",
    },
    scales: {
      headers: { value: "赋值", label: "标识", description: "定义" },
      likelihood: "可能性赋值标准",
      impact: "影响赋值标准",
      asset: "资产赋值标准（C、I、A 及资产价值）",
      threat: "威胁赋值标准（出现频率）",
      vulnerability: "脆弱性赋值标准（严重程度）",
    },
    levels: {
      title: "风险等级划分",
      headers: {
        level: "等级",
        label: "标识",
        riskFrom: "风险值下限",
        likelihoodFrom: "可能性值下限",
        lossFrom: "损失值下限",
        description: "处置要求",
      },
      note: "某值属于其达到下限的最高等级。",
    },
    matrices: {
      likelihood: "安全事件可能性矩阵 L(威胁, 脆弱性)",
      loss: "安全事件损失矩阵 F(资产价值, 脆弱性)",
      risk: "风险值矩阵 R(可能性等级, 损失等级)",
      likelihoodCorner: "威胁 \\ 脆弱性",
      lossCorner: "资产价值 \\ 脆弱性",
      riskCorner: "可能性等级 \\ 损失等级",
      source: "默认矩阵取自 GB/T 20984-2007 附录 A（示例值，可按需修改）。",
    },
    planRules: {
      title: "风险处置计划检查标记",
      intro: "风险处置计划中标红的单元格表示必须更正的问题（错误），标黄的单元格表示需要关注的问题（警告）。",
      portable:
        "标记由条件格式实现：未安装插件时，在 Excel、WPS 和 LibreOffice 中同样显示；更正后颜色自动消失。",
      headers: { cell: "标记的单元格", meaning: "含义" },
      rules: {
        riskUnknown: "风险评估表中没有该风险编号：请核对编号，或先在风险评估表中登记该风险。",
        ownerMissing: "已填写风险编号，但未指定处置责任人。",
        dueMissing: "已填写风险编号，但未填写计划完成日期（处置方式为“接受”的无需填写）。",
        dueLate:
          "计划完成日期晚于评估日期加风险处置期限（天）；评估日期取风险评估表中该风险的日期，未填写时取上方的评估日期，再无则取当天。",
        acceptUnapproved: "处置方式为“接受”且风险高于风险接受准则，但未填写残余风险批准人或批准日期。",
        residualUnaccepted: "残余风险高于风险接受准则，但未填写残余风险批准人或批准日期。",
      },
    },
    people: {
      title: "人员名单",
      intro:
        "列出可被指定为责任人、评估人或批准人的所有人员：自第一行起每行一人，中间不留空行，同一姓名只填一次（重复的姓名显示为红色）。",
      use: "风险评估表和风险处置计划的责任人列从本名单中选择；名单中没有的姓名会提示确认，不会被拒绝。",
      headers: { name: "姓名", department: "部门", role: "职责" },
    },
  },
};
