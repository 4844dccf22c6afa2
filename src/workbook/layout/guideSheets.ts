/**
 * The two sheets every consultant's template carries besides the records: 填写说明 (how to fill in) —
 * what each sheet is for, the order to fill them in, every column of every sheet (required, optional or
 * computed, and how to fill it in), then the methodology's scales, calculation, level bands, acceptance
 * criterion and treatment deadline — and 修订记录 (revision history), a table of versions starting at 1.0.
 * Both print on A4 landscape like every other sheet.
 */
import { protectsFormulas, type Methodology, type ScaleKey } from "../../domain/methodology";
import { messages, translator, type Lang, type Messages, type Translate } from "../../i18n";
import { columnRange } from "../cells/cellAddress";
import { isoToSerial } from "../cells/excelDates";
import { HEADER_STYLE, TITLE_STYLE } from "../method/methodBlocks";
import { headerRowHeight, styledTable, wrappedLines } from "./headerLayout";
import { methodGuideLines, type GuideLine } from "../method/methodGuide";
import { peopleListSource } from "../method/methodPeople";
import type {
  CellBlock,
  CellStyle,
  ListValidationPlan,
  PlanCell,
  RowHeightPlan,
  SheetKey,
  SheetPlan,
} from "../plan";
import { DATA_SHEET_KEYS, sheetSchemas, type DataSheetKey } from "../schema";
import { DATE_FORMAT, writtenColumns, type ColumnSchema } from "../schema/columnSchema";
import { bindMethod } from "../schema/methodBinding";
import { registerSchema } from "../schema/registerSchemas";
import { listSource, peopleListMessage } from "./listSources";
import { printPlan } from "./printSetup";
import { REGISTER_SHEET_ORDER } from "./registerSheets";

/**
 * The sheet keys the two plans carry. SheetKey has no "guide" or "revisions" yet: until it does, both
 * borrow the methodology's key (they belong to its document set), which also gives them its document
 * number in the page header.
 */
const GUIDE_KEY: SheetKey = "guide";
const REVISIONS_KEY: SheetKey = "revisions";

/** Stable name of the revision history table. */
export const REVISIONS_TABLE = "ISMS_Revisions";

/** Guide columns: A names (sheet, column, rating), B the main text, C a second text, D a short mark. */
const GUIDE_WIDTHS = [26, 60, 40, 12] as const;
/** Points per line of wrapped text (11-point type with its leading; CJK fonts run a little taller). */
const LINE_POINTS = 16;

const BODY_STYLE: CellStyle = { wrap: true, verticalAlignment: "top" };
const SUBTITLE_STYLE: CellStyle = { bold: true, fill: "#F2F2F2" };

const STYLES: Readonly<Record<GuideLine["kind"], CellStyle>> = {
  title: TITLE_STYLE,
  subtitle: SUBTITLE_STYLE,
  header: HEADER_STYLE,
  text: BODY_STYLE,
};

/** The lines the tallest wrapped cell of a line needs. */
function linesOf(line: GuideLine): number {
  const lines = line.cells.map((cell, c) =>
    typeof cell === "string" ? wrappedLines(cell, (GUIDE_WIDTHS[c] ?? 10) - 1) : 1,
  );
  return Math.max(1, ...lines);
}

/**
 * Lays lines out from row 0, one blank row between sections. Rows whose text wraps get a height: set
 * for header rows, an estimate for the others (Excel fits those itself; LibreOffice and WPS do not).
 */
function layOut(sections: readonly (readonly GuideLine[])[]): Pick<SheetPlan, "blocks" | "rowHeights"> {
  const blocks: CellBlock[] = [];
  const rowHeights: RowHeightPlan[] = [];
  let row = 0;
  sections.forEach((lines, s) => {
    if (s > 0) row++;
    for (const line of lines) {
      blocks.push({ row, column: 0, cells: [line.cells], style: STYLES[line.kind] });
      const count = line.kind === "text" || line.kind === "header" ? linesOf(line) : 1;
      if (count > 1)
        rowHeights.push({
          row,
          height: count * LINE_POINTS,
          ...(line.kind === "text" ? { estimate: true } : {}),
        });
      row++;
    }
  });
  return { blocks, rowHeights };
}

