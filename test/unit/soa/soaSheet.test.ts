/**
 * The SoA sheet as a plan: every control of the standard with bilingual titles and its theme (2013: its
 * domain), a summary whose native formulas count what the table holds, validation lists, print setup, and
 * the linked-risks cell that finds each risk's row by id.
 */
import { controls, DOMAINS_2013, THEMES, type Standard } from "../../../src/domain/catalog";
import { deriveSoa, SOA_STATUSES, type SoaResult } from "../../../src/domain/soa";
import { t } from "../../../src/i18n";
import type { Lang } from "../../../src/i18n/types";
import { cellA1, columnLetters, parseA1 } from "../../../src/workbook/cells/cellAddress";
import {
  linkedRisksCell,
  soaHeaderRow,
  soaSheetPlan,
  statusLabel,
  reasonLabel,
  versionText,
} from "../../../src/workbook/layout/soaSheet";
import { isFormula, type PlanCell, type SheetPlan, type TablePlan } from "../../../src/workbook/plan";
import { soaSchema } from "../../../src/workbook/schema/soaGapSchemas";
import { termLabel, YES_NO } from "../../../src/workbook/schema/vocabulary";
import { PREVIOUS, RISKS, TREATMENTS } from "./soaFixture";

const OTHER: Record<Lang, Lang> = { en: "zh-CN", "zh-CN": "en" };

function resultOf(standard: Standard): SoaResult {
  const previous =
    standard === "2022"
      ? [
          ...PREVIOUS,
          { controlId: "8.5", status: "Partially implemented" },
          { controlId: "8.8", status: "计划中" },
          { controlId: "5.1", applicable: true, reasons: "Legal", status: "未实施" },
          { controlId: "8.13", status: "Implemented" },
          { controlId: "A.12.4.1", applicable: true, status: "Implemented", documents: "Kept from 2013" },
        ]
      : [
          { controlId: "A.5.1.1", applicable: true, reasons: "Legal", status: "已实施" },
          { controlId: "A.11.1.4", applicable: false, justification: "Fully remote company" },
          { controlId: "A.12.4.1", status: "Partially implemented" },
        ];
  return deriveSoa({ standard, risks: RISKS, treatments: TREATMENTS, previous });
}

function planOf(standard: Standard, lang: Lang, version = 1): { plan: SheetPlan; result: SoaResult } {
  const result = resultOf(standard);
  const plan = soaSheetPlan({
    schema: soaSchema(),
    name: "SoA",
    lang,
    result,
    version: { version, date: "2026-12-01" },
  });
  return { plan, result };
}

function tableOf(plan: SheetPlan): TablePlan {
  const [table] = plan.tables;
  if (!table) throw new Error("the SoA sheet has a table");
  return table;
}

/** The table's cells of one column, by key. */
function columnOf(table: TablePlan, key: string): PlanCell[] {
  const index = table.columns.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`no column ${key}`);
  return table.rows.map((row) => row[index] ?? null);
}

/** The sheet column letter of a table column. */
function letterOf(table: TablePlan, key: string): string {
  return columnLetters(table.column + table.columns.findIndex((column) => column.key === key));
}

const CASES: readonly (readonly [Standard, Lang, number])[] = [
  ["2022", "en", 93],
  ["2022", "zh-CN", 93],
  ["2013", "en", 114],
  ["2013", "zh-CN", 114],
];

describe.each(CASES)("the %s SoA in %s", (standard, lang, count) => {
  const { plan, result } = planOf(standard, lang);
  const table = tableOf(plan);
  const catalog = controls(standard);
  const inStandard = table.rows.slice(0, count);

  it(`lists the ${count} controls in catalog order, then the legacy rows`, () => {
    expect(catalog).toHaveLength(count);
    expect(inStandard.map((row) => row[0])).toEqual(catalog.map((control) => control.id));
    const legacy = result.entries.filter((entry) => entry.legacy).map((entry) => entry.id);
    expect(table.rows.slice(count).map((row) => row[0])).toEqual(legacy);
  });

  it("gives each control its title in the sheet's language and in the other one", () => {
    const titles = columnOf(table, "title").slice(0, count);
    const altTitles = columnOf(table, "altTitle").slice(0, count);
    expect(titles).toEqual(catalog.map((control) => control.title[lang]));
    expect(altTitles).toEqual(catalog.map((control) => control.title[OTHER[lang]]));
    titles.forEach((title, i) => {
      expect(typeof title === "string" && title.trim() !== "").toBe(true);
      expect(title).not.toEqual(altTitles[i]);
    });
  });

  it("labels each control with its theme (2013: its domain) in the sheet's language", () => {
    const expected = catalog.map((control) =>
      "theme" in control
        ? THEMES.find((theme) => theme.id === control.theme)?.title[lang]
        : `${control.domain.id} ${control.domain.title[lang]}`,
    );
    expect(expected.every((label) => typeof label === "string" && label !== "")).toBe(true);
    expect(columnOf(table, "theme").slice(0, count)).toEqual(expected);
  });

  it("puts the table below the document control block and the summary, header row frozen", () => {
    const groups = standard === "2022" ? THEMES.length : DOMAINS_2013.length;
    expect(table.row).toBe(soaHeaderRow(standard));
    // Title, version line, a blank row, the summary heading, the total, one row per group, a blank row.
    expect(table.row).toBe(4 + 1 + groups + 1);
    const lowest = Math.max(...plan.blocks.map((block) => block.row + block.cells.length - 1));
    expect(lowest).toBeLessThan(table.row);
    expect(plan.freeze).toEqual({ rows: table.row + 1, columns: 2 });
  });

  it("writes the version and date in the document control block", () => {
    const control = plan.blocks.find((block) => block.row === 1);
    expect(control?.cells[0]?.slice(0, 4)).toEqual([
      expect.any(String),
      versionText(1),
      expect.any(String),
      "2026-12-01",
    ]);
  });

  it("prints on A4 landscape, one page wide, repeating the header row", () => {
    expect(plan.print).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      titleRows: { first: table.row, last: table.row },
    });
  });
});

