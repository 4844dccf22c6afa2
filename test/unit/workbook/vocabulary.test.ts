/** Words seen in the wild → the closed vocabularies, header normalisation, and problem messages. */
import { t, LANGS, type Key } from "../../../src/i18n";
import { PROBLEM_SEVERITY, type WorkbookProblemCode } from "../../../src/workbook/problems";
import { normaliseHeader } from "../../../src/workbook/read/headerMatching";
import {
  ASSET_CLASSES,
  LEVEL_NAMES,
  normaliseWord,
  PARTIAL_YES,
  TREATMENT_OPTIONS,
  TREATMENT_STATUSES,
  termKey,
  YES_NO,
  type Term,
} from "../../../src/workbook/schema/vocabulary";

it.each([
  ["降低", "reduce"],
  ["Mitigate", "reduce"],
  ["mitigate ", "reduce"],
  ["规避", "avoid"],
  ["Terminate", "avoid"],
  ["转移", "transfer"],
  ["Share", "transfer"],
  ["接受", "accept"],
  ["Retain", "accept"],
  ["Treat", "reduce"],
  ["Modify", "reduce"],
  ["Tolerate", "accept"],
  ["Transfer", "transfer"],
  ["减缓", "reduce"],
  ["减轻", "reduce"],
  ["接收", "accept"],
  ["风险自留", "accept"],
  ["风险共担", "transfer"],
  ["风险回避", "avoid"],
  ["ＲＥＤＵＣＥ", "reduce"],
  ["foo", null],
  ["", null],
])("the option %j is %j", (word, key) => {
  expect(termKey(TREATMENT_OPTIONS, word)).toBe(key);
});

it.each([
  ["未开始", "notStarted"],
  ["Open", "notStarted"],
  ["In Progress", "inProgress"],
  ["已完成", "done"],
  ["Treated", "done"],
  ["已验证", "verified"],
  ["已关闭", "done"],
  ["Completed", "done"],
  ["已落实", "done"],
  ["执行中", "inProgress"],
  ["未实施", "notStarted"],
  ["Pending", "notStarted"],
])("the status %j is %j", (word, key) => {
  expect(termKey(TREATMENT_STATUSES, word)).toBe(key);
});

it.each([
  ["是", "yes"],
  ["Y", "yes"],
  ["Not Applicable", "no"],
  ["N/A", "no"],
  ["否", "no"],
  ["Included", "yes"],
  ["删减", "no"],
  ["✔", "yes"],
  ["✘", "no"],
  ["部分适用", null],
])("the answer %j is %j", (word, key) => {
  expect(termKey(YES_NO, word)).toBe(key);
});

it.each([
  ["Likelihood (1-5)", "likelihood"],
  ["可能性（1~5）", "可能性"],
  ["Risk ID*", "riskid"],
  ["Treatment Control(s) - Annex A Ref", "treatmentcontrolsannexaref"],
  ["计划完成日期：", "计划完成日期"],
])("compares the header %j as %j", (header, normal) => {
  expect(normaliseHeader(header)).toBe(normal);
});

it.each([
  ["H", "4"],
  ["VH", "5"],
  ["中风险", "3"],
  ["Extreme", "5"],
])("the level name %j is level %s", (word, key) => {
  expect(termKey(LEVEL_NAMES, word)).toBe(key);
});

describe.each<[string, readonly Term<string>[]]>([
  ["treatment options", TREATMENT_OPTIONS],
  ["treatment statuses", TREATMENT_STATUSES],
  ["yes/no", YES_NO],
  ["asset classes", ASSET_CLASSES],
  ["level names", LEVEL_NAMES],
])("the %s", (_, terms) => {
  it("give every word one meaning", () => {
    const owners = new Map<string, string[]>();
    for (const term of terms)
      for (const word of [term.key, term.label.en, term.label["zh-CN"], ...term.aliases]) {
        const normal = normaliseWord(word);
        owners.set(normal, [...new Set([...(owners.get(normal) ?? []), term.key])]);
      }
    expect([...owners].filter(([, keys]) => keys.length > 1)).toEqual([]);
  });
});

it("keeps the partial answers out of yes and no, so they can be noted", () => {
  expect(PARTIAL_YES.filter((word) => termKey(YES_NO, word) !== null)).toEqual([]);
});

/** The distinct `{name}` placeholders of a message. */
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ""))].sort();

it.each(Object.keys(PROBLEM_SEVERITY) as WorkbookProblemCode[])(
  "gives %s the same placeholders in both languages",
  (code) => {
    const key = code.replace(/^workbook\./, "workbook.problem.") as Key;
    expect(placeholders(t("zh-CN", key))).toEqual(placeholders(t("en", key)));
  },
);

it.each<[WorkbookProblemCode, string]>([
  ["workbook.date.month", "info"],
  ["workbook.yesNo.partial", "info"],
  ["workbook.option.freeText", "info"],
  ["workbook.control.legacy", "info"],
  ["workbook.control.numericFixed", "info"],
  ["workbook.table.end", "info"],
  ["workbook.merge.filled", "info"],
  ["workbook.column.ignored", "warning"],
  ["workbook.sheet.catalog", "info"],
  ["workbook.sheet.incomplete", "warning"],
  ["workbook.header.twoRow", "info"],
  ["workbook.sheet.superseded", "info"],
  ["workbook.adopt.ratingUnused", "warning"],
])("%s is an %s", (code, severity) => {
  expect(PROBLEM_SEVERITY[code]).toBe(severity);
});

describe.each(LANGS)("problem messages in %s", (lang) => {
  it.each(Object.keys(PROBLEM_SEVERITY) as WorkbookProblemCode[])("has words for %s", (code) => {
    const key = code.replace(/^workbook\./, "workbook.problem.") as Key;
    const params = {
      column: "X",
      header: "X",
      value: "X",
      date: "X",
      id: "X",
      ids: "X",
      count: 1,
      role: "X",
    };
    const message = t(lang, key, params);
    expect(message).not.toBe(key);
    expect(message).not.toMatch(/\{\w+\}/);
  });
});
