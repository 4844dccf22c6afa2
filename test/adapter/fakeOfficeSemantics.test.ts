/**
 * The fake host keeps Office.js semantics the port is about to rely on: instantiation at sync, the
 * response limit, load paths through navigation properties, intersections, visibility and protection.
 */
import {
  DEFAULT_REQUIREMENT_SETS,
  FakeExcel,
  fakeExcelRun,
  fakeIsSetSupported,
  findSheet,
  WEB_RESPONSE_LIMIT_BYTES,
  type FakeSheet,
} from "../fakes";

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

describe("fake Excel: proxies are instantiated at the sync, as in Office.js", () => {
  it("fails getItem of a missing sheet at the next sync even when nothing was loaded", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    const run = fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Nope");
      await context.sync();
    });
    expect(await codeOf(run)).toBe("ItemNotFound");
  });

  it("fails a range with an invalid address at the next sync", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    const run = fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Risks").getRange("A1:B2:C3");
      await context.sync();
    });
    expect(await codeOf(run)).toBe("InvalidArgument");
  });

  it("returns the same navigation object each time, so a load through it can be read back", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks", protected: true }] });
    const read = await fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Risks");
      sheet.protection.load("protected");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- the navigation object itself is what is compared
      const [first, second] = [sheet.protection, sheet.protection];
      return { same: first === second, protected: first.protected };
    });
    expect(read).toEqual({ same: true, protected: true });
  });

  it("delivers nothing loaded in a request that failed", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks", rows: [["x"]] }] });
    const code = await fakeExcelRun(host)(async (context) => {
      const range = context.workbook.worksheets.getItem("Risks").getRange("A1").load("values");
      context.workbook.worksheets.add("RISKS");
      try {
        await context.sync();
      } catch {
        // The request failed after the load ran.
      }
      return codeOf(Promise.resolve().then(() => range.values));
    });
    expect(code).toBe("PropertyNotLoaded");
  });
});

describe("fake Excel: the 5 MB response limit of Excel on the web", () => {
  const seed = { sheets: [{ name: "Big", rows: Array.from({ length: 6000 }, () => ["z".repeat(1000)]) }] };
  const bigRead = (host: FakeExcel) =>
    fakeExcelRun(host)(async (context) => {
      const range = context.workbook.worksheets.getItem("Big").getRange("A1:A6000").load("values");
      await context.sync();
      return range.values.length;
    });

  it("records the bytes of each response: what the request loaded", async () => {
    const host = new FakeExcel(seed);
    expect(await bigRead(host)).toBe(6000);
    expect(host.responses).toHaveLength(host.requests.length);
    expect(host.maxResponseBytes).toBeGreaterThan(6000 * 1000);
    expect(host.requests[0]).toBeLessThan(1000);
  });

  it("fails a response of 5 MB or more with ResponsePayloadSizeLimitExceeded when told to", async () => {
    const host = new FakeExcel(seed, { webPayloadLimit: true });
    expect(await codeOf(bigRead(host))).toBe("ResponsePayloadSizeLimitExceeded");
    expect(host.maxResponseBytes).toBeGreaterThanOrEqual(WEB_RESPONSE_LIMIT_BYTES);
  });

  it("counts a small read as a small response", async () => {
    const host = new FakeExcel({ sheets: [{ name: "S", rows: [["a", "b"]] }] }, { webPayloadLimit: true });
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B1").load("values, address");
      await context.sync();
    });
    expect(host.responses[0]).toBeGreaterThan(0);
    expect(host.responses[0]).toBeLessThan(100);
  });
});

