/**
 * The heat map beside the register, for every method and both languages: every cell of the matrix is
 * filled with the colour of the level the register gives a risk in it — checked against the risk engine
 * over every combination of ratings — whether or not a risk is there; the counts stay COUNTIFS over the
 * register's columns; the legend names each level with its colour and its risk values from the bands;
 * labels fit their columns and the note says how to read the colours.
 */
import {
  METHOD_IDS,
  presetById,
  type MethodId,
  type Methodology,
  type RiskAssessment,
} from "../../../src/domain/methodology";
import { assessRisk, levelOf, matrixCell, riskInputs, scaleOf } from "../../../src/domain/risk";
import { LANGS, t, type Lang } from "../../../src/i18n";
import { columnLetters } from "../../../src/workbook/cells/cellAddress";
import { heatMap, type HeatMapPlan } from "../../../src/workbook/layout/heatMap";
import { levelColour, levelRanges } from "../../../src/workbook/layout/levelColours";
import { isFormula, type CellStyle, type PlanCell } from "../../../src/workbook/plan";
import { sheetSchemas } from "../../../src/workbook/schema";
import { writtenColumns } from "../../../src/workbook/schema/columnSchema";
import { bindMethod } from "../../../src/workbook/schema/methodBinding";

const CAPACITY = 1000;

function preset(method: MethodId): Methodology {
  const m = presetById(method);
  if (!m) throw new Error(`no preset ${method}`);
  return m;
}

const registerColumns = (m: Methodology) => writtenColumns(sheetSchemas(bindMethod(m)).risks);

function mapOf(m: Methodology, lang: Lang): HeatMapPlan {
  return heatMap(m, registerColumns(m), CAPACITY, lang, registerColumns(m).length + 1);
}

interface Cell {
  readonly value: PlanCell;
  readonly style: CellStyle | undefined;
}

const textOf = (cell: Cell | undefined): string => (typeof cell?.value === "string" ? cell.value : "");

/** Every cell the map writes, by "row,column" on the sheet. */
function cellsOf(map: HeatMapPlan): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const block of map.blocks)
    block.cells.forEach((line, r) =>
      line.forEach((value, c) =>
        cells.set(`${block.row + r},${block.column + c}`, { value, style: block.style }),
      ),
    );
  return cells;
}

interface Count {
  readonly rowsColumn: string;
  readonly columnsColumn: string;
  readonly lastRow: number;
  readonly fill: string | undefined;
}

const COUNTIFS = /^=COUNTIFS\(\$([A-Z]+)\$2:\$\1\$(\d+),(\d+),\$([A-Z]+)\$2:\$\4\$\d+,(\d+)\)$/;

/** The map's count cells by "row value,column value", read from their COUNTIFS formulas. */
function countsOf(map: HeatMapPlan): Map<string, Count> {
  const counts = new Map<string, Count>();
  for (const { value, style } of cellsOf(map).values()) {
    if (!isFormula(value)) continue;
    const [, rowsColumn = "", lastRow, r, columnsColumn = "", c] = COUNTIFS.exec(value.formula) ?? [];
    if (r === undefined) throw new Error(`not a count: ${value.formula}`);
    counts.set(`${r},${c}`, { rowsColumn, columnsColumn, lastRow: Number(lastRow), fill: style?.fill });
  }
  return counts;
}

/** The register columns each method's map counts by: its rows, then its columns. */
const AXES: Readonly<Record<MethodId, readonly [string, string]>> = {
  li: ["likelihood", "impact"],
  atv: ["threatRating", "vulnerabilityRating"],
  "gbt-matrix": ["likelihoodLevel", "lossLevel"],
  "gbt-multiply": ["likelihoodLevel", "lossLevel"],
  "cia-max": ["threatRating", "vulnerabilityRating"],
};

type Ratings = Readonly<Record<string, number>>;
interface Risk extends RiskAssessment {
  readonly ratings: Ratings;
}

/** Every combination of ratings the method takes, assessed by the risk engine. */
function everyRisk(m: Methodology): Risk[] {
  let combinations: Ratings[] = [{}];
  for (const input of riskInputs(m.method)) {
    const points = scaleOf(m, input).points;
    combinations = combinations.flatMap((ratings) => points.map((p) => ({ ...ratings, [input]: p.value })));
  }
  return combinations.map((ratings) => {
    const risk = assessRisk(m, ratings);
    if (!risk.ok) throw new Error(`the engine refused ${JSON.stringify(ratings)}`);
    return { ...risk, ratings };
  });
}

/** Where the register counts a risk on the map: the values of its two axis columns. */
function placeOf(m: Methodology, risk: Risk): string {
  const { ratings, intermediate } = risk;
  switch (m.method) {
    case "li":
      return `${ratings.likelihood},${ratings.impact}`;
    case "atv":
    case "cia-max":
      return `${ratings.threat},${ratings.vulnerability}`;
    case "gbt-matrix":
    case "gbt-multiply":
      return `${intermediate.likelihoodLevel},${intermediate.lossLevel}`;
  }
}

