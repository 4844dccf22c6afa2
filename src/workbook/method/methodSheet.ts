/**
 * The methodology sheet (风险评估方法与准则 / Methodology) as a plan: the parameter table ISMS_Method
 * (method, standard, asset valuation, weights, rounding, acceptance criterion, treatment deadline, …),
 * then the rating scales, the level bands, for the GB/T matrix method the three matrices, the people
 * list, and the legend of the treatment plan's red and amber cells. It defines the workbook names every
 * native formula reads (docs/risk-methods.md lists them), so editing a value here recalculates the register.
 *
 * A client reads it in the workbook's language only: the table shows item, value and note, and the
 * stable keys, with the codes formulas compare (max, truncate), sit in a helper column right of
 * everything, its cells formatted to show nothing.
 */
import type { Methodology, ScaleKey } from "../../domain/methodology/types";
import { riskInputs, scaleKeyOf } from "../../domain/risk/methodInputs";
import { translator, type Lang, type Translate } from "../../i18n";
import { absoluteA1, cellA1 } from "../cells/cellAddress";
import { levelSection, matricesSection, scaleSection, TITLE_STYLE, type Section } from "./methodBlocks";
import { parameterRows, type ParameterRow } from "./methodParameters";
import { peopleSection } from "./methodPeople";
import { planRulesLegend } from "./planRulesLegend";
import { styledTable, wrappedLines } from "../layout/headerLayout";
import { printPlan } from "../layout/printSetup";
import {
  formula,
  type CellBlock,
  type ListValidationPlan,
  type NamedRangePlan,
  type RowHeightPlan,
  type SheetPlan,
  type TablePlan,
} from "../plan";

export interface MethodSheetPlan {
  readonly sheet: SheetPlan;
  readonly names: readonly NamedRangePlan[];
}

/** Stable name of the parameter table. */
export const METHOD_TABLE = "ISMS_Method";

/** First row (0-based) of the parameter table's header. */
const TABLE_ROW = 3;

/** Columns of the parameter table (from column A): item, value, note. */
const VALUE_COLUMN = 1;

/** The helper column never comes left of this one (G), whatever the sections use. */
const MIN_HELPER_COLUMN = 6;

/** A number format that shows nothing, text included: the helper cells hold keys and codes, not reading. */
export const HIDDEN_FORMAT = ";;;";

