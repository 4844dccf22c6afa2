/**
 * The Validate panel's read budget through the Office.js port and the strict fake (Excel on the web's
 * 5 MB limits on): checking a 1,000-row plan and its register costs two syncs; a 10,000-row plan costs those two plus
 * one per further read request, each under 4 MB; and jumping to a finding selects exactly its cell.
 */
import { DEFAULT_REQUEST_BUDGET_BYTES } from "../../src/excel";
import { createWorkbook } from "../../src/operations/createWorkbook";
import { validateTreatmentPlan } from "../../src/operations/validateTreatmentPlan";
import { portOver } from "./portHarness";

const FOUR_MB = 4 * 1024 * 1024;
/** What a full rest slice brings back: the request budget less the margin for rows wider than the head's. */
const READ_CHUNK_BYTES = DEFAULT_REQUEST_BUDGET_BYTES / 1.25;
const options = { today: "2026-04-01", lang: "zh-CN" } as const;

/** A sample workbook grown to `risks` risks; about 78% of them are above the criterion and in the plan. */
async function sampleWorkbook(risks: number) {
  const under = portOver({}, { webPayloadLimit: true });
  const created = await createWorkbook(under.port, {
    lang: "zh-CN",
    standard: "2022",
    method: "atv",
    sample: true,
    sampleRisks: risks,
  });
  expect(created.status).toBe("created");
  under.host.resetCounters();
  return under;
}

describe("validating through Office.js: syncs", () => {
  it("reads a 1,000-risk register and its plan in 2 syncs", async () => {
    const { host, port } = await sampleWorkbook(1000);
    const report = await validateTreatmentPlan(port, options);
    expect(report.parsed.risks).toHaveLength(1000);
    expect(report.parsed.treatments).toHaveLength(783);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(host.maxResponseBytes).toBeLessThan(FOUR_MB);
  });

  it("reads a plan of exactly 1,000 rows and its 1,280-risk register in 2 syncs", async () => {
    const { host, port } = await sampleWorkbook(1280);
    const report = await validateTreatmentPlan(port, options);
    expect(report.parsed.treatments).toHaveLength(1000);
    expect(report.parsed.risks).toHaveLength(1280);
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(host.maxResponseBytes).toBeLessThan(FOUR_MB);
  });

  it("reads a 10,000-row plan in 2 syncs plus one per further read chunk, none near 4 MB", async () => {
    const { host, port } = await sampleWorkbook(12_800);
    const report = await validateTreatmentPlan(port, options);
    expect(report.parsed.treatments).toHaveLength(10_000);
    expect(report.parsed.risks).toHaveLength(12_800);
    const [, heads = 0, ...rest] = host.responses;
    const restBytes = rest.reduce((sum, bytes) => sum + bytes, 0);
    expect(heads).toBeLessThan(FOUR_MB);
    expect(rest.every((bytes) => bytes < FOUR_MB)).toBe(true);
    expect(host.syncCount).toBe(2 + rest.length);
    expect(rest.length).toBeLessThanOrEqual(Math.ceil(restBytes / READ_CHUNK_BYTES));
    // Measured: 5 syncs; the register's and the plan's rest in two chunks of 2.8 MB and their tails in one.
    expect(host.syncCount).toBeLessThanOrEqual(5);
  });
});

describe("jump to a finding's cell", () => {
  it("activates the finding's sheet and selects exactly its cell, in one sync", async () => {
    const { host, port } = await sampleWorkbook(40);
    const report = await validateTreatmentPlan(port, { ...options, lang: "en" });
    const finding = report.findings.find((f) => f.sheet === report.sheets.treatments);
    if (!finding) throw new Error("the sample has findings on its plan");
    expect(host.state.selection).toBeNull();
    host.resetCounters();
    await port.select(finding.sheet, finding.cell);
    expect(host.syncCount).toBe(1);
    expect(host.state.activeSheet).toBe(finding.sheet);
    expect(host.state.selection).toEqual({ sheet: finding.sheet, address: finding.cell });

    const other = report.findings.find((f) => f.cell !== finding.cell);
    if (!other) throw new Error("the sample has findings on more than one cell");
    await port.select(other.sheet, other.cell);
    expect(host.state.selection).toEqual({ sheet: other.sheet, address: other.cell });
  });

  it("reports a finding on a sheet that is gone as port.sheetMissing", async () => {
    const { port } = await sampleWorkbook(40);
    await expect(port.select("No such sheet", "A1")).rejects.toMatchObject({
      code: "port.sheetMissing",
      sheet: "No such sheet",
    });
  });
});
