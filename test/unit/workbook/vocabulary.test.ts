/** Words seen in the wild → the closed vocabularies, header normalisation, and problem messages. */
import { t, LANGS, type Key } from "../../../src/i18n";
import { PROBLEM_SEVERITY, type WorkbookProblemCode } from "../../../src/workbook/problems";
import { normaliseHeader } from "../../../src/workbook/read/headerMatching";
import {
  TREATMENT_OPTIONS,
  TREATMENT_STATUSES,
  termKey,
  YES_NO,
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
])("the status %j is %j", (word, key) => {
  expect(termKey(TREATMENT_STATUSES, word)).toBe(key);
});

it.each([
  ["是", "yes"],
  ["Y", "yes"],
  ["Not Applicable", "no"],
  ["N/A", "no"],
  ["否", "no"],
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

describe.each(LANGS)("problem messages in %s", (lang) => {
  it.each(Object.keys(PROBLEM_SEVERITY) as WorkbookProblemCode[])("has words for %s", (code) => {
    const key = code.replace(/^workbook\./, "workbook.problem.") as Key;
    expect(t(lang, key, { column: "X", header: "X", value: "X" })).not.toBe(key);
  });
});
