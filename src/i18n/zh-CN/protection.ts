import type { protection as en } from "../en/protection";
import type { Widen } from "../types";

export const protection: Widen<typeof en> = {
  methodSheet: {
    label: "保护计算列",
    note: "是：计算列（灰色）锁定，各工作表设置无密码保护，其他单元格均可填写。否：不设保护。下次生成工作表时生效。",
    on: "是",
    off: "否",
  },
  legend: "灰色单元格为自动计算。工作表设有无密码保护：如需修改，请点击“审阅 › 撤消工作表保护”。",
};