type SheetNames = Readonly<Record<DataSheetKey | "method" | "revisions", string>>;

/** Each sheet's name as a new workbook calls it. */
function sheetNames(m: Methodology, lang: Lang, tr: Translate): SheetNames {
  const schemas = sheetSchemas(bindMethod(m));
  const of = (key: DataSheetKey): string => schemas[key].names[lang];
  return {
    method: tr("workbook.sheetNames.method"),
    assets: of("assets"),
    threats: of("threats"),
    vulnerabilities: of("vulnerabilities"),
    risks: of("risks"),
    treatments: of("treatments"),
    soa: of("soa"),
    gap: of("gap"),
    revisions: tr("guide.sheetNames.revisions"),
  };
}

function introLines(names: SheetNames, protect: boolean, tr: Translate): GuideLine[] {
  const label = (key: "purpose" | "computed" | "prevails") => tr(`guide.intro.labels.${key}`);
  return [
    { kind: "title", cells: [tr("guide.title")] },
    { kind: "text", cells: [label("purpose"), tr("guide.intro.purpose")] },
    { kind: "text", cells: [label("computed"), tr("guide.intro.computed")] },
    // The grey cells and the protection without a password, where the methodology protects them.
    ...(protect ? [{ kind: "text" as const, cells: ["", tr("protection.legend")] }] : []),
    {
      kind: "text",
      cells: [
        label("prevails"),
        tr("guide.intro.prevails", { method: names.method, revisions: names.revisions }),
      ],
    },
  ];
}

type Step = keyof Messages["guide"]["order"]["steps"];
const STEPS: readonly Step[] = [
  "method",
  "assets",
  "threats",
  "vulnerabilities",
  "risks",
  "treatments",
  "soa",
  "gap",
  "revisions",
];

function orderLines(names: SheetNames, tr: Translate): GuideLine[] {
  const h = (key: "sheet" | "what" | "who") => tr(`guide.order.headers.${key}`);
  return [
    { kind: "title", cells: [tr("guide.order.title")] },
    { kind: "header", cells: [h("sheet"), h("what"), h("who")] },
    ...STEPS.map((step, k): GuideLine => ({
      kind: "text",
      cells: [
        `${k + 1}. ${names[step]}`,
        tr(`guide.order.steps.${step}.what`),
        tr(`guide.order.steps.${step}.who`),
      ],
    })),
  ];
}

/**
 * The registers for certification (职责说明 … 管理评审输入): what each is for and who fills it in, in the
 * order the sheets follow the risk work, and that the readiness check scores them.
 */
function registerLines(lang: Lang, tr: Translate): GuideLine[] {
  const h = (key: "sheet" | "what" | "who") => tr(`guide.order.headers.${key}`);
  return [
    { kind: "title", cells: [tr("guide.registers.title")] },
    { kind: "text", cells: ["", tr("guide.registers.intro")] },
    { kind: "header", cells: [h("sheet"), h("what"), h("who")] },
    ...REGISTER_SHEET_ORDER.map((key): GuideLine => ({
      kind: "text",
      cells: [
        registerSchema(key).names[lang],
        tr(`guide.registers.steps.${key}.what`),
        tr(`guide.registers.steps.${key}.who`),
      ],
    })),
  ];
}

type NamedList = keyof Messages["guide"]["columns"]["how"]["lists"];
const NAMED_LISTS: readonly NamedList[] = [
  "assetIds",
  "riskIds",
  "threatNames",
  "vulnerabilityNames",
  "owners",
  "levels",
];
const SCALE_KEYS: readonly ScaleKey[] = ["likelihood", "impact", "asset", "threat", "vulnerability"];

