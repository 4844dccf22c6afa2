/**
 * What the treatment plan's rule formats mark, row by row, as far as a pure test can tell: the formulas
 * are evaluated by a small evaluator of the spreadsheet functions they use (Excel's rules for blanks,
 * text and errors), over a register and a methodology given as workbook names. Case by case it states
 * which cells turn red or amber; and the prepared blank rows of a new plan, their own formulas evaluated
 * the same way, turn nothing. LibreOffice checks the same formulas against the domain's findings in
 * test/xlsx/planRulesRecalc.test.ts.
 */
import { defaultMethodology, METHOD_IDS, type Methodology } from "../../../src/domain/methodology";
import type { Lang } from "../../../src/i18n";
import { columnLetters } from "../../../src/workbook/cells/cellAddress";
import { formulaMovedDown } from "../../../src/workbook/cells/formulaMove";
import { buildWorkbookPlan } from "../../../src/workbook/layout/buildWorkbookPlan";
import { planRuleFormats, type PlanRuleFormat } from "../../../src/workbook/layout/planRules";
import { isFormula } from "../../../src/workbook/plan";
import { writtenColumns } from "../../../src/workbook/schema/columnSchema";
import { bindMethod } from "../../../src/workbook/schema/methodBinding";
import { treatmentSchema } from "../../../src/workbook/schema/treatmentSchema";

// ---- a small evaluator of the formulas' functions -------------------------------------------------

class CellError {
  constructor(readonly code: string) {}
}
/** null is a blank cell. */
type Scalar = number | string | boolean | null | CellError;
type Value = Scalar | readonly Scalar[];

interface Context {
  /** The row the formula is evaluated on (1-based) and its cells by column letters. */
  readonly row: number;
  readonly cells: Readonly<Record<string, Scalar>>;
  readonly names: Readonly<Record<string, Value>>;
  readonly today: number;
}

type Node =
  | { kind: "literal"; value: Scalar }
  | { kind: "ref"; column: string; row: number }
  | { kind: "name"; name: string }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "binary"; op: string; left: Node; right: Node };

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|(\d+(?:\.\d+)?)|\$?([A-Z]{1,3})\$?(\d+)(?![\w(])|([A-Za-z_][\w.]*)|(<>|<=|>=|[=<>+\-*&(),]))/y;

function parse(formula: string): Node {
  const tokens: string[][] = [];
  TOKEN.lastIndex = 0;
  const text = formula.replace(/^=/, "");
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match) throw new Error(`cannot read ${text.slice(TOKEN.lastIndex)}`);
    tokens.push(match);
  }
  let at = 0;
  const peek = (): string | undefined => tokens[at]?.[6];
  const take = (op: string): void => {
    if (peek() !== op) throw new Error(`expected ${op} in ${formula}`);
    at++;
  };
  const levels = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*"]];
  const binary = (level: number): Node => {
    if (level === levels.length) return primary();
    let node = binary(level + 1);
    while (levels[level]?.includes(peek() ?? "")) {
      const op = peek() ?? "";
      at++;
      node = { kind: "binary", op, left: node, right: binary(level + 1) };
    }
    return node;
  };
  const primary = (): Node => {
    const token = tokens[at++];
    if (!token) throw new Error(`unexpected end of ${formula}`);
    const [, text, number, letters, row, word, op] = token;
    if (text !== undefined) return { kind: "literal", value: text.slice(1, -1).replace(/""/g, '"') };
    if (number !== undefined) return { kind: "literal", value: Number(number) };
    if (letters !== undefined) return { kind: "ref", column: letters, row: Number(row) };
    if (op === "(") {
      const inner = binary(0);
      take(")");
      return inner;
    }
    if (op === "-") return { kind: "binary", op: "-", left: { kind: "literal", value: 0 }, right: primary() };
    if (word === undefined) throw new Error(`unexpected ${op ?? ""} in ${formula}`);
    if (peek() !== "(") return { kind: "name", name: word };
    at++;
    const args: Node[] = [];
    while (peek() !== ")") {
      args.push(binary(0));
      if (peek() === ",") at++;
    }
    take(")");
    return { kind: "call", name: word.toUpperCase(), args };
  };
  const node = binary(0);
  if (at !== tokens.length) throw new Error(`unread rest of ${formula}`);
  return node;
}

const isError = (value: Value): value is CellError => value instanceof CellError;
const scalar = (value: Value): Scalar =>
  Array.isArray(value) ? new CellError("#VALUE!") : (value as Scalar);

