/**
 * The gap analysis sheet (差距分析) as a plan: every requirement of the standard — clauses 4–10 with their
 * sub-clauses, then every Annex A control — with bilingual titles and the catalog's evidence prompts; the
 * rating list of the maturity scale (0–5, 不适用 / N/A); native formulas for each row (gap, priority and the
 * weighted sums) and, beside the table, a summary block whose SUMIF roll-ups per clause, per Annex A theme
 * (per 2013 domain) and overall compute what src/domain/gap computes, in Excel, WPS and LibreOffice alike;
 * coloured scores; and two native charts (current against target by clause, and by theme).
 */
import { GAP_SCALES, gapRequirements, type GapRequirement } from "../../domain/gap";
import type { StandardVersion } from "../../domain/methodology";
import { t } from "../../i18n";
import type { workbook as words } from "../../i18n/en/workbook";
import type { Lang } from "../../i18n/types";
import { absoluteA1, cellA1, columnLetters, columnRange } from "../cells/cellAddress";
import {
  formula,
  type IsmsMetadata,
  type WorkbookPlan,
  type CellBlock,
  type ChartPlan,
  type ConditionalFormatPlan,
  type NamedRangePlan,
  type PlanCell,
  type SheetPlan,
} from "../plan";
import type { ColumnValues } from "../recordCodecs";
import { writtenColumns, type SheetSchema } from "../schema/columnSchema";
import { gapSchema } from "../schema/soaGapSchemas";
import type { WorkbookSnapshot } from "../sheetData";
import { findConflicts, placeBeside } from "./sheetConflicts";
import { GAP_DEFAULT_TARGET_NAME, GAP_NA_AT_TARGET_NAME, GAP_SCALE_MAX_NAME } from "../schema/soaGapSchemas";
import { dataSheetPlan } from "./dataSheetPlan";
import { readMethodSheet } from "../method/readMethodSheet";
import { protectedAddition } from "./protectionPlan";
import { gapGroupTitle, sheetGroup } from "./gapGroups";

/** A rating typed into the sheet for a requirement (the sample's, or a client's). */
export interface GapSheetEntry {
  readonly current?: number | "na";
  readonly target?: number;
  readonly weight?: number;
  readonly currentState?: string;
  readonly recommendation?: string;
}

export interface GapSheetInput {
  readonly schema: SheetSchema;
  readonly name: string;
  readonly lang: Lang;
  readonly standard: StandardVersion;
  /** By requirement id. */
  readonly entries?: ReadonlyMap<string, GapSheetEntry>;
}

export interface GapSheet {
  readonly sheet: SheetPlan;
  readonly names: readonly NamedRangePlan[];
}

const SCALE = GAP_SCALES.maturity;

type GapWord = Exclude<keyof (typeof words)["gap"], "kind" | "themes">;
const gapWord = (lang: Lang, key: GapWord): string => t(lang, `workbook.gap.${key}`);
const SCORE_FORMAT = "0%";

function levelLabel(requirement: GapRequirement, lang: Lang): string {
  return t(lang, `workbook.gap.kind.${requirement.kind}`);
}

function rowValues(requirement: GapRequirement, lang: Lang, entry: GapSheetEntry | undefined): ColumnValues {
  const na = gapWord(lang, "na");
  return {
    requirementId: requirement.id,
    title: requirement.title[lang],
    level: levelLabel(requirement, lang),
    group: sheetGroup(requirement),
    evidence: requirement.evidence.map((e) => e[lang]).join("\n"),
    ...(entry?.current === undefined ? {} : { currentRating: entry.current === "na" ? na : entry.current }),
    target: entry?.target ?? SCALE.defaultTarget,
    ...(entry?.weight === undefined ? {} : { weight: entry.weight }),
    ...(entry?.currentState ? { currentState: entry.currentState } : {}),
    ...(entry?.recommendation ? { recommendation: entry.recommendation } : {}),
  };
}

interface SummaryGroup {
  readonly id: string;
  readonly title: string;
}

/** The clause groups (4–10) and the theme/domain groups of the standard, in order. */
function summaryGroups(
  requirements: readonly GapRequirement[],
  standard: StandardVersion,
  lang: Lang,
): {
  clauses: SummaryGroup[];
  themes: SummaryGroup[];
} {
  const clauses = requirements
    .filter((r) => r.kind === "clause")
    .map((r) => ({ id: r.id, title: `${r.id} ${r.title[lang]}` }));
  const themeIds = [...new Set(requirements.filter((r) => r.kind === "control").map(sheetGroup))];
  const themes = themeIds.map((id) => ({ id, title: `${id} ${gapGroupTitle(id, standard, lang)}` }));
  return { clauses, themes };
}

/**
 * The summary block: parameters (scale maximum, default target, N/A at target), then one row per group
 * with its score, target, gap and share of target as fractions, and the overall row.
 */
