/**
 * Adopting a client's workbook: the records the reader found, turned into the records of an ISMS
 * workbook (the method inferred from the ratings found, or chosen; 2013 control ids mapped to 2022 when
 * the workbook is made for 2022), and what could not be carried across said with its sheet and cell.
 * Pure: the same parsed workbook always gives the same adoption.
 */
import { normalizeControlIds } from "../../domain/catalog/controlIds";
import { GAP_SCALES, parseGapRating } from "../../domain/gap";
import { DEFAULT_METHOD, type MethodId, type StandardVersion } from "../../domain/methodology";
import { riskInputs } from "../../domain/risk/methodInputs";
import type { Lang } from "../../i18n/types";
import type { GapSheetEntry } from "../layout/gapSheet";
import type { WorkbookRecords } from "../layout/workbookPlan";
import { problem, type WorkbookProblem } from "../problems";
import type { ParsedWorkbook } from "../read/parseWorkbook";
import type { Location, RiskFields, TreatmentFields } from "../records";
import { libraryRecords } from "../sample/sampleRecords";
import { inputColumnKey } from "../schema/ratingColumns";
import { readingSchemas } from "../schema/readingSchemas";

export interface AdoptionOptions {
  readonly lang: Lang;
  readonly standard: StandardVersion;
  /** The method to adopt into; inferred from the ratings found when absent. */
  readonly method?: MethodId;
}

export interface Adoption {
  readonly method: MethodId;
  /** True when the method was inferred from the ratings found, false when it was chosen. */
  readonly methodInferred: boolean;
  readonly records: WorkbookRecords;
  /** What could not be carried across, with its sheet and cell. */
  readonly problems: readonly WorkbookProblem[];
  readonly counts: Readonly<Record<"assets" | "risks" | "treatments" | "soa" | "gap", number>>;
}

/**
 * The method whose ratings a register holds: C/I/A with threat and vulnerability → cia-max; asset,
 * threat and vulnerability → atv, or the GB/T matrix method when its likelihood and loss values are
 * there too; likelihood and impact → li; the default method when nothing is rated.
 * @example inferMethod(parsed) // "li" for a register rated on likelihood and impact
 */
export function inferMethod(parsed: Pick<ParsedWorkbook, "risks">): MethodId {
  const count = (method: MethodId): number =>
    parsed.risks.filter((risk) => riskInputs(method).every((k) => risk.ratings[k] !== undefined)).length;
  const gbt = parsed.risks.some(
    (r) => r.intermediates["loss"] !== undefined || r.intermediates["lossLevel"] !== undefined,
  );
  const ranked: [MethodId, number][] = [
    ["cia-max", count("cia-max")],
    [gbt ? "gbt-matrix" : "atv", count("atv")],
    ["li", count("li")],
  ];
  const best = ranked.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : DEFAULT_METHOD;
}

function fields<T extends Location>(record: T): Omit<T, keyof Location> {
  const { sheet: _sheet, row: _row, cells: _cells, text: _text, ...rest } = record;
  return rest;
}

/** Control ids for the chosen standard: 2013 ids become their 2022 ids in a 2022 workbook; unknown tokens stay. */
function controlsFor(
  ids: readonly string[] | undefined,
  standard: StandardVersion,
): readonly string[] | undefined {
  if (!ids || standard === "2013") return ids;
  const out: string[] = [];
  for (const id of ids) {
    const read = normalizeControlIds(id);
    const mapped = [...read.ids, ...read.unknown];
    for (const m of mapped.length > 0 ? mapped : [id]) if (!out.includes(m)) out.push(m);
  }
  return out;
}

