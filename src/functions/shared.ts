/**
 * What every ISMS.* custom function needs: the user's language, cell-by-cell mapping over arguments
 * that may be single cells or whole columns (so a 10,000-row register is one call per column), and
 * #VALUE! errors whose message is in the user's language.
 */
import { resolveLang, t, type Lang, type Messages, type Params } from "../i18n";
import { tFunctionError, type FunctionErrorKey } from "../i18n/functionErrors";

/** A cell value as Excel passes it to a custom function (blank cells arrive as null or ""). */
export type CellValue = unknown;

/** The user's language, from Office when it runs in Excel; English where Office is absent (tests, Node). */
export function functionLang(): Lang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  try {
    return resolveLang(office?.context?.displayLanguage);
  } catch {
    // Office.context throws before Office.onReady in some hosts; English is the safe default.
    return "en";
  }
}

/** A #VALUE! error carrying a message Excel shows in the cell's error tooltip. */
export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** A #VALUE! error with the message for `key` in `lang`. */
export function invalidValueFor(lang: Lang, key: FunctionErrorKey, params?: Params): CustomFunctions.Error {
  return invalidValue(tFunctionError(lang, key, params));
}

export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * An argument as one cell: Excel passes a matrix parameter given one cell as [[x]]; an omitted optional
 * argument arrives as null or undefined.
 */
export function scalarOf(arg: CellValue): CellValue {
  if (Array.isArray(arg)) {
    const row: unknown = arg[0];
    return Array.isArray(row) ? row[0] : row;
  }
  return arg;
}

/** An argument as a matrix: a scalar becomes [[x]]. */
export function matrixOf(arg: CellValue): readonly (readonly CellValue[])[] {
  if (!Array.isArray(arg)) return [[arg]];
  return (arg as readonly unknown[]).map((row): readonly CellValue[] =>
    Array.isArray(row) ? (row as readonly CellValue[]) : [row],
  );
}

/** A cell value as text: blanks as "", anything structured as its JSON (never "[object Object]"). */
export function textOf(value: CellValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return "";
}

/**
 * Applies `cell` to each position of the arguments' common shape. Each argument is one cell (used for
 * every position), a single row or column (repeated across the other direction), or the full shape.
 * Throws #VALUE! (in `lang`) when shapes cannot be matched, as Excel's own functions do.
 *
 * @example mapCells("en", [[[1], [2]], [[3]]], ([x, y]) => Number(x) * Number(y)) // [[3], [6]]
 */
export function mapCells<T>(
  lang: Lang,
  args: readonly CellValue[],
  cell: (values: readonly CellValue[]) => T,
): T[][] {
  const matrices = args.map(matrixOf);
  const rows = Math.max(...matrices.map((m) => m.length));
  const columns = Math.max(...matrices.map((m) => m[0]?.length ?? 1));
  for (const m of matrices) {
    const width = m[0]?.length ?? 1;
    if ((m.length !== 1 && m.length !== rows) || (width !== 1 && width !== columns)) {
      throw invalidValueFor(lang, "functions.errors.shape", { rows, columns });
    }
  }
  const out: T[][] = new Array<T[]>(rows);
  const values: CellValue[] = new Array<CellValue>(matrices.length);
  for (let r = 0; r < rows; r++) {
    const line: T[] = new Array<T>(columns);
    for (let c = 0; c < columns; c++) {
      for (let k = 0; k < matrices.length; k++) {
        const m = matrices[k] as readonly (readonly CellValue[])[];
        const row = (m.length === 1 ? m[0] : m[r]) as readonly CellValue[];
        values[k] = row.length === 1 ? row[0] : row[c];
      }
      line[c] = cell(values);
    }
    out[r] = line;
  }
  return out;
}

/** What an argument-range error needs to be told (the domain's RatingError has this shape). */
export interface RangeProblem {
  readonly code: "rating.missing" | "rating.notNumber" | "rating.outOfRange";
  /** A key under functions.arguments (c, threat, row, ...). */
  readonly argument: ArgumentKey;
  readonly min: number;
  readonly max: number;
}

export type ArgumentKey = keyof Messages["functions"]["arguments"];

/**
 * #VALUE! naming the argument (in the user's language), its allowed range and what it was given.
 * @example rangeError("zh-CN", { code: "rating.outOfRange", argument: "threat", min: 1, max: 5 }, 6)
 * // message "威胁赋值必须是 1 到 5 之间的整数（当前为 6）。"
 */
export function rangeError(lang: Lang, problem: RangeProblem, given: CellValue): CustomFunctions.Error {
  return invalidValueFor(lang, `functions.errors.${problem.code}`, {
    argument: t(lang, `functions.arguments.${problem.argument}`),
    min: problem.min,
    max: problem.max,
    value: shown(given),
  });
}

/** A cell value as a person would read it in a message. */
export function shown(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  return JSON.stringify(value) ?? "";
}

/** Any cell blank: a row not filled in yet, or half filled, computes to "" rather than an error. */
export function anyBlank(values: readonly CellValue[]): boolean {
  return values.some(isBlank);
}

/** Every cell of a range as numbers (row by row), or null when any cell is not a number. */
export function numbersOf(arg: CellValue): number[][] | null {
  const rows = matrixOf(arg);
  const out: number[][] = [];
  for (const row of rows) {
    if (!row.every((cell): cell is number => typeof cell === "number" && Number.isFinite(cell))) return null;
    out.push([...row] as number[]);
  }
  return out;
}

/** An argument's name as the user's language says it (for error messages). */
export function argumentName(lang: Lang, argument: ArgumentKey): string {
  return t(lang, `functions.arguments.${argument}`);
}
