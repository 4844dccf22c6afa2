/** Test support: a real .xlsx read with ExcelJS into SheetData, as the .xlsx port would read it. */
import ExcelJS from "exceljs";
import type { RawValue, SheetData, WorkbookSnapshot } from "../../../src/workbook/sheetData";
import { readWithExcelJs } from "../../support/excelJsReader";

const EPOCH_MS = Date.UTC(1899, 11, 30);

function rawOf(value: ExcelJS.CellValue): RawValue {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return (value.getTime() - EPOCH_MS) / 86_400_000;
  if (typeof value === "object") {
    if ("result" in value) return rawOf(value.result ?? "");
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
    return "";
  }
  return value;
}

export async function readXlsx(path: string): Promise<WorkbookSnapshot> {
  const workbook = await readWithExcelJs(path);
  const sheets: SheetData[] = [];
  workbook.eachSheet((worksheet) => {
    const values: RawValue[][] = [];
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const line: RawValue[] = [];
      for (let c = 1; c <= worksheet.columnCount; c++) {
        const { value } = worksheet.getCell(r, c);
        line.push(rawOf(value));
      }
      values.push(line);
    }
    sheets.push({ name: worksheet.name, row: 0, column: 0, values, tables: [] });
  });
  return { sheets, metadata: null };
}