/**
 * The summary's formulas computed over the plan's own cells: the few forms they take (SUMPRODUCT of
 * comparisons over whole columns, a cell minus cells, a cell minus a SUM), and nothing else.
 */
function evaluator(plan: SheetPlan) {
  const cells = new Map<string, PlanCell>();
  for (const block of plan.blocks)
    block.cells.forEach((line, r) =>
      line.forEach((cell, c) => cells.set(cellA1(block.row + r, block.column + c), cell)),
    );
  for (const table of plan.tables) {
    table.columns.forEach((column, c) => cells.set(cellA1(table.row, table.column + c), column.header));
    table.rows.forEach((line, r) =>
      line.forEach((cell, c) => cells.set(cellA1(table.row + 1 + r, table.column + c), cell)),
    );
  }
  const text = (address: string): string => {
    const cell = cells.get(address.replace(/\$/g, ""));
    if (isFormula(cell)) throw new Error(`a comparison over formulas: ${address}`);
    return cell === null || cell === undefined ? "" : String(cell);
  };
  const comparison = (term: string): ((row: number) => boolean) => {
    const match = /^\$([A-Z]+)\$(\d+):\$\1\$(\d+)(<>|=)("(?:[^"]|"")*"|\$[A-Z]+\$\d+)$/.exec(term);
    if (!match) throw new Error(`unexpected term ${term}`);
    const [, letters = "", , , operator, operand = ""] = match;
    const against = operand.startsWith('"') ? operand.slice(1, -1).replace(/""/g, '"') : text(operand);
    return (row) => (text(`${letters}${row}`) === against) === (operator === "=");
  };
  const value = (address: string): number => {
    const cell = cells.get(address);
    if (!isFormula(cell)) throw new Error(`${address} is not a formula`);
    const source = cell.formula;
    const sumProduct = /^=SUMPRODUCT\(\((.+?)\)\*(?:1|\((.+)\))\)$/.exec(source);
    if (sumProduct) {
      const terms = [sumProduct[1], sumProduct[2]].filter((t): t is string => t !== undefined);
      const range = /^\$[A-Z]+\$(\d+):\$[A-Z]+\$(\d+)/.exec(terms[0] ?? "");
      const [first, last] = [Number(range?.[1]), Number(range?.[2])];
      const tests = terms.map(comparison);
      let count = 0;
      for (let row = first; row <= last; row++) if (tests.every((test) => test(row))) count++;
      return count;
    }
    const minus = /^=([A-Z]+\d+)-([A-Z]+\d+)-([A-Z]+\d+)$/.exec(source);
    if (minus) return value(minus[1] ?? "") - value(minus[2] ?? "") - value(minus[3] ?? "");
    const minusSum = /^=([A-Z]+\d+)-SUM\(([A-Z]+)(\d+):\2(\d+)\)$/.exec(source);
    if (minusSum) {
      let sum = 0;
      for (let row = Number(minusSum[3]); row <= Number(minusSum[4]); row++)
        sum += value(`${minusSum[2]}${row}`);
      return value(minusSum[1] ?? "") - sum;
    }
    throw new Error(`unexpected formula ${source}`);
  };
  /** The address of the block cell holding `label` (first match). */
  const labelled = (label: string): { row: number; column: number } => {
    for (const [address, cell] of cells)
      if (cell === label) return parseA1(address) ?? { row: -1, column: -1 };
    throw new Error(`no cell says ${label}`);
  };
  return { value, labelled, text };
}