function summary(
  input: GapSheetInput,
  requirements: readonly GapRequirement[],
  columns: readonly string[],
  rows: number,
  left: number,
): { blocks: CellBlock[]; names: NamedRangePlan[]; formats: ConditionalFormatPlan[]; charts: ChartPlan[] } {
  const { lang, name } = input;
  const col = (key: string) => {
    const index = columns.indexOf(key);
    return `$${columnLetters(index)}$2:$${columnLetters(index)}$${rows + 1}`;
  };
  const [group, counted, current, target] = [
    col("group"),
    col("countedWeight"),
    col("weightedCurrent"),
    col("weightedTarget"),
  ];
  const tr = (key: GapWord) => gapWord(lang, key);
  const parameters: PlanCell[][] = [
    [tr("summaryTitle"), null],
    [tr("scaleMax"), SCALE.max],
    [tr("defaultTarget"), SCALE.defaultTarget],
    [tr("naAtTarget"), false],
  ];
  const names: NamedRangePlan[] = [
    { name: GAP_SCALE_MAX_NAME, sheet: name, address: absoluteA1(1, left + 1) },
    { name: GAP_DEFAULT_TARGET_NAME, sheet: name, address: absoluteA1(2, left + 1) },
    { name: GAP_NA_AT_TARGET_NAME, sheet: name, address: absoluteA1(3, left + 1) },
  ];
  const top = parameters.length + 1;
  const header = [tr("group"), tr("groupTitle"), tr("score"), tr("target"), tr("gap"), tr("ofTarget")];
  const { clauses, themes } = summaryGroups(requirements, input.standard, lang);
  const groupRow = (g: SummaryGroup, r: number): PlanCell[] => {
    const at = (c: number) => cellA1(r, left + c);
    const sum = (range: string) => `SUMIF(${group},${at(0)},${range})`;
    return [
      g.id,
      g.title,
      formula(`=IF(${sum(counted)}=0,"",${sum(current)}/${sum(counted)}/${GAP_SCALE_MAX_NAME})`),
      formula(`=IF(${sum(counted)}=0,"",${sum(target)}/${sum(counted)}/${GAP_SCALE_MAX_NAME})`),
      formula(`=IF(${at(2)}="","",${at(3)}-${at(2)})`),
      formula(`=IF(OR(${at(2)}="",N(${at(3)})=0),"",${at(2)}/${at(3)})`),
    ];
  };
  const overallRow = (r: number): PlanCell[] => {
    const at = (c: number) => cellA1(r, left + c);
    return [
      tr("overall"),
      tr("overallTitle"),
      formula(`=IF(SUM(${counted})=0,"",SUM(${current})/SUM(${counted})/${GAP_SCALE_MAX_NAME})`),
      formula(`=IF(SUM(${counted})=0,"",SUM(${target})/SUM(${counted})/${GAP_SCALE_MAX_NAME})`),
      formula(`=IF(${at(2)}="","",${at(3)}-${at(2)})`),
      formula(`=IF(OR(${at(2)}="",N(${at(3)})=0),"",${at(2)}/${at(3)})`),
    ];
  };
  const clauseTop = top + 1;
  const clauseRows = clauses.map((g, i) => groupRow(g, clauseTop + i));
  const themeTop = clauseTop + clauses.length;
  const themeRows = themes.map((g, i) => groupRow(g, themeTop + i));
  const overallAt = themeTop + themes.length;
  const scoreRows = [...clauseRows, ...themeRows, overallRow(overallAt)];
  const blocks: CellBlock[] = [
    { row: 0, column: left, cells: parameters.slice(0, 1), style: { bold: true, fontColor: "#1F4E79" } },
    { row: 1, column: left, cells: parameters.slice(1) },
    { row: top, column: left, cells: [header], style: { bold: true, fill: "#DDEBF7", wrap: true } },
    { row: clauseTop, column: left, cells: scoreRows.slice(0, -1).map((r) => r.slice(0, 2)) },
    {
      row: overallAt,
      column: left,
      cells: scoreRows.slice(-1).map((r) => r.slice(0, 2)),
      style: { bold: true },
    },
    {
      row: clauseTop,
      column: left + 2,
      cells: scoreRows.map((r) => r.slice(2)),
      style: { numberFormat: SCORE_FORMAT },
    },
  ];
  const scoreRange = `${cellA1(clauseTop, left + 2)}:${cellA1(overallAt, left + 2)}`;
  const first = cellA1(clauseTop, left + 2);
  // Below 40 % red, below 60 % amber, else green: the bands a management summary reads at a glance.
  const band = (test: string, fill: `#${string}`): ConditionalFormatPlan => ({
    kind: "expression",
    range: scoreRange,
    formula: `=AND(ISNUMBER(${first}),${test.replace(/\$/g, first)})`,
    fill,
  });
  const formats = [band("$<0.4", "#F8CBAD"), band("$>=0.4,$<0.6", "#FFE699"), band("$>=0.6", "#C6EFCE")];
  const series = (from: number, count: number) => [
    { name: tr("score"), values: `${cellA1(from, left + 2)}:${cellA1(from + count - 1, left + 2)}` },
    { name: tr("target"), values: `${cellA1(from, left + 3)}:${cellA1(from + count - 1, left + 3)}` },
  ];
  const chartTop = overallAt + 2;
  const charts: ChartPlan[] = [
    {
      kind: "bar",
      title: tr("chartClauses"),
      categories: `${cellA1(clauseTop, left)}:${cellA1(clauseTop + clauses.length - 1, left)}`,
      series: series(clauseTop, clauses.length),
      anchor: { row: chartTop, column: left, rows: 16, columns: 6 },
    },
    {
      kind: "radar",
      title: tr("chartThemes"),
      categories: `${cellA1(themeTop, left)}:${cellA1(themeTop + themes.length - 1, left)}`,
      series: series(themeTop, themes.length),
      anchor: { row: chartTop + 17, column: left, rows: 18, columns: 6 },
    },
  ];
  return { blocks, names, formats, charts };
}

