/**
 * Sheet protection through the Office.js port and the strict fake: a workbook whose data sheets protect
 * their computed columns is created in as many syncs as without protection (≤ 4 with the preview read),
 * its computed cells grey and locked, every other cell open, each sheet protected without a password with
 * the product's options; the add-in's later writes (an SoA refresh, rows appended, marks of findings) go
 * through the sheets it protected within the same requests (SoA refresh ≤ 3 syncs, marks 3), and leave
 * them protected; a sheet a person protected is left alone and the write is reported as
 * port.sheetProtected, naming the sheet.
 */
import { newWorkbookPlan } from "../support/newPlan";
import type { CreateWorkbookOptions } from "../../src/operations/createWorkbook";
import { generateSoa } from "../../src/operations/generateSoa";
import { readWorkbook } from "../../src/operations/readWorkbook";
import { validateTreatmentPlan } from "../../src/operations/validateTreatmentPlan";
import { isMarkFormula } from "../../src/excel/cellMarks";
import { packRequests } from "../../src/excel/requestBudget";
import {
  guardedRequests,
  guardsOf,
  isProductProtection,
  OFFICE_PROTECTION_OPTIONS,
  onSheet,
} from "../../src/excel/protectionWrites";
import { smallWrite } from "../../src/excel/sheetWrites";
import { parseRange } from "../../src/workbook/cells/cellAddress";
import { COMPUTED_FILL } from "../../src/workbook/layout/protectionPlan";
import type { IsmsMetadata, WorkbookPlan } from "../../src/workbook/plan";
import { cellKey, FakeExcel, fakeExcelRun, lockState, type FakeSheet } from "../fakes";
import { portOver, rejection, sheetOf, type PortUnderTest } from "./portHarness";

const OPTIONS: CreateWorkbookOptions = { lang: "zh-CN", standard: "2022", method: "atv", sample: true };

const protectedSheetsOf = (plan: WorkbookPlan) => plan.sheets.filter((sheet) => sheet.protect === true);

function rectOf(address: string) {
  const area = parseRange(address);
  if (!area) throw new Error(`not a range: ${address}`);
  return {
    row: area.top,
    column: area.left,
    rowCount: area.bottom - area.top + 1,
    columnCount: area.right - area.left + 1,
  };
}

/** Whether the fake sheet is protected exactly as the product protects, without a password. */
function productProtected(sheet: FakeSheet): boolean {
  return sheet.protection?.password === null && isProductProtection(sheet.protection.options);
}

/** The workbook's metadata as the port reads it (the sheets' names as they are now). */
async function metadataIn(port: PortUnderTest["port"]): Promise<IsmsMetadata> {
  const metadata = (await port.read({ readInFull: () => false })).metadata;
  if (!metadata) throw new Error("an ISMS workbook has metadata");
  return metadata;
}

async function protectedWorkbook(
  options: CreateWorkbookOptions = OPTIONS,
): Promise<PortUnderTest & { plan: WorkbookPlan }> {
  const under = portOver({}, { webPayloadLimit: true });
  const plan = newWorkbookPlan(options);
  await under.port.apply(plan);
  under.host.resetCounters();
  return { ...under, plan };
}

