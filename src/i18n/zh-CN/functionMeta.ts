import type { functionMeta as en } from "../en/functionMeta";
import type { Widen } from "../types";

/** 各自定义函数（ISMS.*）及其参数的中文说明，写入中文函数元数据。 */
export const functionMeta: Widen<typeof en> = {
  VERSION: {
    description: "计算这些函数的 ISMS 工作台版本。",
    params: {},
  },
  ASSETVALUE: {
    description: "由保密性、完整性、可用性赋值计算资产价值。",
    params: {
      c: "保密性赋值（C），单个单元格或一列。",
      i: "完整性赋值（I），单个单元格或一列。",
      a: "可用性赋值（A），单个单元格或一列。",
      method: "C、I、A 的合成方法：max（默认，取最高值）、mean、weighted 或 log2。",
    },
  },
  RISK: {
    description: "按指定方法由资产价值、威胁和脆弱性计算风险值。",
    params: {
      method: "atv、gbt-matrix 或 gbt-multiply。",
      asset: "资产价值，单个单元格或一列。",
      threat: "威胁赋值，单个单元格或一列。",
      vulnerability: "脆弱性赋值，单个单元格或一列。",
    },
  },
  RISKLI: {
    description: "风险值 = 可能性 × 影响（ISO/IEC 27005，5×5）。",
    params: {
      likelihood: "可能性赋值，单个单元格或一列。",
      impact: "影响赋值，单个单元格或一列。",
    },
  },
  RISKCIA: {
    description: "分别按 C、I、A 计算影响 × 威胁 × 脆弱性，取最高值作为风险值。",
    params: {
      c: "保密性赋值（C）。",
      i: "完整性赋值（I）。",
      a: "可用性赋值（A）。",
      threat: "威胁赋值。",
      vulnerability: "脆弱性赋值。",
    },
  },
  LIKELIHOOD: {
    description: "按 GB/T 20984 由威胁和脆弱性计算安全事件的可能性。",
    params: {
      threat: "威胁赋值，单个单元格或一列。",
      vulnerability: "脆弱性赋值，单个单元格或一列。",
      method: "gbt-matrix（默认，矩阵法）或 gbt-multiply（相乘法）。",
    },
  },
  LOSS: {
    description: "按 GB/T 20984 由资产价值和脆弱性计算安全事件造成的损失。",
    params: {
      asset: "资产价值，单个单元格或一列。",
      vulnerability: "脆弱性赋值，单个单元格或一列。",
      method: "gbt-matrix（默认，矩阵法）或 gbt-multiply（相乘法）。",
    },
  },
  RISKLEVEL: {
    description: "风险值对应的风险等级（1 很低 … 5 很高）。",
    params: {
      value: "风险值，单个单元格或一列。",
      bands: "可选：各等级的最小风险值，递增排列（例如 ISMS_Bands）。",
      method: "可选：未给出等级划分时，按此方法的默认等级划分。",
    },
  },
  MATRIX: {
    description: "按行、列赋值查找风险矩阵中的值。",
    params: {
      row: "行赋值（1 为第一行），单个单元格或一列。",
      column: "列赋值（1 为第一列），单个单元格或一列。",
      matrix: "不含表头的矩阵区域（例如 ISMS_MatrixL）。",
    },
  },
  ACCEPTABLE: {
    description: "风险等级在风险接受准则之内时返回 TRUE。",
    params: {
      level: "风险等级，单个单元格或一列。",
      criterion: "可选：可接受的最高风险等级（默认 2）。",
    },
  },
  CONTROL: {
    description: "返回 ISO/IEC 27001 附录A 控制项的名称。",
    params: {
      id: "控制项编号（5.15、A.5.15、A.9.2.3 等），单个单元格或一个区域。",
      lang: "可选：“en”或“zh-CN”（默认为 Excel 的显示语言）。",
      standard: "可选：2022 或 2013（默认根据编号自动识别）。",
    },
  },
  CONTROLMAP: {
    description: "返回 2013 版附录A 控制项在 ISO/IEC 27001:2022 中对应的控制项（表 B.1）。",
    params: {
      id2013: "2013 版控制项编号（如 A.9.2.3），单个单元格或一个区域。",
    },
  },
  CONTROLID: {
    description:
      "从文本中识别控制项，返回 2022 版标准编号（支持 A.5.1、“5.1 信息安全策略”等写法，2013 版编号自动转换）。",
    params: {
      text: "包含一个或多个控制项的文本，单个单元格或一个区域。",
    },
  },
};