/**
 * The gap sheet and the names its formulas use.
 * @example gapSheetPlan({ schema: gapSchema(), name: "差距分析", lang: "zh-CN", standard: "2022" }).sheet.tables[0]?.rows.length // 122 (29 clause rows + 93 controls)
 */
export function gapSheetPlan(input: GapSheetInput): GapSheet {
  const requirements = gapRequirements(input.standard);
  const rows = requirements.map((r) => rowValues(r, input.lang, input.entries?.get(r.id)));
  const base = dataSheetPlan({
    schema: input.schema,
    name: input.name,
    lang: input.lang,
    rows,
    minRows: rows.length,
    levelCount: 5,
  });
  const columns = writtenColumns(input.schema).map((c) => c.key);
  const left = columns.length + 1;
  const block = summary(input, requirements, columns, rows.length, left);
  const ratingColumn = columns.indexOf("currentRating");
  const targetColumn = columns.indexOf("target");
  const scores = SCALE.points.filter((p) => p.value !== null).map((p) => String(p.value));
  const ratingList = [...scores, gapWord(input.lang, "na")];
  return {
    sheet: {
      ...base,
      blocks: [...base.blocks, ...block.blocks],
      validations: [
        ...base.validations,
        {
          range: columnRange(ratingColumn, 1, rows.length),
          source: ratingList,
          allowBlank: true,
          errorMessage: gapWord(input.lang, "ratingError"),
        },
        {
          range: columnRange(targetColumn, 1, rows.length),
          source: scores,
          allowBlank: true,
          errorMessage: gapWord(input.lang, "targetError"),
        },
      ],
      conditionalFormats: [...base.conditionalFormats, ...block.formats],
      columnWidths: [
        ...(base.columnWidths ?? []),
        { column: left, width: 10 },
        { column: left + 1, width: 30 },
        { column: left + 2, width: 10 },
        { column: left + 3, width: 10 },
        { column: left + 4, width: 10 },
        { column: left + 5, width: 10 },
      ],
      freeze: { rows: 1, columns: 2 },
      charts: block.charts,
    },
    names: block.names,
  };
}

/**
 * A plan that adds the gap sheet to an existing workbook: under its usual name, or beside a sheet or
 * table of that name (a free sheet name, and its table and names suffixed, as a create beside does); the
 * workbook's metadata (kept, or started) gains the sheet.
 */
export function gapSheetAddition(
  existing: WorkbookSnapshot,
  lang: Lang,
  standard: StandardVersion,
): WorkbookPlan {
  const schema = gapSchema();
  const { sheet, names } = gapSheetPlan({ schema, name: schema.names[lang], lang, standard });
  const alone: WorkbookPlan = { sheets: [sheet], names };
  const placed = findConflicts(alone, existing).length > 0 ? placeBeside(alone, existing).plan : alone;
  const written = placed.sheets[0] ?? sheet;
  const entry = {
    key: written.key,
    name: written.name,
    table: written.tables[0]?.name ?? schema.table,
    columns: written.tables[0]?.columns.map((c) => c.key) ?? [],
  };
  const metadata: IsmsMetadata = existing.metadata
    ? { ...existing.metadata, sheets: [...existing.metadata.sheets.filter((s) => s.key !== "gap"), entry] }
    : { version: 1, lang, standard, sheets: [entry] };
  // Protected as the workbook's methodology says, like the gap sheet of a new workbook.
  const added = protectedAddition(written, schema, readMethodSheet(existing)?.methodology, metadata);
  const sheets = placed.sheets.map((s) => (s === written ? added.sheet : s));
  return { ...placed, sheets, metadata: added.metadata, activate: written.name };
}