function toNumber(value: Scalar): number | CellError {
  if (value === null) return 0;
  if (typeof value === "number" || isError(value)) return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : new CellError("#VALUE!");
}

/** Excel's order: numbers < text < booleans; text without case; a blank is 0, "" or FALSE beside the other. */
function compare(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  const blankLike = (v: Scalar, other: Scalar): Scalar =>
    v !== null ? v : typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const [x, y] = [blankLike(a, b), blankLike(b, a)];
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") return x.toLowerCase().localeCompare(y.toLowerCase());
  return Number(x) - Number(y);
}

function truth(value: Scalar): boolean | CellError {
  if (isError(value)) return value;
  if (typeof value === "string") return new CellError("#VALUE!");
  return Boolean(value);
}

function call(name: string, args: readonly Node[], context: Context): Value {
  const value = (k: number) => evaluate(args[k] as Node, context);
  const one = (k: number) => scalar(value(k));
  switch (name) {
    case "AND":
    case "OR": {
      const truths = args.map((_, k) => truth(one(k)));
      const error = truths.find(isError);
      if (error) return error;
      return name === "AND" ? truths.every(Boolean) : truths.some(Boolean);
    }
    case "NOT": {
      const t = truth(one(0));
      return isError(t) ? t : !t;
    }
    case "IF": {
      const t = truth(one(0));
      if (isError(t)) return t;
      return t ? value(1) : args.length > 2 ? value(2) : false;
    }
    case "IFERROR": {
      const v = value(0);
      return isError(v) ? value(1) : v;
    }
    case "ISNUMBER":
      return typeof one(0) === "number";
    case "ISNA": {
      const v = one(0);
      return isError(v) && v.code === "#N/A";
    }
    case "NA":
      return new CellError("#N/A");
    case "TODAY":
      return context.today;
    case "TRIM": {
      const v = one(0);
      if (isError(v)) return v;
      if (v === null) return "";
      return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v).trim().replace(/ +/g, " ");
    }
    case "MATCH": {
      const [lookup, range, type] = [one(0), value(1), one(2)];
      if (isError(lookup)) return lookup;
      if (type !== 0 || !Array.isArray(range)) throw new Error("only exact MATCH over a name");
      if (lookup === null) return new CellError("#N/A");
      const found = (range as Scalar[]).findIndex(
        (v) => v !== null && !isError(v) && typeof v === typeof lookup && compare(v, lookup) === 0,
      );
      return found < 0 ? new CellError("#N/A") : found + 1;
    }
    case "INDEX": {
      const [range, at] = [value(0), one(1)];
      if (isError(at)) return at;
      const list = Array.isArray(range) ? (range as Scalar[]) : [range as Scalar];
      const n = toNumber(at);
      return isError(n) ? n : n >= 1 && n <= list.length ? (list[n - 1] ?? null) : new CellError("#REF!");
    }
    default:
      throw new Error(`the evaluator does not know ${name}`);
  }
}

function evaluate(node: Node, context: Context): Value {
  switch (node.kind) {
    case "literal":
      return node.value;
    case "ref":
      if (node.row !== context.row) throw new Error(`a reference off the row: ${node.column}${node.row}`);
      return context.cells[node.column] ?? null;
    case "name": {
      if (/^(TRUE|FALSE)$/i.test(node.name)) return node.name.toUpperCase() === "TRUE";
      const named = context.names[node.name];
      if (named === undefined) throw new Error(`no name ${node.name}`);
      return named;
    }
    case "call":
      return call(node.name, node.args, context);
    case "binary": {
      const [a, b] = [scalar(evaluate(node.left, context)), scalar(evaluate(node.right, context))];
      if (isError(a)) return a;
      if (isError(b)) return b;
      if (node.op === "&") return `${a ?? ""}${b ?? ""}`;
      if (node.op === "+" || node.op === "-" || node.op === "*") {
        const [x, y] = [toNumber(a), toNumber(b)];
        if (isError(x)) return x;
        if (isError(y)) return y;
        return node.op === "+" ? x + y : node.op === "-" ? x - y : x * y;
      }
      const order = compare(a, b);
      const tests: Record<string, boolean> = {
        "=": order === 0,
        "<>": order !== 0,
        "<": order < 0,
        ">": order > 0,
        "<=": order <= 0,
        ">=": order >= 0,
      };
      return tests[node.op] ?? false;
    }
  }
}