describe.each(CASES)("the %s summary in %s", (standard, lang, count) => {
  const { plan, result } = planOf(standard, lang);
  const table = tableOf(plan);
  const sheet = evaluator(plan);
  const first = table.row + 2; // 1-based first data row
  const at = (row: number, column: number) => cellA1(row, column);
  const total = sheet.labelled(t(lang, "workbook.soa.total"));

  it("counts over the table's own theme, applicability and status columns, from its first row", () => {
    const formulas = plan.blocks.flatMap((block) => block.cells.flat()).filter(isFormula);
    const ranges = new Set(formulas.flatMap((f) => f.formula.match(/\$[A-Z]+\$\d+:\$[A-Z]+\$\d+/g) ?? []));
    const span = (key: string) => `$${letterOf(table, key)}$${first}:$${letterOf(table, key)}$`;
    expect(
      [...ranges].every((range) => ["theme", "applicable", "status"].some((k) => range.startsWith(span(k)))),
    ).toBe(true);
    for (const key of ["theme", "applicable", "status"])
      expect([...ranges].some((range) => range.startsWith(span(key)))).toBe(true);
    // Every range covers the same rows, well beyond the table, so rows a person adds are counted.
    const lasts = new Set([...ranges].map((range) => Number(/(\d+)$/.exec(range)?.[1])));
    expect(lasts.size).toBe(1);
    expect([...lasts][0]).toBeGreaterThan(first + table.rows.length);
  });

  it("compares applicability with the words of the sheet's list", () => {
    const formulas = plan.blocks.flatMap((block) => block.cells.flat()).filter(isFormula);
    const yes = `="${termLabel(YES_NO, "yes", lang)}"`;
    const no = `="${termLabel(YES_NO, "no", lang)}"`;
    expect(formulas.some((f) => f.formula.includes(yes))).toBe(true);
    expect(formulas.some((f) => f.formula.includes(no))).toBe(true);
  });

  it(`counts the ${count} controls, applicable, excluded and undecided, as derivation does`, () => {
    expect(sheet.value(at(total.row, total.column + 1))).toBe(count);
    expect(sheet.value(at(total.row, total.column + 2))).toBe(result.counts.applicable);
    expect(sheet.value(at(total.row, total.column + 3))).toBe(result.counts.excluded);
    expect(sheet.value(at(total.row, total.column + 4))).toBe(result.counts.undecided);
    expect(result.counts.excluded).toBeGreaterThan(0);
  });

  it("counts each theme (2013: each domain) as derivation does", () => {
    const groups =
      standard === "2022"
        ? THEMES.map((theme) => [theme.id, theme.title[lang]] as const)
        : DOMAINS_2013.map((domain) => [domain.id, `${domain.id} ${domain.title[lang]}`] as const);
    for (const [id, label] of groups) {
      const cell = sheet.labelled(label);
      const counted = [1, 2, 3, 4].map((offset) => sheet.value(at(cell.row, cell.column + offset)));
      const expected = result.counts.byTheme[id];
      expect({ id, counted }).toEqual({
        id,
        counted: [
          (expected?.applicable ?? 0) + (expected?.excluded ?? 0) + (expected?.undecided ?? 0),
          expected?.applicable,
          expected?.excluded,
          expected?.undecided,
        ],
      });
    }
  });

  it("counts each implementation status, and the controls with none, as derivation does", () => {
    for (const status of SOA_STATUSES) {
      const cell = sheet.labelled(statusLabel(status, lang));
      expect({ status, count: sheet.value(at(cell.row, cell.column + 1)) }).toEqual({
        status,
        count: result.counts.byStatus[status],
      });
    }
    const unset = sheet.labelled(t(lang, "workbook.soa.unset"));
    expect(sheet.value(at(unset.row, unset.column + 1))).toBe(result.counts.byStatus.unset);
  });
});

