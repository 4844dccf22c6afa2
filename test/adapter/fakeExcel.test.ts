/** The fake Excel host behaves like Office.js where the port depends on it: loads, syncs, errors. */
import { FakeExcel, fakeExcelRun, findSheet, type FakeSheet } from "../fakes";

function sheetOf(host: FakeExcel, name: string): FakeSheet {
  const sheet = findSheet(host.state, name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? "no code";
  }
  return "no error";
}

describe("fake Excel: proxies and sync", () => {
  it("throws PropertyNotLoaded when a property is read without load and sync", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks", rows: [["R-1"]] }] });
    const code = await codeOf(
      fakeExcelRun(host)(async (context) => {
        const range = context.workbook.worksheets.getItem("Risks").getRange("A1");
        range.load("values");
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- reading before the sync is the mistake the fake must catch
        return range.values;
      }),
    );
    expect(code).toBe("PropertyNotLoaded");
  });

  it("throws PropertyNotLoaded for a property that was synced but not loaded", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks", rows: [["R-1"]] }] });
    const code = await codeOf(
      fakeExcelRun(host)(async (context) => {
        const range = context.workbook.worksheets.getItem("Risks").getRange("A1");
        range.load("address");
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- reading an unloaded property is the mistake the fake must catch
        return range.formulas;
      }),
    );
    expect(code).toBe("PropertyNotLoaded");
  });

  it("reads loaded values after the sync", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks", rows: [["R-1", 12]] }] });
    const values = await fakeExcelRun(host)(async (context) => {
      const range = context.workbook.worksheets.getItem("Risks").getRange("A1:B1");
      range.load("values, address");
      await context.sync();
      return { values: range.values, address: range.address };
    });
    expect(values).toEqual({ values: [["R-1", 12]], address: "Risks!A1:B1" });
  });

  it("lands a write in the workbook only when the request is synced", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    const seenBeforeSync = await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Risks").getRange("B2").values = [["asset"]];
      const before = sheetOf(host, "Risks").cells.B2?.value;
      await context.sync();
      return before;
    });
    expect(seenBeforeSync).toBeUndefined();
    expect(sheetOf(host, "Risks").cells.B2?.value).toBe("asset");
  });

  it("flushes what is still queued once the batch resolves, as Excel.run's final sync does", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Risks").getRange("A1").values = [["kept"]];
    });
    expect(sheetOf(host, "Risks").cells.A1?.value).toBe("kept");
    expect(host.syncCount).toBe(1);
  });

  it("sends no request for a sync, or a final sync, with nothing queued", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Risks").getRange("A1").values = [["x"]];
      await context.sync();
      await context.sync();
    });
    expect(host.syncCount).toBe(1);
    await fakeExcelRun(host)(async () => undefined);
    expect(host.syncCount).toBe(1);
  });

  it("rejects the run when its final sync fails", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    const run = fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.add("risks");
      return "done";
    });
    expect(await codeOf(run)).toBe("ItemAlreadyExists");
  });

  it("counts every request and the bytes of each", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    await fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Risks");
      sheet.getRange("A1").values = [["x".repeat(1000)]];
      await context.sync();
      sheet.getRange("A2").values = [["y"]];
      await context.sync();
    });
    expect(host.syncCount).toBe(2);
    expect(host.requests[0]).toBeGreaterThan(1000);
    expect(host.requests[1]).toBeLessThan(300);
    expect(host.totalRequestBytes).toBe((host.requests[0] ?? 0) + (host.requests[1] ?? 0));
  });

  it("counts UTF-8 bytes, so Chinese text weighs three bytes a character", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Risks").getRange("A1").values = [["风险".repeat(500)]];
      await context.sync();
    });
    expect(host.maxRequestBytes).toBeGreaterThan(3000);
  });
});

describe("fake Excel: the 5 MB request limit of Excel on the web", () => {
  const bigWrite = (host: FakeExcel) =>
    fakeExcelRun(host)(async (context) => {
      const rows = Array.from({ length: 6000 }, () => ["y".repeat(1000)]);
      context.workbook.worksheets.getItem("Risks").getRange("A1:A6000").values = rows;
      await context.sync();
    });

  it("rejects a request over 5 MB when told to, writing nothing", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] }, { webPayloadLimit: true });
    expect(await codeOf(bigWrite(host))).toBe("RequestPayloadSizeLimitExceeded");
    expect(sheetOf(host, "Risks").cells.A1).toBeUndefined();
  });

  it("writes nothing when the only request is over the limit, even if never synced explicitly", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] }, { webPayloadLimit: true });
    const run = fakeExcelRun(host)(async (context) => {
      const rows = Array.from({ length: 6000 }, () => ["y".repeat(1000)]);
      context.workbook.worksheets.getItem("Risks").getRange("A1:A6000").values = rows;
    });
    expect(await codeOf(run)).toBe("RequestPayloadSizeLimitExceeded");
    expect(sheetOf(host, "Risks").cells.A1).toBeUndefined();
  });

  it("accepts the same request without the limit", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    expect(await codeOf(bigWrite(host))).toBe("no error");
    expect(host.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });
});

