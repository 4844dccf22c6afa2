/**
 * A stand-in for office.js in the browser tests: sets up `Office` (host Excel, a display language) and
 * `Excel.run` over the same strict fake the adapter tests use, and records custom-function registrations.
 * The test page reads `window.__isms` to inspect the fake workbook.
 */
interface ShimConfig {
  readonly displayLanguage: string;
}

interface ShimWindow {
  __ISMS_E2E__?: ShimConfig;
  __isms?: { readonly functions: string[]; ready: boolean };
  Office?: unknown;
  CustomFunctions?: unknown;
}

const shimWindow = window as unknown as ShimWindow;
const config: ShimConfig = shimWindow.__ISMS_E2E__ ?? { displayLanguage: "en-US" };
const state = { functions: [] as string[], ready: false };
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

shimWindow.CustomFunctions = {
  associate: (id: string) => {
    state.functions.push(id);
  },
  Error: class extends Error {},
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};
