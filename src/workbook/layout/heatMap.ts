/**
 * The risk heat map beside the register: counts of risks per cell of the method's two main axes
 * (likelihood × impact; for GB/T 20984, likelihood level × loss level; otherwise threat ×
 * vulnerability), by COUNTIFS over the register columns, each cell coloured by its risk level once it
 * holds a risk.
 */
import type { Methodology } from "../../domain/methodology";
import { levelOf, matrixCell, riskLevel } from "../../domain/risk";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { columnRange, cellA1 } from "../cells/cellAddress";
import { formula, type CellBlock, type ConditionalFormatPlan, type PlanCell } from "../plan";
import type { ColumnSchema } from "../schema/columnSchema";
import { levelColour } from "./levelColours";

interface Axes {
  readonly rows: string;
  readonly columns: string;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Level of the cell (row value r, column value c). */
  level(r: number, c: number): number;
}

function axesOf(m: Methodology): Axes {
  const levels = m.levels.length;
  const proportional = (rows: number, columns: number) => (r: number, c: number) =>
    Math.max(1, Math.ceil(((r * c) / (rows * columns)) * levels));
  switch (m.method) {
    case "li": {
      const rows = m.scales.likelihood.points.length;
      const columns = m.scales.impact.points.length;
      return {
        rows: "likelihood",
        columns: "impact",
        rowCount: rows,
        columnCount: columns,
        level: (r, c) => riskLevel(m, r * c),
      };
    }
    case "gbt-matrix":
      return {
        rows: "likelihoodLevel",
        columns: "lossLevel",
        rowCount: m.likelihoodBands.length,
        columnCount: m.lossBands.length,
        level: (r, c) => levelOf(m.bands, matrixCell(m.matrices.risk, r, c)),
      };
    case "gbt-multiply":
      return {
        rows: "likelihoodLevel",
        columns: "lossLevel",
        rowCount: m.likelihoodBands.length,
        columnCount: m.lossBands.length,
        level: proportional(m.likelihoodBands.length, m.lossBands.length),
      };
    default: {
      const rows = m.scales.threat.points.length;
      const columns = m.scales.vulnerability.points.length;
      return {
        rows: "threatRating",
        columns: "vulnerabilityRating",
        rowCount: rows,
        columnCount: columns,
        level: proportional(rows, columns),
      };
    }
  }
}

export interface HeatMapPlan {
  readonly blocks: readonly CellBlock[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
}

/**
 * The heat map block at `startColumn` of the register sheet, or nothing when the axes are not columns.
 * @example heatMap(defaultMethodology("li"), columns, 1000, "en", 20).blocks[1]?.cells.length // 6 (header + 5 rows)
 */
export function heatMap(
  m: Methodology,
  columns: readonly ColumnSchema[],
  capacity: number,
  lang: Lang,
  startColumn: number,
): HeatMapPlan {
  const axes = axesOf(m);
  const rowColumn = columns.findIndex((c) => c.key === axes.rows);
  const columnColumn = columns.findIndex((c) => c.key === axes.columns);
  const rowHeader = columns[rowColumn]?.header[lang];
  const columnHeader = columns[columnColumn]?.header[lang];
  if (rowHeader === undefined || columnHeader === undefined) return { blocks: [], conditionalFormats: [] };
  const rowRange = columnRange(rowColumn, 1, capacity, true);
  const columnRangeRef = columnRange(columnColumn, 1, capacity, true);
  const header: PlanCell[] = [
    t(lang, "workbook.plan.heatMapCorner", { rows: rowHeader, columns: columnHeader }),
  ];
  for (let c = 1; c <= axes.columnCount; c++) header.push(c);
  const grid: PlanCell[][] = [header];
  const formats: ConditionalFormatPlan[] = [];
  for (let r = axes.rowCount; r >= 1; r--) {
    const line: PlanCell[] = [r];
    for (let c = 1; c <= axes.columnCount; c++) {
      line.push(formula(`COUNTIFS(${rowRange},${r},${columnRangeRef},${c})`));
      const at = cellA1(2 + axes.rowCount - r, startColumn + c);
      formats.push({
        kind: "cellValue",
        range: at,
        operator: "greaterThan",
        formula1: "0",
        fill: levelColour(axes.level(r, c), m.levels.length),
      });
    }
    grid.push(line);
  }
  return {
    blocks: [
      {
        row: 0,
        column: startColumn,
        cells: [[t(lang, "workbook.plan.heatMapTitle")]],
        style: { bold: true },
      },
      { row: 1, column: startColumn, cells: grid, style: { numberFormat: "0" } },
    ],
    conditionalFormats: formats,
  };
}
