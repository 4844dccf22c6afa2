/**
 * ISMS.CONTROL, ISMS.CONTROLMAP and ISMS.CONTROLID called as Excel calls them: a matrix for the id
 * argument (one cell arrives as [[x]]), optional arguments omitted, null or given, the user's language
 * from Office.context.displayLanguage, and errors as CustomFunctions.Error values.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { control, controlId, controlMap } from "../../../src/functions/catalogFunctions";
import { functionMessages } from "../../../src/i18n/functionMessages";

class StubCustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const globals = globalThis as unknown as Record<string, unknown>;

beforeAll(() => {
  globals.CustomFunctions = { Error: StubCustomFunctionError, ErrorCode: { invalidValue: "#VALUE!" } };
});

afterAll(() => {
  delete globals.CustomFunctions;
  delete globals.Office;
});

function setDisplayLanguage(language: string | undefined): void {
  if (language === undefined) delete globals.Office;
  else globals.Office = { context: { displayLanguage: language } };
}

function errorAt(result: unknown[][], row = 0, column = 0): StubCustomFunctionError {
  const cell = result[row]?.[column];
  expect(cell).toBeInstanceOf(StubCustomFunctionError);
  return cell as StubCustomFunctionError;
}

function thrown(call: () => unknown): StubCustomFunctionError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(StubCustomFunctionError);
    return error as StubCustomFunctionError;
  }
  throw new Error("expected the call to fail");
}

describe("ISMS.CONTROL", () => {
  beforeEach(() => setDisplayLanguage("en-US"));

  it.each([
    [[["5.15"]], undefined, undefined, [["Access control"]]],
    [[["A.5.15"]], null, null, [["Access control"]]],
    [[["A.8.15"]], "zh-CN", undefined, [["日志"]]],
    [[["A.9.2.3"]], "en", null, [["Management of privileged access rights"]]],
    [[["A.9.2.3"]], "zh", "2013", [["特许访问权管理"]]],
    [[[6.1]], "en", 2022, [["Screening"]]],
    [[["5.1"], ["8.16"]], "zh-CN", "2022", [["信息安全策略"], ["监控活动"]]],
    [
      [
        ["5.1", ""],
        [null, "7.7"],
      ],
      "en",
      undefined,
      [
        ["Policies for information security", ""],
        ["", "Clear desk and clear screen"],
      ],
    ],
  ])("CONTROL(%j, %j, %j) = %j", (id, lang, standard, expected) => {
    expect(control(id, lang, standard)).toEqual(expected);
  });

  it("answers in the language of Excel when lang is omitted", () => {
    setDisplayLanguage("zh-CN");
    expect(control([["5.23"]])).toEqual([["使用云服务的信息安全"]]);
  });

  it("answers in English when Office is absent", () => {
    setDisplayLanguage(undefined);
    expect(control([["5.23"]])).toEqual([["Information security for use of cloud services"]]);
  });

  it.each([
    ["en-US", [["5.38"]], undefined, '"5.38" is not an ISO/IEC 27001:2022 Annex A control.'],
    ["zh-CN", [["5.38"]], undefined, "“5.38”不是 ISO/IEC 27001:2022 附录A 的控制项。"],
    [
      "en-US",
      [["A.9.2.3"]],
      "2022",
      '"A.9.2.3" is an ISO/IEC 27001:2013 control; in 2022 it is 8.2. Use ISMS.CONTROLMAP.',
    ],
    ["zh-CN", [["5.1"]], "2013", "“5.1”不是 ISO/IEC 27001:2013 附录A 的控制项。"],
    ["en-US", [["5.1, 5.2"]], undefined, 'Give one control id (got "5.1, 5.2").'],
    ["zh-CN", [[true]], undefined, "控制项编号应为文本（当前为 true）。"],
  ])("in %s, puts #VALUE! in the cell for %j (standard %j)", (language, id, standard, message) => {
    setDisplayLanguage(language);
    const error = errorAt(control(id, undefined, standard));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(message);
  });

  it("keeps good cells of a range when one cell is bad", () => {
    const result = control([["5.1"], ["nonsense"], ["8.1"]], "en");
    expect(result[0]).toEqual(["Policies for information security"]);
    expect(errorAt(result, 1).message).toBe('"nonsense" is not an ISO/IEC 27001:2022 Annex A control.');
    expect(result[2]).toEqual(["User end point devices"]);
  });

  it.each([
    ["en-US", "fr", undefined, 'Language must be "en" or "zh-CN" (got "fr").'],
    ["zh-CN", "fr", undefined, "语言必须为“en”或“zh-CN”（当前为“fr”）。"],
    ["en-US", null, "2005", 'Standard must be 2022 or 2013 (got "2005").'],
    ["zh-CN", null, 2017, "标准版本必须为 2022 或 2013（当前为“2017”）。"],
  ])("in %s, fails the whole call for lang %j / standard %j", (language, lang, standard, message) => {
    setDisplayLanguage(language);
    expect(thrown(() => control([["5.1"]], lang, standard)).message).toBe(message);
  });
});

describe("ISMS.CONTROLMAP", () => {
  beforeEach(() => setDisplayLanguage("en-US"));

  it.each([
    [[["A.9.2.3"]], [["8.2"]]],
    [[["A.18.2.3"]], [["5.36, 8.8"]]],
    [[["9.4.3"]], [["5.17"]]],
    [[["A.12.4.1, A.12.4.2, A.12.1.2"]], [["8.15, 8.32"]]],
    [
      [["A.5.1.1"], [""], ["A.17.2.1"]],
      [["5.1"], [""], ["8.14"]],
    ],
  ])("CONTROLMAP(%j) = %j", (id2013, expected) => {
    expect(controlMap(id2013)).toEqual(expected);
  });

  it.each([
    ["en-US", "5.7", '"5.7" is not an ISO/IEC 27001:2013 Annex A control (expected e.g. A.9.2.3).'],
    ["zh-CN", "A.19.1.1", "“A.19.1.1”不是 ISO/IEC 27001:2013 附录A 的控制项（应为 A.9.2.3 这样的编号）。"],
  ])("in %s, puts #VALUE! in the cell for %j", (language, id, message) => {
    setDisplayLanguage(language);
    expect(errorAt(controlMap([[id]])).message).toBe(message);
  });
});

describe("ISMS.CONTROLID", () => {
  beforeEach(() => setDisplayLanguage("en-US"));

  it.each([
    [[["A.5.17, A.8.2, A.8.5 (phishing-resistant MFA, JIT privileged access)"]], [["5.17, 8.2, 8.5"]]],
    [[["５．１５；A.9.2.3"]], [["5.15, 8.2"]]],
    [[["A.5.1 - Policies", "A.18.2.3"]], [["5.1", "5.36, 8.8"]]],
    [
      [[null], [8.34]],
      [[""], ["8.34"]],
    ],
  ])("CONTROLID(%j) = %j", (text, expected) => {
    expect(controlId(text)).toEqual(expected);
  });

  it.each([
    ["en-US", 'Not a control reference: "n/a", "5.38".'],
    ["zh-CN", '无法识别的控制项："n/a", "5.38"。'],
  ])("in %s, reports every token it cannot read", (language, message) => {
    setDisplayLanguage(language);
    expect(errorAt(controlId([["5.1, n/a, 5.38"]])).message).toBe(message);
  });
});

describe("custom function metadata in both languages", () => {
  const source = readFileSync(path.resolve(__dirname, "../../../src/functions/catalogFunctions.ts"), "utf8");
  const declared = [
    ...source.matchAll(/\/\*\*\n \* (.+)\n \* @customfunction (\w+)\n((?: \* @param .+\n)*)/g),
  ].map(([, description, id, params]) => ({
    id: id ?? "",
    description,
    params: [...(params ?? "").matchAll(/@param \[?(\w+)\]? (.+)/g)].map(([, name, text]) => [name, text]),
  }));

  it("declares CONTROL, CONTROLMAP and CONTROLID", () => {
    expect(declared.map((fn) => fn.id)).toEqual(["CONTROL", "CONTROLMAP", "CONTROLID"]);
  });

  it.each(["CONTROL", "CONTROLMAP", "CONTROLID"] as const)(
    "describes %s and each parameter in English and Chinese",
    (id) => {
      const fn = declared.find((candidate) => candidate.id === id);
      const [en, zh] = [functionMessages("en")[id], functionMessages("zh-CN")[id]];
      expect(en.description).toBe(fn?.description);
      expect(Object.entries(en.params)).toEqual(fn?.params);
      expect(zh.description).toMatch(/\p{Script=Han}/u);
      expect(Object.keys(zh.params)).toEqual(Object.keys(en.params));
      Object.values(zh.params).forEach((text) => expect(text).toMatch(/\p{Script=Han}/u));
    },
  );
});
