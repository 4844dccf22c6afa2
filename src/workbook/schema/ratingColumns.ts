/**
 * The method-dependent columns: one rating column per method input, one computed column per
 * intermediate value, and the residual copies of both on the treatment plan. Column keys are stable
 * per input key, so a workbook keeps its keys when only the method's formulas change.
 */
import type { RatingKey } from "../../domain/methodology";
import { scaleKeyOf } from "../../domain/risk/methodInputs";
import { column, type ColumnSchema, type Localized } from "./columnSchema";

interface RatingWords {
  readonly key: string;
  readonly header: Localized;
  readonly aliases: readonly string[];
}

/** Inputs of every method, by the key the risk engine uses. */
const INPUT_WORDS: Readonly<Record<string, RatingWords>> = {
  likelihood: {
    key: "likelihood",
    header: { en: "Likelihood", "zh-CN": "可能性" },
    aliases: [
      "Probability",
      "proba",
      "inherent_proba",
      "Likelihood (1-5)",
      "可能性赋值",
      "发生可能性",
      "可能性(1-5)",
    ],
  },
  impact: {
    key: "impact",
    header: { en: "Impact", "zh-CN": "影响" },
    aliases: [
      "Consequence",
      "inherent_impact",
      "Impact (1-5)",
      "影响程度",
      "影响值",
      "影响赋值",
      "后果",
      "影响(1-5)",
    ],
  },
  asset: {
    key: "assetValue",
    header: { en: "Asset value", "zh-CN": "资产价值" },
    aliases: ["Asset rating", "资产赋值", "资产重要性", "资产价值赋值"],
  },
  threat: {
    key: "threatRating",
    header: { en: "Threat rating", "zh-CN": "威胁赋值" },
    aliases: ["Threat frequency", "Threat level", "威胁值", "威胁频率", "威胁可能性"],
  },
  vulnerability: {
    key: "vulnerabilityRating",
    header: { en: "Vulnerability rating", "zh-CN": "脆弱性赋值" },
    aliases: ["Vulnerability severity", "Vulnerability level", "脆弱性值", "脆弱性严重程度", "严重程度"],
  },
  c: {
    key: "c",
    header: { en: "C", "zh-CN": "保密性" },
    aliases: ["Confidentiality", "机密性", "保密性(C)"],
  },
  i: { key: "i", header: { en: "I", "zh-CN": "完整性" }, aliases: ["Integrity", "完整性(I)"] },
  a: { key: "a", header: { en: "A", "zh-CN": "可用性" }, aliases: ["Availability", "可用性(A)"] },
};

/** Intermediate values (GB/T 20984: likelihood of the incident and the loss it causes). */
const INTERMEDIATE_WORDS: Readonly<Record<string, RatingWords>> = {
  likelihood: {
    key: "likelihood",
    header: { en: "Likelihood value", "zh-CN": "可能性值" },
    aliases: ["安全事件可能性", "安全事件发生可能性"],
  },
  likelihoodLevel: {
    key: "likelihoodLevel",
    header: { en: "Likelihood level", "zh-CN": "可能性等级" },
    aliases: ["可能性级别"],
  },
  loss: {
    key: "loss",
    header: { en: "Loss value", "zh-CN": "损失值" },
    aliases: ["Loss", "安全事件损失", "损失"],
  },
  lossLevel: { key: "lossLevel", header: { en: "Loss level", "zh-CN": "损失等级" }, aliases: ["损失级别"] },
  riskC: {
    key: "riskC",
    header: { en: "Risk to C", "zh-CN": "保密性风险值" },
    aliases: ["C risk", "Confidentiality risk"],
  },
  riskI: {
    key: "riskI",
    header: { en: "Risk to I", "zh-CN": "完整性风险值" },
    aliases: ["I risk", "Integrity risk"],
  },
  riskA: {
    key: "riskA",
    header: { en: "Risk to A", "zh-CN": "可用性风险值" },
    aliases: ["A risk", "Availability risk"],
  },
};

/** Every input key any method takes, for reading workbooks of an unknown method. */
export const ALL_INPUTS: readonly string[] = Object.keys(INPUT_WORDS);

/** The same list, typed as the engine's rating keys. */
export { RATING_KEYS } from "../../domain/methodology";

function wordsOf(table: Readonly<Record<string, RatingWords>>, key: string): RatingWords {
  return table[key] ?? { key, header: { en: key, "zh-CN": key }, aliases: [] };
}

/**
 * The register's column key for a method input (inputs named like a text column get a suffix).
 * @example inputColumnKey("threat") // "threatRating"
 */
export function inputColumnKey(input: string): string {
  return wordsOf(INPUT_WORDS, input).key;
}

/** @example residualColumnKey("likelihood") // "residualLikelihood" */
export function residualColumnKey(columnKey: string): string {
  return `residual${columnKey.charAt(0).toUpperCase()}${columnKey.slice(1)}`;
}

/** Rating columns of the register, one per method input. */
export function inputColumns(inputs: readonly string[]): ColumnSchema[] {
  return inputs.map((input) => {
    const words = wordsOf(INPUT_WORDS, input);
    return column(words.key, words.header.en, words.header["zh-CN"], "rating", {
      aliases: words.aliases,
      required: true,
      scale: scaleKeyOf(input as RatingKey),
    });
  });
}

/** Computed intermediate columns of the register (levels are shown as levels, values as numbers). */
export function intermediateColumns(intermediates: readonly string[]): ColumnSchema[] {
  return intermediates.map((key) => {
    const words = wordsOf(INTERMEDIATE_WORDS, key);
    const type = /level$/i.test(key) ? "level" : "number";
    return column(words.key, words.header.en, words.header["zh-CN"], type, {
      aliases: words.aliases,
      computed: true,
    });
  });
}

/** Residual copies: ratings are typed by a person, intermediates are computed. */
export function residualColumns(inputs: readonly string[], intermediates: readonly string[]): ColumnSchema[] {
  const prefix = (c: ColumnSchema, computed: boolean): ColumnSchema => ({
    ...c,
    key: residualColumnKey(c.key),
    // 处置后…: the rating after treatment, as practitioners write it (残余… kept for earlier workbooks).
    header: { en: `Residual ${lowerFirst(c.header.en)}`, "zh-CN": `处置后${c.header["zh-CN"]}` },
    aliases: [`Residual ${c.header.en} (1-5)`, `残余风险${c.header["zh-CN"]}`, `残余${c.header["zh-CN"]}`],
    required: false,
    computed,
  });
  return [
    ...inputColumns(inputs).map((c) => prefix(c, false)),
    ...intermediateColumns(intermediates).map((c) => prefix(c, true)),
  ];
}

function lowerFirst(text: string): string {
  return text.length > 1 && text.charAt(1) === text.charAt(1).toLowerCase()
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}