describe("fake Excel: load paths", () => {
  const seed = {
    sheets: [
      { name: "Risks", rows: [["ID"], ["R-1"]], tables: [{ name: "ISMS_Risks", address: "A1:A2" }] },
      { name: "Assets", rows: [["ID"], ["A-1"]], tables: [{ name: "ISMS_Assets", address: "A1:A2" }] },
    ],
  };

  it("loads a table's worksheet name through the collection ('items/worksheet/name')", async () => {
    const host = new FakeExcel(seed);
    const tables = await fakeExcelRun(host)(async (context) => {
      const collection = context.workbook.tables.load("items/name, items/worksheet/name");
      await context.sync();
      return collection.items.map((table) => [table.name, table.worksheet.name]);
    });
    expect(tables).toEqual([
      ["ISMS_Risks", "Risks"],
      ["ISMS_Assets", "Assets"],
    ]);
    expect(host.syncCount).toBe(1);
  });

  it("takes the object form of load", async () => {
    const host = new FakeExcel(seed);
    const tables = await fakeExcelRun(host)(async (context) => {
      const table = context.workbook.tables.getItem("ISMS_Assets");
      table.load({ name: true, worksheet: { name: true } });
      await context.sync();
      return [table.name, table.worksheet.name];
    });
    expect(tables).toEqual(["ISMS_Assets", "Assets"]);
  });

  it("still refuses what the path did not load", async () => {
    const host = new FakeExcel(seed);
    const code = await codeOf(
      fakeExcelRun(host)(async (context) => {
        const collection = context.workbook.tables.load("items/name");
        await context.sync();
        return collection.items.map((table) => table.worksheet.name);
      }),
    );
    expect(code).toBe("PropertyNotLoaded");
  });

  it("loads sheet protection through the sheet ('protection/protected')", async () => {
    const host = new FakeExcel({ sheets: [{ name: "A", protected: true }, { name: "B" }] });
    const flags = await fakeExcelRun(host)(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name, items/protection/protected");
      await context.sync();
      return sheets.items.map((sheet) => [sheet.name, sheet.protection.protected]);
    });
    expect(flags).toEqual([
      ["A", true],
      ["B", false],
    ]);
  });
});

describe("fake Excel: getIntersectionOrNullObject and used ranges", () => {
  const seed = {
    sheets: [
      {
        name: "Data",
        rows: [
          [null, null, null],
          [null, "x", 1],
          [null, "y", 2],
        ],
      },
      { name: "Empty" },
    ],
  };
  const properties = "address, rowCount, columnCount, rowIndex, columnIndex";

  it("reports where the used range is", async () => {
    const host = new FakeExcel(seed);
    const used = await fakeExcelRun(host)(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Data")
        .getUsedRangeOrNullObject(true)
        .load(properties);
      await context.sync();
      const { address, rowCount, columnCount, rowIndex, columnIndex } = range;
      return { address, rowCount, columnCount, rowIndex, columnIndex };
    });
    expect(used).toEqual({ address: "Data!B2:C3", rowCount: 2, columnCount: 2, rowIndex: 1, columnIndex: 1 });
  });

  it.each([
    ["A1:CV200", "Data!B2:C3", 2],
    ["1:2", "Data!B2:C2", 1],
    ["2:2000", "Data!B2:C3", 2],
    ["C:C", "Data!C2:C3", 2],
    ["Data!B3:Z9", "Data!B3:C3", 1],
  ])("intersects the used range with %s", async (window, address, rowCount) => {
    const host = new FakeExcel(seed);
    const read = await fakeExcelRun(host)(async (context) => {
      const used = context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true);
      const head = used.getIntersectionOrNullObject(window).load(`values, ${properties}`);
      await context.sync();
      return { isNull: head.isNullObject, address: head.address, rowCount: head.rowCount };
    });
    expect(read).toEqual({ isNull: false, address, rowCount });
  });

  it("intersects with another range proxy", async () => {
    const host = new FakeExcel(seed);
    const values = await fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const head = sheet
        .getRange("A1:B9")
        .getIntersectionOrNullObject(sheet.getRange("B3:D3"))
        .load("values");
      await context.sync();
      return head.values;
    });
    expect(values).toEqual([["y"]]);
  });

  it("gives a null object where the ranges do not meet, and one for an empty sheet's used range", async () => {
    const host = new FakeExcel(seed);
    const read = await fakeExcelRun(host)(async (context) => {
      const apart = context.workbook.worksheets
        .getItem("Data")
        .getRange("A1:A9")
        .getIntersectionOrNullObject("C1:C9")
        .load("values");
      const used = context.workbook.worksheets
        .getItem("Empty")
        .getUsedRangeOrNullObject(true)
        .load(properties);
      const head = used.getIntersectionOrNullObject("1:2000").load("values");
      await context.sync();
      return { apart: apart.isNullObject, used: used.isNullObject, head: head.isNullObject };
    });
    expect(read).toEqual({ apart: true, used: true, head: true });
  });

  it("refuses to read the values of a null object", async () => {
    const host = new FakeExcel(seed);
    const code = await codeOf(
      fakeExcelRun(host)(async (context) => {
        const range = context.workbook.worksheets
          .getItem("Data")
          .getRange("A1")
          .getIntersectionOrNullObject("B2")
          .load("values");
        await context.sync();
        return range.values;
      }),
    );
    expect(code).toBe("PropertyNotLoaded");
  });

  it("refuses an address on another sheet", async () => {
    const host = new FakeExcel(seed);
    const run = fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:C3").getIntersectionOrNullObject("Empty!A1");
      await context.sync();
    });
    expect(await codeOf(run)).toBe("InvalidArgument");
  });

  it("reports whole rows and whole columns as Excel does", async () => {
    const host = new FakeExcel(seed);
    const addresses = await fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const ranges = [sheet.getRange("1:2000"), sheet.getRange("B:C"), sheet.getRange()];
      ranges.forEach((range) => range.load("address"));
      await context.sync();
      return ranges.map((range) => range.address);
    });
    expect(addresses).toEqual(["Data!1:2000", "Data!B:C", "Data!1:1048576"]);
  });
});

