/**
 * The writable side of the .xlsx port: ExcelJS's model of a new workbook or of a file, which plans are
 * applied to and which is saved. What ExcelJS cannot write as the Office port does (in-workbook links,
 * charts: those of a file opened are read back, chartCarry.ts) or writes too slowly (long table bodies)
 * is kept beside the model and written into the package ExcelJS saves (bulkPackage.ts). To only read a
 * file, XlsxSnapshotReader is faster and smaller.
 */
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../workbook/plan";
import {
  PortError,
  type ApplyResult,
  type ReadOptions,
  type WorkbookOutline,
  type WorkbookPort,
} from "../workbook/port";
import type { WorkbookSnapshot } from "../workbook/sheetData";
import { writePackage, type PackageWrites } from "./bulkPackage";
import { materialize } from "./bulkRows";
import { carriedCharts } from "./chartCarry";
import { loadExcelJs, type XlsxBytes } from "./excelJsLoad";
import { readXlsxFile } from "./inputFile";
import { partLinks, type SheetLinks } from "./internalLinks";
import { readMetadataPart } from "./metadataStore";
import { PackageParts, sheetEntries } from "./packageScan";
import { applyPlan } from "./planRenderer";
import { packageFormulas } from "./tableParts";
import { excelJsOutline, excelJsSnapshot } from "./snapshotReader";
import { openFailure, type OpenResult } from "./xlsxSnapshotReader";

/** A failure as the port reports it: a PortError as it is, anything else as port.unknown with its message. */
function portError(error: unknown): PortError {
  if (error instanceof PortError) return error;
  return new PortError("port.unknown", error instanceof Error ? error.message : String(error));
}

/** The in-workbook links of every sheet of a file (ExcelJS drops them when it loads the file). */
function fileLinks(input: XlsxBytes): SheetLinks {
  const parts = new PackageParts(input.bytes, input.entries);
  const links: SheetLinks = new Map();
  for (const sheet of sheetEntries(parts)) {
    const cells = parts.has(sheet.part) ? partLinks(parts, sheet.part) : new Map<string, string>();
    if (cells.size > 0) links.set(sheet.name, cells);
  }
  return links;
}

export class XlsxWorkbookPort implements WorkbookPort {
  private constructor(
    private readonly model: ExcelJS.Workbook,
    /** The file it was opened from, for the metadata part ExcelJS does not load. */
    private readonly source: XlsxBytes | undefined,
    private readonly writes: PackageWrites,
  ) {}

  /**
   * A new, empty workbook that recalculates its formulas when Excel opens it. With `bulkRows: false`
   * long tables go cell by cell through ExcelJS too (see bulkRows.ts; to compare the two).
   */
  static create(options: { readonly bulkRows?: boolean } = {}): XlsxWorkbookPort {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "ISMS Workbench";
    workbook.calcProperties.fullCalcOnLoad = true;
    const bodies = options.bulkRows === false ? undefined : [];
    return new XlsxWorkbookPort(workbook, undefined, {
      bodies,
      links: new Map(),
      charts: new Map(),
      rowHeights: new Map(),
      tableFormulas: new Map(),
    });
  }

  /**
   * Opens a file to change it, or says why it is not a usable .xlsx workbook.
   * @example
   *   const opened = await XlsxWorkbookPort.tryOpen("register.xlsx");
   *   if (opened.ok) await opened.port.apply(plan);
   */
  static async tryOpen(file: string): Promise<OpenResult<XlsxWorkbookPort>> {
    const input = await readXlsxFile(file);
    if (!input.ok) return input;
    const workbook = await loadExcelJs(input);
    if (!workbook) return { ok: false, problem: { code: "input.corrupt", file } };
    workbook.calcProperties.fullCalcOnLoad = true;
    return {
      ok: true,
      port: new XlsxWorkbookPort(workbook, input, {
        bodies: [],
        links: fileLinks(input),
        // ExcelJS drops charts: the ones this product wrote are written again when the port saves.
        charts: carriedCharts(input, workbook),
        rowHeights: new Map(),
        // ExcelJS drops tables' calculated columns: the file's own are written again when the port saves.
        tableFormulas: packageFormulas(new PackageParts(input.bytes, input.entries)),
      }),
    };
  }

  /** Opens a file to change it; throws PortError port.fileMissing or port.notAWorkbook (detail: the input code). */
  static async open(file: string): Promise<XlsxWorkbookPort> {
    const opened = await XlsxWorkbookPort.tryOpen(file);
    if (opened.ok) return opened.port;
    throw openFailure(opened.problem);
  }

  /**
   * The ExcelJS workbook, for what the port does not model (tests, tools), with every deferred row in
   * it. The in-workbook links are not in it: they are written when the port saves.
   */
  get workbook(): ExcelJS.Workbook {
    if (this.writes.bodies?.length) materialize(this.model, this.writes.bodies.splice(0));
    return this.model;
  }

  async outline(): Promise<WorkbookOutline> {
    return excelJsOutline(this.model);
  }

  async read(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    const source = this.source;
    const legacy = () => (source ? readMetadataPart(source.bytes, source.entries) : null);
    return excelJsSnapshot(this.workbook, options, legacy);
  }

  async apply(plan: WorkbookPlan): Promise<ApplyResult> {
    try {
      return applyPlan(this.workbook, plan, this.writes);
    } catch (error) {
      throw portError(error);
    }
  }

  /** Writes the workbook to a file; a failure is a PortError (nothing is written then). */
  async save(file: string): Promise<void> {
    await writeFile(file, await this.toBuffer());
  }

  /**
   * The workbook as .xlsx bytes: ExcelJS writes the parts unzipped, the port writes the deferred rows
   * and the links into them, Node's zlib deflates them. Throws PortError port.unknown when that fails.
   */
  async toBuffer(): Promise<Buffer> {
    try {
      const written = await this.model.xlsx.writeBuffer({ zip: { compression: "STORE" } });
      return writePackage(Buffer.isBuffer(written) ? written : Buffer.from(written), this.writes);
    } catch (error) {
      throw portError(error);
    }
  }
}
