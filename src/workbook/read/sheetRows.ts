/**
 * The data rows under a located header row, as column values with the A1 address and displayed text
 * of each cell, and the problems of the sheet: missing or unknown headers, merged cells, error values,
 * repaired numbers and dates.
 */
import { cellA1, parseRange } from "../cells/cellAddress";
import { displayText, readCell, type FieldValue } from "../cells/cellCodec";
import { problem, type WorkbookProblem } from "../problems";
import type { ColumnSchema, SheetSchema } from "../schema/columnSchema";
import type { Location } from "../records";
import type { SheetLocation } from "./sheetLocator";

export interface SheetRow {
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly location: Location;
}

export interface SheetRows {
  readonly rows: readonly SheetRow[];
  readonly problems: readonly WorkbookProblem[];
}

/** Problems of the header row itself. */
function headerProblems(location: SheetLocation, schema: SheetSchema): WorkbookProblem[] {
  const { sheet, headerIndex, match } = location;
  const at = (i: number): string => cellA1(sheet.row + headerIndex, sheet.column + i);
  const where = (i: number) => ({ sheet: sheet.name, cell: at(i) });
  const header = (i: number): string => displayText(sheet.values[headerIndex]?.[i] ?? "");
  // Missing columns are reported at the first matched header, or the table's first column when none matched.
  const firstColumn = match.columns.size > 0 ? Math.min(...match.columns.values()) : location.leftIndex;
  return [
    ...schema.columns
      .filter((c) => c.required && !match.columns.has(c.key))
      .map((c) =>
        problem("workbook.column.missing", where(firstColumn), { column: c.header[langOf(location)] }),
      ),
    ...match.unknown.map((i) => problem("workbook.header.unknown", where(i), { header: header(i) })),
    ...match.duplicates.map((i) => problem("workbook.header.duplicate", where(i), { header: header(i) })),
  ];
}

/** Headers written in Chinese are reported in Chinese column names, others in English. */
function langOf(location: SheetLocation): "en" | "zh-CN" {
  const row = location.sheet.values[location.headerIndex] ?? [];
  return row.some((cell) => typeof cell === "string" && /[\u4e00-\u9fff]/.test(cell)) ? "zh-CN" : "en";
}

function mergedProblems(location: SheetLocation): WorkbookProblem[] {
  const { sheet, headerIndex } = location;
  return (sheet.merged ?? [])
    .filter((address) => {
      const area = parseRange(address);
      return area !== null && area.bottom >= sheet.row + headerIndex;
    })
    .map((address) => problem("workbook.cells.merged", { sheet: sheet.name, cell: address }));
}

function readRow(
  location: SheetLocation,
  columns: readonly [ColumnSchema, number][],
  index: number,
  problems: WorkbookProblem[],
): SheetRow | null {
  const { sheet } = location;
  const raw = sheet.values[index] ?? [];
  const headers = sheet.values[location.headerIndex] ?? [];
  const values: Record<string, FieldValue> = {};
  const cells: Record<string, string> = {};
  const text: Record<string, string> = {};
  for (const [column, i] of columns) {
    const cell = cellA1(sheet.row + index, sheet.column + i);
    cells[column.key] = cell;
    const shown = displayText(raw[i] ?? "");
    if (shown === "") continue;
    text[column.key] = shown;
    const reading = readCell(column, raw[i] ?? "");
    if (reading.value !== undefined) values[column.key] = reading.value;
    if (reading.problem)
      problems.push(
        problem(
          reading.problem,
          { sheet: sheet.name, cell },
          { value: shown, column: displayText(headers[i] ?? column.key) },
        ),
      );
  }
  if (Object.keys(text).length === 0) return null;
  return { values, location: { sheet: sheet.name, row: sheet.row + index + 1, cells, text } };
}

/**
 * Every non-blank row under the header row of a located sheet.
 * @example sheetRows(location, schema).rows[0]?.location.cells.riskId // "A2"
 */
export function sheetRows(location: SheetLocation, schema: SheetSchema): SheetRows {
  const problems: WorkbookProblem[] = [...headerProblems(location, schema), ...mergedProblems(location)];
  const columns = schema.columns
    .map((c) => [c, location.match.columns.get(c.key)] as const)
    .filter((pair): pair is [ColumnSchema, number] => pair[1] !== undefined);
  const rows: SheetRow[] = [];
  const last = Math.min(location.lastIndex, location.sheet.values.length - 1);
  for (let index = location.headerIndex + 1; index <= last; index++) {
    const row = readRow(location, columns, index, problems);
    if (row) rows.push(row);
  }
  return { rows, problems };
}