/** What a conditional format does with a result: TRUE marks the cell; anything else (an error too) does not. */
const marks = (formula: string, context: Context): boolean => evaluate(parse(formula), context) === true;

// ---- the rules ----------------------------------------------------------------------------------

/** Excel's serial of an ISO date. */
const serial = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
const ASSESSED = serial("2026-03-02");
const TODAY = serial("2026-04-01");

const LEVEL_BASIS = defaultMethodology("li");
const VALUE_BASIS: Methodology = { ...LEVEL_BASIS, acceptance: { basis: "value", value: 12 } };

/** The register: R-001 above the criterion (level 4, value 16), R-002 within (level 1, value 2, no date). */
function names(m: Methodology, stated: number | null): Record<string, Value> {
  return {
    ISMS_RiskIds: ["R-001", "R-002", null],
    ISMS_RiskLevels: [4, 1, ""],
    ISMS_RiskValues: [16, 2, ""],
    ISMS_RiskDates: [ASSESSED, null, null],
    // The asset's own ratings on each risk, which residual formulas read from the register.
    ISMS_RiskAssetValues: [4, 2, ""],
    ISMS_RiskC: [4, 2, ""],
    ISMS_RiskI: [3, 1, ""],
    ISMS_RiskA: [2, 1, ""],
    ISMS_Acceptance: m.acceptance.basis === "level" ? m.acceptance.level : m.acceptance.value,
    ISMS_TreatmentDays: 90,
    ISMS_AssessmentDate: stated,
  };
}

const columnsOf = (m: Methodology) => writtenColumns(treatmentSchema(bindMethod(m)));

/** The cells each rule marks on one row (by column key), as "rule@column". */
function marked(
  m: Methodology,
  lang: Lang,
  row: Record<string, Scalar>,
  stated: number | null = null,
): string[] {
  const columns = columnsOf(m);
  const cells: Record<string, Scalar> = {};
  columns.forEach((c, i) => (cells[columnLetters(i)] = row[c.key] ?? null));
  const context: Context = { row: 2, cells, names: names(m, stated), today: TODAY };
  return planRuleFormats({ columns, methodology: m, lang, capacity: 1000 })
    .filter((f) => marks(f.format.formula, context))
    .map((f) => `${f.rule}@${f.column}`);
}

const ACCEPT: Readonly<Record<Lang, string>> = { en: "Accept", "zh-CN": "接受" };
const REDUCE: Readonly<Record<Lang, string>> = { en: "Reduce", "zh-CN": "降低" };

/** A complete, signed reduce row of R-001, residual within the criterion. */
const done = (lang: Lang, change: Record<string, Scalar> = {}): Record<string, Scalar> => ({
  riskId: "R-001",
  level: 4,
  option: REDUCE[lang],
  measures: "MFA",
  owner: "Li Na",
  dueDate: ASSESSED + 60,
  residualLikelihood: 1,
  residualImpact: 2,
  residualValue: 2,
  residualLevel: 1,
  ...change,
});