describe("fake Excel: worksheets", () => {
  it("finds a sheet by name in any case with getItemOrNullObject, and reports a missing one as null", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Risks" }] });
    const read = await fakeExcelRun(host)(async (context) => {
      const found = context.workbook.worksheets.getItemOrNullObject("RISKS").load("name");
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope").load("name");
      await context.sync();
      return { found: [found.isNullObject, found.name], missing: missing.isNullObject };
    });
    expect(read).toEqual({ found: [false, "Risks"], missing: true });
  });

  it("loads and sets visibility", async () => {
    const host = new FakeExcel({ sheets: [{ name: "A" }, { name: "Meta", visibility: "VeryHidden" }] });
    const before = await fakeExcelRun(host)(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name, items/visibility");
      await context.sync();
      return sheets.items.map((sheet) => sheet.visibility);
    });
    expect(before).toEqual(["Visible", "VeryHidden"]);
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Meta").visibility = "Visible";
      context.workbook.worksheets.getItem("A").visibility = "Hidden";
      await context.sync();
    });
    expect(host.state.sheets.map((sheet) => sheet.visibility)).toEqual(["Hidden", "Visible"]);
    expect(host.state.activeSheet).toBe("Meta");
  });

  it("keeps one visible sheet and refuses to activate a hidden one", async () => {
    const host = new FakeExcel({ sheets: [{ name: "A" }, { name: "B", visibility: "Hidden" }] });
    const hideLast = fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("A").visibility = "VeryHidden";
      await context.sync();
    });
    expect(await codeOf(hideLast)).toBe("InvalidOperation");
    const activate = fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("B").activate();
      await context.sync();
    });
    expect(await codeOf(activate)).toBe("InvalidOperation");
    const invalid = fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("B").visibility = "Gone" as Excel.SheetVisibility;
      await context.sync();
    });
    expect(await codeOf(invalid)).toBe("InvalidArgument");
  });
});

