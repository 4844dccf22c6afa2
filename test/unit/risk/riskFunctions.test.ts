/**
 * ISMS.* risk functions called as Excel calls them: scalars arrive as [[x]] for matrix parameters, whole
 * columns as N×1 arrays, omitted optional arguments as null. Office and CustomFunctions are global stubs.
 */
import {
  assetValueOf,
  likelihoodOfEvent,
  lossOfEvent,
  riskLevelOf,
  riskOf,
  riskOfCia,
  riskOfLikelihoodImpact,
} from "../../../src/functions/riskFunctions";
import { acceptableLevel, matrixLookup } from "../../../src/functions/matrixFunctions";
import { gbtCell, gbtReference } from "./gbtReference";

class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const globals = globalThis as unknown as { Office?: unknown; CustomFunctions?: unknown };

function useLanguage(displayLanguage: string | undefined): void {
  globals.Office = displayLanguage === undefined ? undefined : { context: { displayLanguage } };
}

beforeAll(() => {
  globals.CustomFunctions = { Error: StubError, ErrorCode: { invalidValue: "#VALUE!" } };
});
beforeEach(() => useLanguage("en-US"));
afterAll(() => {
  delete globals.Office;
  delete globals.CustomFunctions;
});

const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);
const cell = (value: unknown): unknown[][] => [[value]];

function errorOf(fn: () => unknown): StubError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StubError) return error;
    throw error;
  }
  throw new Error("expected a #VALUE! error");
}

describe("ISMS.RISK", () => {
  it("computes the GB/T 20984 worked case for one cell", () => {
    expect(riskOf("gbt-matrix", cell(2), cell(5), cell(3))).toEqual([[15]]);
  });

  it("maps whole columns in one call, one method for every row", () => {
    const result = riskOf("atv", column(1, 2, 5), column(1, 3, 5), column(1, 4, 5));
    expect(result).toEqual([[1], [24], [125]]);
  });

  it("repeats a single cell across a column", () => {
    expect(riskOf("atv", cell(2), column(1, 2, 3), cell(5))).toEqual([[10], [20], [30]]);
  });

  it("gives every gbt-matrix combination of the reference matrices over a 125-row column", () => {
    const grid = [1, 2, 3, 4, 5].flatMap((a) =>
      [1, 2, 3, 4, 5].flatMap((t) => [1, 2, 3, 4, 5].map((v) => [a, t, v])),
    );
    const pick = (k: number) => grid.map((combo) => [combo[k]]);
    const expected = grid.map(([a = 0, t = 0, v = 0]) => {
      const likelihood = gbtCell(gbtReference.likelihood, t, v).level;
      const loss = gbtCell(gbtReference.loss, a, v).level;
      return [gbtCell(gbtReference.risk, likelihood, loss).value];
    });
    expect(riskOf("gbt-matrix", pick(0), pick(1), pick(2))).toEqual(expected);
  });

  it('gives "" for a blank row and #VALUE! in the cell of an invalid one', () => {
    const [blank, bad] = riskOf("atv", column("", 6), column(null, 1), column("", 1));
    expect(blank).toEqual([""]);
    expect(bad?.[0]).toEqual(
      new StubError("#VALUE!", "Asset value must be a whole number from 1 to 5 (got 6)."),
    );
  });

  it("accepts the method name in any case", () => {
    expect(riskOf("GBT-Multiply", cell(2), cell(5), cell(3))).toEqual([[3.07]]);
  });

  it("lists the valid methods for an unknown one", () => {
    expect(errorOf(() => riskOf("fmea", cell(1), cell(1), cell(1)))).toEqual(
      new StubError("#VALUE!", 'Unknown risk method "fmea". Valid methods: atv, gbt-matrix, gbt-multiply.'),
    );
  });

  it("points a method with other ratings to its own function", () => {
    expect(errorOf(() => riskOf("li", cell(1), cell(1), cell(1))).message).toBe(
      "The li method takes other ratings: use ISMS.RISKLI.",
    );
  });

  it("refuses columns of different lengths", () => {
    expect(errorOf(() => riskOf("atv", column(1, 2), column(1, 2, 3), cell(1))).code).toBe("#VALUE!");
  });
});

describe("messages in the user's language", () => {
  it.each([
    ["en-US", 6, "Threat must be a whole number from 1 to 5 (got 6)."],
    ["zh-CN", 6, "威胁赋值必须是 1 到 5 之间的整数（当前为 6）。"],
    ["zh-CN", "高", "威胁赋值必须是 1 到 5 之间的整数（当前为“高”）。"],
    [undefined, 0, "Threat must be a whole number from 1 to 5 (got 0)."],
  ])("%s, threat %p", (language, threat, message) => {
    useLanguage(language);
    expect(riskOf("atv", cell(3), cell(threat), cell(3))).toEqual([[new StubError("#VALUE!", message)]]);
  });

  it("gives a row still being filled in (a rating blank) an empty result, as the sheet's own formulas do", () => {
    useLanguage("zh-CN");
    expect(riskOf("atv", cell(3), cell(null), cell(3))).toEqual([[""]]);
  });

  it("lists valid methods in Chinese", () => {
    useLanguage("zh-CN");
    expect(errorOf(() => likelihoodOfEvent(cell(1), cell(1), "atv")).message).toBe(
      "未知的风险计算方法“atv”。可用的方法：gbt-matrix, gbt-multiply。",
    );
  });
});

