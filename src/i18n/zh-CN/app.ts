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
  comingSoon: "此功能尚未提供。",
  version: "版本 {version}",
};
