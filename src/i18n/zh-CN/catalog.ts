import type { catalog as en } from "../en/catalog";
import type { Widen } from "../types";

export const catalog: Widen<typeof en> = {
  errors: {
    unknownControl: "“{id}”不是 ISO/IEC 27001:{standard} 附录A 的控制项。",
    notOneControl: "请给出一个控制项编号（当前为“{text}”）。",
    legacyControl: "“{id}”是 ISO/IEC 27001:2013 的控制项，在 2022 版中对应 {ids}。请使用 ISMS.CONTROLMAP。",
    notLegacyControl: "“{id}”不是 ISO/IEC 27001:2013 附录A 的控制项（应为 A.9.2.3 这样的编号）。",
    unknownTokens: "无法识别的控制项：{tokens}。",
    notText: "控制项编号应为文本（当前为 {value}）。",
    lang: "语言必须为“en”或“zh-CN”（当前为“{value}”）。",
    standard: "标准版本必须为 2022 或 2013（当前为“{value}”）。",
  },
};
