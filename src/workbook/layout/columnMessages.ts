/**
 * What each input column of a data sheet accepts, as the message its validation shows when something else
 * is typed, in the workbook's language: the column's header first, then what to type and where the list
 * comes from (a sheet named as the workbook names it).
 */
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import type { ColumnSchema } from "../schema/columnSchema";
import { peopleListMessage, TERM_LISTS } from "./listSources";

const SEPARATOR: Readonly<Record<Lang, string>> = { "zh-CN": "、", en: ", " };

/**
 * The message of a list or rating column's validation.
 * @example columnMessage(optionColumn, "zh-CN") // "处置方式：只能填写 降低、规避、转移、接受。"
 */
export function columnMessage(
  column: Pick<ColumnSchema, "key" | "header" | "list" | "type">,
  lang: Lang,
): string {
  const header = column.header[lang];
  const sheet = (key: "method" | "assets" | "risks" | "threats" | "vulnerabilities") =>
    t(lang, `workbook.sheetNames.${key}`);
  switch (column.list) {
    case "owners":
      return peopleListMessage(column.key, lang);
    case "threatNames":
      return t(lang, "workbook.plan.openListWarning.threatNames", { header, sheet: sheet("threats") });
    case "vulnerabilityNames":
      return t(lang, "workbook.plan.openListWarning.vulnerabilityNames", {
        header,
        sheet: sheet("vulnerabilities"),
      });
    case "assetIds":
      return t(lang, "workbook.plan.accepts.assetIds", { header, sheet: sheet("assets") });
    case "riskIds":
      return t(lang, "workbook.plan.accepts.riskIds", { header, sheet: sheet("risks") });
    default:
      break;
  }
  const terms = column.list ? TERM_LISTS[column.list] : undefined;
  if (terms) {
    const choices = terms.map((term) => term.label[lang]).join(SEPARATOR[lang]);
    return t(lang, "workbook.plan.accepts.choice", { header, choices });
  }
  if (column.type === "rating")
    return t(lang, "workbook.plan.accepts.rating", { header, sheet: sheet("method") });
  return t(lang, "workbook.plan.listError", { header });
}

/**
 * The message of a date column's validation.
 * @example dateMessage({ header: { en: "Planned completion", "zh-CN": "计划完成日期" } }, "en") // "Planned completion: a date, written as 2026-03-31."
 */
export function dateMessage(column: Pick<ColumnSchema, "header">, lang: Lang): string {
  return t(lang, "workbook.plan.accepts.date", { header: column.header[lang] });
}