/** The scales a methodology sheet shows: the asset scale (C, I, A) and every scale the method rates on. */
export function scalesShown(methodology: Methodology): ScaleKey[] {
  const keys: ScaleKey[] = ["asset"];
  for (const input of riskInputs(methodology.method)) {
    const key = scaleKeyOf(input);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

function parameterTable(rows: readonly ParameterRow[], tr: Translate): TablePlan {
  const h = (key: "parameter" | "value" | "note") => tr(`functions.methodSheet.headers.${key}`);
  return styledTable({
    name: METHOD_TABLE,
    row: TABLE_ROW,
    column: 0,
    columns: [
      { key: "parameter", header: h("parameter"), width: 40, wrap: true },
      { key: "value", header: h("value"), width: 26 },
      { key: "note", header: h("note"), width: 60, wrap: true },
    ],
    rows: rows.map((row) => [row.label, row.value, row.note]),
  });
}

/** Points per line of wrapped text. */
const LINE_POINTS = 16;

/** Estimated heights of the parameter rows whose item or note wraps (LibreOffice and WPS do not fit them). */
function parameterHeights(table: TablePlan): RowHeightPlan[] {
  return table.rows.flatMap((cells, k) => {
    const lines = Math.max(
      1,
      ...cells.map((cell, c) =>
        typeof cell === "string" && table.columns[c]?.wrap
          ? wrappedLines(cell, (table.columns[c]?.width ?? 10) - 1)
          : 1,
      ),
    );
    return lines > 1 ? [{ row: rowOf(k), height: lines * LINE_POINTS, estimate: true }] : [];
  });
}

/** Sheet row of parameter k. */
const rowOf = (k: number): number => TABLE_ROW + 1 + k;

/** Key and code of each parameter, right of everything, shown as nothing. */
function helperBlocks(rows: readonly ParameterRow[], column: number): CellBlock[] {
  const cells = rows.map((row, k) => [
    row.key,
    row.codeOf ? formula(row.codeOf(cellA1(rowOf(k), VALUE_COLUMN))) : null,
  ]);
  return [{ row: rowOf(0), column, cells, style: { numberFormat: HIDDEN_FORMAT } }];
}

/** A parameter's name points at its code (helper) cell when it has one, else at its value cell. */
function parameterNames(rows: readonly ParameterRow[], sheet: string, helper: number): NamedRangePlan[] {
  return rows.flatMap((row, k) =>
    row.name
      ? [{ name: row.name, sheet, address: absoluteA1(rowOf(k), row.codeOf ? helper + 1 : VALUE_COLUMN) }]
      : [],
  );
}

function parameterValidations(rows: readonly ParameterRow[]): ListValidationPlan[] {
  return rows.flatMap((row, k) =>
    row.choices ? [{ range: cellA1(rowOf(k), VALUE_COLUMN), source: row.choices, allowBlank: false }] : [],
  );
}

function referenceSections(
  m: Methodology,
  people: readonly string[],
  start: number,
  sheet: string,
  lang: Lang,
  tr: Translate,
): Section[] {
  const sections: Section[] = [];
  let row = start;
  const add = (section: Section): void => {
    sections.push(section);
    row += section.height + 1;
  };
  // Scales, then levels: readMethodSheet finds the bands at these places, counted from the table's end.
  for (const key of scalesShown(m)) add(scaleSection(m, key, row, sheet, lang, tr));
  add(levelSection(m, row, sheet, lang, tr));
  if (m.method === "gbt-matrix") add(matricesSection(m, row, sheet, tr));
  add(peopleSection(people, row, sheet, tr));
  // Last: it names no cell, so the places formulas and readMethodSheet rely on stay where they were.
  add(planRulesLegend(m, row, lang, tr));
  return sections;
}

/** The first column right of every block the sections write. */
function helperColumn(blocks: readonly CellBlock[]): number {
  const right = blocks.map((b) => b.column + Math.max(0, ...b.cells.map((line) => line.length)));
  return Math.max(MIN_HELPER_COLUMN, ...right);
}

/**
 * The methodology sheet and the names it defines; `people` fills the responsible persons list (the
 * sample client's owners, an adopted workbook's), which a person completes.
 * @example methodSheetPlan(defaultMethodology("gbt-matrix"), "zh-CN").names.map((n) => n.name)
 * // ["ISMS_MethodId", "ISMS_Standard", …, "ISMS_ScaleAsset", …, "ISMS_Bands", …, "ISMS_MatrixR", "ISMS_People"]
 */
export function methodSheetPlan(
  methodology: Methodology,
  lang: Lang,
  people: readonly string[] = [],
): MethodSheetPlan {
  const tr = translator(lang);
  const sheet = tr("workbook.sheetNames.method");
  const rows = parameterRows(methodology, tr);
  const sections = referenceSections(methodology, people, TABLE_ROW + rows.length + 2, sheet, lang, tr);
  const heading = [
    {
      row: 0,
      column: 0,
      cells: [[tr("functions.methodSheet.title")]],
      style: { ...TITLE_STYLE, fontColor: "#1F4E79" },
    },
    { row: 1, column: 0, cells: [[tr("functions.methodSheet.intro")]] },
  ] as const;
  const content = [...heading, ...sections.flatMap((s) => s.blocks)];
  const helper = helperColumn(content);
  const table = parameterTable(rows, tr);
  return {
    sheet: {
      key: "method",
      name: sheet,
      mode: "create",
      blocks: [...content, ...helperBlocks(rows, helper)],
      tables: [table],
      validations: parameterValidations(rows),
      conditionalFormats: sections.flatMap((s) => s.conditionalFormats ?? []),
      hyperlinks: [],
      columnWidths: [
        ...table.columns.map((c, column) => ({ column, width: c.width ?? 10 })),
        { column: 3, width: 18 },
        { column: 4, width: 18 },
        { column: 5, width: 40 },
        // The helper columns: as narrow as a column gets while still a column a port writes.
        { column: helper, width: 1 },
        { column: helper + 1, width: 1 },
      ],
      rowHeights: parameterHeights(table),
      tabColor: "#1F4E79",
      print: printPlan("method", TABLE_ROW, lang),
    },
    names: [...parameterNames(rows, sheet, helper), ...sections.flatMap((s) => s.names)],
  };
}
