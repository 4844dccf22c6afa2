/** createWorkbook and readWorkbook through a port: never overwrite a sheet with data. */
import { applyPreview, createWorkbook, previewWorkbook } from "../../../src/operations/createWorkbook";
import { describePlan, describePlanLines } from "../../../src/operations/describePlan";
import { readWorkbook } from "../../../src/operations/readWorkbook";
import { workbookStatus } from "../../../src/operations/workbookStatus";
import type { SheetData } from "../../../src/workbook/sheetData";
import { MemoryPort } from "./memoryPort";

const options = { lang: "zh-CN", standard: "2022", method: "li", sample: true } as const;

const filled = (name: string): SheetData => ({
  name,
  row: 0,
  column: 0,
  values: [["我的风险", "旧数据"]],
  tables: [],
});
const empty = (name: string): SheetData => ({ name, row: 0, column: 0, values: [], tables: [] });

it("creates the linked sheets in an empty workbook and reads them back", async () => {
  const port = new MemoryPort();
  const result = await createWorkbook(port, options);
  expect(result.status).toBe("created");
  const read = await readWorkbook(port);
  expect(read.risks).toHaveLength(32);
  expect(read.sheets.treatments?.name).toBe("风险处置计划");
});

it("stops and lists the conflict when a sheet of that name holds data", async () => {
  const port = new MemoryPort({ sheets: [filled("风险评估表")], metadata: null });
  const result = await createWorkbook(port, options);
  expect(result).toEqual({
    status: "conflict",
    conflicts: [{ key: "risks", sheet: "风险评估表", reason: "sheetHasData" }],
  });
  expect(port.applied).toHaveLength(0);
});

it("writes beside a sheet with data under a free sheet name, keeping table names no other ISMS table uses", async () => {
  const port = new MemoryPort({ sheets: [filled("风险评估表")], metadata: null });
  const result = await createWorkbook(port, { ...options, onConflict: "beside" });
  if (result.status !== "created") throw new Error("expected the workbook to be created");
  expect(result.renamed).toEqual([{ key: "risks", from: "风险评估表", to: "风险评估表 (2)" }]);
  expect(result.plan.sheets.find((s) => s.key === "risks")?.tables[0]?.name).toBe("ISMS_Risks");
  expect(result.plan.names.map((n) => n.name)).toContain("ISMS_RiskIds");
  // The plan finds its risks through the name over the register's ids, which follows the register.
  expect(result.plan.names.find((n) => n.name === "ISMS_RiskIds")?.sheet).toBe("风险评估表 (2)");
});

it("writes beside an ISMS workbook when asked, renaming tables and names consistently", async () => {
  const ours: SheetData = { ...filled("风险评估表"), tables: [{ name: "ISMS_Risks", address: "A1:B1" }] };
  const port = new MemoryPort({ sheets: [ours], metadata: null });
  const result = await createWorkbook(port, { ...options, onConflict: "beside" });
  if (result.status !== "created") throw new Error("expected the workbook to be created");
  expect(result.renamed).toEqual([{ key: "risks", from: "风险评估表", to: "风险评估表 (2)" }]);
  const plan = result.plan;
  expect(plan.sheets.find((s) => s.key === "risks")?.tables[0]?.name).toBe("ISMS_Risks_2");
  expect(plan.names.map((n) => n.name)).toContain("ISMS_RiskIds_2");
  const treatments = plan.sheets.find((s) => s.key === "treatments");
  expect(treatments?.tables[0]?.rows[0]?.[3]).toEqual({
    formula: '=IFERROR(INDEX(ISMS_RiskLevels_2,MATCH(A2,ISMS_RiskIds_2,0)),"")',
  });
  expect(plan.names.find((n) => n.name === "ISMS_RiskIds_2")?.sheet).toBe("风险评估表 (2)");
  const link = treatments?.tables[0]?.columns.findIndex((c) => c.key === "registerLink") ?? -1;
  expect(JSON.stringify(treatments?.tables[0]?.rows[0]?.[link])).toContain("ISMS_RiskIds_2");
  expect(port.snapshot.sheets.find((s) => s.name === "风险评估表")?.values).toEqual([["我的风险", "旧数据"]]);
});

it("reports a table name already used on another sheet", async () => {
  const other: SheetData = { ...filled("Old risks"), tables: [{ name: "ISMS_Risks", address: "A1:B1" }] };
  const result = await createWorkbook(new MemoryPort({ sheets: [other], metadata: null }), options);
  expect(result).toEqual({
    status: "conflict",
    conflicts: [{ key: "risks", sheet: "Old risks", reason: "tableExists", table: "ISMS_Risks" }],
  });
});

