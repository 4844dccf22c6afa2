import type { functionErrors as en } from "../en/functionErrors";
import type { Widen } from "../types";

/** 自定义函数 ISMS.* 的 #VALUE! 错误信息（只由函数运行时显示，不随任务窗格打包）。 */
export const functionErrors: Widen<typeof en> = {
  rating: {
    missing: "{argument}为必填项：取值为 {min} 到 {max} 的整数。",
    notNumber: "{argument}必须是 {min} 到 {max} 之间的整数（当前为“{value}”）。",
    outOfRange: "{argument}必须是 {min} 到 {max} 之间的整数（当前为 {value}）。",
  },
  methodUnknown: "未知的风险计算方法“{method}”。可用的方法：{valid}。",
  methodFactors: "{method} 方法需要其他赋值：请使用 {function}。",
  valuationUnknown: "未知的资产价值计算方法“{method}”。可用的方法：{valid}。",
  notNumber: "{argument}必须是数字（当前为“{value}”）。",
  bands: "{argument}必须是一列递增的数字（各等级的最小值）。",
  matrix: "{argument}必须是由数字组成的区域。",
  shape: "参数大小不一致：每个参数应为单个单元格、单行或单列，或 {rows}×{columns} 个单元格。",
};
