/** The plan of a new ISMS workbook: sheets, tables, formulas, lists, names, colours and links. */
import { METHOD_IDS, type MethodId } from "../../../src/domain/methodology";
import { LANGS, type Lang } from "../../../src/i18n";
import { buildWorkbookPlan } from "../../../src/workbook/layout/buildWorkbookPlan";
import {
  isFormula,
  type SheetKey,
  type SheetPlan,
  type TablePlan,
  type WorkbookPlan,
} from "../../../src/workbook/plan";

function planOf(lang: Lang, method: MethodId = "li", sample = true): WorkbookPlan {
  const build = buildWorkbookPlan({ lang, standard: "2022", method, sample });
  if (!build.ok) throw new Error("a new workbook has no conflicts");
  return build.plan;
}

function sheetOf(plan: WorkbookPlan, key: SheetKey): SheetPlan {
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) throw new Error(`no ${key} sheet`);
  return sheet;
}

function tableOf(plan: WorkbookPlan, key: SheetKey): TablePlan {
  const table = sheetOf(plan, key).tables[0];
  if (!table) throw new Error(`no ${key} table`);
  return table;
}

const column = (table: TablePlan, key: string): number => table.columns.findIndex((c) => c.key === key);

describe.each([
  ["assets", "ISMS_Assets", "Assets", "资产清单"],
  ["threats", "ISMS_Threats", "Threats", "威胁"],
  ["vulnerabilities", "ISMS_Vulnerabilities", "Vulnerabilities", "脆弱性"],
  ["risks", "ISMS_Risks", "Risk register", "风险评估表"],
  ["treatments", "ISMS_Treatments", "Risk treatment plan", "风险处置计划"],
  ["soa", "ISMS_SoA", "Statement of Applicability", "适用性声明"],
  ["gap", "ISMS_Gap", "Gap analysis", "差距分析"],
] as const)("the %s sheet", (key, table, en, zh) => {
  it.each([
    ["en", en],
    ["zh-CN", zh],
  ] as const)("is named for %s and holds the table %s", (lang, name) => {
    const plan = planOf(lang);
    // The gap sheet and the SoA keep their ids and texts in view: two frozen columns; the SoA's table
    // sits below its document-control block and summary, and its header row is frozen with them.
    const columns = { assets: 2, threats: 3, vulnerabilities: 3, risks: 3, treatments: 2, soa: 2, gap: 2 }[
      key
    ];
    const headerRow = tableOf(plan, key).row;
    expect(headerRow > 0).toBe(key === "soa");
    const rows = headerRow + 1;
    expect(sheetOf(plan, key)).toMatchObject({ name, mode: "create", freeze: { rows, columns } });
    expect(tableOf(plan, key).name).toBe(table);
  });
});

it("opens with the revision history and the guide, then the method sheet, ends with the registers, and activates the register", () => {
  const plan = planOf("zh-CN");
  expect(plan.sheets.map((s) => s.key)).toEqual([
    "revisions",
    "guide",
    "method",
    "assets",
    "threats",
    "vulnerabilities",
    "risks",
    "treatments",
    "soa",
    "gap",
    "soaChanges",
    "roles",
    "scope",
    "objectives",
    "documents",
    "records",
    "laws",
    "auditProgramme",
    "auditChecklist",
    "nonconformities",
    "review",
  ]);
  expect(plan.activate).toBe("风险评估表");
});

it.each([
  ["li", ["likelihood", "impact"]],
  ["atv", ["assetValue", "threatRating", "vulnerabilityRating"]],
  [
    "gbt-matrix",
    [
      "assetValue",
      "threatRating",
      "vulnerabilityRating",
      "likelihood",
      "likelihoodLevel",
      "loss",
      "lossLevel",
    ],
  ],
  [
    "gbt-multiply",
    [
      "assetValue",
      "threatRating",
      "vulnerabilityRating",
      "likelihood",
      "likelihoodLevel",
      "loss",
      "lossLevel",
    ],
  ],
  ["cia-max", ["c", "i", "a", "threatRating", "vulnerabilityRating", "riskC", "riskI", "riskA"]],
] as const)("the %s register rates with %j between the scenario and the risk value", (method, keys) => {
  const columns = tableOf(planOf("en", method), "risks").columns.map((c) => c.key);
  const start = columns.indexOf("existingControls") + 1;
  expect(columns.slice(start, start + keys.length + 1)).toEqual([...keys, "value"]);
});