describe("fake Excel: worksheet protection", () => {
  it("protects with options and a password, reports them, and unprotects with the password only", async () => {
    const host = new FakeExcel({ sheets: [{ name: "S" }] });
    const run = fakeExcelRun(host);
    const loaded = await run(async (context) => {
      const protection = context.workbook.worksheets.getItem("S").protection;
      protection.protect({ allowFormatCells: true, allowInsertRows: true }, "secret");
      protection.load("protected, options");
      await context.sync();
      return { protected: protection.protected, options: protection.options };
    });
    expect(loaded.protected).toBe(true);
    expect(loaded.options).toMatchObject({
      allowFormatCells: true,
      allowInsertRows: true,
      allowDeleteRows: false,
      selectionMode: "Normal",
    });
    const wrong = run(async (context) => {
      context.workbook.worksheets.getItem("S").protection.unprotect("guess");
      await context.sync();
    });
    expect(await codeOf(wrong)).toBe("InvalidArgument");
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").protection.unprotect("secret");
      await context.sync();
    });
    expect(sheetOf(host, "S").protection).toBeNull();
  });

  it("writes to unlocked cells of a protected sheet and refuses locked ones", async () => {
    const host = new FakeExcel({ sheets: [{ name: "S", protected: true, unlocked: ["B2:C3"] }] });
    const run = fakeExcelRun(host);
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B2:C2").values = [["a", "b"]];
      context.workbook.worksheets.getItem("S").getRange("C3").formulas = [["=1+1"]];
      await context.sync();
    });
    expect(sheetOf(host, "S").cells.B2?.value).toBe("a");
    expect(sheetOf(host, "S").cells.C3?.formula).toBe("=1+1");
    const straddling = run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("C3:D3").values = [["x", "y"]];
      await context.sync();
    });
    expect(await codeOf(straddling)).toBe("AccessDenied");
    expect(sheetOf(host, "S").cells.D3).toBeUndefined();
  });

  it("locks and unlocks cells through format.protection, and reports mixed ranges as null", async () => {
    const host = new FakeExcel({ sheets: [{ name: "S" }] });
    const run = fakeExcelRun(host);
    const locked = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:A2").format.protection.locked = false;
      const ranges = ["A1:A2", "B1", "A1:B1"].map((address) =>
        sheet.getRange(address).format.protection.load("locked"),
      );
      await context.sync();
      sheet.protection.protect();
      await context.sync();
      return ranges.map((protection) => protection.locked);
    });
    expect(locked).toEqual([false, true, null]);
    const whileProtected = run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("B1").format.protection.locked = false;
      await context.sync();
    });
    expect(await codeOf(whileProtected)).toBe("AccessDenied");
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A2").values = [["typed"]];
      await context.sync();
    });
    expect(sheetOf(host, "S").cells.A2?.value).toBe("typed");
  });

  it("formats only what the options allow", async () => {
    const host = new FakeExcel({
      sheets: [
        {
          name: "Open",
          protected: true,
          protectionOptions: { allowFormatCells: true, allowFormatColumns: true },
        },
        { name: "Closed", protected: true },
      ],
    });
    const format = (sheet: string, apply: (range: Excel.Range) => void) =>
      codeOf(
        fakeExcelRun(host)(async (context) => {
          apply(context.workbook.worksheets.getItem(sheet).getRange("A1"));
          await context.sync();
        }),
      );
    const bold = (range: Excel.Range) => (range.format.font.bold = true);
    const width = (range: Excel.Range) => (range.format.columnWidth = 80);
    const height = (range: Excel.Range) => (range.format.rowHeight = 30);
    const numberFormat = (range: Excel.Range) => (range.numberFormat = [["0.0"]]);
    expect(await format("Open", bold)).toBe("no error");
    expect(await format("Open", width)).toBe("no error");
    expect(await format("Open", numberFormat)).toBe("no error");
    expect(await format("Open", height)).toBe("AccessDenied");
    expect(await format("Closed", bold)).toBe("AccessDenied");
    expect(await format("Closed", width)).toBe("AccessDenied");
  });

  it("refuses tables, validation and conditional formats on a protected sheet, whatever the options", async () => {
    const host = new FakeExcel({
      sheets: [
        {
          name: "S",
          rows: [["h"], [1]],
          protected: true,
          protectionOptions: { allowFormatCells: true, allowInsertRows: true },
        },
      ],
    });
    const attempt = (apply: (sheet: Excel.Worksheet) => void) =>
      codeOf(
        fakeExcelRun(host)(async (context) => {
          apply(context.workbook.worksheets.getItem("S"));
          await context.sync();
        }),
      );
    expect(await attempt((sheet) => sheet.tables.add("A1:A2", true))).toBe("AccessDenied");
    expect(await attempt((sheet) => sheet.getRange("A2").dataValidation.clear())).toBe("AccessDenied");
    expect(await attempt((sheet) => sheet.getRange("A2").conditionalFormats.add("Custom"))).toBe(
      "AccessDenied",
    );
  });

  it("leaves a protected sheet's name, colour and existence to the workbook", async () => {
    const host = new FakeExcel({ sheets: [{ name: "S", protected: true }, { name: "T" }] });
    await fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.name = "Renamed";
      sheet.tabColor = "#FF0000";
      await context.sync();
      sheet.delete();
      await context.sync();
    });
    expect(host.state.sheets.map((sheet) => sheet.name)).toEqual(["T"]);
  });

  it("keeps the first protection when protect is called again", async () => {
    const host = new FakeExcel({ sheets: [{ name: "S", protected: true }] });
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("S").protection.protect({ allowFormatCells: true });
      await context.sync();
    });
    expect(sheetOf(host, "S").protection?.options.allowFormatCells).toBe(false);
  });
});

