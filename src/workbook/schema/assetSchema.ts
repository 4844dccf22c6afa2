/** The asset register (资产清单): what the organisation protects and how much each asset is worth. */
import { column, GENERIC_ID_HEADERS, type SheetSchema } from "./columnSchema";
import { sheetTitles } from "./sheetTitles";
import type { MethodBinding } from "./methodBinding";

/** Asset register columns; the asset value is computed from C, I, A by the method's valuation rule. */
export function assetSchema(method: MethodBinding): SheetSchema {
  return {
    key: "assets",
    table: "ISMS_Assets",
    names: sheetTitles("assets"),
    columns: [
      column("assetId", "Asset ID", "资产编号", "id", {
        required: true,
        aliases: ["Asset No", "Asset Number", "Asset Ref", "资产ID", "资产编码", "资产标识"],
        genericAliases: GENERIC_ID_HEADERS,
      }),
      column("name", "Asset name", "资产名称", "text", {
        required: true,
        width: 28,
        aliases: ["Asset", "Name", "资产", "名称", "资产名"],
      }),
      column("class", "Class", "资产类别", "text", {
        list: "assetClasses",
        aliases: [
          "Category",
          "Type",
          "Asset type",
          "Asset class",
          "Asset category",
          "类别",
          "资产类型",
          "分类",
        ],
      }),
      column("department", "Department", "所属部门", "text", {
        width: 16,
        aliases: ["Dept", "Business unit", "部门", "归属部门", "使用部门"],
      }),
      column("owner", "Owner", "责任人", "text", {
        width: 14,
        list: "owners",
        aliases: ["Asset owner", "Custodian", "资产责任人", "负责人", "管理员", "所有者"],
      }),
      column("location", "Location", "位置", "text", {
        width: 16,
        aliases: ["Site", "存放位置", "所在位置", "地点"],
      }),
      column("c", "Confidentiality (C)", "保密性", "rating", {
        scale: "asset",
        aliases: ["C", "Confidentiality", "机密性", "保密性(C)", "保密性赋值", "C值"],
      }),
      column("i", "Integrity (I)", "完整性", "rating", {
        scale: "asset",
        aliases: ["I", "Integrity", "完整性(I)", "完整性赋值", "I值"],
      }),
      column("a", "Availability (A)", "可用性", "rating", {
        scale: "asset",
        aliases: ["A", "Availability", "可用性(A)", "可用性赋值", "A值"],
      }),
      column("value", "Asset value", "资产价值", "number", {
        computed: true,
        aliases: ["Value", "Asset rating", "Importance", "资产重要性", "资产赋值", "重要性等级", "资产等级"],
      }),
      column("notes", "Notes", "备注", "text", { width: 28, aliases: ["Remarks", "Comments", "说明"] }),
    ],
    rowFormulas: (refs): Record<string, string> => {
      const { c, i, a } = refs;
      return c && i && a ? { value: method.assetValueFormula(c, i, a) } : {};
    },
  };
}
