import type { protection as en } from "../en/protection";
import type { Widen } from "../types";

export const protection: Widen<typeof en> = {
  legend: "灰色单元格为自动计算。工作表设有无密码保护：如需修改，请点击“审阅 › 撤消工作表保护”。",
};
