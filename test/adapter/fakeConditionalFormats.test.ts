/**
 * The fake's conditional formats behave like Office.js where the port's marks depend on them: a range's
 * collection holds the formats that intersect it, items load through `customOrNullObject` whatever their
 * type (and fail through `custom`, as Excel does), and an item can be deleted or moved in priority.
 */
import { defaultProtectionOptions, FakeExcel, fakeExcelRun, findSheet, type FakeSheet } from "../fakes";

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

/** A sheet with a cell-value format on B2:B9 and custom ones on D2:D9 and F5. */
async function withFormats(): Promise<FakeExcel> {
  const host = new FakeExcel({ sheets: [{ name: "Plan" }] });
  await fakeExcelRun(host)(async (context) => {
    const formatsOf = (address: string) =>
      context.workbook.worksheets.getItem("Plan").getRange(address).conditionalFormats;
    const byValue = formatsOf("B2:B9").add("CellValue").cellValue;
    byValue.rule = { formula1: "=15", operator: "GreaterThan" };
    byValue.format.fill.color = "#FF0000";
    const blank = formatsOf("D2:D9").add("Custom").custom;
    blank.rule.formula = '=$D2=""';
    blank.format.fill.color = "#FFFF00";
    const single = formatsOf("F5").add("Custom").custom;
    single.rule.formula = "=TRUE";
    single.format.fill.color = "#00B050";
    await context.sync();
  });
  host.resetCounters();
  return host;
}

describe("fake Excel: a range's conditional formats", () => {
  it("lists the formats that intersect the range, loaded through customOrNullObject", async () => {
    const host = await withFormats();
    const seen = await fakeExcelRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Plan");
      const all = sheet
        .getRange()
        .conditionalFormats.load("items/type, items/customOrNullObject/rule/formula");
      const some = sheet.getRange("C1:E3").conditionalFormats.load("items/type");
      await context.sync();
      return {
        all: all.items.map((format) => ({
          type: format.type,
          formula: format.customOrNullObject.isNullObject ? null : format.customOrNullObject.rule.formula,
        })),
        some: some.items.map((format) => format.type),
      };
    });
    expect(seen.all).toEqual([
      { type: "CellValue", formula: null },
      { type: "Custom", formula: '=$D2=""' },
      { type: "Custom", formula: "=TRUE" },
    ]);
    expect(seen.some).toEqual(["Custom"]);
    expect(host.syncCount).toBe(1);
  });

  it("fails a load through `custom` when a format of another type is there, as Excel does", async () => {
    const host = await withFormats();
    const run = fakeExcelRun(host)(async (context) => {
      const formats = context.workbook.worksheets
        .getItem("Plan")
        .getRange()
        .conditionalFormats.load("items/custom/rule/formula");
      await context.sync();
      return formats.items.length;
    });
    expect(await codeOf(run)).toBe("InvalidArgument");
  });

  it("throws PropertyNotLoaded for items that were not loaded", async () => {
    const host = await withFormats();
    const run = fakeExcelRun(host)(async (context) => {
      const formats = context.workbook.worksheets.getItem("Plan").getRange().conditionalFormats;
      await context.sync();
      return formats.items.length; // never loaded: the mistake the fake must catch
    });
    expect(await codeOf(run)).toBe("PropertyNotLoaded");
  });

  it("deletes an item at the sync, and fails deleting it twice with ItemNotFound", async () => {
    const host = await withFormats();
    await fakeExcelRun(host)(async (context) => {
      const formats = context.workbook.worksheets
        .getItem("Plan")
        .getRange("D5")
        .conditionalFormats.load("items");
      await context.sync();
      formats.items[0]?.delete();
      expect(sheetOf(host, "Plan").conditionalFormats).toHaveLength(3);
      await context.sync();
    });
    expect(sheetOf(host, "Plan").conditionalFormats.map((f) => f.formula1)).toEqual(["=15", "=TRUE"]);

    const twice = fakeExcelRun(host)(async (context) => {
      const formats = context.workbook.worksheets
        .getItem("Plan")
        .getRange("F5")
        .conditionalFormats.load("items");
      await context.sync();
      const [format] = formats.items;
      format?.delete();
      format?.delete();
      await context.sync();
    });
    expect(await codeOf(twice)).toBe("ItemNotFound");
  });

  it("reads and sets a format's priority in the sheet's order", async () => {
    const host = await withFormats();
    const priorities = await fakeExcelRun(host)(async (context) => {
      const formats = context.workbook.worksheets
        .getItem("Plan")
        .getRange()
        .conditionalFormats.load("items/priority");
      await context.sync();
      const before = formats.items.map((format) => format.priority);
      const added = context.workbook.worksheets
        .getItem("Plan")
        .getRange("H1")
        .conditionalFormats.add("Custom");
      added.custom.rule.formula = "=1";
      added.priority = 0;
      await context.sync();
      return before;
    });
    expect(priorities).toEqual([0, 1, 2]);
    expect(sheetOf(host, "Plan").conditionalFormats.map((f) => f.formula1)).toEqual([
      "=1",
      "=15",
      '=$D2=""',
      "=TRUE",
    ]);
  });

  it("refuses to delete a format on a protected sheet", async () => {
    const host = await withFormats();
    sheetOf(host, "Plan").protection = { options: defaultProtectionOptions(), password: null };
    const run = fakeExcelRun(host)(async (context) => {
      const formats = context.workbook.worksheets.getItem("Plan").getRange().conditionalFormats.load("items");
      await context.sync();
      formats.items[0]?.delete();
      await context.sync();
    });
    expect(await codeOf(run)).toBe("AccessDenied");
    expect(sheetOf(host, "Plan").conditionalFormats).toHaveLength(3);
  });
});