describe.each(["en", "zh-CN"] as const)("the rule formats in %s, level criterion", (lang) => {
  const accept = ACCEPT[lang];
  const signed = { acceptedBy: "Wang Qiang", acceptedOn: ASSESSED + 14 };

  it.each([
    ["a complete row", {}, []],
    ["an unknown risk id", { riskId: "R-999" }, ["treatment.risk.unknown@riskId"]],
    ["a risk id in other letter case", { riskId: "r-001" }, []],
    ["a blank owner", { owner: null }, ["treatment.owner.missing@owner"]],
    ["an owner of spaces", { owner: "  " }, ["treatment.owner.missing@owner"]],
    ["a blank planned completion", { dueDate: null }, ["treatment.due.missing@dueDate"]],
    ["an accepted risk without a date", { option: accept, dueDate: null, ...signed }, []],
    ["a date 90 days after the assessment", { dueDate: ASSESSED + 90 }, []],
    ["a date 91 days after the assessment", { dueDate: ASSESSED + 91 }, ["treatment.due.late@dueDate"]],
    ["a date typed as text", { dueDate: "next month" }, []],
    ["an accepted risk, nobody signed", { option: accept }, ["treatment.accept.unapproved@acceptedBy"]],
    [
      "an accepted risk, signed without a date",
      { option: accept, acceptedBy: "Wang Qiang" },
      ["treatment.accept.unapproved@acceptedOn"],
    ],
    ["an accepted risk, signed and dated", { option: accept, ...signed }, []],
    ["an accepted risk within the criterion", { riskId: "R-002", option: accept }, []],
    ["a residual above the criterion", { residualLevel: 3 }, ["residual.unaccepted@acceptedBy"]],
    [
      "a residual above the criterion, signed without a date",
      { residualLevel: 3, acceptedBy: "Wang Qiang" },
      ["residual.unaccepted@acceptedOn"],
    ],
    ["a residual above the criterion, signed", { residualLevel: 3, ...signed }, []],
    [
      "an accepted risk whose residual stays above: reported once",
      { option: accept, residualLevel: 4 },
      ["treatment.accept.unapproved@acceptedBy"],
    ],
    ["a residual shown as an error", { residualLevel: new CellError("#N/A") }, []],
  ] as const)("%s", (_, change, expected) => {
    expect(marked(LEVEL_BASIS, lang, done(lang, change as Record<string, Scalar>))).toEqual(expected);
  });

  it("counts the deadline from the methodology sheet's date for a risk the register gives none", () => {
    const row = (days: number) => done(lang, { riskId: "R-002", dueDate: serial("2026-02-01") + days });
    expect(marked(LEVEL_BASIS, lang, row(90), serial("2026-02-01"))).toEqual([]);
    expect(marked(LEVEL_BASIS, lang, row(91), serial("2026-02-01"))).toEqual(["treatment.due.late@dueDate"]);
  });

  it("counts it from today when neither the register nor the methodology sheet gives a date", () => {
    const row = (days: number) => done(lang, { riskId: "R-002", dueDate: TODAY + days });
    expect(marked(LEVEL_BASIS, lang, row(90))).toEqual([]);
    expect(marked(LEVEL_BASIS, lang, row(91))).toEqual(["treatment.due.late@dueDate"]);
  });

  it("marks the late date of a row without a risk id (as the add-in does), and nothing else on it", () => {
    const row = { owner: null, option: REDUCE[lang], dueDate: TODAY + 91, level: "" };
    expect(marked(LEVEL_BASIS, lang, row)).toEqual(["treatment.due.late@dueDate"]);
  });

  it("marks a risk id with nothing else on its row where the owner and the date go", () => {
    expect(marked(LEVEL_BASIS, lang, { riskId: "R-001", level: 4 })).toEqual([
      "treatment.owner.missing@owner",
      "treatment.due.missing@dueDate",
    ]);
  });
});

describe("the rule formats under a value criterion (highest acceptable value 12)", () => {
  it.each([
    [
      "an accepted risk of value 16, level 4",
      { option: "Accept" },
      ["treatment.accept.unapproved@acceptedBy"],
    ],
    [
      "a residual of value 15 at level 1",
      { residualValue: 15, residualLevel: 1 },
      ["residual.unaccepted@acceptedBy"],
    ],
    ["a residual of value 12 at level 5", { residualValue: 12, residualLevel: 5 }, []],
  ] as const)("%s", (_, change, expected) => {
    expect(marked(VALUE_BASIS, "en", done("en", change as Record<string, Scalar>))).toEqual(expected);
  });
});

describe.each(METHOD_IDS)("the prepared rows of a new %s plan", (method) => {
  it.each(["en", "zh-CN"] as const)("(%s) are not marked", (lang) => {
    const build = buildWorkbookPlan({ lang, standard: "2022", method, sample: false });
    if (!build.ok) throw new Error("a new workbook has no conflicts");
    const sheet = build.plan.sheets.find((s) => s.key === "treatments");
    const table = sheet?.tables[0];
    if (!sheet || !table) throw new Error("no treatment plan");
    const m = defaultMethodology(method);
    const formats: readonly PlanRuleFormat[] = planRuleFormats({
      columns: columnsOf(m),
      methodology: m,
      lang,
      capacity: 1000,
    });
    expect(table.rows.length).toBe(20);
    table.rows.forEach((line, r) => {
      const row = r + 2;
      const cells: Record<string, Scalar> = {};
      const context: Context = { row, cells, names: names(m, null), today: TODAY };
      // The row's own formulas first (they read only cells left of them and the names).
      line.forEach((cell, c) => {
        cells[columnLetters(c)] = isFormula(cell) ? scalar(evaluate(parse(cell.formula), context)) : cell;
      });
      for (const format of formats) {
        const moved = formulaMovedDown(format.format.formula.slice(1), r) ?? "";
        expect({ row, rule: format.rule, marked: marks(moved, context) }).toEqual({
          row,
          rule: format.rule,
          marked: false,
        });
      }
    });
  });
});
