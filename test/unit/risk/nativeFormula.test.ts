/**
 * Native formulas stay within the functions every target spreadsheet has (Excel 2016, LibreOffice, WPS).
 * What they compute is checked in LibreOffice by test/xlsx/formulas.test.ts.
 */
import { METHOD_IDS, defaultMethodology, type Methodology } from "../../../src/domain/methodology";
import {
  nativeAcceptableFormula,
  nativeAssetValueFormula,
  nativeLevelLabelFormula,
  nativeRiskFormulas,
  riskInputs,
  riskIntermediates,
} from "../../../src/domain/risk";

const PORTABLE = [
  "IF",
  "AND",
  "OR",
  "ISNUMBER",
  "MATCH",
  "INDEX",
  "NA",
  "MAX",
  "SQRT",
  "TRUNC",
  "ROUND",
  "LOG",
];

function rowRefs(m: Methodology): Record<string, string> {
  const keys = [...riskInputs(m.method), ...riskIntermediates(m.method), "value", "level"];
  return Object.fromEntries(keys.map((key, k) => [key, `${String.fromCharCode(66 + k)}7`]));
}

function functionsIn(formula: string): string[] {
  return [...formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((match) => match[1] as string);
}

describe.each(METHOD_IDS)("%s formulas", (method) => {
  const m = defaultMethodology(method);
  const formulas = Object.values<string>(nativeRiskFormulas(m, rowRefs(m)));
  const all = [
    ...formulas,
    nativeAssetValueFormula(m, "H2", "I2", "J2"),
    nativeAcceptableFormula(m, "K2", "是", "否"),
    nativeLevelLabelFormula("K2"),
  ];

  it("has one formula per intermediate, the value and the level", () => {
    expect(Object.keys(nativeRiskFormulas(m, rowRefs(m))).sort()).toEqual(
      [...riskIntermediates(method), "value", "level"].sort(),
    );
  });

  it("uses only functions of Excel 2016, LibreOffice and WPS", () => {
    const used = new Set(all.flatMap(functionsIn));
    expect([...used].filter((name) => !PORTABLE.includes(name))).toEqual([]);
  });

  it("starts each formula with = and refers to the row's cells only", () => {
    for (const formula of formulas) {
      expect(formula.startsWith("=")).toBe(true);
      expect(formula.match(/\b[A-Z]+[0-9]+\b/g)?.every((ref) => ref.endsWith("7"))).toBe(true);
    }
  });

  it("needs the value cell its level formula reads", () => {
    const refs = rowRefs(m);
    delete refs.value;
    expect(() => nativeRiskFormulas(m, refs)).toThrow(/"value"/);
  });
});

describe("acceptance formula", () => {
  it("compares the value cell when the criterion is a value", () => {
    const m: Methodology = { ...defaultMethodology("atv"), acceptance: { basis: "value", value: 20 } };
    expect(nativeAcceptableFormula(m, "K2", "Yes", "No", "J2")).toBe(
      '=IF(J2="","",IF(J2<=ISMS_Acceptance,"Yes","No"))',
    );
  });

  it("keeps quotes in the answer texts as text", () => {
    expect(nativeAcceptableFormula(defaultMethodology("atv"), "K2", 'say "yes"', "no")).toContain(
      '"say ""yes"""',
    );
  });
});
