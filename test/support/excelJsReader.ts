/**
 * ExcelJS as the tests' independent reader of .xlsx files. ExcelJS 4 cannot read a table whose columns
 * hold elements (a calculated column's `<calculatedColumnFormula>`, as Excel writes it and as the product
 * does): its parser ends the column list there and fails. The table parts are handed to it without those
 * elements, through JSZip, everything else as it is; what the elements say is checked from the XML itself.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";

type ExcelJsBuffer = Parameters<ExcelJS.Xlsx["load"]>[0];

/** A table part's columns without their inner elements: `<tableColumn …>…</tableColumn>` → `<tableColumn …/>`. */
export function tableColumnsEmptied(xml: string): string {
  // An opening tag that is not self-closing: no "/" right before its ">".
  return xml.replace(/<tableColumn\b((?:[^>/]|\/(?!>))*)>[\s\S]*?<\/tableColumn>/g, "<tableColumn$1/>");
}

/** The workbook in `source` (bytes or a file path), read by ExcelJS. */
export async function readWithExcelJs(source: Buffer | string): Promise<ExcelJS.Workbook> {
  const bytes = typeof source === "string" ? readFileSync(source) : source;
  const zip = await JSZip.loadAsync(bytes);
  for (const part of Object.keys(zip.files).filter((name) => /^xl\/tables\/[^/]+\.xml$/i.test(name))) {
    const xml = (await zip.file(part)?.async("string")) ?? "";
    zip.file(part, tableColumnsEmptied(xml));
  }
  const readable = await zip.generateAsync({ type: "nodebuffer" });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readable as unknown as ExcelJsBuffer);
  return workbook;
}