function gapEntries(parsed: ParsedWorkbook): ReadonlyMap<string, GapSheetEntry> {
  const entries = new Map<string, GapSheetEntry>();
  for (const record of parsed.gap) {
    if (!record.requirementId) continue;
    const rating = parseGapRating(record.currentRating, GAP_SCALES.maturity);
    const current = "value" in rating && rating.value !== null ? rating.value : undefined;
    const entry: GapSheetEntry = {
      ...(current !== undefined ? { current } : {}),
      ...(record.target !== undefined ? { target: record.target } : {}),
      ...(record.weight !== undefined ? { weight: record.weight } : {}),
      ...(record.currentState ? { currentState: record.currentState } : {}),
      ...(record.recommendation ? { recommendation: record.recommendation } : {}),
    };
    entries.set(requirementKey(record.requirementId), entry);
  }
  return entries;
}

/** Annex A ids as the gap sheet writes them ("A.5.1"); clause ids as they are ("4.1"). */
function requirementKey(id: string): string {
  const plain = id.normalize("NFKC").trim();
  const annex = /^a\s*\.?\s*(\d.*)$/i.exec(plain);
  return annex?.[1] ? `A.${annex[1]}` : plain;
}

/** Ratings the method does not take are reported once per register column (they are not carried across). */
function unusedRatings(parsed: ParsedWorkbook, method: MethodId, lang: Lang): WorkbookProblem[] {
  const headers = new Map(readingSchemas().risks.columns.map((c) => [c.key, c.header[lang]] as const));
  const taken = new Set<string>(riskInputs(method));
  const seen = new Set<string>();
  const out: WorkbookProblem[] = [];
  for (const risk of parsed.risks) {
    for (const key of Object.keys(risk.ratings)) {
      const column = inputColumnKey(key);
      const where = `${risk.sheet}!${column}`;
      if (taken.has(key) || seen.has(where)) continue;
      seen.add(where);
      out.push(
        problem(
          "workbook.adopt.ratingUnused",
          { sheet: risk.sheet, cell: risk.cells[column] ?? "" },
          { column: headers.get(column) ?? column, value: method },
        ),
      );
    }
  }
  return out;
}

/**
 * The records of the ISMS workbook a client's workbook becomes.
 * @example adoptRecords(parsed, { lang: "zh-CN", standard: "2022" }).method // "li"
 */
export function adoptRecords(parsed: ParsedWorkbook, options: AdoptionOptions): Adoption {
  const method = options.method ?? inferMethod(parsed);
  const notesLabel =
    readingSchemas().risks.columns.find((c) => c.key === "notes")?.header[options.lang] ?? "Notes";
  const risks: RiskFields[] = parsed.risks.map((record) => {
    const { notes, ...risk } = fields(record);
    // The ISMS register has no notes column: a register's remarks stay with the risk's description.
    const description = notes
      ? [risk.description, `${notesLabel}: ${notes}`].filter((part) => part !== undefined).join("\n")
      : risk.description;
    const existing = controlsFor(risk.existingControls, options.standard);
    const planned = controlsFor(risk.plannedControls, options.standard);
    return {
      ...risk,
      ...(description !== undefined ? { description } : {}),
      ...(existing ? { existingControls: existing } : {}),
      ...(planned ? { plannedControls: planned } : {}),
    };
  });
  const treatments: TreatmentFields[] = parsed.treatments.map((record) => {
    const treatment = fields(record);
    const controls = controlsFor(treatment.controls, options.standard);
    return { ...treatment, ...(controls ? { controls } : {}) };
  });
  const library = libraryRecords(options.lang);
  const records: WorkbookRecords = {
    assets: parsed.assets.map(fields),
    threats: parsed.threats.length > 0 ? parsed.threats.map(fields) : library.threats,
    vulnerabilities:
      parsed.vulnerabilities.length > 0 ? parsed.vulnerabilities.map(fields) : library.vulnerabilities,
    risks,
    treatments,
    soa: parsed.soa.map(fields),
    gap: gapEntries(parsed),
  };
  return {
    method,
    methodInferred: options.method === undefined,
    records,
    problems: unusedRatings(parsed, method, options.lang),
    counts: {
      assets: parsed.assets.length,
      risks: risks.length,
      treatments: treatments.length,
      soa: parsed.soa.length,
      gap: parsed.gap.length,
    },
  };
}
