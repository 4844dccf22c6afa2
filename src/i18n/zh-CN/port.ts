import type { port as en } from "../en/port";
import type { Widen } from "../types";

export const port: Widen<typeof en> = {
  sheetExists:
    "工作表“{sheet}”已存在且包含数据，未做任何修改。请重命名或移走该工作表，或将新工作表写在其旁边。",
  sheetProtected: "工作表“{sheet}”受保护。请先撤销保护（审阅 › 撤销工作表保护）后重试。",
  cellEditMode: "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。",
  requestTooLarge: "本次修改的数据量过大，Excel 无法一次接收。请减少行数后重试，或使用桌面版 Excel。",
  sheetMissing: "未找到工作表“{sheet}”（或其中的表格、名称），可能已被重命名或删除。",
  notAWorkbook: "该文件不是 Excel 工作簿（.xlsx）。",
  fileMissing: "未找到该文件。",
  unknown: "Excel 报告了意外问题：{detail}",
};