describe("validation lists", () => {
  it.each(["en", "zh-CN"] as const)("offer applicability, status and reasons in %s", (lang) => {
    const { plan } = planOf("2022", lang);
    const table = tableOf(plan);
    const rangeOf = (key: string) => {
      const letter = letterOf(table, key);
      return new RegExp(`^${letter}${table.row + 2}:${letter}\\d+$`);
    };
    const find = (key: string) => plan.validations.find((v) => rangeOf(key).test(v.range));
    expect(plan.validations).toHaveLength(3);

    const applicable = find("applicable");
    expect(applicable?.source).toEqual(YES_NO.map((term) => term.label[lang]));
    expect(applicable?.alert ?? "stop").toBe("stop");

    const status = find("status");
    expect(status?.source).toEqual(SOA_STATUSES.map((key) => statusLabel(key, lang)));
    expect(status?.alert).toBe("warning");

    const reasons = find("reasons");
    expect(reasons?.source).toEqual(
      (["legal", "contractual", "business"] as const).map((reason) => reasonLabel(reason, lang)),
    );
    expect(reasons?.alert).toBe("warning");
    for (const validation of plan.validations) {
      expect(validation.allowBlank).toBe(true);
      expect(validation.errorMessage?.trim()).toBeTruthy();
    }
  });

  it("mark an excluded control the risks require, and an exclusion without a justification", () => {
    const { plan } = planOf("2022", "en");
    const table = tableOf(plan);
    const row = table.row + 2;
    const ref = (key: string) => `$${letterOf(table, key)}${row}`;
    expect(plan.conditionalFormats).toEqual([
      expect.objectContaining({
        range: expect.stringMatching(new RegExp(`^${letterOf(table, "applicable")}${row}:`)),
        formula: `=AND(${ref("applicable")}="No",${ref("derivedReasons")}<>"")`,
      }),
      expect.objectContaining({
        range: expect.stringMatching(new RegExp(`^${letterOf(table, "justification")}${row}:`)),
        formula: `=AND(${ref("applicable")}="No",TRIM(${ref("justification")})="")`,
      }),
    ]);
  });
});

describe("the printed SoA", () => {
  // The SoA's version moves on with each regeneration and is printed in its document-control row; the
  // page footer gives the page only, so it never contradicts that row with a stale version.
  it("prints the version in the document-control row and no version in the footer", () => {
    const { plan } = planOf("2022", "en", 3);
    expect(plan.blocks.find((block) => block.row === 1)?.cells[0]?.[1]).toBe("3.0");
    expect(plan.print?.footer?.center).toBe("Page {page} of {pages}");
  });
});

describe("the linked-risks cell", () => {
  const LINK =
    /^=IFERROR\(HYPERLINK\("#"&CELL\("address",INDEX\(ISMS_RiskIds,MATCH\("((?:[^"]|"")*)",ISMS_RiskIds,0\)\)\),"((?:[^"]|"")*)"\),"((?:[^"]|"")*)"\)$/;

  function parts(cell: PlanCell): { first: string; shown: string; fallback: string } {
    if (!isFormula(cell)) throw new Error(`not a formula: ${JSON.stringify(cell)}`);
    const match = LINK.exec(cell.formula);
    if (!match) throw new Error(`unexpected formula ${cell.formula}`);
    const unquote = (text = "") => text.replace(/""/g, '"');
    return { first: unquote(match[1]), shown: unquote(match[2]), fallback: unquote(match[3]) };
  }

  it("is blank without risks", () => {
    expect(linkedRisksCell([], "en")).toBeNull();
  });

  it("links to the first risk's row found by id, and shows every id", () => {
    expect(parts(linkedRisksCell(["R-001", "R-004"], "en"))).toEqual({
      first: "R-001",
      shown: "R-001, R-004",
      fallback: "R-001, R-004",
    });
    expect(parts(linkedRisksCell(["R-001", "R-004", "R-9"], "zh-CN"))).toEqual({
      first: "R-001",
      shown: "R-001、R-004、R-9",
      fallback: "R-001、R-004、R-9",
    });
  });

  it("escapes quotes in ids", () => {
    const cell = linkedRisksCell(['R"1', 'Q"2"'], "en");
    expect(parts(cell)).toEqual({ first: 'R"1', shown: 'R"1, Q"2"', fallback: 'R"1, Q"2"' });
  });

  it("is plain text when the ids are longer than a formula's text may be (255 characters)", () => {
    // 63 ids of 2 characters and their separators: 63 * 2 + 63 * 2 = 252, then an id to reach the limit.
    const ids = Array.from({ length: 63 }, (_, i) => `${String.fromCharCode(65 + (i % 26))}${i % 10}`);
    const exactly = [...ids, "R-1"];
    expect(exactly.join(", ")).toHaveLength(255);
    expect(parts(linkedRisksCell(exactly, "en")).shown).toBe(exactly.join(", "));
    const over = [...ids, "R-12"];
    expect(linkedRisksCell(over, "en")).toBe(over.join(", "));
    const long = Array.from({ length: 200 }, (_, i) => `R-${String(i + 1).padStart(5, "0")}`);
    expect(linkedRisksCell(long, "zh-CN")).toBe(long.join("、"));
  });

  it("is what the table shows for each control's risks", () => {
    const { plan, result } = planOf("2022", "en");
    const cells = columnOf(tableOf(plan), "linkedRisks");
    result.entries.forEach((entry, i) => expect(cells[i]).toEqual(linkedRisksCell(entry.risks, "en")));
    expect(parts(cells[result.entries.findIndex((entry) => entry.id === "8.8")] ?? null).shown).toBe(
      "R-002, R-003",
    );
  });
});
