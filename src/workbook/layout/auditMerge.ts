/**
 * Regenerating the audit programme, the checklist and the review pack without losing what a person typed:
 * rows are matched by key (programme by audit id or area, checklist by requirement, review by input), only
 * the generated columns are refreshed, the columns a person fills (finding, judgement, NC number, auditor,
 * dates, comments, decisions, owners …) are kept, and rows a person added stay where they are. On a sheet
 * that exists, the plan writes only the cells that change, fills the table's blank rows and appends the rest.
 */
import { gapRequirements } from "../../domain/gap";
import type { Register, RegisterField, RegisterKey } from "../../domain/readiness/types";
import type { Lang } from "../../i18n/types";
import { cellA1, parseA1, parseRange } from "../cells/cellAddress";
import { planCell } from "../cells/cellCodec";
import type { CellUpdatePlan, PlanCell, RangeWritePlan, TableAppendPlan } from "../plan";
import type { RegisterFields } from "../records";
import { registerSchema } from "../schema/registerSchemas";
import type { SheetData } from "../sheetData";
import { registerValues } from "./registerRows";

/** The registers the audit regenerates. */
export type GeneratedRegister = "auditProgramme" | "auditChecklist" | "review";

interface MergeSpec<K extends GeneratedRegister> {
  /** The row's key, from its id column (and a fallback). */
  readonly keys: readonly RegisterField<K>[];
  /** Columns the generation owns: rewritten every time. */
  readonly refreshed: readonly RegisterField<K>[];
  /** Columns the generation suggests: written only where the cell is blank. */
  readonly suggested: readonly RegisterField<K>[];
  /** A running number given to added rows (after the highest one present). */
  readonly counter?: RegisterField<K>;
}

const SPECS: { readonly [K in GeneratedRegister]: MergeSpec<K> } = {
  auditProgramme: {
    keys: ["auditId", "area"],
    refreshed: ["area", "requirements", "riskCount", "priority"],
    suggested: [],
  },
  auditChecklist: {
    keys: ["requirementId"],
    refreshed: ["requirement", "documents", "linkedRisks", "priority"],
    suggested: ["auditPoint", "method"],
    counter: "itemId",
  },
  review: { keys: ["inputId"], refreshed: ["input", "data", "count"], suggested: [] },
};

/** The clause requirements' ids (4.1 … 10.2, with their sub-clauses): every other dotted number is a control. */
const CLAUSE_IDS: ReadonlySet<string> = new Set(
  gapRequirements("2022")
    .filter((requirement) => requirement.kind !== "control")
    .map((requirement) => requirement.id),
);

/**
 * A key as people write it: "A5.1" is "A.5.1", "d) 1)" is "d1", case and spaces aside; on the checklist a
 * control typed without its "A." ("8.13", which no clause is) is the control the checklist writes "A.8.13".
 */
function normaliseKey(key: GeneratedRegister, value: string | number | undefined): string {
  const text = String(value ?? "")
    .trim()
    .toUpperCase();
  if (key === "review") return text.replace(/[^0-9A-Z]/g, "");
  const id = text.replace(/\s+/g, "").replace(/^A(?=\d)/, "A.");
  return key === "auditChecklist" && /^\d+(\.\d+)+$/.test(id) && !CLAUSE_IDS.has(id) ? `A.${id}` : id;
}

type Row<K extends RegisterKey> = RegisterFields<K>;
const get = <K extends RegisterKey>(row: Row<K>, field: RegisterField<K>): string | number | undefined =>
  (row as Readonly<Record<string, string | number | undefined>>)[field];
const blank = (value: string | number | undefined): boolean =>
  value === undefined || String(value).trim() === "";

function keyOf<K extends GeneratedRegister>(key: K, row: Row<K>): string {
  for (const field of SPECS[key].keys) {
    const value = normaliseKey(key, get(row, field));
    if (value !== "") return `${field}:${value}`;
  }
  return "";
}

