/** Small hand-made requirement lists for the scoring tests, and rounding so fractions compare exactly. */
import type { GapRequirement, GapRequirementKind, GroupScore } from "../../../src/domain/gap";

export function requirement(
  id: string,
  kind: GapRequirementKind,
  group: string,
  parent?: string,
): GapRequirement {
  return {
    id,
    kind,
    group,
    ...(parent === undefined ? {} : { parent }),
    title: { en: `Requirement ${id}`, "zh-CN": `要求 ${id}` },
    evidence: [],
  };
}

const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e9) / 1e9);

/** A group score with its fractions rounded to 9 decimals, so 1/3 computed two ways compares equal. */
export function rounded(score: GroupScore | undefined): GroupScore | undefined {
  if (!score) return undefined;
  return {
    ...score,
    score: round(score.score),
    target: round(score.target),
    gap: round(score.gap),
    ofTarget: round(score.ofTarget),
  };
}

/**
 * A hand-computed group score: [score, target, gap, ofTarget] as fractions and [rated, notApplicable,
 * total], rounded like `rounded`.
 */
export function expected(
  id: string,
  [score, target, gap, ofTarget]: readonly [number | null, number | null, number | null, number | null],
  [rated, notApplicable, total]: readonly [number, number, number],
): GroupScore {
  return {
    id,
    score: round(score),
    target: round(target),
    gap: round(gap),
    ofTarget: round(ofTarget),
    rated,
    notApplicable,
    total,
  };
}
