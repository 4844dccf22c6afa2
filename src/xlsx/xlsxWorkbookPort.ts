/**
 * WorkbookPort over an .xlsx file (ExcelJS): what the `isms` command reads and writes. Open or create,
 * read snapshots, apply plans, save. Problems with the file come back as PortError codes.
 */
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../workbook/plan";
import { PortError, type ApplyResult, type ReadOptions, type WorkbookPort } from "../workbook/port";
import type { WorkbookSnapshot } from "../workbook/sheetData";
import { materialize, type DeferredBody } from "./bulkRows";
import { writeDeferredBodies } from "./bulkPackage";
import { scanWorkbook, snapshotOf, type ScannedWorkbook } from "./fastSnapshot";
import { readXlsxFile, type InputProblem } from "./inputFile";
import { readMetadata } from "./metadataStore";
import { applyPlan } from "./planRenderer";
import { readSheets } from "./snapshotReader";
import type { ZipEntry } from "./zipDirectory";
import { repackZip } from "./zipRepack";

export type OpenResult =
  | { readonly ok: true; readonly port: XlsxWorkbookPort }
  | { readonly ok: false; readonly problem: InputProblem };

export interface OpenOptions {
  /**
   * Only to read: skips what reading never reports (data validations, conditional formats), which
   * ExcelJS expands cell by cell and which dominate memory on large registers. A port opened this
   * way must not be saved, or those would be lost. The snapshot is then read straight from the file's
   * parts when it can be (see fastSnapshot.ts), without ExcelJS's model.
   */
  readonly readOnly?: boolean;
  /** With readOnly: false reads through ExcelJS even when the fast read could (to compare the two). */
  readonly fastRead?: boolean;
}

type ExcelJsBuffer = Parameters<ExcelJS.Xlsx["load"]>[0];

/** Sheet XML nodes a read-only open skips. */
const READ_ONLY_IGNORED = ["dataValidations", "conditionalFormatting", "extLst"];

interface SourceFile {
  readonly bytes: Buffer;
  readonly entries: readonly ZipEntry[];
}

export class XlsxWorkbookPort implements WorkbookPort {
  private constructor(
    private readonly model: ExcelJS.Workbook | ScannedWorkbook,
    private readonly source: SourceFile | undefined,
    private readonly readOnly: boolean,
    /** Long table bodies to write in bulk when saved; undefined when the port writes every cell itself. */
    private readonly deferred: DeferredBody[] | undefined,
  ) {}

  /**
   * The ExcelJS workbook, for callers that need what the port does not model (tests, tools). A port
   * opened read-only through the fast read has none (PortError port.unknown).
   */
  get workbook(): ExcelJS.Workbook {
    if (!(this.model instanceof ExcelJS.Workbook)) {
      throw new PortError("port.unknown", "opened read-only from the file's parts: no ExcelJS workbook");
    }
    this.materializeDeferred();
    return this.model;
  }

  /**
   * A new, empty workbook that recalculates its formulas when Excel opens it. With `bulkRows: false`
   * long tables go cell by cell through ExcelJS too (see bulkRows.ts; to compare the two).
   */
  static create(options: { readonly bulkRows?: boolean } = {}): XlsxWorkbookPort {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "ISMS Workbench";
    workbook.calcProperties.fullCalcOnLoad = true;
    return new XlsxWorkbookPort(workbook, undefined, false, options.bulkRows === false ? undefined : []);
  }

  /** Puts deferred rows into the ExcelJS model, for whatever needs the model whole. */
  private materializeDeferred(): void {
    if (!this.deferred?.length || !(this.model instanceof ExcelJS.Workbook)) return;
    materialize(this.model, this.deferred.splice(0));
  }

  /**
   * Opens a file, or says why it is not a usable .xlsx workbook.
   * @example
   *   const opened = await XlsxWorkbookPort.tryOpen("register.xlsx");
   *   if (opened.ok) console.log((await opened.port.read()).sheets.length);
   */
  static async tryOpen(file: string, options: OpenOptions = {}): Promise<OpenResult> {
    const input = await readXlsxFile(file);
    if (!input.ok) return input;
    if (options.readOnly && options.fastRead !== false) {
      const scanned = scanWorkbook(input.bytes, input.entries);
      if (scanned) return { ok: true, port: new XlsxWorkbookPort(scanned, input, true, undefined) };
    }
    const workbook = new ExcelJS.Workbook();
    try {
      const ignoreNodes = options.readOnly ? READ_ONLY_IGNORED : [];
      // ExcelJS types `load` with the pre-generic Node Buffer; the bytes are a Node Buffer all the same.
      // Inflated natively first: ExcelJS would inflate in JavaScript, far slower on large files.
      const stored = repackZip(input.bytes, "store", input.entries) ?? input.bytes;
      await workbook.xlsx.load(stored as unknown as ExcelJsBuffer, { ignoreNodes });
    } catch {
      return { ok: false, problem: { code: "input.corrupt", file } };
    }
    workbook.calcProperties.fullCalcOnLoad = true;
    return { ok: true, port: new XlsxWorkbookPort(workbook, input, options.readOnly === true, []) };
  }

  /** Opens a file; throws PortError port.fileMissing or port.notAWorkbook (detail: the input code). */
  static async open(file: string, options: OpenOptions = {}): Promise<XlsxWorkbookPort> {
    const opened = await XlsxWorkbookPort.tryOpen(file, options);
    if (opened.ok) return opened.port;
    const code = opened.problem.code === "input.missing" ? "port.fileMissing" : "port.notAWorkbook";
    throw new PortError(code, `${opened.problem.code}: ${file}`);
  }

  async read(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    if (!(this.model instanceof ExcelJS.Workbook)) return snapshotOf(this.model, options);
    const workbook = this.workbook;
    return { sheets: readSheets(workbook, options), metadata: readMetadata(workbook, this.source) };
  }

  async apply(plan: WorkbookPlan): Promise<ApplyResult> {
    try {
      return applyPlan(this.workbook, plan, this.deferred);
    } catch (error) {
      if (error instanceof PortError) throw error;
      throw new PortError("port.unknown", error instanceof Error ? error.message : String(error));
    }
  }

  /** Writes the workbook to a file. */
  async save(file: string): Promise<void> {
    if (this.readOnly) throw new PortError("port.unknown", `opened read-only, not saved: ${file}`);
    await writeFile(file, await this.toBuffer());
  }

  /** The workbook as .xlsx bytes: ExcelJS writes the parts unzipped, Node's zlib deflates them. */
  async toBuffer(): Promise<Buffer> {
    if (this.deferred?.length && this.model instanceof ExcelJS.Workbook) {
      try {
        return writeDeferredBodies(await this.storedPackage(this.model), this.deferred);
      } catch {
        // Not as expected: write every cell through ExcelJS instead.
      }
    }
    const stored = await this.storedPackage(this.workbook);
    return repackZip(stored, "deflate") ?? stored;
  }

  private async storedPackage(workbook: ExcelJS.Workbook): Promise<Buffer> {
    const written = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
    return Buffer.isBuffer(written) ? written : Buffer.from(written);
  }
}
