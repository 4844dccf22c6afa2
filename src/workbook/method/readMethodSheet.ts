/**
 * The methodology a workbook's methodology sheet states, as the consultant edited it: the parameter table
 * ISMS_Method read by each row's key (method, standard, assessment date, asset valuation, weights,
 * rounding, acceptance criterion, treatment deadline), then the level bands at the places the sheet's
 * layout puts them for that method. A value that cannot be read keeps the method's preset, so a damaged
 * cell never stops validation; what was read is what the sheet's own formulas compute with.
 *
 * Two layouts are read. This version's: item | value | note, the key in a hidden helper cell right of
 * the table, closed-list values as labels in either language. Earlier versions': key | item | value |
 * note, the key and the codes (atv, max, truncate) shown. The sections below the table sit at the same
 * places relative to the table's end in both.
 */
import {
  defaultMethodology,
  type Bands,
  type Methodology,
  type StandardVersion,
} from "../../domain/methodology";
import { NAMES } from "../../domain/methodology/namedRanges";
import { LANGS, messages } from "../../i18n";
import { parseRange } from "../cells/cellAddress";
import { isPlausibleSerial, parseDateText, serialToIso } from "../cells/excelDates";
import { sheetKeyOfTable } from "../read/sheetStatus";
import type { RawValue, SheetData, WorkbookSnapshot } from "../sheetData";
import { decodeChoice, type ChoiceParameter } from "./methodChoices";
import type { ParameterKey } from "./methodParameters";
import { methodSheetPlan } from "./methodSheet";
import { termKey, YES_NO } from "../schema/vocabulary";

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

/** What one parameter row states: its value cell, and the code its helper cell computed (this layout). */
interface ParameterCells {
  readonly value: RawValue | undefined;
  readonly code?: RawValue | undefined;
}

const PARAMETER_KEYS: ReadonlySet<string> = new Set(
  Object.keys(messages("en").functions.methodSheet.parameters),
);

/** A parameter's item text in either language → its key: the way back when the helper cells are gone. */
function keysByLabel(): ReadonlyMap<string, string> {
  const entries = LANGS.flatMap((lang) => Object.entries(messages(lang).functions.methodSheet.parameters));
  return new Map(entries.map(([key, label]) => [label.trim(), key] as const));
}

/** The first cell right of the table on `row` holding a parameter key (the helper column), if any. */
function helperKey(sheet: SheetData, row: number, right: number): { key: string; column: number } | null {
  const line = sheet.values[row - sheet.row] ?? [];
  for (let column = Math.max(right + 1, sheet.column); column < sheet.column + line.length; column++) {
    const key = text(cellOf(sheet, row, column));
    if (PARAMETER_KEYS.has(key)) return { key, column };
  }
  return null;
}

/** The parameter table's cells by key, in whichever layout the table has. */
function parameters(sheet: SheetData, address: string): Map<string, ParameterCells> {
  const area = parseRange(address);
  const out = new Map<string, ParameterCells>();
  if (!area) return out;
  const byLabel = keysByLabel();
  for (let row = area.top + 1; row <= area.bottom; row++) {
    const first = text(cellOf(sheet, row, area.left));
    if (PARAMETER_KEYS.has(first)) {
      // An earlier version's row: key | item | value | note.
      out.set(first, { value: cellOf(sheet, row, area.left + 2) });
      continue;
    }
    const helper = helperKey(sheet, row, area.right);
    const key = helper?.key ?? byLabel.get(first);
    if (key === undefined) continue;
    out.set(key, {
      value: cellOf(sheet, row, area.left + 1),
      ...(helper ? { code: cellOf(sheet, row, helper.column + 1) } : {}),
    });
  }
  return out;
}

/** An A1 range moved down by `rows` (up when negative). */
function shifted(address: string, rows: number): string {
  return address.replace(
    /(\$?[A-Z]+\$?)(\d+)/g,
    (_, column: string, row: string) => `${column}${Number(row) + rows}`,
  );
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

/** A closed-list parameter's code: from the label (or code) in its value cell, else from its helper cell. */
function choice<P extends ChoiceParameter>(parameter: P, cells: ParameterCells | undefined) {
  return decodeChoice(parameter, text(cells?.value)) ?? decodeChoice(parameter, text(cells?.code));
}

/**
 * The protection switch as stated: 否 / No (any spelling the yes/no lists accept) turns it off; anything
 * else leaves the default (on), as the preset states it.
 */
function protection(stated: string): Pick<Methodology, "protectFormulas"> {
  return termKey(YES_NO, stated) === "no" ? { protectFormulas: false } : {};
}

/**
 * The methodology the workbook's methodology sheet states, or null when the workbook has none.
 * @example readMethodSheet(snapshot)?.methodology.treatmentDeadlineDays // 60 after the consultant typed 60
 */
export function readMethodSheet(snapshot: WorkbookSnapshot): StatedMethodology | null {
  const sheet = snapshot.sheets.find((s) => s.tables.some((t) => sheetKeyOfTable(t.name) === "method"));
  const table = sheet?.tables.find((t) => sheetKeyOfTable(t.name) === "method");
  if (!sheet || !table) return null;
  const cells = parameters(sheet, table.address);
  const value = (key: ParameterKey): RawValue | undefined => cells.get(key)?.value;
  const method = choice("method", cells.get("method")) ?? "atv";
  const standards: readonly StandardVersion[] = ["2022", "2013"];
  const standard: StandardVersion =
    standards.find((s) => s === text(value("standard"))) ??
    (snapshot.metadata?.standard === "2013" ? "2013" : "2022");
  const preset = defaultMethodology(method);
  // The parameter's key says the criterion's basis: a level, or a risk value.
  const acceptanceLevel = num(value("acceptanceLevel"));
  const acceptanceValue = num(value("acceptanceValue"));
  const days = num(value("treatmentDays"));
  const valuation = choice("assetValuation", cells.get("assetValuation"));
  const weight = (key: ParameterKey, fallback: number): number => num(value(key)) ?? fallback;
  const rounding = choice("rounding", cells.get("rounding"));
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
    ...protection(text(value("protectFormulas"))),
  };
  // The bands sit where the sheet's layout for this method puts them, counted from the table's last row.
  const lang = snapshot.metadata?.lang === "en" ? "en" : "zh-CN";
  const layout = methodSheetPlan(stated, lang);
  const planned = layout.sheet.tables[0];
  const shift = (parseRange(table.address)?.bottom ?? 0) - (planned ? planned.row + planned.rows.length : 0);
  const names = new Map(layout.names.map((n) => [n.name, shifted(n.address, shift)] as const));
  const withBands: Methodology = {
    ...stated,
    bands: bandsAt(sheet, names.get(NAMES.bands), stated.bands.length) ?? stated.bands,
    likelihoodBands:
      bandsAt(sheet, names.get(NAMES.bandsLikelihood), stated.likelihoodBands.length) ??
      stated.likelihoodBands,
    lossBands: bandsAt(sheet, names.get(NAMES.bandsLoss), stated.lossBands.length) ?? stated.lossBands,
  };
  const assessedOn = isoOf(value("assessmentDate"));
  return { methodology: withBands, sheet: sheet.name, ...(assessedOn ? { assessedOn } : {}) };
}