it("writes into an existing empty sheet of the same name", async () => {
  const port = new MemoryPort({ sheets: [empty("资产清单")], metadata: null });
  const result = await createWorkbook(port, options);
  if (result.status !== "created") throw new Error("expected the workbook to be created");
  expect(result.plan.sheets.find((s) => s.key === "assets")?.mode).toBe("update");
});

it("finds the sheets by metadata after a sheet and a header were renamed", async () => {
  const port = new MemoryPort();
  await createWorkbook(port, { ...options, lang: "en" });
  const renamed = port.snapshot.sheets.map((s) =>
    s.name === "Risk register"
      ? {
          ...s,
          name: "Risks FY26",
          values: s.values.map((row, i) => (i === 0 ? ["Ref", ...row.slice(1)] : row)),
        }
      : s,
  );
  const read = await readWorkbook(new MemoryPort({ sheets: renamed, metadata: port.snapshot.metadata }));
  expect(read.sheets.risks).toMatchObject({ name: "Risks FY26", via: "metadata" });
  expect(read.risks[0]?.riskId).toBe("R-001");
});

describe("the summary shown before anything changes", () => {
  it("counts sheets, tables, rows and names", async () => {
    const result = await createWorkbook(new MemoryPort(), options);
    if (result.status !== "created") throw new Error("expected the workbook to be created");
    const summary = describePlan(result.plan);
    expect(summary.sheets.find((s) => s.key === "risks")).toMatchObject({
      name: "风险评估表",
      // 32 sample risks and 30 rows prepared below them for the client to type.
      rows: 62,
      tables: [{ name: "ISMS_Risks", rows: 62 }],
    });
    expect(summary.names).toBe(result.plan.names.length);
    expect(describePlanLines(result.plan, "zh-CN")).toContain(
      `风险评估表：62 行，${summary.sheets.find((s) => s.key === "risks")?.columns} 列`,
    );
  });
});

describe("preview, then apply the plan that was previewed", () => {
  it("applies the very plan of the preview without reading the workbook again", async () => {
    const port = new MemoryPort();
    const preview = await previewWorkbook(port, options);
    expect(port.reads).toBe(1);
    expect(preview.conflicts).toEqual([]);
    const result = await applyPreview(port, preview, "stop");
    expect(port.reads).toBe(1);
    expect(result.status).toBe("created");
    expect(port.applied[0]).toBe(preview.plan);
  });

  it("returns the conflicts as a value on stop, and writes the beside plan it showed when asked", async () => {
    const port = new MemoryPort({ sheets: [filled("风险评估表")], metadata: null });
    const preview = await previewWorkbook(port, options);
    expect(preview.plan).toBeNull();
    expect(preview.conflicts.map((c) => c.sheet)).toEqual(["风险评估表"]);
    expect(preview.summary.sheets.map((s) => s.name)).toContain("风险评估表 (2)");
    expect(await applyPreview(port, preview, "stop")).toEqual({
      status: "conflict",
      conflicts: preview.conflicts,
    });
    expect(port.applied).toHaveLength(0);
    const beside = await applyPreview(port, preview, "beside");
    expect(beside.status).toBe("created");
    expect(port.applied[0]).toBe(preview.beside?.plan);
  });
});

describe("workbook status", () => {
  it("names the ISMS sheets by their tables, however the sheets were renamed, without reading cells", async () => {
    const port = new MemoryPort();
    await createWorkbook(port, options);
    const risks = port.snapshot.sheets.find((sheet) => sheet.name === "风险评估表");
    if (!risks) throw new Error("no register");
    port.snapshot = {
      ...port.snapshot,
      sheets: port.snapshot.sheets.map((sheet) => (sheet === risks ? { ...sheet, name: "我的风险" } : sheet)),
    };
    const reads = port.reads;
    const status = await workbookStatus(port);
    expect(port.reads).toBe(reads);
    expect(status.present).toContainEqual({ key: "risks", name: "我的风险" });
    expect(status.present.map((p) => p.key)).toEqual([
      "method",
      "assets",
      "threats",
      "vulnerabilities",
      "risks",
      "treatments",
      "soa",
      "gap",
    ]);
    expect(status.missing).toEqual([]);
  });

  it("finds a sheet written beside another by its suffixed table, and says what is missing", async () => {
    const port = new MemoryPort({
      sheets: [{ ...empty("Risks (2)"), tables: [{ name: "ISMS_Risks_2", address: "A1:B2" }] }],
      metadata: null,
    });
    const status = await workbookStatus(port);
    expect(status.present).toEqual([{ key: "risks", name: "Risks (2)" }]);
    expect(status.missing).toContain("treatments");
  });
});