/** The levels the engine gives the risks of each cell. */
function levelsByPlace(m: Methodology): Map<string, number[]> {
  const places = new Map<string, number[]>();
  for (const risk of everyRisk(m)) {
    const place = placeOf(m, risk);
    places.set(place, [...(places.get(place) ?? []), risk.level]);
  }
  return places;
}

const colour = (m: Methodology, level: number) => levelColour(level, m.levels.length);

describe.each(METHOD_IDS)("the heat map under %s", (method) => {
  const m = preset(method);
  const counts = countsOf(mapOf(m, "en"));
  const columns = registerColumns(m);
  const [rowsKey, columnsKey] = AXES[method];
  const rowCount = Math.max(...[...counts.keys()].map((at) => Number(at.split(",")[0])));
  const columnCount = Math.max(...[...counts.keys()].map((at) => Number(at.split(",")[1])));

  it(`counts risks by the register's ${rowsKey} and ${columnsKey} columns with COUNTIFS`, () => {
    const letters = (key: string) => columnLetters(columns.findIndex((c) => c.key === key));
    const wrong = [...counts.entries()].filter(
      ([, count]) =>
        count.rowsColumn !== letters(rowsKey) ||
        count.columnsColumn !== letters(columnsKey) ||
        count.lastRow !== CAPACITY + 1,
    );
    expect(wrong).toEqual([]);
  });

  it("has a filled cell for every pair of values on its axes", () => {
    expect(counts.size).toBe(rowCount * columnCount);
    expect(rowCount).toBe(5);
    expect(columnCount).toBe(5);
    expect([...counts.entries()].filter(([, count]) => count.fill === undefined)).toEqual([]);
  });

  it("fills each cell with the highest level the register gives a risk in it", () => {
    const wrong = [...levelsByPlace(m).entries()]
      .filter(([place, levels]) => counts.get(place)?.fill !== colour(m, Math.max(...levels)))
      .map(([place, levels]) => ({ place, levels: [...new Set(levels)], fill: counts.get(place)?.fill }));
    expect(wrong).toEqual([]);
  });
});

describe.each(["li", "gbt-matrix"] as const)("under %s, where the two axes fix the level", (method) => {
  const m = preset(method);
  const counts = countsOf(mapOf(m, "en"));

  it("gives every risk in a cell the cell's level", () => {
    const mixed = [...levelsByPlace(m).entries()].filter(([, levels]) => new Set(levels).size > 1);
    expect(mixed).toEqual([]);
  });

  it("colours even the cells no rating reaches by the level of their coordinates", () => {
    const levelAt = (r: number, c: number) =>
      method === "li" ? levelOf(m.bands, r * c) : levelOf(m.bands, matrixCell(m.matrices.risk, r, c));
    const wrong = [...counts.entries()].filter(([place, count]) => {
      const [r = 0, c = 0] = place.split(",").map(Number);
      return count.fill !== colour(m, levelAt(r, c));
    });
    expect(wrong).toEqual([]);
  });
});

describe.each([
  ["atv", { asset: 5 }],
  ["cia-max", { c: 5, i: 5, a: 5 }],
] as const)("under %s, where the asset's value is the third factor", (method, highest) => {
  const m = preset(method);
  const counts = countsOf(mapOf(m, "en"));

  it("fills each cell with the level of its ratings on an asset of the highest value", () => {
    const wrong = [...counts.entries()].filter(([place, count]) => {
      const [threat, vulnerability] = place.split(",").map(Number);
      const risk = assessRisk(m, { ...highest, threat, vulnerability });
      return !risk.ok || count.fill !== colour(m, risk.level);
    });
    expect(wrong).toEqual([]);
  });

  it("shows 高 where the issue saw 中等: threat 4, vulnerability 3 on an asset of value 5 is 60", () => {
    expect(counts.get("4,3")?.fill).toBe(colour(m, 4));
  });
});

describe("under gbt-multiply, where a cell holds risks of different levels", () => {
  const m = preset("gbt-multiply");
  const counts = countsOf(mapOf(m, "en"));
  const reached = levelsByPlace(m);

  it("holds risks of more than one level in some cells (so the cell shows the highest)", () => {
    expect([...reached.values()].some((levels) => new Set(levels).size > 1)).toBe(true);
  });

  it("colours the two cells no rating reaches by the top of both bands, like their neighbours", () => {
    const unreached = [...counts.keys()].filter((place) => !reached.has(place));
    expect(unreached.sort()).toEqual(["1,5", "5,1"]);
    expect(counts.get("1,5")?.fill).toBe(colour(m, 3));
    expect(counts.get("5,1")?.fill).toBe(colour(m, 3));
  });
});

