/**
 * The part scanner: a workbook read straight from its zip parts, the one way XlsxSnapshotReader reads
 * a file. ExcelJS's model costs seconds and hundreds of megabytes on a large register and refuses
 * much of what other writers save; the scanner reads those files as Excel shows them, and on the files
 * ExcelJS reads it gives exactly ExcelJS's snapshot (see docs/reading-files.md). A file whose parts it
 * cannot make sense of gives undefined: the reader refuses it as damaged.
 */
import { isMetadataSheet } from "../workbook/metadata";
import type { IsmsMetadata } from "../workbook/plan";
import type { ReadOptions, WorkbookOutline } from "../workbook/port";
import type { SheetData, WorkbookSnapshot } from "../workbook/sheetData";
import { metadataInSheet, readMetadataPart } from "./metadataStore";
import { dateStyles, PackageParts, sharedStrings, workbookSheets } from "./packageScan";
import { sharedFormulaTranslator } from "./sharedFormulas";
import { scanSheet, type ScannedSheet } from "./sheetScan";
import { layOutSheet } from "./sheetLayout";
import type { ZipEntry } from "./zipDirectory";
import { DamagedPart } from "./xmlText";

/** One scanned sheet as SheetData. */
function sheetData(sheet: ScannedSheet, withFormulas: boolean): SheetData {
  const { rows, columns, values, formulas } = sheet.cells;
  return layOutSheet(sheet, withFormulas, (visit) => {
    for (let i = 0; i < rows.length; i++) {
      visit(rows[i] ?? 0, columns[i] ?? 0, values[i] ?? "", formulas[i]);
    }
  });
}

/** A workbook read from its parts: every content sheet's cells (with formulas) and the metadata. */
export class ScannedWorkbook {
  constructor(
    private readonly sheets: readonly ScannedSheet[],
    private readonly metadata: IsmsMetadata | null,
    private readonly metadataInSheet: boolean,
  ) {}

  read(options: ReadOptions = {}): WorkbookSnapshot {
    const wanted = options.sheets ? new Set(options.sheets) : undefined;
    return {
      sheets: this.sheets
        .filter((sheet) => !wanted || wanted.has(sheet.name))
        .map((sheet) => sheetData(sheet, options.formulas === true)),
      metadata: this.metadata,
      metadataInSheet: this.metadataInSheet,
    };
  }

  outline(): WorkbookOutline {
    return {
      sheets: this.sheets.map((sheet) => ({ name: sheet.name, tables: sheet.tables.map((t) => t.name) })),
    };
  }
}

/**
 * Reads a workbook from its zip parts; undefined when a part is damaged (see DamagedPart).
 * @example
 *   const scanned = scanWorkbook(bytes, zipEntries(bytes) ?? []);
 *   if (scanned) console.log(scanned.read({ formulas: true }).sheets.length);
 */
export function scanWorkbook(bytes: Buffer, entries: readonly ZipEntry[]): ScannedWorkbook | undefined {
  try {
    const parts = new PackageParts(bytes, entries, true);
    const { sheets, date1904 } = workbookSheets(parts);
    const context = {
      strings: sharedStrings(parts),
      dateStyles: dateStyles(parts),
      date1904,
      translate: sharedFormulaTranslator(),
    };
    const scanned = sheets.map((sheet) => scanSheet(parts, sheet.name, sheet.part, context));
    const metadataSheet = scanned.find((sheet) => isMetadataSheet(sheet.name));
    const inSheet = metadataInSheet(metadataSheet && sheetData(metadataSheet, false));
    return new ScannedWorkbook(
      scanned.filter((sheet) => !isMetadataSheet(sheet.name)),
      inSheet ?? readMetadataPart(bytes, entries),
      inSheet !== null,
    );
  } catch (error) {
    if (error instanceof DamagedPart) return undefined;
    throw error;
  }
}