/** All the keys a row answers to (a programme row is found by its id or by its area). */
function keysOf<K extends GeneratedRegister>(key: K, row: Row<K>): string[] {
  return SPECS[key].keys
    .map((field) => normaliseKey(key, get(row, field)))
    .map((value, i) => (value === "" ? "" : `${SPECS[key].keys[i] ?? ""}:${value}`))
    .filter((k) => k !== "");
}

export interface RowMerge<K extends GeneratedRegister> {
  /** Every row after the merge: the existing ones in their order, then the generated rows not yet there. */
  readonly rows: readonly Row<K>[];
  /** For each existing row (same index), the fields the merge changes. */
  readonly changes: readonly Readonly<Partial<Record<RegisterField<K>, string | number>>>[];
  /** The generated rows that were not there (already in `rows`, at the end). */
  readonly added: readonly Row<K>[];
}

/**
 * Generated rows merged into the rows a sheet holds: matched rows get the generated columns refreshed
 * (and the suggested ones where blank), every other value a person typed is kept, rows without a match
 * (a person's own) stay, and generated rows not present are added at the end.
 * @example mergeRegisterRows("auditChecklist", [{ requirementId: "A.8.13", grade: "minor" }], generated).rows[0]?.grade // "minor"
 */
export function mergeRegisterRows<K extends GeneratedRegister>(
  key: K,
  existing: readonly Row<K>[],
  generated: readonly Row<K>[],
): RowMerge<K> {
  const spec = SPECS[key] as MergeSpec<K>;
  const byKey = new Map<string, Row<K>>();
  for (const row of generated) for (const k of keysOf(key, row)) if (!byKey.has(k)) byKey.set(k, row);
  const used = new Set<Row<K>>();
  const changes: Partial<Record<RegisterField<K>, string | number>>[] = [];
  const rows = existing.map((row) => {
    const match = keysOf(key, row)
      .map((k) => byKey.get(k))
      .find((r): r is Row<K> => r !== undefined && !used.has(r));
    const change: Partial<Record<RegisterField<K>, string | number>> = {};
    changes.push(change);
    if (!match) return row;
    used.add(match);
    const merged: Record<string, string | number | undefined> = { ...row };
    for (const field of spec.refreshed) {
      const value = get(match, field);
      if (String(value ?? "") !== String(get(row, field) ?? "")) {
        merged[field] = value;
        change[field] = value ?? "";
      }
    }
    for (const field of spec.suggested) {
      const value = get(match, field);
      if (blank(get(row, field)) && !blank(value) && value !== undefined) {
        merged[field] = value;
        change[field] = value;
      }
    }
    return merged as Row<K>;
  });
  let next = spec.counter
    ? existing.reduce((max, row) => Math.max(max, Number(get(row, spec.counter as RegisterField<K>)) || 0), 0)
    : 0;
  const added = generated
    .filter((row) => !used.has(row) && keyOf(key, row) !== "")
    .map((row) => (spec.counter ? ({ ...row, [spec.counter]: ++next } as Row<K>) : row));
  return { rows: [...rows, ...added], changes, added };
}

/** A register as the reader found it on a sheet, beside that sheet's cells. */
export interface FoundRegister<K extends RegisterKey> {
  readonly register: Register<K>;
  readonly sheet: SheetData;
}

/** What merging into a sheet that exists writes. */
export interface InPlaceMerge {
  readonly updates: readonly CellUpdatePlan[];
  readonly writes: readonly RangeWritePlan[];
  readonly appends: readonly TableAppendPlan[];
  readonly added: number;
  readonly updated: number;
}

const columnOf = (a1: string | undefined): number | undefined =>
  a1 === undefined ? undefined : parseA1(a1)?.column;

/** The cell a plain value is written as, in the workbook's language. */
function cellOf<K extends RegisterKey>(key: K, field: string, value: string | number, lang: Lang): PlanCell {
  const column = registerSchema(key).columns.find((c) => c.key === field);
  if (!column) return null;
  const shown = registerValues(key, { [field]: value } as RegisterFields<K>, lang)[field];
  return planCell(column, shown, lang);
}

/**
 * The merge written into the register's own table: changed cells of matched rows, added rows into the
 * table's blank rows first, then below it. Undefined when the register sits in no table (a client's plain
 * range): the caller writes a new sheet beside it instead.
 */
