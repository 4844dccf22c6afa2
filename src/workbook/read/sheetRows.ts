/**
 * The data rows under a located header row, as column values with the A1 address and displayed text
 * of each cell, and the problems of the sheet. Nothing is lost in silence: a required column that is
 * missing, a column whose header is not understood (with how many values it holds), a duplicate header,
 * a value that could not be read, a merged cell filled down, the line that ended the table — each is a
 * problem with its sheet and cell.
 */
import { cellA1 } from "../cells/cellAddress";
import { displayText, readCell, type FieldValue } from "../cells/cellCodec";
import { problem, type WorkbookProblem } from "../problems";
import type { ColumnSchema, SheetSchema } from "../schema/columnSchema";
import type { Location } from "../records";
import type { RawValue } from "../sheetData";
import type { SheetLocation } from "./sheetLocator";
import { fillMergedDown, relativeMerges } from "./tableFinder";

export interface SheetRow {
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly location: Location;
}

export interface SheetRows {
  readonly rows: readonly SheetRow[];
  readonly problems: readonly WorkbookProblem[];
}

type Values = readonly (readonly RawValue[])[];

/** Headers written in Chinese are reported in Chinese column names, others in English. */
function langOf(location: SheetLocation): "en" | "zh-CN" {
  return location.headers.some((cell) => /[\u4e00-\u9fff]/.test(cell)) ? "zh-CN" : "en";
}

/** Problems of the header row itself, and of the columns nobody reads. */
function headerProblems(location: SheetLocation, schema: SheetSchema, values: Values): WorkbookProblem[] {
  const { sheet, headerIndex, match } = location;
  const at = (i: number): string => cellA1(sheet.row + headerIndex, sheet.column + i);
  const where = (i: number) => ({ sheet: sheet.name, cell: at(i) });
  const header = (i: number): string => location.headers[i] ?? "";
  // Missing columns are reported at the first matched header, or the table's first column when none matched.
  const firstColumn = match.columns.size > 0 ? Math.min(...match.columns.values()) : location.leftIndex;
  const placed = new Set(match.columns.values());
  const filledCount = (i: number): number => {
    let count = 0;
    const last = Math.min(location.lastIndex, values.length - 1);
    for (let r = headerIndex + 1; r <= last; r++) if (displayText(values[r]?.[i] ?? "") !== "") count++;
    return count;
  };
  const unread: WorkbookProblem[] = [];
  for (let i = location.leftIndex; i <= location.rightIndex; i++) {
    if (placed.has(i) || match.duplicates.includes(i)) continue;
    const count = filledCount(i);
    const name = header(i) !== "" ? header(i) : at(i).replace(/\d+$/, "");
    if (count > 0) unread.push(problem("workbook.column.ignored", where(i), { header: name, count }));
    else if (header(i) !== "") unread.push(problem("workbook.header.unknown", where(i), { header: name }));
  }
  return [
    ...schema.columns
      .filter((c) => c.required && !match.columns.has(c.key))
      .map((c) =>
        problem("workbook.column.missing", where(firstColumn), { column: c.header[langOf(location)] }),
      ),
    ...(location.headerRows === 2 ? [problem("workbook.header.twoRow", where(firstColumn))] : []),
    ...unread,
    ...match.duplicates.map((i) => problem("workbook.header.duplicate", where(i), { header: header(i) })),
  ];
}

/** Cells merged across columns inside the table's rows (only the first cell holds the value). */
function mergedAcross(location: SheetLocation): WorkbookProblem[] {
  const { sheet, headerIndex, lastIndex } = location;
  return relativeMerges(sheet)
    .filter((a) => a.top > headerIndex && a.top <= lastIndex && a.bottom === a.top && a.right > a.left)
    .map((a) => problem("workbook.cells.merged", { sheet: sheet.name, cell: a.address }));
}

function readRow(
  location: SheetLocation,
  values: Values,
  columns: readonly [ColumnSchema, number][],
  index: number,
  problems: WorkbookProblem[],
): SheetRow | null {
  const { sheet } = location;
  const raw = values[index] ?? [];
  const read: Record<string, FieldValue> = {};
  const spilled: Record<string, FieldValue> = {};
  const cells: Record<string, string> = {};
  const text: Record<string, string> = {};
  const titleAt = columns.find(([c]) => c.key === "title")?.[1];
  const title = titleAt === undefined ? undefined : displayText(raw[titleAt] ?? "");
  for (const [column, i] of columns) {
    const cell = cellA1(sheet.row + index, sheet.column + i);
    cells[column.key] = cell;
    const shown = displayText(raw[i] ?? "");
    if (shown === "") continue;
    text[column.key] = shown;
    const reading = readCell(column, raw[i] ?? "", title ? { title } : {});
    if (reading.value !== undefined) read[column.key] = reading.value;
    for (const [key, value] of Object.entries(reading.spill ?? {})) {
      spilled[spillKey(column.key, key)] = value;
      cells[spillKey(column.key, key)] ??= cell;
    }
    if (reading.problem)
      problems.push(
        problem(
          reading.problem,
          { sheet: sheet.name, cell },
          { value: shown, column: location.headers[i] || column.key, ...reading.params },
        ),
      );
  }
  if (Object.keys(text).length === 0) return null;
  for (const [key, value] of Object.entries(spilled)) read[key] ??= value;
  return { values: read, location: { sheet: sheet.name, row: sheet.row + index + 1, cells, text } };
}

/** A value one column hands to another ("降低：部署WAF" → measures) stays within its own namespace (`plan.`). */
function spillKey(from: string, to: string): string {
  const dot = from.lastIndexOf(".");
  return dot < 0 ? to : `${from.slice(0, dot + 1)}${to}`;
}

/**
 * Every non-blank row under the header row of a located sheet.
 * @example sheetRows(location, schema).rows[0]?.location.cells.riskId // "A2"
 */
export function sheetRows(location: SheetLocation, schema: SheetSchema): SheetRows {
  const { sheet } = location;
  const { values, filled } = fillMergedDown(sheet, location.headerIndex + 1);
  const problems: WorkbookProblem[] = [
    ...headerProblems(location, schema, values),
    ...mergedAcross(location),
    ...filled.map((f) =>
      problem("workbook.merge.filled", { sheet: sheet.name, cell: f.address }, { value: f.value }),
    ),
  ];
  const byKey = new Map(schema.columns.map((c) => [c.key, c] as const));
  const columns = [...location.match.columns]
    .map(([key, i]) => [byKey.get(key), i] as const)
    .filter((pair): pair is [ColumnSchema, number] => pair[0] !== undefined)
    .sort((a, b) => a[1] - b[1]);
  const rows: SheetRow[] = [];
  const last = Math.min(location.lastIndex, values.length - 1);
  for (let index = location.headerIndex + 1; index <= last; index++) {
    const row = readRow(location, values, columns, index, problems);
    if (row) rows.push(row);
  }
  if (location.stop) {
    const { index, column, text } = location.stop;
    const cell = cellA1(sheet.row + index, sheet.column + column);
    problems.push(problem("workbook.table.end", { sheet: sheet.name, cell }, { value: text }));
  }
  return { rows, problems };
}
