/**
 * The read-only side of the .xlsx port: a snapshot of a file, taken once when it is opened. It reads the
 * zip parts itself, with the part scanner (fastSnapshot.ts), and with nothing else: the scanner is faster
 * and smaller than ExcelJS's model and opens files other writers save that ExcelJS refuses (see
 * docs/reading-files.md). A file whose parts the scanner cannot make sense of is refused as damaged
 * (input.corrupt); it is never handed to ExcelJS. It cannot write: open an XlsxWorkbookPort for that.
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

/**
 * How the snapshot was read: by the part scanner ("parts", always, unless asked otherwise), or through
 * ExcelJS's model ("exceljs", only when asked: the baseline that tests and the benchmark measure the
 * scanner against).
 */
export type ReadPath = "parts" | "exceljs";

export interface ReaderOptions {
  /**
   * "exceljs" reads the file through ExcelJS's model instead of the part scanner: a baseline for
   * comparison in tests (test/xlsx/fastRead.test.ts, foreignFiles.test.ts…) and bench/xlsx.bench.ts,
   * never a fallback. The reader never chooses it itself.
   */
  readonly via?: ReadPath;
}

/** What a reader needs from a read workbook, whichever way it was read. */
interface ReadWorkbook {
  read(options: ReadOptions): WorkbookSnapshot;
  outline(): WorkbookOutline;
}

/** Sheet XML elements reading never reports (ExcelJS expands them cell by cell, at a high memory cost). */
const UNREPORTED_NODES = ["dataValidations", "conditionalFormatting", "extLst"];

/** The baseline: the file through ExcelJS's model; undefined when ExcelJS cannot read it. */
async function excelJsBaseline(input: XlsxBytes): Promise<ReadWorkbook | undefined> {
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
    /** How the file was read: "parts" unless the ExcelJS baseline was asked for. */
    readonly via: ReadPath,
  ) {}

  /**
   * Opens a file to read it, or says why it is not a usable .xlsx workbook: input.corrupt when the
   * part scanner finds a part damaged (or, for the baseline, when ExcelJS cannot load the file).
   * @example
   *   const opened = await XlsxSnapshotReader.tryOpen("register.xlsx");
   *   if (opened.ok) console.log((await opened.port.read()).sheets.length);
   */
  static async tryOpen(file: string, options: ReaderOptions = {}): Promise<OpenResult<XlsxSnapshotReader>> {
    const input = await readXlsxFile(file);
    if (!input.ok) return input;
    const via = options.via ?? "parts";
    const workbook =
      via === "exceljs" ? await excelJsBaseline(input) : scanWorkbook(input.bytes, input.entries);
    if (!workbook) return { ok: false, problem: { code: "input.corrupt", file } };
    return { ok: true, port: new XlsxSnapshotReader(workbook, via) };
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