export function mergeInPlace<K extends GeneratedRegister>(
  key: K,
  found: FoundRegister<K>,
  generated: readonly Row<K>[],
  lang: Lang,
): InPlaceMerge | undefined {
  const { register, sheet } = found;
  const header = parseA1(register.cell);
  const table = sheet.tables
    .map((tb) => ({ name: tb.name, area: parseRange(tb.address) }))
    .find(
      (tb) =>
        tb.area !== null &&
        header !== null &&
        tb.area.top === header.row &&
        header.column >= tb.area.left &&
        header.column <= tb.area.right,
    );
  if (!table?.area) return undefined;
  const area = table.area;
  const existing = register.rows.map((row) => row.values as Row<K>);
  // The id as a person sees it decides the match (a reader may have read "A.5.1" as the control 5.1).
  const keyed = register.rows.map((row, i) => {
    const shown = SPECS[key].keys.flatMap((f) => (row.text[f] !== undefined ? [[f, row.text[f]]] : []));
    return { ...existing[i], ...Object.fromEntries(shown) } as Row<K>;
  });
  const merge = mergeRegisterRows(key, keyed, generated);
  const columns = new Map<string, number>();
  for (const [field, a1] of Object.entries(register.headers) as [string, string][]) {
    const at = columnOf(a1);
    if (at !== undefined) columns.set(field, at);
  }
  const updates: CellUpdatePlan[] = [];
  let updated = 0;
  merge.changes.forEach((change, i) => {
    const row = register.rows[i];
    const entries = Object.entries(change) as [string, string | number][];
    if (!row || entries.length === 0) return;
    updated++;
    for (const [field, value] of entries) {
      const column = columns.get(field);
      if (column === undefined) continue;
      const address = cellA1(row.row - 1, column);
      updates.push({ sheet: sheet.name, address, value: cellOf(key, field, value, lang) });
    }
  });
  const width = area.right - area.left + 1;
  const rowCells = (row: Row<K>): PlanCell[] =>
    Array.from({ length: width }, (_, i) => {
      const field = [...columns.entries()].find(([, c]) => c === area.left + i)?.[0];
      const value = field === undefined ? undefined : get(row, field as RegisterField<K>);
      return field === undefined || value === undefined ? null : cellOf(key, field, value, lang);
    });
  const taken = new Set(register.rows.map((row) => row.row - 1));
  const blankRows: number[] = [];
  for (let r = area.top + 1; r <= area.bottom; r++) {
    if (!taken.has(r) && rowIsBlank(sheet, r, area.left, area.right)) blankRows.push(r);
  }
  const writes: RangeWritePlan[] = [];
  const rest: PlanCell[][] = [];
  merge.added.forEach((row, i) => {
    const at = blankRows[i];
    if (at === undefined) rest.push(rowCells(row));
    else writes.push({ sheet: sheet.name, row: at, column: area.left, cells: [rowCells(row)] });
  });
  const appends: TableAppendPlan[] =
    rest.length === 0
      ? []
      : [{ sheet: sheet.name, table: table.name, row: area.bottom + 1, column: area.left, rows: rest }];
  return { updates, writes: joinRuns(writes), appends, added: merge.added.length, updated };
}

function rowIsBlank(sheet: SheetData, row: number, left: number, right: number): boolean {
  const values = sheet.values[row - sheet.row];
  if (!values) return true;
  for (let c = left; c <= right; c++) {
    const value = values[c - sheet.column];
    if (value !== undefined && value !== "") return false;
  }
  return true;
}

/** Neighbouring one-row writes joined into one block each. */
function joinRuns(writes: readonly RangeWritePlan[]): RangeWritePlan[] {
  const out: { sheet: string; row: number; column: number; cells: (readonly PlanCell[])[] }[] = [];
  for (const w of writes) {
    const last = out.at(-1);
    if (last && last.sheet === w.sheet && last.row + last.cells.length === w.row && last.column === w.column)
      last.cells.push(...w.cells);
    else out.push({ sheet: w.sheet, row: w.row, column: w.column, cells: [...w.cells] });
  }
  return out;
}
