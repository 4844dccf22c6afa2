/**
 * What people write in a treatment-option cell besides the option: "降低：部署WAF", "Reduce - enable
 * MFA", "接受风险，管理层签字", or a sentence with no option at all. The option is read from the first
 * words; the text is kept as the treatment measures, so nothing typed is lost.
 */
import { normaliseWord, termKey, TREATMENT_OPTIONS, type TreatmentOption } from "../schema/vocabulary";

export interface OptionText {
  readonly option?: TreatmentOption;
  readonly measures?: string;
}

/** Every word that names an option, lower-case, longest first, so "接受风险" wins over "接受". */
const OPTION_WORDS: readonly { readonly word: string; readonly key: TreatmentOption }[] =
  TREATMENT_OPTIONS.flatMap((term) =>
    [term.key, term.label.en, term.label["zh-CN"], ...term.aliases].map((word) => ({
      word: word.toLowerCase(),
      key: term.key,
    })),
  ).sort((a, b) => b.word.length - a.word.length);

/** Punctuation or space that ends an option word and starts the rest of the text. */
const BOUNDARY = /^[\s:：,，;；、.。\-–—/|(（[【]/;
/** The separators between the option word and the rest. */
const LEADING_SEPARATORS = /^[\s:：,，;；、.。\-–—/|]+/;
/** The rest written wholly in brackets: "降低（部署WAF）". */
const BRACKETED = /^[(（[【]([^()（）[\]【】]*)[)）\]】]$/;
/** "or" / "and" before a second option ("Reduce or accept"). */
const CONJUNCTION = /^(?:or|and|或者|或|和|及)\s*/i;
/** Placeholders that say nothing: neither an option nor measures. */
const PLACEHOLDERS = new Set(["na", "tbd", "tbc", "none", "无", "暂无", "待定", "未定", "不适用"]);

function restOf(after: string): string {
  const rest = after.replace(LEADING_SEPARATORS, "").trim();
  return (BRACKETED.exec(rest)?.[1] ?? rest).trim();
}

/**
 * The option a treatment-option cell names and the text kept as measures: an option word alone is the
 * option; an option word followed by more text is the option and the rest as measures; text that names
 * no option is all measures. Blank text, placeholders ("N/A", "TBD", "-") and two different options
 * ("降低/转移") are neither.
 * @example splitOption("降低：部署WAF") // { option: "reduce", measures: "部署WAF" }
 * @example splitOption("Mitigate") // { option: "reduce" }
 * @example splitOption("与供应商协商") // { measures: "与供应商协商" }
 */
export function splitOption(text: string): OptionText {
  const trimmed = text.trim();
  const exact = termKey(TREATMENT_OPTIONS, trimmed);
  if (exact !== null) return { option: exact };
  if (!/[\p{L}\p{N}]/u.test(trimmed) || PLACEHOLDERS.has(normaliseWord(trimmed))) return {};
  const lower = trimmed.toLowerCase();
  for (const { word, key } of OPTION_WORDS) {
    const after = trimmed.slice(word.length);
    if (!lower.startsWith(word) || !BOUNDARY.test(after)) continue;
    const measures = restOf(after);
    // "降低/转移" names two options: which one was chosen cannot be told, so none is read.
    const second = termKey(TREATMENT_OPTIONS, measures.replace(CONJUNCTION, ""));
    if (second !== null) return second === key ? { option: key } : {};
    return measures === "" ? { option: key } : { option: key, measures };
  }
  return { measures: trimmed };
}
