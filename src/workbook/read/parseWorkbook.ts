/**
 * A workbook snapshot → typed ISMS records. Pure: the same snapshot always gives the same records and
 * problems, whichever port read it. A register that also carries its treatment (option, measures,
 * controls, owner, due date, status, residual ratings) yields its risks and their treatments; a role
 * may be filled from several sheets (two asset sheets); every sheet read or skipped is in the mapping.
 */
import { cellA1, columnLetters, rangeA1 } from "../cells/cellAddress";
import type { FieldValue } from "../cells/cellCodec";
import { isMetadataSheet } from "../metadata";
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
  Location,
  RiskRecord,
  SoaRecord,
  ThreatRecord,
  TreatmentRecord,
  VulnerabilityRecord,
} from "../records";
import type { DataSheetKey } from "../schema";
import { ANY_METHOD, readingSchemas, type MethodShape } from "../schema/readingSchemas";
import type { WorkbookSnapshot } from "../sheetData";
import {
  locateSheets,
  type FoundVia,
  type ReadingChoices,
  type SheetLocation,
  type SkippedSheet,
} from "./sheetLocator";
import { sheetRows } from "./sheetRows";

export type { ReadingChoices } from "./sheetLocator";

/** Where an ISMS sheet was found and how. */
export interface FoundSheet {
  readonly name: string;
  readonly via: FoundVia;
  /** 1-based row of the header (the lower row when the header spans two). */
  readonly headerRow: number;
  /** Column key → column letter(s) on the sheet. */
  readonly columns: Readonly<Record<string, string>>;
}

/** One sheet of the workbook as the reader saw it: the role it plays, or why it was skipped. */
export interface SheetMapping {
  readonly name: string;
  /** The role read from it; "none" when the sheet was not read. */
  readonly role: DataSheetKey | "none";
  /** Also yields treatments (a register that carries its plan). */
  readonly alsoTreatments?: boolean;
  readonly via?: FoundVia;
  readonly headerRow?: number;
  readonly headerRows?: 1 | 2;
  /** The table read, header included ("A3:P40"). */
  readonly range?: string;
  /** Column key → column letter(s); plan columns of a register under `plan.<key>`. */
  readonly columns: Readonly<Record<string, string>>;
  /** Column letter → header, for columns with a header that no key was found for. */
  readonly unread: Readonly<Record<string, string>>;
  /** Records read from the sheet. */
  readonly records: number;
  readonly skipped?: SkippedSheet["reason"];
}

export interface ParsedWorkbook {
  /** The first sheet read for each role. */
  readonly sheets: Readonly<Partial<Record<DataSheetKey, FoundSheet>>>;
  /** Every sheet of the workbook: its role and columns, or why it was skipped. */
  readonly mapping: readonly SheetMapping[];
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
  /** A person's corrections of sheet roles and column keys. */
  readonly choices?: ReadingChoices;
}

function found(location: SheetLocation): FoundSheet {
  const { sheet } = location;
  const columns: Record<string, string> = {};
  for (const [key, i] of location.match.columns) columns[key] = columnLetters(sheet.column + i);
  return { name: sheet.name, via: location.via, headerRow: sheet.row + location.headerIndex + 1, columns };
}

const PLAN = "plan.";
/** Register columns a treatment read from the same row shares. */
const SHARED = ["riskId", "asset", "description", "level"] as const;

