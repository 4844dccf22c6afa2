/**
 * Which cells a data sheet computes and whether it is protected (protectionPlan), the methodology switch
 * behind it, and the metadata's record of the sheets the product protected.
 */
import { defaultMethodology, METHOD_IDS, protectsFormulas } from "../../../src/domain/methodology";
import { columnLetters, parseRange } from "../../../src/workbook/cells/cellAddress";
import {
  COMPUTED_FILL,
  protectedSheets,
  protectionPlan,
  recordProtection,
  withProtection,
  type ProtectionInput,
} from "../../../src/workbook/layout/protectionPlan";
import type { IsmsMetadata, SheetPlan } from "../../../src/workbook/plan";
import { sheetSchemas } from "../../../src/workbook/schema";
import { writtenColumns } from "../../../src/workbook/schema/columnSchema";
import { bindMethod } from "../../../src/workbook/schema/methodBinding";

const input = (columns: boolean[], extra: Partial<ProtectionInput> = {}): ProtectionInput => ({
  columns: columns.map((computed) => (computed ? { computed } : {})),
  table: { row: 0, column: 0, rows: [] },
  capacity: 1000,
  methodology: {},
  ...extra,
});

describe("protectionPlan: the computed cells of a sheet", () => {
  it.each<[string, ProtectionInput, string[]]>([
    ["one computed column", input([false, true, false]), ["B2:B1001"]],
    [
      "neighbouring computed columns as one range",
      input([false, true, true, false, true]),
      ["B2:C1001", "E2:E1001"],
    ],
    [
      "a table placed lower and to the right",
      input([true, false], { table: { row: 3, column: 2, rows: [] } }),
      ["C5:C1004"],
    ],
    [
      "a table longer than the rows prepared",
      input([true], {
        table: { row: 0, column: 0, rows: Array.from({ length: 1500 }, () => []) },
        capacity: 1000,
      }),
      ["A2:A1501"],
    ],
    ["no computed column", input([false, false]), []],
  ])("covers %s over the body and the prepared rows", (_, given, ranges) => {
    expect(protectionPlan(given).computedRanges).toEqual(ranges);
  });

  it.each([
    ["protects by default (a methodology that says nothing)", {}, true],
    ["protects when the methodology asks", { protectFormulas: true }, true],
    ["leaves the sheet open when the methodology turns protection off", { protectFormulas: false }, false],
  ])("%s", (_, methodology, protect) => {
    expect(protectionPlan(input([true, false], { methodology })).protect).toBe(protect);
  });

  it("does not protect a sheet that computes nothing: there is nothing to guard", () => {
    expect(protectionPlan(input([false, false]))).toEqual({ computedRanges: [], protect: false });
  });

  it.each(METHOD_IDS)("marks exactly the computed columns of every data sheet (%s)", (method) => {
    const methodology = defaultMethodology(method);
    for (const schema of Object.values(sheetSchemas(bindMethod(methodology)))) {
      const columns = writtenColumns(schema);
      const plan = protectionPlan({
        columns,
        table: { row: 0, column: 0, rows: [] },
        capacity: 1000,
        methodology,
      });
      const covered = new Set(
        plan.computedRanges.flatMap((address) => {
          const area = parseRange(address);
          if (!area) throw new Error(`not a range: ${address}`);
          expect([area.top, area.bottom]).toEqual([1, 1000]);
          return Array.from({ length: area.right - area.left + 1 }, (_, i) => columnLetters(area.left + i));
        }),
      );
      const computed = columns.flatMap((column, index) => (column.computed ? [columnLetters(index)] : []));
      expect({ sheet: schema.key, covered: [...covered].sort() }).toEqual({
        sheet: schema.key,
        covered: computed.sort(),
      });
      expect(plan.protect).toBe(computed.length > 0);
    }
  });

  it("fills computed cells with a light grey", () => {
    expect(COMPUTED_FILL).toBe("#F2F2F2");
  });
});

describe("the methodology switch", () => {
  it("is on in every preset, which states nothing", () => {
    for (const method of METHOD_IDS) {
      expect(defaultMethodology(method).protectFormulas).toBeUndefined();
      expect(protectsFormulas(defaultMethodology(method))).toBe(true);
    }
  });

  it("is off only when the methodology says false", () => {
    expect(protectsFormulas({ protectFormulas: false })).toBe(false);
    expect(protectsFormulas({ protectFormulas: true })).toBe(true);
  });
});

const METADATA: IsmsMetadata = {
  version: 1,
  lang: "zh-CN",
  standard: "2022",
  sheets: [
    { key: "assets", name: "资产清单", table: "ISMS_Assets", columns: [] },
    { key: "risks", name: "风险评估表 2025", table: "ISMS_Risks", columns: [] },
    { key: "soa", name: "适用性声明", table: "ISMS_SoA", columns: [] },
  ],
};

describe("the metadata's record of protected sheets", () => {
  it("adds the sheets a plan protects and removes those it leaves open, keeping the others", () => {
    const before = { ...METADATA, protected: ["assets", "soa"] as const };
    const after = recordProtection(before, [
      { key: "risks", protect: true },
      { key: "soa", protect: false },
    ]);
    expect(after.protected).toEqual(["assets", "risks"]);
  });

  it("records nothing when nothing is protected", () => {
    expect(recordProtection(METADATA, [{ key: "risks" }])).not.toHaveProperty("protected");
  });

  it("names each recorded sheet by its sheet and table, as the metadata has them", () => {
    expect(protectedSheets({ ...METADATA, protected: ["risks"] })).toEqual([
      { key: "risks", name: "风险评估表 2025", table: "ISMS_Risks" },
    ]);
  });

  it("ignores what it cannot name: no metadata, an unknown key, a record edited into something else", () => {
    expect(protectedSheets(null)).toEqual([]);
    expect(protectedSheets({ ...METADATA, protected: ["gap"] })).toEqual([]);
    const edited = { ...METADATA, protected: "risks" } as unknown as IsmsMetadata;
    expect(protectedSheets(edited)).toEqual([]);
    expect(recordProtection(edited, [])).not.toHaveProperty("protected");
  });
});

describe("withProtection: a sheet plan protected where its table finally stands", () => {
  const methodology = defaultMethodology("atv");
  const schema = sheetSchemas(bindMethod(methodology)).risks;
  const columns = writtenColumns(schema);
  const sheet: SheetPlan = {
    key: "risks",
    name: "Risk register",
    mode: "create",
    blocks: [],
    // The table placed below a title, its columns in the schema's order.
    tables: [
      {
        name: "ISMS_Risks",
        row: 2,
        column: 0,
        columns: columns.map((c) => ({ key: c.key, header: c.key })),
        rows: [],
      },
    ],
    validations: [],
    conditionalFormats: [],
    hyperlinks: [],
  };

  it("locks the schema's computed columns from the first body row down to the prepared rows", () => {
    const protectedSheet = withProtection(sheet, schema, methodology, 1000);
    const expected = protectionPlan({
      columns,
      table: { row: 2, column: 0, rows: [] },
      capacity: 1000,
      methodology,
    });
    expect(protectedSheet).toMatchObject(expected);
    expect(protectedSheet.computedRanges?.every((address) => /^[A-Z]+4:[A-Z]+1003$/.test(address))).toBe(
      true,
    );
  });

  it("leaves a sheet without a table, or a methodology without protection, unprotected", () => {
    expect(withProtection({ ...sheet, tables: [] }, schema, methodology, 1000)).toEqual({
      ...sheet,
      tables: [],
    });
    expect(withProtection(sheet, schema, { protectFormulas: false }, 1000).protect).toBe(false);
  });
});
