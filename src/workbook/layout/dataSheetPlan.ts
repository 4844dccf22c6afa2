/**
 * One ISMS data sheet as a plan: an Excel table with headers in the workbook's language (styled on their
 * cells, in columns wide enough to show them), native formulas in the computed columns, date formats,
 * row heights that fit wrapped text, the header row and the id and name columns frozen, validation lists
 * and level colours.
 */
import type { Lang } from "../../i18n/types";
import { cellA1, columnRange } from "../cells/cellAddress";
import { planCell } from "../cells/cellCodec";
import type { ColumnValues } from "../recordCodecs";
import {
  formula,
  isFormula,
  type ConditionalFormatPlan,
  type DateValidationPlan,
  type ListValidationPlan,
  type PlanCell,
  type SheetKey,
  type SheetPlan,
  type TablePlan,
} from "../plan";
import type { ColumnSchema, SheetSchema } from "../schema/columnSchema";
import { writtenColumns } from "../schema/columnSchema";
import { termLabel, YES_NO } from "../schema/vocabulary";
import { styledTable, tableRowHeights, type ShownText } from "./headerLayout";
import { capacityOf, listSource, scaleSource } from "./listSources";
import { levelFormats, notAcceptableFormat } from "./levelColours";
import { columnMessage, dateMessage } from "./columnMessages";
import { printPlan } from "./printSetup";

/** Lists a person may go beyond: a name not in the library or the asset owners yet is asked about, not refused. */
type OpenList = "threatNames" | "vulnerabilityNames" | "owners";
const OPEN_LISTS: ReadonlySet<string> = new Set<OpenList>(["threatNames", "vulnerabilityNames", "owners"]);

export interface DataSheetInput {
  readonly schema: SheetSchema;
  readonly name: string;
  readonly lang: Lang;
  /** One entry per data row, by column key. */
  readonly rows: readonly ColumnValues[];
  /** Blank rows carrying the formulas, so a person can start typing (the table has at least this many). */
  readonly minRows: number;
  readonly levelCount: number;
}

/** Cells of one table row; computed columns get the schema's native formula for that row. */
function tableRow(
  input: DataSheetInput,
  columns: readonly ColumnSchema[],
  values: ColumnValues,
  row: number,
): PlanCell[] {
  const refs: Record<string, string> = {};
  columns.forEach((c, i) => (refs[c.key] = cellA1(row, i)));
  const formulas = input.schema.rowFormulas?.(refs, input.lang) ?? {};
  return columns.map((c) => {
    const text = c.computed ? formulas[c.key] : undefined;
    return text ? formula(text) : planCell(c, values[c.key], input.lang);
  });
}

/** The computed columns' formulas as they read in the first body row (the table's calculated columns). */
function firstRowFormulas(input: DataSheetInput, columns: readonly ColumnSchema[]): Record<string, string> {
  const refs: Record<string, string> = {};
  columns.forEach((c, i) => (refs[c.key] = cellA1(1, i)));
  const formulas = input.schema.rowFormulas?.(refs, input.lang) ?? {};
  const out: Record<string, string> = {};
  for (const c of columns) {
    const text = c.computed ? formulas[c.key] : undefined;
    if (text) out[c.key] = formula(text).formula;
  }
  return out;
}

const CENTERED_TYPES: ReadonlySet<ColumnSchema["type"]> = new Set(["rating", "level", "number"]);

export function tablePlan(input: DataSheetInput): TablePlan {
  const columns = writtenColumns(input.schema);
  const count = Math.max(input.rows.length, input.minRows);
  const rows = Array.from({ length: count }, (_, i) => tableRow(input, columns, input.rows[i] ?? {}, i + 1));
  const calculated = firstRowFormulas(input, columns);
  return styledTable({
    name: input.schema.table,
    row: 0,
    column: 0,
    columns: columns.map((c) => ({
      key: c.key,
      header: c.header[input.lang],
      width: c.width,
      ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
      ...(c.type === "text" && c.width >= 28 ? { wrap: true } : {}),
      // Ratings, levels and values centred: a level's number then stands apart from its name beside it.
      ...(CENTERED_TYPES.has(c.type) ? { centered: true } : {}),
      ...(calculated[c.key] ? { calculated: calculated[c.key] } : {}),
    })),
    rows,
    style: "TableStyleMedium2",
  });
}