/** The plan half of a register row: its `plan.*` values under the plan's own keys, with what it shares. */
function planHalf(
  values: Readonly<Record<string, FieldValue>>,
  location: Location,
): { values: ColumnValues; location: Location } | null {
  const planValues: Record<string, FieldValue> = {};
  const cells: Record<string, string> = {};
  const text: Record<string, string> = {};
  for (const [key, value] of Object.entries(values))
    if (key.startsWith(PLAN)) planValues[key.slice(PLAN.length)] = value;
  for (const [key, cell] of Object.entries(location.cells))
    if (key.startsWith(PLAN)) cells[key.slice(PLAN.length)] = cell;
  for (const [key, shown] of Object.entries(location.text))
    if (key.startsWith(PLAN)) text[key.slice(PLAN.length)] = shown;
  // Notes alone do not make a treatment.
  if (Object.keys(text).every((key) => key === "notes")) return null;
  for (const key of SHARED) {
    const value = values[key];
    if (value !== undefined) planValues[key] = value;
    const cell = location.cells[key];
    if (cell !== undefined) cells[key] = cell;
    const shown = location.text[key];
    if (shown !== undefined) text[key] = shown;
  }
  if (planValues["owner"] === undefined && values["owner"] !== undefined) {
    planValues["owner"] = values["owner"];
    const cell = location.cells["owner"];
    if (cell !== undefined) cells["owner"] = cell;
  }
  return { values: planValues, location: { ...location, cells, text } };
}

/** A plan-sheet treatment with the values only the register's plan columns hold. */
function completed(plan: TreatmentRecord, register: TreatmentRecord): TreatmentRecord {
  const merged: Record<string, unknown> = { ...register, ...plan };
  for (const [key, value] of Object.entries(plan))
    if (value === undefined) merged[key] = (register as unknown as Record<string, unknown>)[key];
  return {
    ...(merged as unknown as TreatmentRecord),
    residual: { ...register.residual, ...plan.residual },
    residualIntermediates: { ...register.residualIntermediates, ...plan.residualIntermediates },
    // Findings point at the plan sheet's cells: the register's stay with the risk.
    cells: plan.cells,
    text: plan.text,
    sheet: plan.sheet,
    row: plan.row,
  };
}

function skippedProblem(
  skip: SkippedSheet,
  snapshot: WorkbookSnapshot,
  lang: (name: string) => "en" | "zh-CN",
  schemas: ReturnType<typeof readingSchemas>,
): WorkbookProblem {
  const sheet = snapshot.sheets.find((s) => s.name === skip.sheet);
  const cell = sheet ? cellA1(sheet.row + skip.headerIndex, sheet.column + skip.column) : undefined;
  const where = { sheet: skip.sheet, ...(cell ? { cell } : {}) };
  const role = schemas[skip.key].names[lang(skip.sheet)];
  switch (skip.reason) {
    case "catalog":
      return problem("workbook.sheet.catalog", where, { role });
    case "superseded":
      return problem("workbook.sheet.superseded", where, { role, value: skip.instead ?? "" });
    case "incomplete": {
      const column = schemas[skip.key].columns.find((c) => c.key === skip.missing);
      return problem("workbook.sheet.incomplete", where, {
        role,
        column: column ? column.header[lang(skip.sheet)] : (skip.missing ?? ""),
      });
    }
  }
}

/**
 * The ISMS sheets of a workbook as typed records, each with its sheet and the A1 address of every cell,
 * and what was wrong with them.
 * @example parseWorkbook(snapshot).risks[0]?.cells.riskId // "A2"
 */