describe("ISMS.RISKLI and ISMS.RISKCIA", () => {
  it("multiplies likelihood by impact", () => {
    expect(riskOfLikelihoodImpact(column(1, 4, 5), column(5, 4, 5))).toEqual([[5], [16], [25]]);
  });

  it("takes the highest criterion", () => {
    expect(riskOfCia(cell(2), cell(4), cell(1), cell(3), cell(2))).toEqual([[24]]);
  });

  it("names the criterion that is wrong", () => {
    const [[error]] = riskOfCia(cell(2), cell(9), cell(1), cell(3), cell(2)) as [[StubError]];
    expect(error.message).toBe("Integrity (I) must be a whole number from 1 to 5 (got 9).");
  });
});

describe("ISMS.ASSETVALUE", () => {
  it.each([
    [null, 3],
    ["max", 3],
    ["mean", 2],
    ["weighted", 2],
    ["log2", 2],
  ])("method %p of C=3, I=2, A=1 is %i", (method, value) => {
    expect(assetValueOf(cell(3), cell(2), cell(1), method as string)).toEqual([[value]]);
  });

  it("rejects an unknown valuation, listing the valid ones", () => {
    expect(errorOf(() => assetValueOf(cell(1), cell(1), cell(1), "sum")).message).toBe(
      'Unknown asset valuation "sum". Valid methods: max, mean, weighted, log2.',
    );
  });

  it("names C, I or A in an error", () => {
    useLanguage("zh-CN");
    const [[error]] = assetValueOf(cell(1), cell(1), cell(6), null as never) as [[StubError]];
    expect(error.message).toBe("可用性（A）必须是 1 到 5 之间的整数（当前为 6）。");
  });
});

describe("ISMS.LIKELIHOOD and ISMS.LOSS", () => {
  it("look up the GB/T matrices by default", () => {
    expect(likelihoodOfEvent(cell(5), cell(3), null as never)).toEqual([[17]]);
    expect(lossOfEvent(cell(2), cell(3), null as never)).toEqual([[9]]);
  });

  it("truncate √(x·y) with gbt-multiply", () => {
    expect(likelihoodOfEvent(cell(5), cell(3), "gbt-multiply")).toEqual([[3.87]]);
    expect(lossOfEvent(cell(2), cell(3), "gbt-multiply")).toEqual([[2.44]]);
  });

  it("name the vulnerability when it is wrong", () => {
    const [[error]] = lossOfEvent(cell(2), cell("x"), null as never) as [[StubError]];
    expect(error.message).toBe('Vulnerability must be a whole number from 1 to 5 (got "x").');
  });
});

describe("ISMS.RISKLEVEL", () => {
  it("uses the default method's bands when none are given", () => {
    expect(riskLevelOf(column(8, 9, 125, ""), null as never, null as never)).toEqual([[1], [2], [5], [""]]);
  });

  it("uses a named method's bands", () => {
    expect(riskLevelOf(cell(15), null as never, "gbt-matrix")).toEqual([[3]]);
  });

  it("uses a bands range", () => {
    expect(riskLevelOf(column(1, 10, 20), column(1, 10, 20))).toEqual([[1], [2], [3]]);
  });

  it("rejects bands that do not ascend", () => {
    expect(errorOf(() => riskLevelOf(cell(1), column(1, 5, 3))).message).toBe(
      "bands must be a column of ascending numbers (the lowest value of each level).",
    );
  });

  it("gives #VALUE! for a text value", () => {
    const [[error]] = riskLevelOf(cell("high"), null as never) as [[StubError]];
    expect(error.message).toBe('Risk value must be a number (got "high").');
  });
});

describe("ISMS.MATRIX", () => {
  const matrix = [
    [1, 2, 3],
    [4, 5, 6],
  ];

  it("looks up by row and column", () => {
    expect(matrixLookup(column(1, 2), column(3, 1), matrix)).toEqual([[3], [4]]);
  });

  it("names the row and its range when out of the matrix", () => {
    const [[error]] = matrixLookup(cell(3), cell(1), matrix) as [[StubError]];
    expect(error.message).toBe("row must be a whole number from 1 to 2 (got 3).");
  });

  it("refuses a matrix with text", () => {
    expect(errorOf(() => matrixLookup(cell(1), cell(1), [[1, "x"]])).message).toBe(
      "matrix must be a range of numbers.",
    );
  });
});

describe("ISMS.ACCEPTABLE", () => {
  it("accepts up to level 2 by default", () => {
    expect(acceptableLevel(column(1, 2, 3, ""), null as never)).toEqual([[true], [true], [false], [""]]);
  });

  it("takes a criterion", () => {
    expect(acceptableLevel(column(3, 4), 3)).toEqual([[true], [false]]);
  });

  it("refuses a criterion outside the levels", () => {
    useLanguage("zh-CN");
    expect(errorOf(() => acceptableLevel(cell(1), 7)).message).toBe(
      "风险接受准则必须是 1 到 5 之间的整数（当前为 7）。",
    );
  });
});
