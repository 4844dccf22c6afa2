/**
 * The three 5×5 example matrices of GB/T 20984-2007 《信息安全技术 信息安全风险评估规范》, Appendix A
 * (A.2 使用矩阵法计算风险): likelihood L(threat, vulnerability), loss F(asset value, vulnerability) and
 * risk R(likelihood level, loss level). The standard gives them as an example, so they are the editable
 * default of the gbt-matrix preset, not law: a consultant may change any cell on the methodology sheet.
 * Level bands that reproduce the level of every cell are in `presets.ts`.
 */
import type { GbtMatrices } from "./types";

export const GBT_20984_2007_MATRICES: GbtMatrices = {
  // Rows: threat frequency 1..5; columns: vulnerability severity 1..5.
  likelihood: [
    [2, 4, 7, 11, 14],
    [3, 6, 10, 13, 17],
    [5, 9, 12, 16, 20],
    [7, 11, 14, 18, 22],
    [8, 12, 17, 20, 25],
  ],
  // Rows: asset value 1..5; columns: vulnerability severity 1..5.
  loss: [
    [2, 4, 6, 10, 13],
    [3, 5, 9, 12, 16],
    [4, 7, 11, 15, 20],
    [5, 8, 14, 19, 22],
    [6, 10, 16, 21, 25],
  ],
  // Rows: likelihood level 1..5; columns: loss level 1..5.
  risk: [
    [3, 5, 6, 7, 9],
    [6, 8, 9, 11, 14],
    [9, 11, 13, 16, 20],
    [12, 15, 17, 20, 23],
    [16, 18, 21, 23, 25],
  ],
};
