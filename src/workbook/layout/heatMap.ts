/**
 * The risk heat map beside the register: counts of risks per cell of the method's two main axes
 * (likelihood × impact; for GB/T 20984, likelihood level × loss level; otherwise threat ×
 * vulnerability), by COUNTIFS over the register columns. Every cell is filled with the colour of the
 * level its coordinates give under the method's own bands — a static fill, so the zones show in every
 * app and before any risk is entered — with a legend of the levels and a note saying how to read it.
 */
import type { Methodology } from "../../domain/methodology";
import { assessRisk, levelOf, matrixCell, multiplyStep, riskLevel, scaleOf } from "../../domain/risk";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { columnRange } from "../cells/cellAddress";
import { formula, type CellBlock, type ConditionalFormatPlan, type PlanCell } from "../plan";
import type { ColumnSchema } from "../schema/columnSchema";
import { levelColour, levelLegend, levelLegendName } from "./levelColours";

/** The two register columns a method's map counts by, and the level of each cell of it. */
export interface HeatZones {
  /** Register column keys of the rows (drawn highest first) and of the columns. */
  readonly rows: string;
  readonly columns: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /**
   * The level of the cell (row value r, column value c): the highest level the register gives a risk
   * with those values. Under li and gbt-matrix every such risk has it; under atv and cia-max it is the
   * level at the highest asset value (C, I, A rating); under gbt-multiply, the highest over every rating.
   */
  level(r: number, c: number): number;
}

/** gbt-multiply: the highest level a risk reaches per "likelihood level,loss level" over every rating. */
function highestReached(m: Methodology): ReadonlyMap<string, number> {
  const values = (key: "asset" | "threat" | "vulnerability") => scaleOf(m, key).points.map((p) => p.value);
  const highest = new Map<string, number>();
  for (const asset of values("asset"))
    for (const threat of values("threat"))
      for (const vulnerability of values("vulnerability")) {
        const risk = assessRisk(m, { asset, threat, vulnerability });
        if (!risk.ok) continue;
        const at = `${risk.intermediate.likelihoodLevel},${risk.intermediate.lossLevel}`;
        highest.set(at, Math.max(highest.get(at) ?? 1, risk.level));
      }
  return highest;
}

/**
 * gbt-multiply: each cell's highest reached level; a cell no rating reaches (likelihood level 5 with
 * loss level 1 shares the vulnerability) takes the level of √(top of both bands), like its neighbours.
 */
function multiplyZones(m: Methodology): (r: number, c: number) => number {
  const highest = highestReached(m);
  const last = (key: "threat" | "vulnerability" | "asset") => scaleOf(m, key).points.length;
  const top = (bands: readonly number[], k: number, max: number) =>
    k < bands.length ? (bands[k] ?? max) - 0.01 : max;
  const maxLikelihood = multiplyStep(last("threat"), last("vulnerability"), m.rounding);
  const maxLoss = multiplyStep(last("asset"), last("vulnerability"), m.rounding);
  return (r, c) =>
    highest.get(`${r},${c}`) ??
    riskLevel(
      m,
      multiplyStep(top(m.likelihoodBands, r, maxLikelihood), top(m.lossBands, c, maxLoss), m.rounding),
    );
}

/** The highest rating of the asset scale: asset value, and C, I and A for cia-max. */
function highestAsset(m: Methodology): number {
  return scaleOf(m, "asset").points.length;
}

/**
 * The axes of a method's heat map and the level of each of its cells.
 * @example heatZones(presetById("atv")!).level(4, 3) // 4 (高): 5 × 4 × 3 = 60, in the band 50–79
 */
export function heatZones(m: Methodology): HeatZones {
  switch (m.method) {
    case "li":
      return {
        rows: "likelihood",
        columns: "impact",
        rowCount: m.scales.likelihood.points.length,
        columnCount: m.scales.impact.points.length,
        level: (r, c) => riskLevel(m, r * c),
      };
    case "gbt-matrix":
    case "gbt-multiply":
      return {
        rows: "likelihoodLevel",
        columns: "lossLevel",
        rowCount: m.likelihoodBands.length,
        columnCount: m.lossBands.length,
        level:
          m.method === "gbt-matrix"
            ? (r, c) => levelOf(m.bands, matrixCell(m.matrices.risk, r, c))
            : multiplyZones(m),
      };
    case "atv":
    case "cia-max": {
      // The highest asset value (or C, I, A rating) gives the highest level: the product grows with it.
      const highest = highestAsset(m);
      return {
        rows: "threatRating",
        columns: "vulnerabilityRating",
        rowCount: m.scales.threat.points.length,
        columnCount: m.scales.vulnerability.points.length,
        level: (r, c) => riskLevel(m, highest * r * c),
      };
    }
  }
}

/** Display width of a text in Excel's character units: a CJK character takes two. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** Punctuation that never ends (opening) or starts (closing) a line: it goes with its neighbour. */
const OPENING = /^[（《“‘([]$/u;
const CLOSING = /^[，。；：、！？）》”’),.;:!?\]]$/u;

/** Words, spaces and single CJK characters, each punctuation mark joined to the token it belongs to. */
function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  let opening = "";
  for (const token of text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/gu) ?? []) {
    const last = tokens.length - 1;
    if (OPENING.test(token)) opening += token;
    else if (CLOSING.test(token) && last >= 0 && !/^\s/.test(tokens[last] ?? " ")) tokens[last] += token;
    else {
      tokens.push(opening + token);
      opening = "";
    }
  }
  if (opening) tokens.push(opening);
  return tokens;
}