describe("fake Excel: what a string written to values becomes", () => {
  const cases: readonly { input: string; value: string | number | boolean; formula: string | null }[] = [
    { input: "=SUM(A1:A3)", value: "", formula: "=SUM(A1:A3)" },
    { input: "@SUM(A1)", value: "", formula: "=SUM(A1)" },
    { input: "+A1", value: "", formula: "=+A1" },
    { input: "-5", value: -5, formula: null },
    { input: "12%", value: 0.12, formula: null },
    { input: "TRUE", value: true, formula: null },
    { input: "'=SUM(A1)", value: "=SUM(A1)", formula: null },
    { input: "plain text", value: "plain text", formula: null },
  ];
  it.each(cases)("$input", async ({ input, value, formula }) => {
    const host = new FakeExcel({ sheets: [{ name: "S" }] });
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[input]];
      await context.sync();
    });
    expect(sheetOf(host, "S").cells.A1).toMatchObject({ value, formula });
  });

  it("keeps text as typed in a cell formatted as Text", async () => {
    const host = new FakeExcel({ sheets: [{ name: "S" }] });
    await fakeExcelRun(host)(async (context) => {
      const cell = context.workbook.worksheets.getItem("S").getRange("A1");
      cell.numberFormat = [["@"]];
      cell.values = [["=1+1"]];
      await context.sync();
    });
    expect(sheetOf(host, "S").cells.A1).toMatchObject({ value: "=1+1", formula: null });
  });
});

describe("fake Excel: errors by code", () => {
  it("fails getItem of a missing sheet at the sync with ItemNotFound", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    const run = fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Nope");
      sheet.load("name");
      await context.sync();
    });
    expect(await codeOf(run)).toBe("ItemNotFound");
  });

  it("fails adding a sheet whose name exists (in any case) with ItemAlreadyExists", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    const run = fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.add("RISKS");
      await context.sync();
    });
    expect(await codeOf(run)).toBe("ItemAlreadyExists");
    expect(host.state.sheets).toHaveLength(1);
  });

  it("fails a write to a (by default locked) cell of a protected sheet with AccessDenied", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks", protected: true }] });
    const run = fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Risks").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(await codeOf(run)).toBe("AccessDenied");
  });

  it("fails the next N syncs in cell-edit mode, then recovers", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    host.simulateCellEditMode(2);
    const attempt = () =>
      codeOf(
        fakeExcelRun(host)(async (context) => {
          context.workbook.worksheets.getItem("Risks").getRange("A1").values = [["x"]];
          await context.sync();
        }),
      );
    expect([await attempt(), await attempt(), await attempt()]).toEqual([
      "InvalidOperationInCellEditMode",
      "InvalidOperationInCellEditMode",
      "no error",
    ]);
  });

  it("rejects a values matrix that does not match the range", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    const run = fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Risks").getRange("A1:B1").values = [["only one"]];
      await context.sync();
    });
    expect(await codeOf(run)).toBe("InvalidArgument");
  });
});

describe("fake Excel: null objects", () => {
  it("reports a missing sheet as a null object after the sync", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    const flags = await fakeExcelRun(host)(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("risks");
      await context.sync();
      return [missing.isNullObject, present.isNullObject];
    });
    expect(flags).toEqual([true, false]);
  });

  it("throws when isNullObject is read before the sync", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    const run = fakeExcelRun(host)(
      async (context) => context.workbook.worksheets.getItemOrNullObject("Nope").isNullObject,
    );
    expect(await codeOf(run)).toBe("PropertyNotLoaded");
  });

  it("gives a null used range for an empty sheet and the used rectangle otherwise", async () => {
    const host = new FakeExcel({
      sheets: [
        { name: "Empty" },
        {
          name: "Data",
          rows: [
            [null, null],
            [null, "x", 1],
          ],
        },
      ],
    });
    const result = await fakeExcelRun(host)(async (context) => {
      const empty = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      const data = context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true);
      empty.load("address");
      data.load("address, values");
      await context.sync();
      return { empty: empty.isNullObject, address: data.address, values: data.values };
    });
    expect(result).toEqual({ empty: true, address: "Data!B2:C2", values: [["x", 1]] });
  });
});
