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
  meta: {
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
  },
};