/**
 * A text broken into lines of at most `width` (a word, a CJK character and its punctuation are never
 * split), one per row, so a note stays within the map when printed instead of running on to the right.
 * @example lines("Number: the risks of the register", 20) // ["Number: the risks of", "the register"]
 */
function lines(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const token of tokensOf(text)) {
    if (line.trim() === "" || textWidth((line + token).trimEnd()) <= width) {
      line += token;
      continue;
    }
    out.push(line.trimEnd());
    line = token.trimStart();
  }
  if (line.trim() !== "") out.push(line.trimEnd());
  return out;
}

/** Count cells show nothing for zero, so the risks stand out on the coloured zones. */
const COUNT_FORMAT = "0;-0;;@";
const COUNT_WIDTH = 6;

export interface HeatMapPlan {
  readonly blocks: readonly CellBlock[];
  /** None: the zones are static fills. Kept so the register's formats still merge the same way. */
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  /** Widths of the map's columns, so the axis label and the legend are not cut. */
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
}

/** One block per run of equally coloured cells of a grid row (a block has one style). */
function zoneBlocks(
  row: number,
  column: number,
  cells: readonly PlanCell[],
  levels: readonly number[],
  count: number,
): CellBlock[] {
  const blocks: CellBlock[] = [];
  let start = 0;
  for (let c = 1; c <= cells.length; c++) {
    if (c < cells.length && levels[c] === levels[start]) continue;
    const fill = levelColour(levels[start] ?? 1, count);
    blocks.push({
      row,
      column: column + start,
      cells: [cells.slice(start, c)],
      style: { fill, numberFormat: COUNT_FORMAT },
    });
    start = c;
  }
  return blocks;
}

/** The first row of counts: below the title, the column axis label and the row of column values. */
const GRID_TOP = 3;

/** The row values down the first column (highest first) and, right of them, the coloured counts. */
function gridBlocks(
  zones: HeatZones,
  ranges: { rows: string; columns: string },
  left: number,
  levelCount: number,
): CellBlock[] {
  const values = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const rowValues = values(zones.rowCount).reverse();
  const blocks: CellBlock[] = [
    { row: GRID_TOP, column: left, cells: rowValues.map((r) => [r]), style: { bold: true } },
  ];
  rowValues.forEach((r, i) => {
    const counts = values(zones.columnCount).map((c) =>
      formula(`COUNTIFS(${ranges.rows},${r},${ranges.columns},${c})`),
    );
    const levels = values(zones.columnCount).map((c) => zones.level(r, c));
    blocks.push(...zoneBlocks(GRID_TOP + i, left + 1, counts, levels, levelCount));
  });
  return blocks;
}

/**
 * The heat map at `startColumn` of the register sheet, or nothing when the axes are not columns: title,
 * axis labels, the coloured grid of COUNTIFS, the legend and the reading notes, top to bottom.
 * @example heatMap(defaultMethodology("li"), columns, 1000, "en", 20).blocks[0]?.cells // [["Risk heat map (number of risks)"]]
 */
export function heatMap(
  m: Methodology,
  columns: readonly ColumnSchema[],
  capacity: number,
  lang: Lang,
  startColumn: number,
): HeatMapPlan {
  const zones = heatZones(m);
  const rowColumn = columns.findIndex((c) => c.key === zones.rows);
  const columnColumn = columns.findIndex((c) => c.key === zones.columns);
  const rowHeader = columns[rowColumn]?.header[lang];
  const columnHeader = columns[columnColumn]?.header[lang];
  if (rowHeader === undefined || columnHeader === undefined) {
    return { blocks: [], conditionalFormats: [], columnWidths: [] };
  }
  const left = startColumn;
  const rowsAxis = t(lang, "heat.rowsAxis", { name: rowHeader });
  const levelNames = m.levels.map((l) => levelLegendName(m, l.level, lang));
  const firstWidth = Math.min(40, Math.max(COUNT_WIDTH, ...[rowsAxis, ...levelNames].map(textWidth)) + 2);
  const columnValues = Array.from({ length: zones.columnCount }, (_, i) => i + 1);
  const ranges = {
    rows: columnRange(rowColumn, 1, capacity, true),
    columns: columnRange(columnColumn, 1, capacity, true),
  };
  const legendTop = GRID_TOP + zones.rowCount + 1;
  const notesTop = legendTop + 2 + m.levels.length + 1;
  const notes = [t(lang, `heat.rule.${m.method}`, { max: highestAsset(m) }), t(lang, "heat.count")];
  const noteWidth = firstWidth + zones.columnCount * COUNT_WIDTH - 2;
  return {
    blocks: [
      { row: 0, column: left, cells: [[t(lang, "heat.title")]], style: { bold: true } },
      { row: 1, column: left + 1, cells: [[t(lang, "heat.columnsAxis", { name: columnHeader })]] },
      { row: 2, column: left, cells: [[rowsAxis, ...columnValues]], style: { bold: true } },
      ...gridBlocks(zones, ranges, left, m.levels.length),
      ...levelLegend(m, lang, legendTop, left),
      {
        row: notesTop,
        column: left,
        cells: notes.flatMap((note) => lines(note, noteWidth)).map((line) => [line]),
      },
    ],
    conditionalFormats: [],
    columnWidths: [
      { column: left, width: firstWidth },
      ...columnValues.map((c) => ({ column: left + c, width: COUNT_WIDTH })),
    ],
  };
}