export function parseWorkbook(snapshot: WorkbookSnapshot, options: ParseOptions = {}): ParsedWorkbook {
  const method = options.method ?? ANY_METHOD;
  const schemas = readingSchemas(method);
  const { locations, skipped } = locateSheets(snapshot, schemas, options.choices);
  const problems: WorkbookProblem[] = [];
  const sheets: Partial<Record<DataSheetKey, FoundSheet>> = {};
  const mapping = new Map<string, SheetMapping>();
  const out = {
    assets: [] as AssetRecord[],
    threats: [] as ThreatRecord[],
    vulnerabilities: [] as VulnerabilityRecord[],
    risks: [] as RiskRecord[],
    treatments: [] as TreatmentRecord[],
    soa: [] as SoaRecord[],
    gap: [] as GapRecord[],
  };
  const fromRegisters: TreatmentRecord[] = [];
  const risk = riskCodec(method);
  const treatment = treatmentCodec(method);

  for (const location of locations) {
    const { key } = location;
    sheets[key] ??= found(location);
    const read = sheetRows(location, schemas[key]);
    problems.push(...read.problems);
    let planRows = 0;
    for (const row of read.rows) {
      const at = row.location;
      switch (key) {
        case "assets":
          out.assets.push({ ...assetCodec.fromValues(row.values), ...at });
          break;
        case "threats":
          out.threats.push({ ...catalogCodec("threatId").fromValues(row.values), ...at });
          break;
        case "vulnerabilities":
          out.vulnerabilities.push({ ...catalogCodec("vulnerabilityId").fromValues(row.values), ...at });
          break;
        case "risks": {
          out.risks.push({ ...risk.fromValues(row.values), ...at });
          const half = planHalf(row.values, at);
          if (half) {
            fromRegisters.push({ ...treatment.fromValues(half.values), ...half.location });
            planRows++;
          }
          break;
        }
        case "treatments":
          out.treatments.push({ ...treatment.fromValues(row.values), ...at });
          break;
        case "soa":
          out.soa.push({ ...soaCodec.fromValues(row.values), ...at });
          break;
        case "gap":
          out.gap.push({ ...gapCodec.fromValues(row.values), ...at });
          break;
      }
    }
    const columns = found(location).columns;
    const unread: Record<string, string> = {};
    for (const i of location.match.unknown)
      unread[columnLetters(location.sheet.column + i)] = location.headers[i] ?? "";
    mapping.set(location.sheet.name, {
      name: location.sheet.name,
      role: key,
      ...(planRows > 0 ? { alsoTreatments: true } : {}),
      via: location.via,
      headerRow: location.sheet.row + location.headerIndex + 1,
      headerRows: location.headerRows,
      range: rangeA1({
        top: location.sheet.row + location.headerIndex - location.headerRows + 1,
        left: location.sheet.column + location.leftIndex,
        bottom: location.sheet.row + Math.max(location.headerIndex, location.lastIndex),
        right: location.sheet.column + location.rightIndex,
      }),
      columns,
      unread,
      records: read.rows.length,
    });
  }
  // A plan sheet's row wins over the same risk's plan columns on the register, which fill what it lacks
  // (residual ratings kept beside the inherent ones on the register, for instance).
  const onRegister = new Map(fromRegisters.map((t) => [t.riskId, t] as const));
  const planned = new Set<string | undefined>();
  out.treatments = out.treatments.map((t) => {
    planned.add(t.riskId);
    const extra = t.riskId === undefined ? undefined : onRegister.get(t.riskId);
    return extra ? completed(t, extra) : t;
  });
  out.treatments.push(...fromRegisters.filter((t) => t.riskId === undefined || !planned.has(t.riskId)));

  const lang = (name: string): "en" | "zh-CN" => (/[\u4e00-\u9fff]/.test(name) ? "zh-CN" : "en");
  for (const skip of skipped) {
    problems.push(skippedProblem(skip, snapshot, lang, schemas));
    mapping.set(skip.sheet, {
      name: skip.sheet,
      role: "none",
      columns: {},
      unread: {},
      records: 0,
      skipped: skip.reason,
    });
  }
  if (locations.length === 0) problems.unshift(problem("workbook.sheets.none", {}));
  // Every sheet that holds anything is in the mapping (a blank sheet has nothing to say).
  const ordered = snapshot.sheets
    .filter((s) => !isMetadataSheet(s.name) && s.values.length > 0)
    .flatMap((s) => {
      const entry = mapping.get(s.name);
      return entry ? [entry] : [{ name: s.name, role: "none" as const, columns: {}, unread: {}, records: 0 }];
    });
  const standard = snapshot.metadata?.standard;
  return { sheets, mapping: ordered, ...out, problems, ...(standard ? { standard } : {}) };
}
