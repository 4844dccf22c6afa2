import type { app as en } from "../en/app";
import type { Widen } from "../types";

export const app: Widen<typeof en> = {
  title: "ISMS 工作台",
  tagline: "在 Excel 中完成 ISO/IEC 27001 体系文件",
  nav: {
    label: "功能",
    workbook: "工作簿",
    validate: "校验",
    soa: "适用性声明",
    gap: "差距分析",
    settings: "设置",
  },
  language: {
    label: "语言",
    en: "English",
    zhCN: "简体中文",
  },
  workbook: {
    statusTitle: "本工作簿中的体系表格",
    present: "已有",
    missing: "缺少",
    refresh: "刷新",
    formTitle: "创建体系工作簿",
    language: "工作簿语言",
    standard: "标准版本",
    method: "风险计算方法",
    standards: { "2022": "ISO/IEC 27001:2022", "2013": "ISO/IEC 27001:2013" },
    create: "创建体系工作簿",
    addSample: "添加示例数据",
    previewTitle: "将写入以下内容（无法用 Ctrl+Z 撤销）：",
    rows: "{rows} 行",
    conflicts: "以下工作表已有数据，不会被覆盖：{names}",
    writeBeside: "另建新工作表写入",
    confirm: "写入这些工作表",
    cancel: "取消",
    done: "已写入：{names}",
  },
  errors: {
    unexpected: "出现问题：{detail}",
  },
  comingSoon: "此功能尚未提供。",
  loading: "正在加载…",
  version: "版本 {version}",
};
