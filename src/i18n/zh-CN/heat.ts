import type { heat as en } from "../en/heat";
import type { Widen } from "../types";

export const heat: Widen<typeof en> = {
  title: "风险热力图（风险数量）",
  columnsAxis: "{name} →",
  rowsAxis: "{name} ↓",
  legend: {
    title: "图例",
    level: "风险等级",
    values: "风险值",
    levelName: "{level} {name}",
    range: "{from}～{to}",
    empty: "—",
  },
  rule: {
    li: "颜色：按风险评估方法的风险等级划分，可能性 × 影响所对应的风险等级。",
    atv: "颜色：资产价值取最高值（{max}）时，该威胁赋值与脆弱性赋值组合的风险等级；资产价值较低时风险等级相同或更低（以风险评估表中的风险等级为准）。",
    "gbt-matrix": "颜色：风险矩阵中该可能性等级与损失等级所对应的风险等级。",
    "gbt-multiply":
      "颜色：该可能性等级与损失等级组合下风险可能达到的最高等级（风险值 = √(可能性 × 损失)）；格内单个风险的等级可能更低（以风险评估表中的风险等级为准）。",
    "cia-max":
      "颜色：保密性、完整性、可用性中最高赋值取 {max} 时，该威胁赋值与脆弱性赋值组合的风险等级；赋值较低时风险等级相同或更低（以风险评估表中的风险等级为准）。",
  },
  count: "数字：风险评估表中落在该格的风险数量；空白表示没有风险。",
};