it.each(LANGS)("writes the headers in %s", (lang) => {
  const headers = tableOf(planOf(lang), "treatments")
    .columns.slice(0, 10)
    .map((c) => c.header);
  expect(headers).toEqual(
    lang === "en"
      ? [
          "Risk ID",
          "Asset",
          "Risk description",
          "Risk level",
          "Treatment option",
          "Treatment measures",
          "Selected controls (Annex A)",
          "Owner",
          "Planned completion",
          "Status",
        ]
      : [
          "风险编号",
          "涉及资产",
          "风险描述",
          "风险等级",
          "处置方式",
          "处置措施",
          "选用的控制措施（附录A）",
          "责任人",
          "计划完成日期",
          "状态",
        ],
  );
});

describe.each(METHOD_IDS)("formulas (%s)", (method) => {
  const plan = planOf("zh-CN", method);

  it.each(["assets", "risks", "treatments"] as const)(
    "fills every computed column of the %s table with a formula",
    (key) => {
      const table = tableOf(plan, key);
      const computed = ["value", "level", "levelName", "acceptable", "residualValue", "residualLevel"]
        .map((k) => column(table, k))
        .filter((i) => i >= 0);
      expect(computed.length).toBeGreaterThan(0);
      for (const row of table.rows) for (const i of computed) expect(isFormula(row[i])).toBe(true);
    },
  );

  it("refers only to workbook names that the plan defines", () => {
    const defined = new Set(plan.names.map((n) => n.name));
    const texts = plan.sheets.flatMap((s) => [
      ...s.tables.flatMap((t) => t.rows.flatMap((r) => r.filter(isFormula).map((c) => c.formula))),
      ...s.blocks.flatMap((b) => b.cells.flatMap((r) => r.filter(isFormula).map((c) => c.formula))),
      ...s.validations.map((v) => (typeof v.source === "string" ? v.source : "")),
    ]);
    const used = new Set(texts.flatMap((text) => text.match(/\bISMS_\w+/g) ?? []));
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
  });
});

it("looks the treatment's level up on the register by risk id", () => {
  const table = tableOf(planOf("en"), "treatments");
  const cell = table.rows[0]?.[column(table, "level")];
  expect(cell).toEqual({ formula: '=IFERROR(INDEX(ISMS_RiskLevels,MATCH(A2,ISMS_RiskIds,0)),"")' });
});

it("keeps text that starts like a formula as text", () => {
  const table = tableOf(planOf("en"), "treatments");
  const measures = table.rows[0]?.[column(table, "measures")];
  expect(typeof measures).toBe("string");
  expect(typeof measures === "string" && measures.startsWith("- ")).toBe(true);
});

it("writes dates as serial numbers in ISO date format", () => {
  const table = tableOf(planOf("en"), "treatments");
  const due = table.columns[column(table, "dueDate")];
  expect(due?.numberFormat).toBe("yyyy-mm-dd");
  expect(typeof table.rows[0]?.[column(table, "dueDate")]).toBe("number");
});

describe("validation lists", () => {
  const plan = planOf("zh-CN");
  const listOf = (key: SheetKey, columnKey: string) => {
    const index = column(tableOf(plan, key), columnKey);
    const letter = String.fromCharCode(65 + index);
    return sheetOf(plan, key).validations.find((v) => v.range.startsWith(`${letter}2:`))?.source;
  };

  it.each([
    ["treatments", "option", ["降低", "规避", "转移", "接受"]],
    ["treatments", "status", ["未开始", "进行中", "已完成", "已验证"]],
    ["treatments", "riskId", "=ISMS_RiskIds"],
    ["treatments", "owner", "=OFFSET(ISMS_People,0,0,MAX(1,COUNTA(ISMS_People)),1)"],
    ["risks", "owner", "=OFFSET(ISMS_People,0,0,MAX(1,COUNTA(ISMS_People)),1)"],
    ["risks", "assetId", "=ISMS_AssetIds"],
    ["risks", "threat", "=ISMS_ThreatNames"],
    ["risks", "vulnerability", "=ISMS_VulnerabilityNames"],
    ["risks", "likelihood", "=ISMS_ScaleLikelihood"],
    ["assets", "c", "=ISMS_ScaleAsset"],
  ] as const)("%s.%s draws from %j", (key, columnKey, source) => {
    expect(listOf(key, columnKey)).toEqual(source);
  });

  it("names the asset ids on the asset sheet", () => {
    expect(plan.names).toContainEqual({ name: "ISMS_AssetIds", sheet: "资产清单", address: "$A$2:$A$1001" });
  });
});

