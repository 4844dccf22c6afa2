/**
 * The fake host's merged cells, as the port relies on them: `Range.merge` / `unmerge` (ExcelApi 1.2) to
 * seed them, `getMergedAreasOrNullObject` (ExcelApi 1.13) answering with a strict `RangeAreas` (address,
 * areaCount, null object when there is none), merged-away cells reading `""`, and a host without
 * ExcelApi 1.13 failing the call as Excel does.
 */
import {
  FakeExcel,
  fakeExcelRun,
  findSheet,
  MERGED_AREAS_LIMIT,
  type FakeSheet,
  type SheetSeed,
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

const register: SheetSeed = {
  name: "S",
  rows: [
    ["Title", "x", "y"],
    ["ID", "Asset", "Threat"],
    ["R-1", "ERP", "Loss"],
    ["R-2", "left over", "Theft"],
    ["R-3", null, "Fire"],
  ],
};

/** Merges on a fresh host, through the API, then reads the whole sheet's merged areas. */
async function mergedAfter(
  seed: SheetSeed,
  merge: (sheet: Excel.Worksheet) => void,
): Promise<{ host: FakeExcel; isNull: boolean; address?: string; areaCount?: number }> {
  const host = new FakeExcel({ sheets: [seed] });
  const read = await fakeExcelRun(host)(async (context) => {
    const sheet = context.workbook.worksheets.getItem(seed.name);
    merge(sheet);
    const areas = sheet.getRange().getMergedAreasOrNullObject().load("address, areaCount");
    await context.sync();
    if (areas.isNullObject) return { isNull: true };
    return { isNull: false, address: areas.address, areaCount: areas.areaCount };
  });
  return { host, ...read };
}

describe("fake Excel: merging cells (ExcelApi 1.2)", () => {
  it("merges a range into one area, keeping only the top-left value, as merged-away cells read blank", async () => {
    const { host, ...read } = await mergedAfter(register, (sheet) => {
      sheet.getRange("B3:B5").merge();
      sheet.getRange("A1:C1").merge();
    });
    expect(read).toEqual({ isNull: false, address: "S!B3:B5,S!A1:C1", areaCount: 2 });
    const values = await fakeExcelRun(host)(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:C5").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([
      ["Title", "", ""],
      ["ID", "Asset", "Threat"],
      ["R-1", "ERP", "Loss"],
      ["R-2", "", "Theft"],
      ["R-3", "", "Fire"],
    ]);
  });

  it("merges each row on its own when across is true, and leaves a single cell alone", async () => {
    const read = await mergedAfter(register, (sheet) => {
      sheet.getRange("A1:C2").merge(true);
      sheet.getRange("A4:A5").merge(true);
    });
    expect(read).toMatchObject({ address: "S!A1:C1,S!A2:C2", areaCount: 2 });
  });

  it("replaces the areas a merged range holds whole, and refuses one that holds part of an area", async () => {
    const replaced = await mergedAfter(register, (sheet) => {
      sheet.getRange("B3:B4").merge();
      sheet.getRange("B3:C5").merge();
    });
    expect(replaced).toMatchObject({ address: "S!B3:C5", areaCount: 1 });

    const host = new FakeExcel({ sheets: [register] });
    const partly = fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("B3:B4").merge();
      await context.sync();
      sheet.getRange("B4:C5").merge();
      await context.sync();
    });
    expect(await codeOf(partly)).toBe("InvalidOperation");
    expect(sheetOf(host, "S").merged).toEqual([{ row: 2, column: 1, rowCount: 2, columnCount: 1 }]);
  });

  it("unmerges every area a range touches, leaving the merged-away cells blank", async () => {
    const read = await mergedAfter(register, (sheet) => {
      sheet.getRange("B3:B5").merge();
      sheet.getRange("A1:C1").merge();
      sheet.getRange("B4").unmerge();
    });
    expect(read).toMatchObject({ address: "S!A1:C1", areaCount: 1 });
    expect(sheetOf(read.host, "S").cells.B4?.value).toBe("");
    expect(sheetOf(read.host, "S").cells.B3?.value).toBe("ERP");
  });

  it("refuses a value written into a merged-away cell, and takes the top-left cell and blanks", async () => {
    const host = new FakeExcel({ sheets: [{ ...register, merged: ["B3:B5"] }] });
    const write = (address: string, values: (string | null)[][]) =>
      codeOf(
        fakeExcelRun(host)(async (context) => {
          context.workbook.worksheets.getItem("S").getRange(address).values = values;
          await context.sync();
        }),
      );
    expect(await write("B4", [["typed"]])).toBe("InvalidOperation");
    expect(await write("A4:B4", [["R-9", "typed"]])).toBe("InvalidOperation");
    expect(sheetOf(host, "S").cells.A4?.value).toBe("R-2");
    expect(await write("B3:B5", [["CRM"], [""], [null]])).toBe("no error");
    expect(sheetOf(host, "S").cells.B3?.value).toBe("CRM");
  });

  it("refuses to merge or unmerge on a protected sheet", async () => {
    const host = new FakeExcel({ sheets: [{ ...register, protected: true }] });
    const run = (apply: (range: Excel.Range) => void) =>
      codeOf(
        fakeExcelRun(host)(async (context) => {
          apply(context.workbook.worksheets.getItem("S").getRange("A1:C1"));
          await context.sync();
        }),
      );
    expect(await run((range) => range.merge())).toBe("AccessDenied");
    expect(await run((range) => range.unmerge())).toBe("AccessDenied");
  });

  it("seeds merged areas as merge makes them", async () => {
    const host = new FakeExcel({ sheets: [{ ...register, merged: ["A1:C1", "B3:B5"] }] });
    expect(sheetOf(host, "S").cells.B1?.value).toBe("");
    expect(sheetOf(host, "S").cells.B3?.value).toBe("ERP");
    expect(sheetOf(host, "S").cells.B4?.value).toBe("");
    expect(sheetOf(host, "S").merged).toHaveLength(2);
  });
});

