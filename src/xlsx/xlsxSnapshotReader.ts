/**
 * The read-only side of the .xlsx port: a snapshot of a file, taken once when it is opened. It reads the
 * zip parts itself (fastSnapshot.ts): faster and smaller than ExcelJS's model, and it opens files other
 * writers save that ExcelJS refuses (see docs/reading-files.md). A file the part scanner cannot read
 * (a CDATA section, an unknown entity, overlapping merged areas…) is loaded through ExcelJS instead
 * (readThroughExcelJs). It cannot write: open an XlsxWorkbookPort for that.
 */
import type { ReadOptions, WorkbookOutline, WorkbookPort } from "../workbook/port";
import { PortError } from "../workbook/port";
import type { WorkbookSnapshot } from "../workbook/sheetData";
import { loadExcelJs, type XlsxBytes } from "./excelJsLoad";
import { scanWorkbook } from "./fastSnapshot";
import { readXlsxFile, type InputProblem } from "./inputFile";
import { readMetadataPart } from "./metadataStore";
import { excelJsOutline, excelJsSnapshot } from "./snapshotReader";

export type OpenResult<Opened> =
  { readonly ok: true; readonly port: Opened } | { readonly ok: false; readonly problem: InputProblem };

/** How the snapshot was read: from the zip parts, or through ExcelJS. */
export type ReadPath = "parts" | "exceljs";

export interface ReaderOptions {
  /** "exceljs" reads through ExcelJS even when the part scanner could (to compare the two). */
  readonly via?: ReadPath;
}

/** What a reader needs from a read workbook, whichever way it was read. */
interface ReadWorkbook {
  read(options: ReadOptions): WorkbookSnapshot;
  outline(): WorkbookOutline;
}

/** Sheet XML elements reading never reports (ExcelJS expands them cell by cell, at a high memory cost). */
const UNREPORTED_NODES = ["dataValidations", "conditionalFormatting", "extLst"];

/** The fallback: the file through ExcelJS's model; undefined when ExcelJS cannot read it either. */
async function readThroughExcelJs(input: XlsxBytes): Promise<ReadWorkbook | undefined> {
  const workbook = await loadExcelJs(input, UNREPORTED_NODES);
  if (!workbook) return undefined;
  const legacy = () => readMetadataPart(input.bytes, input.entries);
  return {
    read: (options) => excelJsSnapshot(workbook, options, legacy),
    outline: () => excelJsOutline(workbook),
  };
}

/** The PortError for a file that could not be opened (port.fileMissing or port.notAWorkbook). */
export function openFailure(problem: InputProblem): PortError {
  const code = problem.code === "input.missing" ? "port.fileMissing" : "port.notAWorkbook";
  return new PortError(code, `${problem.code}: ${problem.file}`);
}

export class XlsxSnapshotReader implements Pick<WorkbookPort, "read" | "outline"> {
  private constructor(
    private readonly workbook: ReadWorkbook,
    /** How the file was read. */
    readonly via: ReadPath,
  ) {}

  /**
   * Opens a file to read it, or says why it is not a usable .xlsx workbook.
   * @example
   *   const opened = await XlsxSnapshotReader.tryOpen("register.xlsx");
   *   if (opened.ok) console.log((await opened.port.read()).sheets.length);
   */
  static async tryOpen(file: string, options: ReaderOptions = {}): Promise<OpenResult<XlsxSnapshotReader>> {
    const input = await readXlsxFile(file);
    if (!input.ok) return input;
    const scanned = options.via === "exceljs" ? undefined : scanWorkbook(input.bytes, input.entries);
    if (scanned) return { ok: true, port: new XlsxSnapshotReader(scanned, "parts") };
    const loaded = await readThroughExcelJs(input);
    if (!loaded) return { ok: false, problem: { code: "input.corrupt", file } };
    return { ok: true, port: new XlsxSnapshotReader(loaded, "exceljs") };
  }

  /** Opens a file to read it; throws PortError port.fileMissing or port.notAWorkbook (detail: the input code). */
  static async open(file: string, options: ReaderOptions = {}): Promise<XlsxSnapshotReader> {
    const opened = await XlsxSnapshotReader.tryOpen(file, options);
    if (opened.ok) return opened.port;
    throw openFailure(opened.problem);
  }

  /** Every sheet's (or the named sheets') cells; the whole file is held, so every sheet is read in full. */
  async read(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    return this.workbook.read(options);
  }

  async outline(): Promise<WorkbookOutline> {
    return this.workbook.outline();
  }
}
