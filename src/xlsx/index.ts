/** The .xlsx port: public entry points for the command, tests and benchmarks. */
export { XlsxWorkbookPort } from "./xlsxWorkbookPort";
export { XlsxSnapshotReader, type OpenResult, type ReadPath, type ReaderOptions } from "./xlsxSnapshotReader";
export { readXlsxFile, classifyXlsxBytes, type InputProblem, type InputProblemCode } from "./inputFile";
export { METADATA_SHEET } from "../workbook/metadata";
export { patchable, patchPackage } from "./packagePatch";
