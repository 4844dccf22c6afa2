/**
 * Where a risk stands against the acceptance criterion (风险接受准则): from its ratings when they are
 * complete and on their scales, else from the value and level the sheet holds. The same for the risk
 * before treatment (inherent) and after it (residual, 残余风险).
 */
import type { Methodology } from "../methodology";
import { isAboveCriteria, levelOf } from "../risk";
import type { RiskResult } from "../methodology";
import type { FindingParams } from "./types";

export interface Standing {
  readonly value?: number;
  readonly level?: number;
  /** Above the criterion; undefined when it cannot be judged (no value, or a level under a value criterion). */
  readonly above?: boolean;
  /** "ratings": assessed by the methodology; "sheet": the value/level cells; "none": nothing to go on. */
  readonly source: "ratings" | "sheet" | "none";
}

const NOTHING: Standing = { source: "none" };

const isNumber = (value: number | undefined): value is number =>
  value !== undefined && Number.isFinite(value);

/**
 * The standing of a risk from its assessment, falling back to the value and level typed on the sheet.
 * @example
 * standingOf(presetById("atv")!, assessRisk(presetById("atv")!, {}), 60, undefined)
 * // { value: 60, level: 4, above: true, source: "sheet" }
 */
export function standingOf(
  methodology: Methodology,
  assessed: RiskResult,
  value: number | undefined,
  level: number | undefined,
): Standing {
  if (assessed.ok) {
    return { value: assessed.value, level: assessed.level, above: !assessed.acceptable, source: "ratings" };
  }
  if (isNumber(value)) {
    const shownLevel = isNumber(level) ? level : levelOf(methodology.bands, value);
    return {
      value,
      level: shownLevel,
      above: isAboveCriteria(methodology, { value, level: shownLevel }),
      source: "sheet",
    };
  }
  if (isNumber(level)) {
    const { acceptance } = methodology;
    return acceptance.basis === "level"
      ? { level, above: level > acceptance.level, source: "sheet" }
      : { level, source: "sheet" };
  }
  return NOTHING;
}

/**
 * What a message says about the criterion: the basis (risk level or value), the risk's figure on that
 * basis, the most the criterion accepts, and the risk's value and level where known.
 * @example criterionParams(presetById("atv")!, { value: 60, level: 4, above: true, source: "ratings" })
 * // { basis: "level", actual: 4, criterion: 2, value: 60, level: 4 }
 */
export function criterionParams(methodology: Methodology, standing: Standing): FindingParams {
  const { acceptance } = methodology;
  const actual = acceptance.basis === "level" ? standing.level : standing.value;
  const criterion = acceptance.basis === "level" ? acceptance.level : acceptance.value;
  return {
    basis: acceptance.basis,
    ...(actual === undefined ? {} : { actual }),
    criterion,
    ...(standing.value === undefined ? {} : { value: standing.value }),
    ...(standing.level === undefined ? {} : { level: standing.level }),
  };
}
