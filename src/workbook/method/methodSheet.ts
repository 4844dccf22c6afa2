/**
 * The methodology sheet (方法 / Methodology) as a plan: the parameter table ISMS_Method (method, standard,
 * asset valuation, weights, rounding, acceptance criterion, treatment deadline, …), then the rating
 * scales, the level bands, for the GB/T matrix method the three matrices, and the legend of the treatment
 * plan's red and amber cells. It defines the workbook names every native formula reads
 * (docs/risk-methods.md lists them), so editing a value here recalculates the register.
 */
import type { Methodology, ScaleKey } from "../../domain/methodology/types";
import { riskInputs, scaleKeyOf } from "../../domain/risk/methodInputs";
import { translator, type Lang, type Translate } from "../../i18n";
import { absoluteA1, cellA1 } from "../cells/cellAddress";
import { levelSection, matricesSection, scaleSection, TITLE_STYLE, type Section } from "./methodBlocks";
import { parameterRows, type ParameterRow } from "./methodParameters";
import { planRulesLegend } from "./planRulesLegend";
import { printPlan } from "../layout/printSetup";
import type { ListValidationPlan, NamedRangePlan, SheetPlan, TablePlan } from "../plan";

export interface MethodSheetPlan {
  readonly sheet: SheetPlan;
  readonly names: readonly NamedRangePlan[];
}

/** Stable name of the parameter table. */
export const METHOD_TABLE = "ISMS_Method";

/** First row (0-based) of the parameter table's header. */
const TABLE_ROW = 3;

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
  const h = (key: "key" | "parameter" | "value" | "note") => tr(`functions.methodSheet.headers.${key}`);
  return {
    name: METHOD_TABLE,
    row: TABLE_ROW,
    column: 0,
    columns: [
      { key: "key", header: h("key"), width: 26 },
      { key: "parameter", header: h("parameter"), width: 44, wrap: true },
      { key: "value", header: h("value"), width: 22 },
      { key: "note", header: h("note"), width: 60, wrap: true },
    ],
    rows: rows.map((row) => [row.key, row.label, row.value, row.note]),
  };
}

function parameterNames(rows: readonly ParameterRow[], sheet: string): NamedRangePlan[] {
  return rows.flatMap((row, k) =>
    row.name ? [{ name: row.name, sheet, address: absoluteA1(TABLE_ROW + 1 + k, 2) }] : [],
  );
}

function parameterValidations(rows: readonly ParameterRow[]): ListValidationPlan[] {
  return rows.flatMap((row, k) =>
    row.choices ? [{ range: cellA1(TABLE_ROW + 1 + k, 2), source: row.choices, allowBlank: false }] : [],
  );
}

function referenceSections(
  m: Methodology,
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
  for (const key of scalesShown(m)) add(scaleSection(m, key, row, sheet, lang, tr));
  add(levelSection(m, row, sheet, lang, tr));
  if (m.method === "gbt-matrix") add(matricesSection(m, row, sheet, tr));
  // Last: it names no cell, so the places formulas and readMethodSheet rely on stay where they were.
  add(planRulesLegend(m, row, lang, tr));
  return sections;
}

/**
 * The methodology sheet and the names it defines.
 * @example methodSheetPlan(defaultMethodology("gbt-matrix"), "zh-CN").names.map((n) => n.name)
 * // ["ISMS_MethodId", "ISMS_Standard", …, "ISMS_ScaleAsset", …, "ISMS_Bands", …, "ISMS_MatrixR"]
 */
export function methodSheetPlan(methodology: Methodology, lang: Lang): MethodSheetPlan {
  const tr = translator(lang);
  const sheet = tr("workbook.sheetNames.method");
  const rows = parameterRows(methodology, tr);
  const sections = referenceSections(methodology, TABLE_ROW + rows.length + 2, sheet, lang, tr);
  const heading = [
    {
      row: 0,
      column: 0,
      cells: [[tr("functions.methodSheet.title")]],
      style: { ...TITLE_STYLE, fontColor: "#1F4E79" },
    },
    { row: 1, column: 0, cells: [[tr("functions.methodSheet.intro")]] },
  ] as const;
  return {
    sheet: {
      key: "method",
      name: sheet,
      mode: "create",
      blocks: [...heading, ...sections.flatMap((s) => s.blocks)],
      tables: [parameterTable(rows, tr)],
      validations: parameterValidations(rows),
      conditionalFormats: [],
      hyperlinks: [],
      columnWidths: [
        // Wide enough for the legend's "Accepted by / Accepted on".
        { column: 0, width: 26 },
        { column: 1, width: 44 },
        { column: 2, width: 22 },
        { column: 3, width: 60 },
        { column: 4, width: 18 },
        { column: 5, width: 40 },
      ],
      tabColor: "#1F4E79",
      print: printPlan("method", TABLE_ROW, lang),
    },
    names: [...parameterNames(rows, sheet), ...sections.flatMap((s) => s.names)],
  };
}