describe("fake Excel: freeze panes", () => {
  it("freezes rows and columns without a load of its own", async () => {
    const host = new FakeExcel({ sheets: [{ name: "S" }] });
    await fakeExcelRun(host)(async (context) => {
      const panes = context.workbook.worksheets.getItem("S").freezePanes;
      panes.freezeAt("A1:B2");
      expect("load" in panes).toBe(false);
      await context.sync();
    });
    expect(sheetOf(host, "S").freeze).toEqual({ rows: 2, columns: 2 });
  });
});

describe("fake Office: requirement sets", () => {
  const isSetSupported = fakeIsSetSupported(DEFAULT_REQUIREMENT_SETS);

  it.each([
    ["ExcelApi", "1.9", true],
    ["ExcelApi", "1.17", true],
    ["ExcelApi", "1.18", false],
    ["excelapi", "1.10", true],
    ["SharedRuntime", "1.1", true],
    ["SharedRuntime", "1.2", false],
    ["CustomFunctionsRuntime", "1.3", true],
    ["CustomFunctionsRuntime", "1.5", false],
    ["ExcelApiOnline", "1.1", false],
  ] as const)("%s %s: %s", (name, version, supported) => {
    expect(isSetSupported(name, version)).toBe(supported);
  });

  it("takes 1.1 when no version is given, and a configured list instead of the defaults", () => {
    expect(isSetSupported("ExcelApi")).toBe(true);
    expect(fakeIsSetSupported({ ExcelApi: "1.8" })("ExcelApi", "1.9")).toBe(false);
  });
});

describe("fake Excel: the used range within a range (ExcelApi 1.4)", () => {
  const seed = {
    sheets: [
      {
        name: "S",
        rows: [
          [null, null, null],
          [null, "b", null],
          [null, null, "c"],
          [null, null, null],
          ["far", null, null],
        ],
      },
    ],
  };

  it("is the smallest rectangle of the range's cells that hold something", async () => {
    const host = new FakeExcel(seed);
    const address = await fakeExcelRun(host)(async (context) => {
      const used = context.workbook.worksheets.getItem("S").getRange("1:3").getUsedRangeOrNullObject(true);
      used.load("address, rowIndex, columnIndex, rowCount, columnCount");
      await context.sync();
      return [used.address, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount];
    });
    expect(address).toEqual(["S!B2:C3", 1, 1, 2, 2]);
  });

  it("is a null object when the range holds nothing", async () => {
    const host = new FakeExcel(seed);
    const isNull = await fakeExcelRun(host)(async (context) => {
      const used = context.workbook.worksheets.getItem("S").getRange("D1:F9").getUsedRangeOrNullObject(true);
      await context.sync();
      return used.isNullObject;
    });
    expect(isNull).toBe(true);
  });
});
