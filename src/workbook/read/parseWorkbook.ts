/**
 * A workbook snapshot → typed ISMS records. Pure: the same snapshot always gives the same records and
 * problems, whichever port read it.
 */
import { columnLetters } from "../cells/cellAddress";
import { problem, type WorkbookProblem } from "../problems";
import {
  assetCodec,
  catalogCodec,
  gapCodec,
  riskCodec,
  soaCodec,
  treatmentCodec,
  type ColumnValues,
} from "../recordCodecs";
import type {
  AssetRecord,
  GapRecord,
  Located,
  RiskRecord,
  SoaRecord,
  ThreatRecord,
  TreatmentRecord,
  VulnerabilityRecord,
} from "../records";
import type { DataSheetKey } from "../schema";
import { ANY_METHOD, readingSchemas, type MethodShape } from "../schema/readingSchemas";
import type { WorkbookSnapshot } from "../sheetData";
import { locateSheets, type FoundVia, type SheetLocation } from "./sheetLocator";
import { sheetRows } from "./sheetRows";

/** Where an ISMS sheet was found and how. */
export interface FoundSheet {
  readonly name: string;
  readonly via: FoundVia;
  /** 1-based row of the header. */
  readonly headerRow: number;
  /** Column key → column letter(s) on the sheet. */
  readonly columns: Readonly<Record<string, string>>;
}

export interface ParsedWorkbook {
  readonly sheets: Readonly<Partial<Record<DataSheetKey, FoundSheet>>>;
  readonly assets: readonly AssetRecord[];
  readonly threats: readonly ThreatRecord[];
  readonly vulnerabilities: readonly VulnerabilityRecord[];
  readonly risks: readonly RiskRecord[];
  readonly treatments: readonly TreatmentRecord[];
  readonly soa: readonly SoaRecord[];
  readonly gap: readonly GapRecord[];
  readonly problems: readonly WorkbookProblem[];
  /** The standard the workbook was made for, when its metadata says ("2022", "2013"). */
  readonly standard?: string;
}

export interface ParseOptions {
  /** The method's ratings, when known (from the methodology sheet); every method's otherwise. */
  readonly method?: MethodShape;
}

function found(location: SheetLocation): FoundSheet {
  const { sheet } = location;
  const columns: Record<string, string> = {};
  for (const [key, i] of location.match.columns) {
    columns[key] = columnLetters(sheet.column + i);
  }
  return { name: sheet.name, via: location.via, headerRow: sheet.row + location.headerIndex + 1, columns };
}

/**
 * The ISMS sheets of a workbook as typed records, each with its sheet and the A1 address of every cell,
 * and what was wrong with them.
 * @example parseWorkbook(snapshot).risks[0]?.cells.riskId // "A2"
 */
export function parseWorkbook(snapshot: WorkbookSnapshot, options: ParseOptions = {}): ParsedWorkbook {
  const method = options.method ?? ANY_METHOD;
  const schemas = readingSchemas(method);
  const locations = locateSheets(snapshot, schemas);
  const problems: WorkbookProblem[] = [];
  const sheets: Partial<Record<DataSheetKey, FoundSheet>> = {};

  function records<F extends object>(
    key: DataSheetKey,
    fromValues: (values: ColumnValues) => F,
  ): Located<F>[] {
    const location = locations[key];
    if (!location) return [];
    sheets[key] = found(location);
    const read = sheetRows(location, schemas[key]);
    problems.push(...read.problems);
    return read.rows.map((row) => ({ ...fromValues(row.values), ...row.location }));
  }

  const parsed = {
    assets: records("assets", assetCodec.fromValues),
    threats: records("threats", catalogCodec("threatId").fromValues),
    vulnerabilities: records("vulnerabilities", catalogCodec("vulnerabilityId").fromValues),
    risks: records("risks", riskCodec(method).fromValues),
    treatments: records("treatments", treatmentCodec(method).fromValues),
    soa: records("soa", soaCodec.fromValues),
    gap: records("gap", gapCodec.fromValues),
  };
  if (Object.keys(sheets).length === 0) problems.unshift(problem("workbook.sheets.none", {}));
  const standard = snapshot.metadata?.standard;
  return { sheets, ...parsed, problems, ...(standard ? { standard } : {}) };
}