describe("creating a workbook with protected computed columns", () => {
  it.each<CreateWorkbookOptions>([
    OPTIONS,
    { lang: "en", standard: "2013", method: "gbt-matrix", sample: false },
  ])(
    "takes the syncs it takes without protection, ≤ 4 with the preview read ($lang $method)",
    async (options) => {
      const plan = newWorkbookPlan(options);
      expect(protectedSheetsOf(plan).map((sheet) => sheet.key)).toEqual(
        expect.arrayContaining(["assets", "risks", "treatments", "soa", "gap"]),
      );
      const open: WorkbookPlan = {
        ...plan,
        sheets: plan.sheets.map(({ computedRanges: _c, protect: _p, ...sheet }) => sheet),
      };
      const [guarded, plain] = [
        portOver({}, { webPayloadLimit: true }),
        portOver({}, { webPayloadLimit: true }),
      ];
      for (const { port } of [guarded, plain]) {
        await port.read({ readInFull: () => false });
      }
      await guarded.port.apply(plan);
      await plain.port.apply(open);
      expect(guarded.host.syncCount).toBe(plain.host.syncCount);
      expect(guarded.host.syncCount).toBeLessThanOrEqual(4);
    },
  );

  it("fills and locks the computed cells, opens every other cell and protects each sheet without a password", async () => {
    const { host, plan } = await protectedWorkbook();
    for (const sheetPlan of protectedSheetsOf(plan)) {
      const sheet = sheetOf(host, sheetPlan.name);
      expect({ sheet: sheet.name, product: productProtected(sheet) }).toEqual({
        sheet: sheet.name,
        product: true,
      });
      expect(sheet.protection?.options).toEqual(OFFICE_PROTECTION_OPTIONS);
      for (const address of sheetPlan.computedRanges ?? []) {
        const rect = rectOf(address);
        expect({ address, state: lockState(sheet, rect) }).toEqual({ address, state: "locked" });
        const last = cellKey(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1);
        expect([sheet.cells[cellKey(rect.row, rect.column)]?.fill, sheet.cells[last]?.fill]).toEqual([
          COMPUTED_FILL,
          COMPUTED_FILL,
        ]);
      }
      const table = sheetPlan.tables[0];
      const inputs = (table?.columns ?? []).flatMap((column, index) =>
        (sheetPlan.computedRanges ?? []).some((address) => {
          const rect = rectOf(address);
          return index >= rect.column && index < rect.column + rect.columnCount;
        })
          ? []
          : [index],
      );
      expect(inputs.length).toBeGreaterThan(0);
      for (const column of inputs) {
        // The input column from its header down past the prepared rows.
        expect(lockState(sheet, { row: 0, column, rowCount: 5000, columnCount: 1 })).toBe("unlocked");
        expect(sheet.cells[cellKey(1, column)]?.fill).not.toBe(COMPUTED_FILL);
      }
      expect(lockState(sheet, { row: 2000, column: 0, rowCount: 1, columnCount: 16_384 })).toBe("unlocked");
    }
    // Sheets that compute nothing are not protected.
    for (const sheetPlan of plan.sheets.filter((sheet) => sheet.protect !== true)) {
      expect(sheetOf(host, sheetPlan.name).protection).toBeNull();
    }
    expect(plan.metadata?.protected).toEqual(protectedSheetsOf(plan).map((sheet) => sheet.key));
  });

  it("lets a person type into inputs but not over a formula", async () => {
    const { host, plan } = await protectedWorkbook();
    const risks = plan.sheets.find((sheet) => sheet.key === "risks");
    const computed = rectOf(risks?.computedRanges?.[0] ?? "");
    const name = risks?.name ?? "";
    await host.edit(name, cellKey(5, 0), "R-999");
    expect(sheetOf(host, name).cells[cellKey(5, 0)]?.value).toBe("R-999");
    expect(() => host.edit(name, cellKey(5, computed.column), 3)).toThrow(
      expect.objectContaining({ code: "AccessDenied" }),
    );
  });
});

/** Types a value into a cell of the fake host, as a person does in an open cell. */
async function typeInto(host: FakeExcel, sheet: string, address: string | undefined, value: string) {
  if (!address) throw new Error("no such cell");
  await host.edit(sheet, address, value);
}

