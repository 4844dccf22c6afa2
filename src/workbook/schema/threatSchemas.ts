/** The threat and vulnerability catalogs (威胁 / 脆弱性) the risk register draws its names from. */
import { column, GENERIC_ID_HEADERS, type SheetSchema } from "./columnSchema";
import { sheetTitles } from "./sheetTitles";

const controlsAliases = ["Suggested controls", "Controls", "Annex A", "建议控制措施", "控制措施", "对应控制"];

/** Threat catalog: GB/T 20984 threat classes, typical frequency rating 1–5. */
export function threatSchema(): SheetSchema {
  return {
    key: "threats",
    table: "ISMS_Threats",
    names: sheetTitles("threats"),
    columns: [
      column("threatId", "Threat ID", "威胁编号", "id", {
        required: true,
        aliases: ["威胁ID"],
        genericAliases: GENERIC_ID_HEADERS,
      }),
      column("class", "Class", "威胁类别", "text", {
        width: 16,
        aliases: ["Category", "Threat class", "Type", "威胁分类", "类别", "分类"],
      }),
      column("name", "Threat", "威胁名称", "text", {
        required: true,
        width: 26,
        aliases: ["Threat name", "Name", "威胁", "名称"],
      }),
      column("description", "Description", "描述", "text", { width: 40, aliases: ["威胁描述", "说明"] }),
      column("rating", "Typical rating", "威胁赋值", "rating", {
        scale: "threat",
        aliases: ["Rating", "Frequency", "Threat rating", "威胁频率", "典型赋值", "赋值", "频率"],
      }),
      column("controls", "Suggested controls", "建议控制项", "controls", { aliases: controlsAliases }),
    ],
  };
}

/** Vulnerability catalog: technical and managerial groups, typical severity 1–5. */
export function vulnerabilitySchema(): SheetSchema {
  return {
    key: "vulnerabilities",
    table: "ISMS_Vulnerabilities",
    names: sheetTitles("vulnerabilities"),
    columns: [
      column("vulnerabilityId", "Vulnerability ID", "脆弱性编号", "id", {
        required: true,
        aliases: ["脆弱性ID"],
        genericAliases: GENERIC_ID_HEADERS,
      }),
      column("class", "Group", "脆弱性类别", "text", {
        width: 16,
        aliases: ["Class", "Category", "Type", "类别", "分类", "识别对象"],
      }),
      column("name", "Vulnerability", "脆弱性名称", "text", {
        required: true,
        width: 26,
        aliases: ["Vulnerability name", "Name", "脆弱性", "脆弱点", "弱点", "名称"],
      }),
      column("description", "Description", "描述", "text", { width: 40, aliases: ["脆弱性描述", "说明"] }),
      column("rating", "Typical rating", "脆弱性赋值", "rating", {
        scale: "vulnerability",
        aliases: [
          "Severity",
          "Typical severity",
          "Rating",
          "Vulnerability rating",
          "严重程度",
          "严重程度赋值",
          "赋值",
        ],
      }),
      column("controls", "Suggested controls", "建议控制项", "controls", { aliases: controlsAliases }),
    ],
  };
}
