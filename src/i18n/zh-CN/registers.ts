import type { registers as en } from "../en/registers";
import type { Widen } from "../types";

/** 方法要求的清单与记录（文件清单 … 管理评审输入）：工作表与示例写入的文字。 */
export const registers: Widen<typeof en> = {
  placeholder: "",
};
