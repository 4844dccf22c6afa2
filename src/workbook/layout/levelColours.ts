/**
 * Colours of risk levels, green (lowest) to red (highest): as conditional formats on level columns, so a
 * level that changes with the methodology changes colour too; as the legend that names each level's
 * colour and risk values (beside the heat map); and the red and amber of a cell that breaks a rule.
 */
import type { MethodId, Methodology } from "../../domain/methodology";
import { assessRisk, riskInputs, scaleOf } from "../../domain/risk";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { cellA1, columnLetters, columnRange } from "../cells/cellAddress";
import type { CellBlock, Color, ConditionalFormatPlan } from "../plan";

/** Excel's own green-yellow-red scale, in five steps. */
const PALETTE: readonly Color[] = ["#63BE7B", "#B1D580", "#FFEB84", "#FBAA77", "#F8696B"];

/**
 * The colour of level `level` of `count` levels (1 = lowest).
 * @example levelColour(5, 5) // "#F8696B"
 */
export function levelColour(level: number, count: number): Color {
  const last = PALETTE.length - 1;
  const step = count <= 1 ? 0 : Math.round(((level - 1) / (count - 1)) * last);
  return PALETTE[Math.min(last, Math.max(0, step))] ?? "#FFFFFF";
}

/** One rule per level on a level column: cell = k → colour k. */
export function levelFormats(column: number, capacity: number, levelCount: number): ConditionalFormatPlan[] {
  const range = columnRange(column, 1, capacity);
  return Array.from({ length: levelCount }, (_, i) => ({
    kind: "cellValue" as const,
    range,
    operator: "equal" as const,
    formula1: String(i + 1),
    fill: levelColour(i + 1, levelCount),
  }));
}

/** The legend's name of a level, in the workbook's language ("5 很高"). */
export function levelLegendName(m: Methodology, level: number, lang: Lang): string {
  const name = m.levels.find((definition) => definition.level === level)?.label[lang] ?? "";
  return t(lang, "heat.legend.levelName", { level, name });
}

/** The smallest step between two risk values: GB/T multiplication cuts to hundredths, the others are whole. */
function valueStep(method: MethodId): number {
  return method === "gbt-multiply" ? 0.01 : 1;
}

/** The risk value of the method with every rating at the first (or last) point of its scale. */
function extremeValue(m: Methodology, end: "first" | "last"): number {
  const ratings = Object.fromEntries(
    riskInputs(m.method).map((input) => {
      const points = scaleOf(m, input).points;
      return [input, (end === "first" ? points[0] : points[points.length - 1])?.value];
    }),
  );
  const risk = assessRisk(m, ratings);
  return risk.ok ? risk.value : 0;
}

/**
 * The risk values of each level, from the bands: level k runs from its band's lower bound to just below
 * the next one (level 1 also holds any value below its band), the last level up to the method's highest.
 * @example levelRanges(presetById("atv")!) // [[1, 8], [9, 24], [25, 49], [50, 79], [80, 125]]
 */
export function levelRanges(m: Methodology): readonly (readonly [number, number] | null)[] {
  const step = valueStep(m.method);
  // In whole steps, with the binary noise of 1.8 / 0.01 = 180.00000000000003 dropped before rounding up.
  const units = (value: number) => Math.ceil(Number((value / step).toFixed(6)));
  const lowest = units(extremeValue(m, "first"));
  const highest = units(extremeValue(m, "last"));
  return m.levels.map((_, k) => {
    const next = m.bands[k + 1];
    const band = units(m.bands[k] ?? Infinity);
    const from = k === 0 ? Math.min(lowest, band) : band;
    const to = next === undefined || k === m.levels.length - 1 ? highest : Math.min(highest, units(next) - 1);
    if (from > to) return null;
    const value = (u: number) => Math.round(u * step * 100) / 100;
    return [value(from), value(to)] as const;
  });
}

/**
 * The legend at (`top`, `left`): a title, then one row per level: its name on its colour, and its risk
 * values.
 * @example levelLegend(presetById("atv")!, "zh-CN", 9, 20)[2]?.cells // [["1 很低"]], filled green
 */
export function levelLegend(m: Methodology, lang: Lang, top: number, left: number): CellBlock[] {
  const format = (value: number) => (valueStep(m.method) < 1 ? value.toFixed(2) : String(value));
  const rangeText = (range: readonly [number, number] | null): string => {
    if (range === null) return t(lang, "heat.legend.empty");
    const [from, to] = range;
    return from === to ? format(from) : t(lang, "heat.legend.range", { from: format(from), to: format(to) });
  };
  return [
    { row: top, column: left, cells: [[t(lang, "heat.legend.title")]], style: { bold: true } },
    {
      row: top + 1,
      column: left,
      cells: [[t(lang, "heat.legend.level"), t(lang, "heat.legend.values")]],
      style: { bold: true },
    },
    ...m.levels.map((level, k) => ({
      row: top + 2 + k,
      column: left,
      cells: [[levelLegendName(m, level.level, lang)]],
      style: { fill: levelColour(level.level, m.levels.length) },
    })),
    { row: top + 2, column: left + 1, cells: levelRanges(m).map((range) => [rangeText(range)]) },
  ];
}

/**
 * The colours of a cell that breaks a rule, as Excel's own "light red fill with dark red text" (an error:
 * fix before the plan goes to management) and "yellow fill with dark yellow text" (a warning).
 */
export const FINDING_COLOURS = {
  error: { fill: "#FFC7CE", fontColor: "#9C0006" },
  warning: { fill: "#FFEB9C", fontColor: "#9C5700" },
} as const satisfies Readonly<Record<"error" | "warning", { fill: Color; fontColor: Color }>>;

/** "Within criteria" = no → the cell turns red. */
export function notAcceptableFormat(column: number, capacity: number, noText: string): ConditionalFormatPlan {
  const first = cellA1(1, column);
  return {
    kind: "expression",
    range: columnRange(column, 1, capacity),
    formula: `=$${columnLetters(column)}${first.replace(/^[A-Z]+/, "")}="${noText.replace(/"/g, '""')}"`,
    ...FINDING_COLOURS.error,
  };
}