describe("the register's alignment", () => {
  it("centres ratings, values and levels, and leaves names and text to the left", () => {
    const table = tableOf(planOf("zh-CN"), "risks");
    const centred = table.columns.filter((c) => c.centered === true).map((c) => c.key);
    expect(centred).toEqual(expect.arrayContaining(["value", "level"]));
    expect(centred).not.toContain("levelName");
    expect(centred).not.toContain("asset");
    expect(centred).not.toContain("description");
  });
});

describe("the heat map beside the register (li)", () => {
  const sheet = sheetOf(planOf("en"), "risks");
  /** The map's COUNTIFS cells by "row,column" on the sheet, with the fill of their block. */
  const grid = new Map(
    sheet.blocks.flatMap((block) =>
      block.cells.flatMap((line, r) =>
        line.flatMap((cell, c) =>
          isFormula(cell) && cell.formula.startsWith("=COUNTIFS(")
            ? [[`${block.row + r},${block.column + c}`, { ...cell, fill: block.style?.fill }]]
            : [],
        ),
      ),
    ),
  );
  /** The map's first column: row values to the left of the counts. */
  const left = Math.min(...[...grid.keys()].map((at) => Number(at.split(",")[1]))) - 1;

  it("counts risks per likelihood and impact with COUNTIFS", () => {
    expect(grid.size).toBe(25);
    expect(grid.get(`3,${left + 5}`)?.formula).toBe("=COUNTIFS($G$2:$G$1001,5,$H$2:$H$1001,5)");
    expect(grid.get(`7,${left + 1}`)?.formula).toBe("=COUNTIFS($G$2:$G$1001,1,$H$2:$H$1001,1)");
  });

  it("fills every cell with its level's colour, with or without risks: green at 1×1, red at 5×5", () => {
    expect([...grid.values()].filter((cell) => cell.fill === undefined)).toEqual([]);
    expect(grid.get(`3,${left + 5}`)?.fill).toBe("#F8696B");
    expect(grid.get(`7,${left + 1}`)?.fill).toBe("#63BE7B");
  });
});

describe("links from the treatment plan", () => {
  const plan = planOf("en");
  const treatments = tableOf(plan, "treatments");
  const link = column(treatments, "registerLink");

  it("finds each treatment's risk on the register by id when the formula runs, not by a fixed address", () => {
    expect(sheetOf(plan, "treatments").hyperlinks).toEqual([]);
    expect(link).toBeGreaterThan(0);
    treatments.rows.forEach((row, i) => {
      const id = `A${i + 2}`;
      expect(row[link]).toEqual({
        formula: `=IF(${id}="","",IFERROR(HYPERLINK("#"&CELL("address",INDEX(ISMS_RiskIds,MATCH(${id},ISMS_RiskIds,0))),"→ "&${id}),""))`,
      });
    });
  });

  it("looks the risk's asset and description up on the rows prepared for typing", () => {
    const prepared = treatments.rows.filter((row) => row[0] === null);
    expect(prepared.length).toBeGreaterThan(0);
    const [asset, description] = [column(treatments, "asset"), column(treatments, "description")];
    for (const row of prepared) {
      expect(JSON.stringify(row[asset])).toContain("ISMS_RiskAssets");
      expect(JSON.stringify(row[description])).toContain("ISMS_RiskDescriptions");
    }
  });
});

it("records each sheet's key, name, table and column keys in the metadata", () => {
  const plan = planOf("zh-CN");
  const risks = plan.metadata?.sheets.find((s) => s.key === "risks");
  expect(plan.metadata).toMatchObject({ version: 1, lang: "zh-CN", standard: "2022" });
  expect(risks).toEqual({
    key: "risks",
    name: "风险评估表",
    table: "ISMS_Risks",
    columns: tableOf(plan, "risks").columns.map((c) => c.key),
  });
});

it("prepares blank formula rows in a workbook without the sample", () => {
  const plan = planOf("en", "li", false);
  expect(tableOf(plan, "risks").rows).toHaveLength(30);
  expect(tableOf(plan, "risks").rows[0]?.[0]).toBeNull();
  // The SoA lists every control even before the register has risks: undecided, ready to fill in.
  const soa = tableOf(plan, "soa");
  expect(soa.rows).toHaveLength(93);
  expect(soa.rows.map((row) => row[column(soa, "controlId")])).toContain("8.34");
  expect(soa.rows.every((row) => row[column(soa, "applicable")] === null)).toBe(true);
});
