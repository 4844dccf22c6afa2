/**
 * Colours of risk levels, green (lowest) to red (highest), as conditional formats so a level that
 * changes with the methodology changes colour too; and the red and amber of a cell that breaks a rule.
 */
import { cellA1, columnLetters, columnRange } from "../cells/cellAddress";
import type { Color, ConditionalFormatPlan } from "../plan";

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
