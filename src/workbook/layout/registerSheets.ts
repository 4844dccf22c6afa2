/**
 * The register sheets a certifiable ISMS needs beside the risk work (职责说明, 范围与删减, 目标与度量,
 * 文件清单, 记录清单, 法律法规清单, 内审方案, 内审检查表, 不符合项及纠正措施, 管理评审输入), each a data sheet
 * like the others: a table with headers in the workbook's language, validation lists, frozen id column,
 * A4 landscape print setup, and blank rows prepared below what is written so a person can type at once.
 */
import type { RegisterKey } from "../../domain/readiness/types";
import type { Lang } from "../../i18n/types";
import type { SheetPlan, TableColumnPlan } from "../plan";
import type { RegisterFields, RegisterRecords } from "../records";
import type { ColumnSchema } from "../schema/columnSchema";
import { registerSchema } from "../schema/registerSchemas";
import { dataSheetPlan } from "./dataSheetPlan";
import { tableRowHeights } from "./headerLayout";
import { registerValues } from "./registerRows";

/** The order the registers follow the risk work in: the method's order of the 16 items, audit last. */
export const REGISTER_SHEET_ORDER: readonly RegisterKey[] = [
  "roles",
  "scope",
  "objectives",
  "documents",
  "records",
  "laws",
  "auditProgramme",
  "auditChecklist",
  "nonconformities",
  "review",
];

/** Blank rows prepared below the written ones. */
const BLANK_ROWS: Readonly<Record<RegisterKey, number>> = {
  documents: 10,
  records: 10,
  scope: 8,
  roles: 8,
  objectives: 8,
  laws: 8,
  auditProgramme: 10,
  auditChecklist: 20,
  nonconformities: 15,
  review: 0,
};

export interface RegisterSheetInput<K extends RegisterKey> {
  readonly key: K;
  readonly lang: Lang;
  readonly rows: readonly RegisterFields<K>[];
  /** The sheet name (the register's name in the workbook language when absent). */
  readonly name?: string;
  /** Blank rows below the written ones (the register's default when absent). */
  readonly blankRows?: number;
}

/** Short values centred, so a number or a date never runs into the text of the next column when printed. */
const CENTERED_KEYS: ReadonlySet<string> = new Set(["itemId", "priority", "version", "achieved", "count"]);
const CENTERED_TYPES: ReadonlySet<ColumnSchema["type"]> = new Set(["date", "number", "boolean"]);

/**
 * A register's columns as they print: every text column wraps (a register is read on paper, where a
 * clipped cell is lost), short values are centred.
 */
function printableColumn(column: TableColumnPlan, schema: ColumnSchema | undefined): TableColumnPlan {
  if (!schema) return column;
  const wrap = schema.type === "text" || schema.type === "controls";
  const centered = CENTERED_KEYS.has(schema.key) || CENTERED_TYPES.has(schema.type);
  return { ...column, ...(wrap ? { wrap: true } : {}), ...(centered ? { centered: true } : {}) };
}

/**
 * The plan of one register sheet.
 * @example registerSheetPlan({ key: "laws", lang: "zh-CN", rows: starterLawRows("zh-CN") }).tables[0]?.name // "ISMS_Laws"
 */
export function registerSheetPlan<K extends RegisterKey>(input: RegisterSheetInput<K>): SheetPlan {
  const schema = registerSchema(input.key);
  const rows = input.rows.map((row) => registerValues(input.key, row, input.lang));
  const plan = dataSheetPlan({
    schema,
    name: input.name ?? schema.names[input.lang],
    lang: input.lang,
    rows,
    minRows: rows.length + (input.blankRows ?? BLANK_ROWS[input.key]),
    levelCount: 0,
  });
  const byKey = new Map<string, ColumnSchema>(schema.columns.map((c) => [c.key, c]));
  const tables = plan.tables.map((table) => ({
    ...table,
    columns: table.columns.map((c) => printableColumn(c, byKey.get(c.key))),
  }));
  // Registers have no computed columns: each cell shows what the plan writes, so the heights follow it.
  const rowHeights = tables.flatMap((table) => tableRowHeights(table));
  return { ...plan, tables, rowHeights };
}

/**
 * Every register's sheet, in {@link REGISTER_SHEET_ORDER}, with the rows given (a register absent from
 * `records` is written empty, with its blank rows).
 */
export function registerSheetPlans(
  records: RegisterRecords,
  lang: Lang,
  names: Partial<Record<RegisterKey, string>> = {},
): SheetPlan[] {
  return REGISTER_SHEET_ORDER.map((key) => sheetOf(key, records, lang, names[key]));
}

function sheetOf<K extends RegisterKey>(
  key: K,
  records: RegisterRecords,
  lang: Lang,
  name: string | undefined,
): SheetPlan {
  const rows = (records[key] ?? []) as readonly RegisterFields<K>[];
  return registerSheetPlan({ key, lang, rows, ...(name ? { name } : {}) });
}
