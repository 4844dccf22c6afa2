/**
 * The methodology as the 填写说明 (how to fill in) sheet explains it to the client team: each rating
 * scale the method uses (value, label, meaning), how the asset value and the risk value are computed,
 * the level bands as value ranges, the acceptance criterion, residual risk and the treatment deadline.
 * Lines of text only: guideSheets.ts lays them out.
 */
import type { Bands, Methodology } from "../../domain/methodology/types";
import { translator, type Lang, type Translate } from "../../i18n";
import type { PlanCell } from "../plan";
import { scalesShown } from "./methodSheet";

/** One line of the guide: a section title, a sub-title, a header row, or a row of text. */
export interface GuideLine {
  readonly kind: "title" | "subtitle" | "header" | "text";
  readonly cells: readonly PlanCell[];
}

const title = (text: string): GuideLine => ({ kind: "title", cells: [text] });
const header = (cells: readonly string[]): GuideLine => ({ kind: "header", cells });
const text = (cells: readonly PlanCell[]): GuideLine => ({ kind: "text", cells });

function scaleLines(m: Methodology, lang: Lang, tr: Translate): GuideLine[] {
  const lines: GuideLine[] = [
    title(tr("guide.scales.title")),
    header([tr("guide.scales.headers.value"), tr("guide.scales.headers.description")]),
  ];
  for (const key of scalesShown(m)) {
    lines.push({ kind: "subtitle", cells: [tr(`functions.methodSheet.scales.${key}`)] });
    for (const point of [...m.scales[key].points].reverse()) {
      const rating = tr("guide.scales.point", { value: point.value, label: point.label[lang] });
      lines.push(text([rating, point.description[lang]]));
    }
  }
  return lines;
}

function calculationLines(m: Methodology, tr: Translate): GuideLine[] {
  return [
    title(tr("guide.calculation.title")),
    text([tr("guide.calculation.asset"), tr(`functions.valuations.${m.assetValuation.method}`)]),
    text([tr("guide.calculation.risk"), tr(`functions.methodSheet.formulas.${m.method}`)]),
  ];
}

/**
 * The values of level k (0-based) as text: "9–24" for whole-number methods, "1.8 to below 2.6" where
 * values have decimals (GB/T multiplication), "80 or more" for the top level.
 * @example levelRange([1, 9, 25, 50, 80], 1, true, translator("en")) // "9–24"
 */
export function levelRange(bands: Bands, k: number, whole: boolean, tr: Translate): string {
  const from = bands[k] ?? 0;
  const next = bands[k + 1];
  if (next === undefined) return tr("guide.levels.atLeast", { from });
  if (!whole) return tr("guide.levels.between", { from, to: next });
  return next - 1 <= from
    ? tr("guide.levels.single", { from })
    : tr("guide.levels.range", { from, to: next - 1 });
}

function levelLines(m: Methodology, lang: Lang, tr: Translate): GuideLine[] {
  const whole = m.method !== "gbt-multiply" && m.bands.every(Number.isInteger);
  const h = (key: "level" | "action" | "range") => tr(`guide.levels.headers.${key}`);
  const rows = m.bands.map((_, k) => {
    const definition = m.levels[k];
    const label = definition?.label[lang] ?? String(k + 1);
    return text([
      tr("guide.levels.level", { level: k + 1, label }),
      definition?.description[lang] ?? "",
      levelRange(m.bands, k, whole, tr),
    ]);
  });
  return [title(tr("guide.levels.title")), header([h("level"), h("action"), h("range")]), ...rows.reverse()];
}

function criteriaLines(m: Methodology, lang: Lang, tr: Translate): GuideLine[] {
  const { acceptance } = m;
  const criterion =
    acceptance.basis === "level"
      ? tr("guide.criteria.byLevel", {
          level: acceptance.level,
          label: m.levels[acceptance.level - 1]?.label[lang] ?? String(acceptance.level),
        })
      : tr("guide.criteria.byValue", { value: acceptance.value });
  return [
    title(tr("guide.criteria.title")),
    text([tr("guide.criteria.acceptance"), criterion]),
    text([tr("guide.criteria.residual"), tr("guide.criteria.residualText")]),
    text([
      tr("guide.criteria.deadline"),
      tr("guide.criteria.deadlineText", { days: m.treatmentDeadlineDays }),
    ]),
  ];
}

/**
 * The guide's account of a methodology, section by section (each section starts with a title line).
 * @example methodGuideLines(defaultMethodology("atv"), "zh-CN")[0]?.[0]?.cells // ["赋值标准"]
 */
export function methodGuideLines(m: Methodology, lang: Lang): GuideLine[][] {
  const tr = translator(lang);
  return [
    scaleLines(m, lang, tr),
    calculationLines(m, tr),
    levelLines(m, lang, tr),
    criteriaLines(m, lang, tr),
  ];
}
