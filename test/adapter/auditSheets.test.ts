/**
 * Preparing the internal audit and the management review through the Office.js port and the strict fake:
 * one read and one apply, at most 4 syncs in all, on a new workbook (whose audit sheets are empty) and on
 * the sample (whose audit is under way); and preparing again keeps what the auditor typed.
 */
import { createWorkbook, type CreateWorkbookOptions } from "../../src/operations/createWorkbook";
import { prepareAuditSheets } from "../../src/operations/prepareAuditSheets";
import { readForAudit } from "../../src/operations/prepareAuditSheets";
import { readRegisters } from "../../src/workbook/read/readRegisters";
import type { FakeExcel } from "../fakes";
import { portOver, sheetOf } from "./portHarness";

async function created(options: Partial<CreateWorkbookOptions> = {}) {
  const under = portOver({}, { webPayloadLimit: true });
  const result = await createWorkbook(under.port, {
    lang: "zh-CN",
    standard: "2022",
    method: "li",
    date: "2026-01-05",
    ...options,
  });
  expect(result.status).toBe("created");
  under.host.resetCounters();
  return under;
}

function typeInto(host: FakeExcel, sheet: string, address: string | undefined, value: string): void {
  if (!address) throw new Error("no such cell");
  const cells = sheetOf(host, sheet).cells;
  cells[address] = { ...(cells[address] ?? { numberFormat: "General" }), value, formula: null };
}

describe("preparing the audit sheets through Office.js", () => {
  it("fills a new workbook's empty audit sheets in at most 4 syncs", async () => {
    const { host, port } = await created();
    const prepared = await prepareAuditSheets(port, { lang: "zh-CN", today: "2026-04-20" });
    expect(host.syncCount).toBeLessThanOrEqual(4);
    expect(prepared.sheets.map((s) => [s.key, s.action])).toEqual([
      ["auditProgramme", "updated"],
      ["auditChecklist", "updated"],
      ["review", "updated"],
    ]);
    const { registers } = readRegisters(await readForAudit(port));
    expect(registers.auditChecklist?.rows.map((r) => r.values.requirementId)).toEqual(prepared.checklist);
    // A new workbook's SoA has decided nothing yet: the checklist lists the clauses alone.
    expect(prepared.checklist.every((id) => !id.startsWith("A."))).toBe(true);
    expect(registers.auditProgramme?.rows.map((r) => r.values.auditId)).toEqual([
      "IA-4",
      "IA-5",
      "IA-6",
      "IA-7",
      "IA-8",
      "IA-9",
      "IA-10",
      "IA-A5",
      "IA-A6",
      "IA-A7",
      "IA-A8",
    ]);
    expect(registers.review?.rows.find((r) => r.values.inputId === "d1")?.values.count).toBe("0");
  });

  it("refreshes the sample's audit in at most 4 syncs, keeping the judgements and the NC log", async () => {
    const { host, port } = await created({ sample: true });
    const before = readRegisters(await readForAudit(port)).registers;
    host.resetCounters();
    const prepared = await prepareAuditSheets(port, { lang: "zh-CN", today: "2026-04-20" });
    expect(host.syncCount).toBeLessThanOrEqual(4);
    expect(prepared.sheets.every((s) => s.action === "updated" && s.added === 0)).toBe(true);
    const after = readRegisters(await readForAudit(port)).registers;
    expect(after.auditChecklist?.rows.map((r) => r.values)).toEqual(
      before.auditChecklist?.rows.map((r) => r.values),
    );
    expect(after.nonconformities?.rows.map((r) => r.values)).toEqual(
      before.nonconformities?.rows.map((r) => r.values),
    );
    expect(prepared.counts.nonconformities).toEqual({ total: 1, open: 1, closed: 0 });
    expect(prepared.checklist).toContain("A.8.13");
  });

  it("keeps what the auditor typed when the audit is prepared again", async () => {
    const { host, port } = await created({ sample: true });
    const { registers } = readRegisters(await readForAudit(port));
    const checklist = registers.auditChecklist;
    const row = checklist?.rows.find((r) => r.values.requirementId === "9.2.2");
    typeInto(host, checklist?.sheet ?? "", row?.cells["finding"], "内审方案已批准");
    typeInto(host, checklist?.sheet ?? "", row?.cells["priority"], "随便写的");
    host.resetCounters();
    await prepareAuditSheets(port, { lang: "zh-CN", today: "2026-04-20" });
    expect(host.syncCount).toBeLessThanOrEqual(4);
    const again = readRegisters(await readForAudit(port)).registers.auditChecklist;
    const kept = again?.rows.find((r) => r.values.requirementId === "9.2.2");
    expect(kept?.values.finding).toBe("内审方案已批准");
    // The sampling priority is generated: put back.
    expect(kept?.values.priority).toBe(row?.values.priority);
  });
});