describe("the add-in's later writes into the sheets it protected", () => {
  it("refreshes the SoA of a protected workbook in at most 3 syncs, and leaves it protected", async () => {
    const { host, port, plan } = await protectedWorkbook();
    const parsed = await readWorkbook(port);
    const soaSheet = parsed.sheets.soa?.name ?? "";
    const row = parsed.soa.find((record) => record.controlId === "8.8");
    await typeInto(host, soaSheet, row?.cells["applicable"], "否");
    await typeInto(host, soaSheet, row?.cells["justification"], "由集团统一负责");
    expect(productProtected(sheetOf(host, soaSheet))).toBe(true);
    host.resetCounters();

    const { preview } = await generateSoa(port, { lang: "zh-CN", date: "2026-02-01" });
    expect(preview.mode).toBe("refresh");
    expect(host.syncCount).toBeLessThanOrEqual(3);
    expect(productProtected(sheetOf(host, soaSheet))).toBe(true);
    const after = await readWorkbook(port);
    expect(after.soa.find((record) => record.controlId === "8.8")).toMatchObject({
      applicable: false,
      justification: "由集团统一负责",
    });
    expect((await metadataIn(port)).protected).toEqual(plan.metadata?.protected);
  });

  it("appends rows to a protected register and sets cells of a protected sheet in one request", async () => {
    const { host, port, plan } = await protectedWorkbook();
    const parsed = await readWorkbook(port);
    const register = parsed.sheets.risks;
    const gap = parsed.sheets.gap;
    if (!register || !gap) throw new Error("an ISMS workbook");
    const table = sheetOf(host, register.name).tables[0];
    if (!table) throw new Error("the register's table");
    const below = table.rect.row + table.rect.rowCount;
    const metadata = await metadataIn(port);
    host.resetCounters();
    await port.apply({
      sheets: [],
      names: [],
      appends: [
        {
          sheet: register.name,
          table: table.name,
          row: below,
          column: 0,
          rows: [["GAP-9.2", ...Array.from({ length: table.rect.columnCount - 1 }, () => null)]],
        },
      ],
      updates: [{ sheet: gap.name, address: "A2", value: "4" }],
      metadata,
      metadataInPlace: true,
    });
    expect(host.syncCount).toBe(1);
    expect(sheetOf(host, register.name).cells[cellKey(below, 0)]?.value).toBe("GAP-9.2");
    expect(productProtected(sheetOf(host, register.name))).toBe(true);
    expect(productProtected(sheetOf(host, gap.name))).toBe(true);
    expect(plan.metadata?.protected).toContain("gap");
  });

  it("without the metadata's record, leaves a protected sheet alone and reports it", async () => {
    const { host, port, plan } = await protectedWorkbook();
    const gap = plan.sheets.find((sheet) => sheet.key === "gap");
    const computed = rectOf(gap?.computedRanges?.[0] ?? "");
    const before = JSON.stringify(host.state);
    const update = { sheet: gap?.name ?? "", address: cellKey(computed.row, computed.column), value: 4 };
    const refused = await rejection(port.apply({ sheets: [], names: [], updates: [update] }));
    expect(refused).toMatchObject({ code: "port.sheetProtected" });
    expect(JSON.stringify(host.state)).toBe(before);
  });

  it("reports a sheet a person protected with a password, and protects again the sheets it had opened", async () => {
    const { host, port } = await protectedWorkbook();
    const parsed = await readWorkbook(port);
    const [assets, risks] = [parsed.sheets.assets?.name ?? "", parsed.sheets.risks?.name ?? ""];
    const register = sheetOf(host, risks);
    register.protection = { options: { ...OFFICE_PROTECTION_OPTIONS }, password: "client" };
    const before = JSON.stringify(host.state);
    host.resetCounters();
    const refused = await rejection(
      port.apply({
        sheets: [],
        names: [],
        writes: [
          { sheet: assets, row: 1, column: 0, cells: [["A-100"]] },
          { sheet: risks, row: 1, column: 0, cells: [["R-100"]] },
        ],
        metadata: await metadataIn(port),
        metadataInPlace: true,
      }),
    );
    expect(refused).toMatchObject({ code: "port.sheetProtected", sheet: risks });
    // The request stopped at the refused unprotect: nothing written, the sheet opened before it protected again.
    expect(JSON.stringify(host.state)).toBe(before);
    expect(productProtected(sheetOf(host, assets))).toBe(true);
    expect(register.protection?.password).toBe("client");
  });

  it("protects again the sheets it opened when a later write of the request fails", async () => {
    const { host, port } = await protectedWorkbook();
    const parsed = await readWorkbook(port);
    const risks = parsed.sheets.risks?.name ?? "";
    const refused = await rejection(
      port.apply({
        sheets: [],
        names: [],
        appends: [{ sheet: risks, table: "ISMS_Nothing", row: 900, column: 0, rows: [["R-1"]] }],
        metadata: await metadataIn(port),
        metadataInPlace: true,
      }),
    );
    expect(refused).toMatchObject({ code: "port.sheetMissing" });
    expect(productProtected(sheetOf(host, risks))).toBe(true);
  });

  it("tries a guarded request again while a cell is being edited", async () => {
    const { host, port, waits } = await protectedWorkbook();
    const parsed = await readWorkbook(port);
    const gap = parsed.sheets.gap?.name ?? "";
    host.simulateCellEditMode(1);
    await port.apply({
      sheets: [],
      names: [],
      updates: [{ sheet: gap, address: "A2", value: "4" }],
      metadata: await metadataIn(port),
      metadataInPlace: true,
    });
    expect(waits).toEqual([250]);
    expect(sheetOf(host, gap).cells.A2?.value).toBe("4");
    expect(productProtected(sheetOf(host, gap))).toBe(true);
  });
});

