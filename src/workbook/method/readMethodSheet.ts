/**
 * The methodology a workbook's methodology sheet states, as the consultant edited it: the parameter table
 * ISMS_Method read by its key column (method, standard, assessment date, asset valuation, weights,
 * rounding, acceptance criterion, treatment deadline), then the level bands at the places the sheet's
 * layout puts them for that method. A value that cannot be read keeps the method's preset, so a damaged
 * cell never stops validation; what was read is what the sheet's own formulas compute with.
 */
import {
  ASSET_VALUATION_METHODS,
  defaultMethodology,
  METHOD_IDS,
  type Bands,
  type MethodId,
  type Methodology,
  type StandardVersion,
} from "../../domain/methodology";
import { NAMES } from "../../domain/methodology/namedRanges";
import { parseRange } from "../cells/cellAddress";
import { isPlausibleSerial, parseDateText, serialToIso } from "../cells/excelDates";
import { sheetKeyOfTable } from "../read/sheetStatus";
import type { RawValue, SheetData, WorkbookSnapshot } from "../sheetData";
import { methodSheetPlan } from "./methodSheet";

export interface StatedMethodology {
  readonly methodology: Methodology;
  /** The sheet it was read from. */
  readonly sheet: string;
  /** The assessment date the sheet states (ISO), when it states one. */
  readonly assessedOn?: string;
}

const text = (value: RawValue | undefined): string => (value === undefined ? "" : String(value).trim());
const num = (value: RawValue | undefined): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

function cellOf(sheet: SheetData, row: number, column: number): RawValue | undefined {
  return sheet.values[row - sheet.row]?.[column - sheet.column];
}

/** The parameter table's values by key (its first column), read from the table's rows. */
function parameters(sheet: SheetData, address: string): Map<string, RawValue> {
  const area = parseRange(address);
  const out = new Map<string, RawValue>();
  if (!area) return out;
  for (let row = area.top + 1; row <= area.bottom; row++) {
    const key = text(cellOf(sheet, row, area.left));
    if (key !== "") out.set(key, cellOf(sheet, row, area.left + 2) ?? "");
  }
  return out;
}

/** An ascending column of numbers at a named range's place; undefined when any cell is not a number. */
function bandsAt(sheet: SheetData, address: string | undefined, count: number): Bands | undefined {
  const area = address ? parseRange(address.replace(/\$/g, "")) : null;
  if (!area) return undefined;
  const values: number[] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const value = num(cellOf(sheet, row, area.left));
    if (value === undefined) return undefined;
    values.push(value);
  }
  const ascending = values.every((v, i) => i === 0 || v > (values[i - 1] ?? -Infinity));
  return values.length === count && ascending ? values : undefined;
}

/** A date cell as ISO: an Excel serial, or a date typed as text. */
function isoOf(value: RawValue | undefined): string | undefined {
  if (typeof value === "number") return isPlausibleSerial(value) ? serialToIso(value) : undefined;
  const reading = parseDateText(text(value));
  return reading.ok ? reading.iso : undefined;
}

function choice<T extends string>(value: RawValue | undefined, choices: readonly T[]): T | undefined {
  return choices.find((c) => c === text(value));
}

/**
 * The methodology the workbook's methodology sheet states, or null when the workbook has none.
 * @example readMethodSheet(snapshot)?.methodology.treatmentDeadlineDays // 60 after the consultant typed 60
 */
export function readMethodSheet(snapshot: WorkbookSnapshot): StatedMethodology | null {
  const sheet = snapshot.sheets.find((s) => s.tables.some((t) => sheetKeyOfTable(t.name) === "method"));
  const table = sheet?.tables.find((t) => sheetKeyOfTable(t.name) === "method");
  if (!sheet || !table) return null;
  const values = parameters(sheet, table.address);
  const method: MethodId = choice(values.get("method"), METHOD_IDS) ?? "atv";
  const standard: StandardVersion =
    choice(String(values.get("standard") ?? ""), ["2022", "2013"] as const) ??
    (snapshot.metadata?.standard === "2013" ? "2013" : "2022");
  const preset = defaultMethodology(method);
  // The parameter's key says the criterion's basis: a level, or a risk value.
  const acceptanceLevel = num(values.get("acceptanceLevel"));
  const acceptanceValue = num(values.get("acceptanceValue"));
  const days = num(values.get("treatmentDays"));
  const valuation = choice(values.get("assetValuation"), ASSET_VALUATION_METHODS);
  const weight = (key: string, fallback: number): number => num(values.get(key)) ?? fallback;
  const rounding = choice(values.get("rounding"), ["truncate", "round"] as const);
  const stated: Methodology = {
    ...preset,
    standard,
    assetValuation: {
      method: valuation ?? preset.assetValuation.method,
      weights: {
        c: weight("weightC", preset.assetValuation.weights.c),
        i: weight("weightI", preset.assetValuation.weights.i),
        a: weight("weightA", preset.assetValuation.weights.a),
      },
    },
    rounding: rounding ?? preset.rounding,
    acceptance:
      acceptanceLevel !== undefined
        ? { basis: "level", level: acceptanceLevel }
        : acceptanceValue !== undefined
          ? { basis: "value", value: acceptanceValue }
          : preset.acceptance,
    treatmentDeadlineDays: days !== undefined && days > 0 ? days : preset.treatmentDeadlineDays,
  };
  // The bands sit where the sheet's layout for this method puts them.
  const lang = snapshot.metadata?.lang === "en" ? "en" : "zh-CN";
  const names = new Map(methodSheetPlan(stated, lang).names.map((n) => [n.name, n.address] as const));
  const withBands: Methodology = {
    ...stated,
    bands: bandsAt(sheet, names.get(NAMES.bands), stated.bands.length) ?? stated.bands,
    likelihoodBands:
      bandsAt(sheet, names.get(NAMES.bandsLikelihood), stated.likelihoodBands.length) ??
      stated.likelihoodBands,
    lossBands: bandsAt(sheet, names.get(NAMES.bandsLoss), stated.lossBands.length) ?? stated.lossBands,
  };
  const assessedOn = isoOf(values.get("assessmentDate"));
  return { methodology: withBands, sheet: sheet.name, ...(assessedOn ? { assessedOn } : {}) };
}
