/** The Office.js side of the workbook: the port the pane composes, and what its tests and benchmarks need. */
export {
  OfficeWorkbookPort,
  type ExcelRun,
  type IsSetSupported,
  type OfficePortOptions,
} from "./officeWorkbookPort";
export { needsTextGuard, cellInput } from "./textCells";
export { DEFAULT_REQUEST_BUDGET_BYTES } from "./requestBudget";
