/**
 * OfficeWorkbookPort.watch against the fake host's `Worksheet.onChanged`, and live validation over it:
 * a burst of 50 edits within the quiet window re-runs validation once; stopping the watch removes the
 * handlers and no later edit reaches the caller.
 */
import { createWorkbook } from "../../src/operations/createWorkbook";
import { validateTreatmentPlan, type ValidationReport } from "../../src/operations/validateTreatmentPlan";
import { debounced } from "../../src/operations/timing";
import { fakeExcelRun } from "../fakes";
import { portOver, rejection } from "./portHarness";

const QUIET_MS = 800;

function twoSheets() {
  return portOver({ sheets: [{ name: "Register" }, { name: "Plan" }, { name: "Notes" }] });
}

describe("debounced", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("runs once, with the last call's arguments, when the calls pause", () => {
    const seen: number[] = [];
    const run = debounced((n: number) => seen.push(n), 100);
    for (let n = 1; n <= 5; n++) {
      run(n);
      jest.advanceTimersByTime(99);
    }
    expect(seen).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(seen).toEqual([5]);
    run(6);
    jest.advanceTimersByTime(100);
    expect(seen).toEqual([5, 6]);
  });

  it("drops a waiting call when cancelled", () => {
    const seen: number[] = [];
    const run = debounced(() => seen.push(1), 100);
    run();
    run.cancel();
    jest.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
  });
});

describe("OfficeWorkbookPort.watch", () => {
  it("registers in one sync and passes on each change to a watched sheet only", async () => {
    const { host, port } = twoSheets();
    let changes = 0;
    const stop = await port.watch(["Register", "Plan"], () => changes++);
    expect(host.syncCount).toBe(1);
    expect(host.events.count()).toBe(2);
    await host.edit("Plan", "H5", "张伟");
    await host.edit("Register", "A2", "R-001");
    await host.edit("Notes", "A1", "not watched");
    expect(changes).toBe(2);
    await stop();
  });

  it("hears writes made through the API too, as Excel raises onChanged for them", async () => {
    const { host, port } = twoSheets();
    let changes = 0;
    const stop = await port.watch(["Plan"], () => changes++);
    await fakeExcelRun(host)(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    expect(changes).toBe(1);
    await stop();
  });

  it("stops in one sync: the handlers are removed and no later change arrives", async () => {
    const { host, port } = twoSheets();
    let changes = 0;
    const stop = await port.watch(["Register", "Plan"], () => changes++);
    await host.edit("Plan", "H5", "a");
    host.resetCounters();
    await stop();
    expect(host.syncCount).toBe(1);
    expect(host.events.count()).toBe(0);
    await host.edit("Plan", "H6", "b");
    expect(changes).toBe(1);
  });

  it("passes on nothing once stopping has begun, even a change raised just before", async () => {
    const { host, port } = twoSheets();
    let changes = 0;
    const stop = await port.watch(["Plan"], () => changes++);
    const raised = host.fireChanged("Plan", "H5");
    const stopped = stop();
    await raised;
    await stopped;
    expect(changes).toBe(0);
  });

  it("rejects with port.sheetMissing for a sheet that is not there, leaving no handler behind", async () => {
    const { host, port } = twoSheets();
    const error = await rejection(port.watch(["Gone"], () => undefined));
    expect(error).toMatchObject({ code: "port.sheetMissing", sheet: "Gone" });
    expect(host.events.count()).toBe(0);
  });

  it("tries the registration and the removal again while a cell is being edited", async () => {
    const { host, port, waits } = twoSheets();
    let changes = 0;
    host.simulateCellEditMode(1);
    const stop = await port.watch(["Plan"], () => changes++);
    expect(host.events.count()).toBe(1);
    host.simulateCellEditMode(2);
    await stop();
    expect(waits).toEqual([250, 250, 500]);
    expect(host.events.count()).toBe(0);
    await host.edit("Plan", "A1", "x");
    expect(changes).toBe(0);
  });
});

describe("live validation: watch + debounce", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("re-runs validation once after a burst of 50 edits, and never after the watch stopped", async () => {
    const { host, port } = portOver();
    await createWorkbook(port, { lang: "en", standard: "2022", method: "li", sample: true });
    const options = { today: "2026-04-01", lang: "en" } as const;
    const first = await validateTreatmentPlan(port, options);
    const owner = first.findings.find((finding) => finding.rule === "treatment.owner.missing");
    const { risks, treatments } = first.sheets;
    if (!owner || !risks || !treatments)
      throw new Error("the sample's plan has a treatment without an owner");

    const reports: ValidationReport[] = [];
    let running: Promise<void> = Promise.resolve();
    const revalidate = debounced(() => {
      running = validateTreatmentPlan(port, options).then((report) => {
        reports.push(report);
      });
    }, QUIET_MS);
    const stop = await port.watch([risks, treatments], revalidate);

    // 50 edits, 10 ms apart: all within the quiet window of the one before.
    for (let i = 0; i < 50; i++) {
      const edit = i === 49 ? { sheet: treatments, cell: owner.cell } : { sheet: risks, cell: `Z${i + 2}` };
      await host.edit(edit.sheet, edit.cell, i === 49 ? "Security lead" : `note ${i}`);
      jest.advanceTimersByTime(10);
    }
    expect(reports).toHaveLength(0);
    host.resetCounters();
    jest.advanceTimersByTime(QUIET_MS);
    await running;
    expect(reports).toHaveLength(1);
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(reports[0]?.findings.some((f) => f.rule === owner.rule && f.cell === owner.cell)).toBe(false);

    await stop();
    for (let i = 0; i < 5; i++) await host.edit(treatments, owner.cell, `someone ${i}`);
    jest.advanceTimersByTime(10 * QUIET_MS);
    await running;
    expect(reports).toHaveLength(1);
  });
});
