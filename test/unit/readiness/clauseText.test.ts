/** Reading clause references and document references as people type them. */
import { clauseKey, clauseKeys, documentRefs, namesAny } from "../../../src/domain/readiness/clauseText";

describe("clauseKeys", () => {
  it.each<[string, string[]]>([
    ["5.2", ["5.2"]],
    ["4.3；6.1.3 d)、9.2", ["4.3", "6.1.3d", "9.2"]],
    ["6.1.3, 6.1.3 d)", ["6.1.3", "6.1.3d"]],
    ["条款 7.5 / 7.5.3", ["7.5", "7.5.3"]],
    ["Clause 10.2 ; （9.1）", ["10.2", "9.1"]],
    ["", []],
  ])("reads %j as %j", (text, keys) => {
    expect(clauseKeys(text)).toEqual(keys);
  });

  it("tells 6.1.3 d) from 6.1.3", () => {
    expect(clauseKey("6.1.3 d)")).not.toBe(clauseKey("6.1.3"));
    expect(clauseKey("6.1.3 d)")).toBe(clauseKey("6.1.3(d)"));
  });
});

describe("documentRefs", () => {
  it.each<[string, string[]]>([
    ["访问控制程序", ["访问控制程序"]],
    [
      "ISMS-P-01；ISMS-P-02、《补丁管理规范》\n信息安全方针",
      ["ISMS-P-01", "ISMS-P-02", "《补丁管理规范》", "信息安全方针"],
    ],
    [" ; ,", []],
  ])("splits %j into %j", (text, refs) => {
    expect(documentRefs(text)).toEqual(refs);
  });
});

describe("namesAny", () => {
  it.each<[string, boolean]>([
    ["Chief Executive Officer (CEO)", true],
    ["ＣＥＯ", true],
    ["Procedure owner", false],
    ["总经理", true],
  ])("finds top management in %j: %s", (text, found) => {
    expect(namesAny(text, ["ceo", "总经理"])).toBe(found);
  });
});