/** Display width in Excel's character units: a CJK character takes two. */
function displayWidth(text: string): number {
  return [...text].reduce((sum, ch) => sum + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
}

const LEGEND_VALUES: Readonly<Record<MethodId, Readonly<Record<Lang, readonly string[]>>>> = {
  li: {
    en: ["1–3", "4–7", "8–14", "15–19", "20–25"],
    "zh-CN": ["1～3", "4～7", "8～14", "15～19", "20～25"],
  },
  atv: {
    en: ["1–8", "9–24", "25–49", "50–79", "80–125"],
    "zh-CN": ["1～8", "9～24", "25～49", "50～79", "80～125"],
  },
  "gbt-matrix": {
    en: ["1–6", "7–12", "13–18", "19–23", "24–25"],
    "zh-CN": ["1～6", "7～12", "13～18", "19～23", "24～25"],
  },
  "gbt-multiply": {
    en: ["1.00–1.79", "1.80–2.59", "2.60–3.39", "3.40–4.19", "4.20–5.00"],
    "zh-CN": ["1.00～1.79", "1.80～2.59", "2.60～3.39", "3.40～4.19", "4.20～5.00"],
  },
  "cia-max": {
    en: ["1–8", "9–24", "25–49", "50–79", "80–125"],
    "zh-CN": ["1～8", "9～24", "25～49", "50～79", "80～125"],
  },
};

const cases = METHOD_IDS.flatMap((method) => LANGS.map((lang) => ({ method, lang })));

describe.each(cases)("the legend and labels under $method in $lang", ({ method, lang }) => {
  const m = preset(method);
  const map = mapOf(m, lang);
  const cells = cellsOf(map);
  const find = (text: string) => [...cells.entries()].find(([, cell]) => cell.value === text)?.[0];
  const at = (row: number, column: number) => cells.get(`${row},${column}`);
  const [legendRow = 0, left = 0] = (find(t(lang, "heat.legend.title")) ?? "").split(",").map(Number);
  const widthOf = (column: number) => map.columnWidths.find((w) => w.column === column)?.width ?? 0;

  it("names each level in the workbook's language on its colour, with its risk values", () => {
    const legend = m.levels.map((_, k) => at(legendRow + 2 + k, left));
    expect(legend.map((cell) => cell?.value)).toEqual(
      m.levels.map((level) => `${level.level} ${level.label[lang]}`),
    );
    expect(legend.map((cell) => cell?.style?.fill)).toEqual(m.levels.map((l) => colour(m, l.level)));
    expect(m.levels.map((_, k) => at(legendRow + 2 + k, left + 1)?.value)).toEqual(
      LEGEND_VALUES[method][lang],
    );
    expect([at(legendRow + 1, left)?.value, at(legendRow + 1, left + 1)?.value]).toEqual([
      t(lang, "heat.legend.level"),
      t(lang, "heat.legend.values"),
    ]);
  });

  it("gives its first column a width that fits the corner label and the level names", () => {
    const rowsHeader = registerColumns(m).find((c) => c.key === AXES[method][0])?.header[lang] ?? "";
    // The corner: left of the row of column values 1, 2, ….
    const header = [...Array(legendRow).keys()].find(
      (row) => at(row, left + 1)?.value === 1 && at(row, left + 2)?.value === 2,
    );
    const corner = at(header ?? -1, left);
    expect(corner?.value).toBe(t(lang, "heat.rowsAxis", { name: rowsHeader }));
    const labels = [corner, ...m.levels.map((_, k) => at(legendRow + 2 + k, left))];
    const tooWide = labels.filter((cell) => displayWidth(textOf(cell)) >= widthOf(left));
    expect(tooWide).toEqual([]);
  });

  it("says how to read the colours and the numbers, in lines no wider than the map", () => {
    const mapWidth = map.columnWidths.reduce((sum, w) => sum + w.width, 0);
    const notes = [...cells.entries()]
      .filter(([place]) => Number(place.split(",")[0]) > legendRow + 1 + m.levels.length)
      .map(([, cell]) => textOf(cell));
    const bare = (text: string) => text.replace(/\s+/g, "");
    expect(bare(notes.join(""))).toBe(
      bare(t(lang, `heat.rule.${method}`, { max: 5 }) + t(lang, "heat.count")),
    );
    expect(notes.filter((line) => displayWidth(line) > mapWidth)).toEqual([]);
  });
});

describe("levelRanges", () => {
  it.each(METHOD_IDS)("puts every risk value of %s in its level's range", (method) => {
    const m = preset(method);
    const ranges = levelRanges(m);
    const outside = everyRisk(m).filter((risk) => {
      const range = ranges[risk.level - 1];
      return !range || risk.value < range[0] || risk.value > range[1];
    });
    expect(outside).toEqual([]);
  });
});

describe("the words of the heat map", () => {
  it("speaks as a Chinese consultant writes", () => {
    const zh = mapOf(preset("li"), "zh-CN");
    const texts = [...cellsOf(zh).values()].map(textOf);
    expect(texts).toEqual(
      expect.arrayContaining(["风险热力图（风险数量）", "图例", "风险等级", "风险值", "可能性 ↓", "影响 →"]),
    );
  });

  it("says under atv that the colour assumes an asset of the highest value", () => {
    expect(t("zh-CN", "heat.rule.atv", { max: 5 })).toContain("资产价值取最高值（5）");
    expect(t("en", "heat.rule.atv", { max: 5 })).toContain("an asset of the highest value (5)");
  });
});