describe("fake Excel: getMergedAreasOrNullObject (ExcelApi 1.13)", () => {
  it("is a null object on a sheet without merged areas, and strict about what was not loaded", async () => {
    const host = new FakeExcel({ sheets: [register] });
    const read = await fakeExcelRun(host)(async (context) => {
      const areas = context.workbook.worksheets.getItem("S").getRange().getMergedAreasOrNullObject();
      areas.load("address");
      await context.sync();
      return {
        isNull: areas.isNullObject,
        address: await codeOf(Promise.resolve().then(() => areas.address)),
      };
    });
    expect(read).toEqual({ isNull: true, address: "PropertyNotLoaded" });
  });

  it("refuses isNullObject before the sync and a property that was not loaded", async () => {
    const host = new FakeExcel({ sheets: [{ ...register, merged: ["A1:C1"] }] });
    const early = fakeExcelRun(host)(
      async (context) =>
        context.workbook.worksheets.getItem("S").getRange().getMergedAreasOrNullObject().isNullObject,
    );
    expect(await codeOf(early)).toBe("PropertyNotLoaded");
    const unloaded = fakeExcelRun(host)(async (context) => {
      const areas = context.workbook.worksheets.getItem("S").getRange().getMergedAreasOrNullObject();
      areas.load("areaCount");
      await context.sync();
      return areas.address;
    });
    expect(await codeOf(unloaded)).toBe("PropertyNotLoaded");
  });

  it("reports the areas whose top-left cell is in the range, whole", async () => {
    const host = new FakeExcel({ sheets: [{ ...register, merged: ["A1:C1", "B3:B5"] }] });
    const read = await fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const ask = (address: string) => sheet.getRange(address).getMergedAreasOrNullObject().load("address");
      const [top, below, corner] = [ask("B3"), ask("B4:C9"), ask("A1:B3")];
      await context.sync();
      return [top, below, corner].map((areas) => (areas.isNullObject ? null : areas.address));
    });
    expect(read).toEqual(["S!B3:B5", null, "S!A1:C1,S!B3:B5"]);
  });

  it("quotes sheet names as Range.address does, and reports whole columns as Excel writes them", async () => {
    const host = new FakeExcel({
      sheets: [{ name: "Q1, it's", rows: [["a"]], merged: ["A1:B2", "M:M"] }],
    });
    const address = await fakeExcelRun(host)(async (context) => {
      const areas = context.workbook.worksheets
        .getItem("Q1, it's")
        .getRange()
        .getMergedAreasOrNullObject()
        .load("address");
      await context.sync();
      return areas.address;
    });
    expect(address).toBe("'Q1, it''s'!A1:B2,'Q1, it''s'!M:M");
  });

  it(`fails past ${MERGED_AREAS_LIMIT} areas in the range, as its documentation warns`, async () => {
    const rows = Array.from({ length: 2 * (MERGED_AREAS_LIMIT + 1) }, (_, r) => [`R-${r}`]);
    const merged = Array.from({ length: MERGED_AREAS_LIMIT + 1 }, (_, k) => `A${2 * k + 1}:B${2 * k + 1}`);
    const host = new FakeExcel({ sheets: [{ name: "S", rows, merged }] });
    const ask = (address?: string) =>
      codeOf(
        fakeExcelRun(host)(async (context) => {
          const sheet = context.workbook.worksheets.getItem("S");
          const range = address === undefined ? sheet.getRange() : sheet.getRange(address);
          range.getMergedAreasOrNullObject().load("areaCount");
          await context.sync();
        }),
      );
    expect(await ask()).toBe("GeneralException");
    expect(await ask("A1:B100")).toBe("no error");
  });

  it("fails with ApiNotFound on a host without ExcelApi 1.13, which says so", async () => {
    const host = new FakeExcel({ sheets: [register] }, { requirementSets: { ExcelApi: "1.12" } });
    expect(host.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(host.isSetSupported("ExcelApi", "1.9")).toBe(true);
    const run = fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:C1").merge();
      await context.sync();
      sheet.getRange().getMergedAreasOrNullObject().load("address");
      await context.sync();
    });
    expect(await codeOf(run)).toBe("ApiNotFound");
    expect(sheetOf(host, "S").merged).toHaveLength(1);
  });

  it("costs one proxy and the addresses in the response, not the cells", async () => {
    const rows = Array.from({ length: 2000 }, (_, r) => [`R-${r}`, "x".repeat(200)]);
    const host = new FakeExcel({ sheets: [{ name: "S", rows, merged: ["A1:B1", "A3:A9"] }] });
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("S").getRange().getMergedAreasOrNullObject().load("address");
      await context.sync();
    });
    expect(host.syncCount).toBe(1);
    expect(host.responses[0]).toBeLessThan(100);
  });
});
