/** The .xlsx port: public entry points for the command, tests and benchmarks. */
export { XlsxWorkbookPort, type OpenOptions, type OpenResult } from "./xlsxWorkbookPort";
export { readXlsxFile, classifyXlsxBytes, type InputProblem, type InputProblemCode } from "./inputFile";
export { METADATA_SHEET } from "./metadataStore";
