/**
 * The registers the method names (文件清单 … 管理评审输入) as the readiness rules read them: each row with its
 * place (sheet, row, the A1 address and shown text of each cell) and its values in plain form — dates as
 * ISO, the words of a closed list (either language, any alias, any case) as their keys, yes/no as
 * "yes"/"no", numbers as written. A word nobody knows stays as typed, and is reported.
 */
import type {
  Register,
  RegisterField,
  RegisterKey,
  RegisterRow,
  Registers,
} from "../../domain/readiness/types";
import { cellA1 } from "../cells/cellAddress";
import { controlIdFromNumber, displayText, isErrorValue, readCell } from "../cells/cellCodec";
import { problem, type WorkbookProblem } from "../problems";
import { TERM_LISTS } from "../layout/listSources";
import type { ColumnSchema } from "../schema/columnSchema";
import { termKey, YES_NO } from "../schema/vocabulary";
import type { RawValue, WorkbookSnapshot } from "../sheetData";
import { locateRegisters, registerReading, type RegisterPlace } from "./registerLocator";
import { fillMergedDown } from "./tableFinder";

export { looksLikeRegisterSheet } from "./registerLocator";

export interface ReadRegisters {
  readonly registers: Registers;
  readonly problems: readonly WorkbookProblem[];
}

/** A cell in plain form, and what was wrong with it. */
interface Plain {
  readonly value: string;
  readonly problem?: "workbook.term.unknown" | "workbook.date.invalid" | "workbook.date.ambiguous";
}

/** A date cell read as every sheet reads dates (serials, text dates); only what cannot be read is a problem. */
function plainDate(column: ColumnSchema, raw: RawValue, shown: string): Plain {
  const read = readCell(column, raw);
  const problem =
    read.problem === "workbook.date.invalid" || read.problem === "workbook.date.ambiguous"
      ? read.problem
      : undefined;
  return { value: typeof read.value === "string" ? read.value : shown, ...(problem ? { problem } : {}) };
}

function plainYesNo(raw: RawValue, shown: string): Plain {
  if (typeof raw === "boolean") return { value: raw ? "yes" : "no" };
  if (raw === 1 || raw === 0) return { value: raw === 1 ? "yes" : "no" };
  const key = termKey(YES_NO, shown);
  return key === null ? { value: shown, problem: "workbook.term.unknown" } : { value: key };
}

/**
 * A cell of a register in plain form.
 * @example plainValue(dateColumn, 46082) // { value: "2026-03-01" }
 * @example plainValue(statusColumn, "已发布") // { value: "approved" }
 */
export function plainValue(column: ColumnSchema, raw: RawValue): Plain {
  const shown = displayText(raw);
  if (column.type === "date") return plainDate(column, raw, shown);
  if (column.list === "yesNo" || column.type === "boolean") return plainYesNo(raw, shown);
  const terms = column.list ? TERM_LISTS[column.list] : undefined;
  if (terms) {
    const key = termKey(terms, shown);
    return key === null ? { value: shown, problem: "workbook.term.unknown" } : { value: key };
  }
  // A clause or control Excel stored as a number (9.2): its text without floating-point noise.
  if (column.controlIds && typeof raw === "number") return { value: controlIdFromNumber(raw, undefined).id };
  return { value: shown };
}

function readRows<K extends RegisterKey>(
  key: K,
  place: RegisterPlace,
  problems: WorkbookProblem[],
): RegisterRow<K>[] {
  const { sheet } = place;
  const schema = registerReading().schemas[key];
  const { values } = fillMergedDown(sheet, place.headerIndex + 1);
  const columns = schema.columns.flatMap((column) => {
    const at = place.columns.get(column.key);
    return at === undefined ? [] : [[column, at] as const];
  });
  const rows: RegisterRow<K>[] = [];
  const last = Math.min(place.lastIndex, values.length - 1);
  for (let index = place.headerIndex + 1; index <= last; index++) {
    const raw = values[index] ?? [];
    const cells: Record<string, string> = {};
    const text: Record<string, string> = {};
    const plain: Partial<Record<RegisterField<K>, string>> = {};
    for (const [column, at] of columns) {
      const cell = cellA1(sheet.row + index, sheet.column + at);
      cells[column.key] = cell;
      const value = raw[at] ?? "";
      const shown = displayText(value);
      if (shown === "") continue;
      text[column.key] = shown;
      if (isErrorValue(value)) {
        problems.push(problem("workbook.cell.error", { sheet: sheet.name, cell }, { value: shown }));
        continue;
      }
      const read = plainValue(column, value);
      plain[column.key] = read.value;
      if (read.problem) {
        const header = place.headers[at] || column.key;
        problems.push(problem(read.problem, { sheet: sheet.name, cell }, { value: shown, column: header }));
      }
    }
    if (Object.keys(text).length === 0) continue;
    rows.push({ sheet: sheet.name, row: sheet.row + index + 1, cells, text, values: plain });
  }
  return rows;
}

function readRegister<K extends RegisterKey>(
  key: K,
  place: RegisterPlace,
  problems: WorkbookProblem[],
): Register<K> {
  const { sheet } = place;
  const schema = registerReading().schemas[key];
  const at = (i: number): string => cellA1(sheet.row + place.headerIndex, sheet.column + i);
  const headers: Partial<Record<RegisterField<K>, string>> = {};
  for (const column of schema.columns) {
    const i = place.columns.get(column.key);
    if (i !== undefined) headers[column.key] = at(i);
  }
  const lang = place.headers.some((h) => /[\u4e00-\u9fff]/.test(h)) ? "zh-CN" : "en";
  for (const column of schema.columns)
    if (column.required && !place.columns.has(column.key))
      problems.push(
        problem(
          "workbook.column.missing",
          { sheet: sheet.name, cell: at(place.leftIndex) },
          {
            column: column.header[lang],
          },
        ),
      );
  const rows = readRows(key, place, problems);
  if (place.stop) {
    const cell = cellA1(sheet.row + place.stop.index, sheet.column + place.stop.column);
    problems.push(problem("workbook.table.end", { sheet: sheet.name, cell }, { value: place.stop.text }));
  }
  return { sheet: sheet.name, cell: at(place.leftIndex), headers, rows };
}

/**
 * Every register the workbook has, found by metadata, table name or headers, with its rows in plain
 * form; a register the workbook lacks is absent.
 * @example readRegisters(snapshot).registers.documents?.rows[0]?.values.status // "approved"
 */
export function readRegisters(snapshot: WorkbookSnapshot): ReadRegisters {
  const problems: WorkbookProblem[] = [];
  const registers: Registers = Object.fromEntries(
    [...locateRegisters(snapshot)].map(([key, place]) => [key, readRegister(key, place, problems)]),
  );
  return { registers, problems };
}
