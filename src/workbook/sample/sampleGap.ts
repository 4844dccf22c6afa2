/**
 * The sample client's gap assessment (云付通科技 / CloudPay), partly filled as a consultant's first pass
 * looks: every clause rated, most Annex A controls rated, some not applicable, a few not yet rated, with
 * the current state and a recommendation on the weakest ones. Deterministic.
 */
import { gapRequirements, type GapRequirement } from "../../domain/gap";
import type { StandardVersion } from "../../domain/methodology";
import type { Lang } from "../../i18n/types";
import type { GapSheetEntry } from "../layout/gapSheet";

/** Maturity by main clause: a payment start-up with good operations and a young management system. */
const CLAUSE_MATURITY: Readonly<Record<string, readonly number[]>> = {
  "4": [2, 2, 1, 2],
  "5": [3, 2, 2, 3],
  "6": [1, 1, 2, 1, 2],
  "7": [3, 2, 2, 3, 2],
  "8": [3, 2, 1],
  "9": [1, 0, 1, 1],
  "10": [1, 2, 1],
};

/** Maturity by Annex A theme (2022) or, for 2013, a rotation over the same values. */
const CONTROL_MATURITY = [3, 2, 4, 2, 3, 1, 3, 4, 2, 3, 0, 3];

const NOTES: Readonly<
  Record<string, { current: number; state: [string, string]; advice: [string, string] }>
> = {
  "6.1.2": {
    current: 1,
    state: [
      "Risks are assessed per project, with no documented method or acceptance criteria.",
      "风险按项目零散评估，无文件化的评估方法和接受准则。",
    ],
    advice: [
      "Adopt the methodology sheet as the documented method and have management approve the criteria.",
      "以本工作簿“方法”工作表为文件化的评估方法，并由管理层批准风险接受准则。",
    ],
  },
  "9.2": {
    current: 0,
    state: ["No internal audit has been held yet.", "尚未开展内部审核。"],
    advice: [
      "Plan an internal audit covering all clauses and the applicable controls before certification.",
      "认证前策划并实施覆盖全部条款和适用控制的内部审核。",
    ],
  },
  "9.3": {
    current: 1,
    state: ["Management meetings do not review the ISMS.", "管理层例会未评审信息安全管理体系。"],
    advice: [
      "Hold a management review with the inputs of clause 9.3 and keep its minutes.",
      "按 9.3 条款的输入召开管理评审并保存会议纪要。",
    ],
  },
};

function controlEntry(index: number, requirement: GapRequirement): GapSheetEntry | undefined {
  if (index % 11 === 10) return undefined; // not yet rated
  if (requirement.id.endsWith(".7") && index % 3 === 0) return { current: "na" };
  return { current: CONTROL_MATURITY[index % CONTROL_MATURITY.length] ?? 2 };
}

/**
 * Ratings by requirement id.
 * @example sampleGap("zh-CN", "2022").get("9.2")?.current // 0
 */
export function sampleGap(lang: Lang, standard: StandardVersion): ReadonlyMap<string, GapSheetEntry> {
  const pick = (both: readonly [string, string]) => both[lang === "en" ? 0 : 1];
  const entries = new Map<string, GapSheetEntry>();
  const seen = new Map<string, number>();
  let controls = 0;
  for (const requirement of gapRequirements(standard)) {
    if (requirement.kind === "control") {
      const entry = controlEntry(controls++, requirement);
      if (entry) entries.set(requirement.id, entry);
      continue;
    }
    const n = seen.get(requirement.group) ?? 0;
    seen.set(requirement.group, n + 1);
    const values = CLAUSE_MATURITY[requirement.group] ?? [2];
    const note = NOTES[requirement.id];
    entries.set(requirement.id, {
      current: note?.current ?? values[n % values.length] ?? 2,
      ...(requirement.id === "6.1.2" || requirement.id === "9.2" ? { weight: 2 } : {}),
      ...(note ? { currentState: pick(note.state), recommendation: pick(note.advice) } : {}),
    });
  }
  return entries;
}
