/** Invariants every workbook plan keeps, for every method, language and standard. */
import { METHOD_IDS } from "../../src/domain/methodology";
import { buildWorkbookPlan } from "../../src/operations/createWorkbook";

const cases = METHOD_IDS.flatMap((method) =>
  (["zh-CN", "en"] as const).flatMap((lang) =>
    (["2022", "2013"] as const).map((standard) => ({ method, lang, standard })),
  ),
);

describe.each(cases)("the plan for $method, $lang, $standard", (options) => {
  const build = buildWorkbookPlan({ ...options, sample: true });
  if (!build.ok) throw new Error("the plan did not build");
  const { plan } = build;
  const tables = plan.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name.toLowerCase()));
  const names = plan.names.map((name) => name.name.toLowerCase());

  it("never gives a defined name the name of a table (Excel keeps both in one namespace)", () => {
    expect(names.filter((name) => tables.includes(name))).toEqual([]);
  });

  it("uses each table name and each defined name once", () => {
    expect(new Set(tables).size).toBe(tables.length);
    expect(new Set(names).size).toBe(names.length);
  });

  it("defines every ISMS_ name its formulas use", () => {
    const formulas = plan.sheets.flatMap((sheet) => [
      ...sheet.blocks.flatMap((block) => block.cells.flat()),
      ...sheet.tables.flatMap((table) => table.rows.flat()),
    ]);
    const used = new Set<string>();
    for (const cell of formulas) {
      if (typeof cell !== "object" || cell === null) continue;
      for (const match of cell.formula.matchAll(/\bISMS_[A-Za-z0-9_]+\b(?!\[)/g))
        used.add(match[0].toLowerCase());
    }
    const known = new Set([...names, ...tables]);
    expect([...used].filter((name) => !known.has(name))).toEqual([]);
  });
});
