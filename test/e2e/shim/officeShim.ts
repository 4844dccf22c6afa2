/**
 * A stand-in for office.js in the browser tests: sets up `Office` (host Excel, a display language, the
 * requirement sets the host supports) and `Excel.run` over the same strict fake the adapter tests use, and
 * records custom-function registrations. The test reads `window.__isms` to inspect the fake workbook
 * (state, sync count, selection).
 */
import {
  DEFAULT_REQUIREMENT_SETS,
  FakeExcel,
  fakeExcelRun,
  fakeIsSetSupported,
  type WorkbookSeed,
} from "../../fakes";

interface ShimConfig {
  readonly displayLanguage: string;
  readonly seed?: WorkbookSeed;
  /** Requirement set → highest version the host supports (replaces the default list). */
  readonly requirementSets?: Readonly<Record<string, string>>;
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
// The fake host and the shim's Office.context answer the same requirement sets.
const host = new FakeExcel(config.seed ?? {}, {
  webPayloadLimit: true,
  ...(config.requirementSets ? { requirementSets: config.requirementSets } : {}),
});
const state: ShimHandle = { functions: [], ready: false, host };
shimWindow.__isms = state;

shimWindow.Office = {
  context: {
    displayLanguage: config.displayLanguage,
    requirements: { isSetSupported: fakeIsSetSupported(config.requirementSets ?? DEFAULT_REQUIREMENT_SETS) },
  },
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
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  },
};

shimWindow.CustomFunctions = {
  associate: (id: string) => {
    state.functions.push(id);
  },
  Error: class extends Error {},
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};