describe("marking findings on protected sheets", () => {
  it("marks and clears them in 3 syncs each, the sheets protected as before", async () => {
    const { host, port } = await protectedWorkbook();
    const report = await validateTreatmentPlan(port, { today: "2026-04-01", lang: "zh-CN" });
    const marks = report.findings.map(({ sheet, cell, severity }) => ({ sheet, cell, severity }));
    expect(marks.length).toBeGreaterThan(0);
    const before = JSON.stringify(host.state);
    host.resetCounters();

    await port.highlight(marks);
    expect(host.syncCount).toBe(3);
    for (const sheet of new Set(marks.map((mark) => mark.sheet))) {
      const fake = sheetOf(host, sheet);
      expect(fake.conditionalFormats.some((format) => isMarkFormula(format.formula1 ?? ""))).toBe(true);
      expect(productProtected(fake)).toBe(true);
    }

    host.resetCounters();
    await port.highlight([]);
    expect(host.syncCount).toBe(3);
    expect(JSON.stringify(host.state)).toBe(before);
  });

  it("refuses a sheet a person protected, before anything is written", async () => {
    const { host, port } = await protectedWorkbook();
    const report = await validateTreatmentPlan(port, { today: "2026-04-01", lang: "zh-CN" });
    const first = report.findings[0];
    if (!first) throw new Error("a finding");
    const sheet = sheetOf(host, first.sheet);
    sheet.protection = { options: { ...OFFICE_PROTECTION_OPTIONS, allowSort: false }, password: null };
    const before = JSON.stringify(host.state);
    const refused = await rejection(
      port.highlight([{ sheet: first.sheet, cell: first.cell, severity: "error" }]),
    );
    expect(refused).toMatchObject({ code: "port.sheetProtected", sheet: first.sheet });
    expect(JSON.stringify(host.state)).toBe(before);
  });
});

describe("guarded requests", () => {
  const write = (bytes: number) => smallWrite("x".repeat(bytes), () => undefined, 0);

  it("pack exactly as plain requests do when no sheet is guarded", () => {
    const writes = [400, 700, 300, 900, 100].map(write);
    const tagged = writes.map(onSheet("Risks"));
    expect(guardedRequests(tagged, guardsOf([]), 1_200).map((request) => request.writes)).toEqual(
      packRequests(writes, 1_200),
    );
  });

  it("unprotect a guarded sheet first and protect it last in each request that writes into it", () => {
    const guards = guardsOf([{ sheet: "Risks", reprotect: true }]);
    const tagged = [onSheet("Risks")(write(10)), { write: write(10) }, onSheet("Other")(write(10))];
    const [request, ...rest] = guardedRequests(tagged, guards, 100_000);
    expect(rest).toEqual([]);
    expect(request?.writes).toHaveLength(5);
    expect(request?.guards).toEqual([{ sheet: "Risks", reprotect: true }]);
  });

  it("count the guards' bytes against the budget", () => {
    const guards = guardsOf([{ sheet: "Risks", reprotect: true }]);
    const requests = guardedRequests([write(900), write(900)].map(onSheet("Risks")), guards, 3_000);
    expect(requests).toHaveLength(2);
    for (const request of requests) {
      expect(request.writes.reduce((sum, entry) => sum + entry.bytes, 0)).toBeLessThanOrEqual(3_000);
    }
  });
});

describe("the fake's locked cells", () => {
  it("unlocks a whole sheet as one area and answers for any range without visiting its cells", async () => {
    const host = new FakeExcel({ sheets: [{ name: "S" }] });
    const read = await fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange().format.protection.locked = false;
      sheet.getRange("B2:B1001").format.protection.locked = true;
      const ranges = ["A1:C3", "B5", "A1", "XFD1048576"].map((address) =>
        sheet.getRange(address).format.protection.load("locked"),
      );
      await context.sync();
      return ranges.map((range) => range.locked);
    });
    expect(read).toEqual([null, true, false, false]);
    expect(sheetOf(host, "S").lockAreas).toHaveLength(2);
    expect(
      lockState(sheetOf(host, "S"), { row: 0, column: 0, rowCount: 1_048_576, columnCount: 16_384 }),
    ).toBe("mixed");
  });

  it("locks cells again when their formats are cleared, as Excel's Normal style does", async () => {
    const host = new FakeExcel({ sheets: [{ name: "S", unlocked: ["A1:D10"] }] });
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B2:C3").clear("Formats");
      await context.sync();
    });
    const sheet = sheetOf(host, "S");
    expect(lockState(sheet, { row: 1, column: 1, rowCount: 2, columnCount: 2 })).toBe("locked");
    expect(lockState(sheet, { row: 0, column: 0, rowCount: 1, columnCount: 4 })).toBe("unlocked");
  });
});
