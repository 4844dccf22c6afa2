/** A sheet's name in both languages: one definition (i18n workbook.sheetNames), used by the schemas, the methodology sheet and the pane. */
import { t } from "../../i18n";
import type { SheetKey } from "../plan";
import type { Localized } from "./columnSchema";

/** @example sheetTitles("risks") // { en: "Risk register", "zh-CN": "风险评估表" } */
export function sheetTitles(key: SheetKey): Localized {
  return { en: t("en", `workbook.sheetNames.${key}`), "zh-CN": t("zh-CN", `workbook.sheetNames.${key}`) };
}