/** How a column is filled in: a formula, a list (its items or where it comes from), a rating, a format. */
function howToFill(c: ColumnSchema, m: Methodology, lang: Lang, tr: Translate): string {
  if (c.computed) return tr("guide.columns.how.computed");
  if (c.list) {
    const source = listSource(c.list, lang);
    if (source !== null && typeof source !== "string")
      return tr("guide.columns.how.choose", { items: source.join(" / ") });
    const named = NAMED_LISTS.find((list) => list === c.list);
    if (named) return tr(`guide.columns.how.lists.${named}`);
  }
  const scale = SCALE_KEYS.find((key) => key === c.scale);
  if (c.type === "rating" && scale) {
    const points = m.scales[scale].points;
    return tr("guide.columns.how.rating", {
      min: points[0]?.value ?? 1,
      max: points[points.length - 1]?.value ?? 5,
    });
  }
  switch (c.type) {
    case "id":
      return tr("guide.columns.how.id");
    case "date":
      return tr("guide.columns.how.date");
    case "controls":
      return tr("guide.columns.how.controls");
    case "number":
      return tr("guide.columns.how.number");
    default:
      return tr("guide.columns.how.text");
  }
}

/** What a column means: its hint, else for a rating the scale it is given on. */
function meaningOf(sheet: DataSheetKey, c: ColumnSchema, lang: Lang, tr: Translate): string {
  const hints: Readonly<Record<string, string>> = messages(lang).guide.columns.hints[sheet];
  const hint = hints[c.key];
  if (hint) return hint;
  const scale = SCALE_KEYS.find((key) => key === c.scale);
  if (c.type !== "rating" || !scale || c.computed) return "";
  if (c.key.startsWith("residual")) return tr("guide.columns.residual");
  return tr("guide.columns.rating", { scale: tr(`functions.methodSheet.scales.${scale}`) });
}

function requirementOf(c: ColumnSchema, tr: Translate): string {
  const key = c.computed ? "computed" : c.required ? "required" : "optional";
  return tr(`guide.columns.requirement.${key}`);
}

function columnLines(m: Methodology, lang: Lang, names: SheetNames, tr: Translate): GuideLine[] {
  const schemas = sheetSchemas(bindMethod(m));
  const h = (key: "column" | "note" | "how" | "requirement") => tr(`guide.columns.headers.${key}`);
  return [
    { kind: "title", cells: [tr("guide.columns.title")] },
    { kind: "header", cells: [h("column"), h("note"), h("how"), h("requirement")] },
    ...DATA_SHEET_KEYS.flatMap((sheet): GuideLine[] => [
      { kind: "subtitle", cells: [names[sheet], null, null, null] },
      ...writtenColumns(schemas[sheet]).map((c): GuideLine => ({
        kind: "text",
        cells: [
          c.header[lang],
          meaningOf(sheet, c, lang, tr),
          howToFill(c, m, lang, tr),
          requirementOf(c, tr),
        ],
      })),
    ]),
  ];
}

/**
 * The 填写说明 sheet for a methodology, in `lang`.
 * @example guideSheetPlan(defaultMethodology("atv"), "zh-CN").name // "填写说明"
 */
export function guideSheetPlan(methodology: Methodology, lang: Lang): SheetPlan {
  const tr = translator(lang);
  const names = sheetNames(methodology, lang, tr);
  const { blocks, rowHeights } = layOut([
    introLines(names, protectsFormulas(methodology), tr),
    orderLines(names, tr),
    registerLines(lang, tr),
    columnLines(methodology, lang, names, tr),
    ...methodGuideLines(methodology, lang),
  ]);
  return {
    key: GUIDE_KEY,
    name: tr("guide.sheetNames.guide"),
    mode: "create",
    blocks,
    tables: [],
    validations: [],
    conditionalFormats: [],
    hyperlinks: [],
    columnWidths: GUIDE_WIDTHS.map((width, column) => ({ column, width })),
    rowHeights,
    tabColor: "#7F7F7F",
    print: printPlan(GUIDE_KEY, 0, lang),
  };
}

