/** Value → level by bands, and the acceptance criterion (风险接受准则). */
import type { Bands, LevelDefinition, Methodology } from "../methodology/types";

/**
 * The level whose band holds `value`: the highest k with bands[k-1] ≤ value (level 1 below the first).
 * @example levelOf([1, 7, 13, 19, 24], 15) // 3
 */
export function levelOf(bands: Bands, value: number): number {
  let level = 1;
  for (let k = 1; k < bands.length; k++) {
    if (value >= (bands[k] as number)) level = k + 1;
    else break;
  }
  return level;
}

/**
 * The risk level of a risk value under the methodology's bands.
 * @example riskLevel(presetById("gbt-matrix")!, 15) // 3 (中等)
 */
export function riskLevel(methodology: Methodology, value: number): number {
  return levelOf(methodology.bands, value);
}

/** The definition (label, description) of a level, if the methodology names it. */
export function levelDefinition(methodology: Methodology, level: number): LevelDefinition | undefined {
  return methodology.levels.find((definition) => definition.level === level);
}

/**
 * True when a risk exceeds the acceptance criterion and so needs treatment. Takes a risk value (its level
 * follows from the bands) or an assessed risk with both value and level.
 * @example isAboveCriteria(presetById("gbt-matrix")!, 15) // true: level 3 > acceptable level 2
 */
export function isAboveCriteria(
  methodology: Methodology,
  risk: number | { readonly value: number; readonly level: number },
): boolean {
  const value = typeof risk === "number" ? risk : risk.value;
  const { acceptance } = methodology;
  if (acceptance.basis === "value") return value > acceptance.value;
  const level = typeof risk === "number" ? riskLevel(methodology, risk) : risk.level;
  return level > acceptance.level;
}
