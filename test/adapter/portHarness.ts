/** Wiring for the Office.js port tests: a fake host, the port over it, and waits recorded instead of slept. */
import { OfficeWorkbookPort } from "../../src/excel";
import {
  FakeExcel,
  fakeExcelRun,
  findSheet,
  type FakeExcelOptions,
  type FakeSheet,
  type WorkbookSeed,
} from "../fakes";

export interface PortUnderTest {
  readonly host: FakeExcel;
  readonly port: OfficeWorkbookPort;
  /** Pauses the port asked for between retries, in ms. */
  readonly waits: number[];
}

export function portOver(
  seed: WorkbookSeed = {},
  options: FakeExcelOptions & { budget?: number } = {},
): PortUnderTest {
  return portOn(new FakeExcel(seed, options), options);
}

/**
 * The port over a host the test built itself (e.g. from a file). The port asks the host which
 * requirement sets it has, as it asks Office.js in the pane.
 */
export function portOn(host: FakeExcel, options: { budget?: number } = {}): PortUnderTest {
  const waits: number[] = [];
  const port = new OfficeWorkbookPort(fakeExcelRun(host), {
    wait: async (ms) => {
      waits.push(ms);
    },
    isSetSupported: (name, minVersion) => host.isSetSupported(name, minVersion),
    ...(options.budget === undefined ? {} : { requestBudgetBytes: options.budget }),
  });
  return { host, port, waits };
}

export function sheetOf(host: FakeExcel, name: string): FakeSheet {
  const sheet = findSheet(host.state, name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The PortError (or anything else) a promise rejects with. */
export async function rejection(promise: Promise<unknown>): Promise<{ code?: string; sheet?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; sheet?: string };
  }
  throw new Error("expected a rejection");
}