/** First row (0-based) of the revision table's header: below the title and its line. */
const REVISIONS_ROW = 3;
/** Rows of the table a new workbook starts with: version 1.0 and room for the next versions. */
const REVISION_ROWS = 10;
/** Rows below the header the people lists reach (the table grows as versions are added). */
const REVISION_CAPACITY = 200;

type RevisionColumn = keyof Messages["guide"]["revisions"]["headers"];
const REVISION_COLUMNS: readonly { key: RevisionColumn; width: number }[] = [
  { key: "version", width: 10 },
  { key: "date", width: 14 },
  { key: "change", width: 60 },
  { key: "author", width: 14 },
  { key: "reviewer", width: 14 },
  { key: "approver", width: 14 },
];

/** The prepared-by, reviewed-by and approved-by columns offer the people list, warning on a new name. */
function revisionValidations(lang: Lang): ListValidationPlan[] {
  // The message follows the column's role: the approver's says who normally approves.
  const people: readonly { key: RevisionColumn; role: "person" | "approver" }[] = [
    { key: "author", role: "person" },
    { key: "reviewer", role: "person" },
    { key: "approver", role: "approver" },
  ];
  return people.map(({ key, role }) => {
    const column = REVISION_COLUMNS.findIndex((c) => c.key === key);
    return {
      range: columnRange(column, REVISIONS_ROW + 1, REVISIONS_ROW + REVISION_CAPACITY),
      source: peopleListSource(),
      allowBlank: true,
      alert: "warning",
      errorMessage: peopleListMessage(role, lang),
    };
  });
}

/**
 * The 修订记录 sheet: a table of versions whose first row is version 1.0 of `date` (ISO; left blank
 * when not a date), with room below for the next versions.
 * @example revisionsSheetPlan("zh-CN", "2026-03-02").tables[0]?.rows[0] // ["1.0", 46083, "首次发布", null, null, null]
 */
export function revisionsSheetPlan(lang: Lang, date?: string): SheetPlan {
  const tr = translator(lang);
  const issued: PlanCell = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? isoToSerial(date) : null;
  const first: PlanCell[] = ["1.0", issued, tr("guide.revisions.firstIssue"), null, null, null];
  const blank = (): PlanCell[] => REVISION_COLUMNS.map(() => null);
  const table = styledTable({
    name: REVISIONS_TABLE,
    row: REVISIONS_ROW,
    column: 0,
    columns: REVISION_COLUMNS.map(({ key, width }) => ({
      key,
      header: tr(`guide.revisions.headers.${key}`),
      width,
      ...(key === "date" ? { numberFormat: DATE_FORMAT } : {}),
      ...(key === "change" ? { wrap: true } : {}),
    })),
    rows: [first, ...Array.from({ length: REVISION_ROWS - 1 }, blank)],
  });
  return {
    key: REVISIONS_KEY,
    name: tr("guide.sheetNames.revisions"),
    mode: "create",
    blocks: [
      { row: 0, column: 0, cells: [[tr("guide.revisions.title")]], style: TITLE_STYLE },
      { row: 1, column: 0, cells: [[tr("guide.revisions.intro")]] },
    ],
    tables: [table],
    validations: revisionValidations(lang),
    conditionalFormats: [],
    hyperlinks: [],
    freeze: { rows: REVISIONS_ROW + 1, columns: 0 },
    columnWidths: table.columns.map((c, column) => ({ column, width: c.width ?? 10 })),
    rowHeights: [{ row: REVISIONS_ROW, height: headerRowHeight(table.columns) }],
    tabColor: "#7F7F7F",
    print: printPlan(REVISIONS_KEY, REVISIONS_ROW, lang),
  };
}
