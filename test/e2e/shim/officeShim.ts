/**
 * A stand-in for office.js in the browser tests: sets up `Office` (host Excel, a display language) and
 * `Excel.run` over the same strict fake the adapter tests use, and records custom-function registrations.
 * The test reads `window.__isms` to inspect the fake workbook (state, sync count, selection).
 */
import { FakeExcel, fakeExcelRun, type WorkbookSeed } from "../../fakes";

interface ShimConfig {
  readonly displayLanguage: string;
  readonly seed?: WorkbookSeed;
}

export interface ShimHandle {
  readonly functions: string[];
  ready: boolean;
  readonly host: FakeExcel;
}

interface ShimWindow {
  __ISMS_E2E__?: ShimConfig;
  __isms?: ShimHandle;
  Office?: unknown;
  Excel?: unknown;
  CustomFunctions?: unknown;
}

const shimWindow = window as unknown as ShimWindow;
const config: ShimConfig = shimWindow.__ISMS_E2E__ ?? { displayLanguage: "en-US" };
const host = new FakeExcel(config.seed ?? {}, { webPayloadLimit: true });
const state: ShimHandle = { functions: [], ready: false, host };
shimWindow.__isms = state;

shimWindow.Office = {
  context: { displayLanguage: config.displayLanguage },
  HostType: { Excel: "Excel" },
  // Like office.js: calls the callback (when given) once ready and resolves with the host info.
  onReady: (callback?: (info: unknown) => void) => {
    const info = { host: "Excel", platform: "OfficeOnline" };
    state.ready = true;
    callback?.(info);
    return Promise.resolve(info);
  },
};

shimWindow.Excel = {
  run: fakeExcelRun(host),
  ErrorCodes: {
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    accessDenied: "AccessDenied",
  },
};

shimWindow.CustomFunctions = {
  associate: (id: string) => {
    state.functions.push(id);
  },
  Error: class extends Error {},
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};