/**
 * The column that names a row, frozen with everything to its left so the id and the name stay in view
 * while the rest scrolls (the SoA and the gap sheet set their own).
 */
const NAME_COLUMNS: Readonly<Partial<Record<SheetKey, string>>> = {
  assets: "name",
  threats: "name",
  vulnerabilities: "name",
  risks: "asset",
  treatments: "asset",
  documents: "title",
  records: "title",
  objectives: "objective",
  laws: "name",
  auditChecklist: "requirementId",
  review: "input",
};

/** Columns frozen: through the naming column, or the id column alone when the sheet has none. */
function frozenColumns(key: SheetKey, columns: readonly ColumnSchema[]): number {
  const name = NAME_COLUMNS[key];
  const at = name === undefined ? -1 : columns.findIndex((c) => c.key === name);
  return at < 0 ? 1 : at + 1;
}

/** The text each body cell shows: its own, or for a computed cell the value the record holds, if any. */
function shownText(input: DataSheetInput, columns: readonly ColumnSchema[], table: TablePlan): ShownText {
  return (row, column) => {
    const cell = table.rows[row]?.[column];
    if (!isFormula(cell)) return cell === null || cell === undefined ? "" : String(cell);
    const value = input.rows[row]?.[columns[column]?.key ?? ""];
    return typeof value === "string" ? value : "";
  };
}

function validations(
  input: DataSheetInput,
  columns: readonly ColumnSchema[],
  capacity: number,
): ListValidationPlan[] {
  return columns.flatMap((c, i) => {
    const source = c.list
      ? listSource(c.list, input.lang)
      : c.type === "rating" && c.scale
        ? scaleSource(c.scale)
        : null;
    if (!source || c.computed) return [];
    const open = c.list !== undefined && OPEN_LISTS.has(c.list);
    return [
      {
        range: columnRange(i, 1, capacity),
        source,
        allowBlank: true,
        ...(open ? { alert: "warning" as const } : {}),
        errorMessage: columnMessage(c, input.lang),
      },
    ];
  });
}

/** The earliest date a date column accepts: anything before is a typing slip (a year of two digits). */
export const EARLIEST_DATE = "2000-01-01";

function dateValidations(
  input: DataSheetInput,
  columns: readonly ColumnSchema[],
  capacity: number,
): DateValidationPlan[] {
  return columns.flatMap((c, i) =>
    c.type === "date" && !c.computed
      ? [
          {
            range: columnRange(i, 1, capacity),
            from: EARLIEST_DATE,
            errorMessage: dateMessage(c, input.lang),
          },
        ]
      : [],
  );
}

function formats(
  input: DataSheetInput,
  columns: readonly ColumnSchema[],
  capacity: number,
): ConditionalFormatPlan[] {
  return columns.flatMap((c, i) => {
    if (c.type === "level") return levelFormats(i, capacity, input.levelCount);
    if (c.key === "acceptable")
      return [notAcceptableFormat(i, capacity, termLabel(YES_NO, "no", input.lang))];
    return [];
  });
}

/**
 * The plan of one data sheet (hyperlinks and extra blocks are added by the caller).
 * @example dataSheetPlan({ schema: riskSchema(b), name: "Risk register", lang: "en", rows: [], minRows: 20, levelCount: 5 }).tables[0]?.name // "ISMS_Risks"
 */
export function dataSheetPlan(input: DataSheetInput): SheetPlan {
  const columns = writtenColumns(input.schema);
  const capacity = capacityOf(Math.max(input.rows.length, input.minRows));
  const table = tablePlan(input);
  return {
    key: input.schema.key,
    name: input.name,
    mode: "create",
    blocks: [],
    tables: [table],
    validations: validations(input, columns, capacity),
    dateValidations: dateValidations(input, columns, capacity),
    conditionalFormats: formats(input, columns, capacity),
    hyperlinks: [],
    freeze: { rows: table.row + 1, columns: frozenColumns(input.schema.key, columns) },
    columnWidths: table.columns.map((c, i) => ({ column: table.column + i, width: c.width ?? 10 })),
    rowHeights: tableRowHeights(table, shownText(input, columns, table)),
    print: printPlan(input.schema.key, table.row, input.lang),
  };
}
