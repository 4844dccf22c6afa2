/**
 * The fake's `Worksheet.onChanged` behaves like Office.js where the port's watch depends on it: a handler
 * counts from the sync that carried it (a failed sync registers nothing), belongs to its sheet across a
 * rename, runs after the change that raised it, and is gone once removed.
 */
import { FakeExcel, fakeExcelRun, type FakeWorksheetChangedEventArgs } from "../fakes";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? "no code";
  }
  return "no error";
}

type Handler = (args: Excel.WorksheetChangedEventArgs) => Promise<void>;

/** A handler (typed as the port's are) that keeps what the fake tells it. */
function recorder() {
  const seen: FakeWorksheetChangedEventArgs[] = [];
  const handler: Handler = async ({ type, changeType, source, worksheetId, address }) => {
    if (changeType !== "RangeEdited" || (source !== "Local" && source !== "Remote"))
      throw new Error("unexpected");
    seen.push({ type, changeType, source, worksheetId, address });
  };
  return { seen, handler };
}

/** Registers `handler` on a sheet in a batch of its own. */
async function register(host: FakeExcel, sheet: string, handler: Handler) {
  await fakeExcelRun(host)(async (context) => {
    context.workbook.worksheets.getItem(sheet).onChanged.add(handler);
    await context.sync();
  });
}

describe("fake Excel: Worksheet.onChanged", () => {
  it("registers a handler with the sync, not before", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Plan" }] });
    const { handler } = recorder();
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Plan").onChanged.add(handler);
      expect(host.events.count()).toBe(0);
      await context.sync();
      expect(host.events.count()).toBe(1);
    });
  });

  it("registers nothing when the sync fails (a sheet that is not there)", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Plan" }] });
    const { handler } = recorder();
    const run = fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Plan").onChanged.add(handler);
      context.workbook.worksheets.getItem("Gone").onChanged.add(handler);
      await context.sync();
    });
    expect(await codeOf(run)).toBe("ItemNotFound");
    expect(host.events.count()).toBe(0);
  });

  it("fires after a person's edit, with the sheet's id and the cell", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Plan" }, { name: "Other" }] });
    const { seen, handler } = recorder();
    await register(host, "Plan", handler);
    await host.edit("Other", "B2", "elsewhere");
    await host.edit("Plan", "$c$7", "张伟");
    const plan = host.state.sheets[0];
    expect(plan?.cells.C7?.value).toBe("张伟");
    expect(seen).toEqual([
      {
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        source: "Local",
        worksheetId: plan?.id,
        address: "C7",
      },
    ]);
  });

  it("fires once a batch's write went through (the cells are written), and not for a failed request", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Plan" }] });
    const seen: { address: string; b3: unknown }[] = [];
    await register(host, "Plan", async (args) => {
      seen.push({ address: args.address, b3: host.state.sheets[0]?.cells.B3?.value });
    });
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A2:B3").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    expect(seen).toEqual([{ address: "A2:B3", b3: 4 }]);

    const failed = fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A4").values = [["x"]];
      context.workbook.worksheets.add("plan");
      await context.sync();
    });
    expect(await codeOf(failed)).toBe("ItemAlreadyExists");
    await Promise.resolve();
    expect(seen).toHaveLength(1);
  });

  it("follows the sheet across a rename", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Plan" }] });
    const { seen, handler } = recorder();
    await register(host, "Plan", handler);
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Plan").name = "Plan 2026";
      await context.sync();
    });
    await host.fireChanged("Plan 2026", "D4");
    expect(seen.map((event) => event.address)).toEqual(["D4"]);
  });

  it("stops calling a handler once its removal is synced", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Plan" }] });
    const { seen, handler } = recorder();
    await fakeExcelRun(host)(async (context) => {
      const result = context.workbook.worksheets.getItem("Plan").onChanged.add(handler);
      await context.sync();
      await host.fireChanged("Plan", "A1");
      result.remove();
      result.remove();
      await context.sync();
    });
    await host.fireChanged("Plan", "A2");
    expect(seen.map((event) => event.address)).toEqual(["A1"]);
    expect(host.events.count()).toBe(0);
  });

  it("keeps what a handler throws for the test to see, and calls the others", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Plan" }] });
    const { seen, handler } = recorder();
    await register(host, "Plan", async () => {
      throw new Error("handler failed");
    });
    await register(host, "Plan", handler);
    await host.fireChanged("Plan", "A1");
    expect(seen).toHaveLength(1);
    expect(host.events.errors).toEqual([new Error("handler failed")]);
  });

  it("fails on a host without ExcelApi 1.7", async () => {
    const host = new FakeExcel({ sheets: [{ name: "Plan" }] }, { requirementSets: { ExcelApi: "1.6" } });
    const { handler } = recorder();
    expect(await codeOf(register(host, "Plan", handler))).toBe("ApiNotFound");
    expect(host.events.count()).toBe(0);
  });
});
