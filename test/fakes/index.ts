/** The fake Excel host for adapter and e2e tests: import from here. No Node modules (it runs in a page). */
export {
  FakeExcel,
  FakeRequestContext,
  asRequestContext,
  fakeExcelRun,
  requestBytes,
  seedWorkbook,
  WEB_REQUEST_LIMIT_BYTES,
  WEB_RESPONSE_LIMIT_BYTES,
} from "./fakeExcel";
export type { ExcelRun, FakeExcelOptions } from "./fakeExcel";
export { FakeOfficeError } from "./fakeRequest";
export type { FakeChangedHandler, FakeEventRegistry, FakeWorksheetChangedEventArgs } from "./fakeEvents";
export { cellKey, columnLetters } from "./fakeAddress";
export { defaultProtectionOptions, lockState } from "./fakeProtection";
export type { FakeProtectionOptions } from "./fakeProtection";
export { findSheet } from "./fakeState";
export type {
  FakeCell,
  FakeChart,
  FakeChartSeries,
  FakeConditionalFormat,
  FakeCustomXmlPart,
  FakeHyperlink,
  FakeHeaderFooter,
  FakeLockArea,
  FakeName,
  FakePageLayoutState,
  FakePageZoom,
  FakeSheet,
  FakeSheetProtection,
  FakeTable,
  FakeValidation,
  FakeValue,
  FakeVisibility,
  FakeWorkbookState,
  SheetSeed,
  WorkbookSeed,
} from "./fakeState";
export { fakeIsOfficeSubset } from "./fakeTyping";
export { DEFAULT_REQUIREMENT_SETS, fakeIsSetSupported } from "./fakeRequirements";
export { MERGED_AREAS_LIMIT } from "./fakeRangeAreas";
