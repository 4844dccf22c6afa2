/**
 * The Statement of Applicability sheet (适用性声明) as a plan: a document-control block (version, date,
 * 编制/审核/批准) and a summary whose native formulas count applicable, excluded and undecided controls
 * overall, per theme (2013: per domain) and per implementation status, then the table with every control of
 * the chosen standard — bilingual titles, theme, applicability, the reasons a person gives and the ones
 * the risk assessment gives, the risks (linked to their rows on the register by id, so the link survives
 * sorting, inserted rows and renamed sheets), justification, status, planned date, documents, owner,
 * notes and the 2013 ↔ 2022 mapping. Also the change list sheet (SoA变更记录) and its rows.
 */
import {
  controlById,
  DOMAINS_2013,
  mapping2013To2022,
  mapping2022To2013,
  THEMES,
  type Standard,
} from "../../domain/catalog";
import {
  canonicalId,
  deriveSoa,
  DERIVED_REASONS,
  soaBaseline,
  SOA_REASONS,
  SOA_STATUSES,
  type SoaBaseline,
  type SoaRiskInput,
  type SoaTreatmentInput,
  type SoaChange,
  type SoaCounts,
  type SoaEntry,
  type SoaReason,
  type SoaResult,
  type SoaStatus,
} from "../../domain/soa";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { columnLetters, columnRange } from "../cells/cellAddress";
import {
  formula,
  type CellBlock,
  type ConditionalFormatPlan,
  type ListValidationPlan,
  type PlanCell,
  type SheetPlan,
} from "../plan";
import type { ColumnValues } from "../recordCodecs";
import type { SoaFields } from "../records";
import { writtenColumns, type SheetSchema } from "../schema/columnSchema";
import { RISK_ID_NAME } from "../schema/treatmentSchema";
import { termLabel, YES_NO } from "../schema/vocabulary";
import { dataSheetPlan } from "./dataSheetPlan";
import { styledTable, tableRowHeights } from "./headerLayout";
import { printPlan } from "./printSetup";

/** Table of the change list sheet. */
export const SOA_CHANGES_TABLE = "ISMS_SoAChanges";
/** Rows the summary formulas and the validation lists cover below the header (an SoA has 93 or 114). */
const SOA_CAPACITY = 999;
/** Excel refuses text constants over 255 characters in a formula: longer risk lists are plain text. */
const FORMULA_TEXT_LIMIT = 255;
/** Excel's limit for a cell's text. */
const CELL_TEXT_LIMIT = 32_000;

type SoaWord = "summaryTitle" | "total" | "applicable" | "excluded" | "undecided" | "count" | "unset";
const word = (lang: Lang, key: SoaWord): string => t(lang, `workbook.soa.${key}`);

export const statusLabel = (status: SoaStatus, lang: Lang): string =>
  t(lang, `workbook.soa.statuses.${status}`);
export const reasonLabel = (reason: SoaReason, lang: Lang): string =>
  t(lang, `workbook.soa.reasons.${reason}`);

const listSeparator = (lang: Lang): string => (lang === "zh-CN" ? "、" : ", ");

/** The theme (2022) or domain (2013) of a control, as the sheet and its summary write it. */
export function themeLabel(id: string, standard: Standard, lang: Lang): string | undefined {
  if (standard === "2022") {
    const control = controlById(id, "2022");
    return THEMES.find((theme) => theme.id === control?.theme)?.title[lang];
  }
  const control = controlById(id, "2013");
  return control ? `${control.domain.id} ${control.domain.title[lang]}` : undefined;
}

function themeLabels(standard: Standard, lang: Lang): string[] {
  return standard === "2022"
    ? THEMES.map((theme) => theme.title[lang])
    : DOMAINS_2013.map((domain) => `${domain.id} ${domain.title[lang]}`);
}

/** Where the control sits in the other edition, or that it is a legacy row. */
export function mappingText(entry: SoaEntry, standard: Standard, lang: Lang): string {
  if (entry.legacy) return t(lang, "workbook.soa.legacy", { standard });
  const sep = listSeparator(lang);
  if (standard === "2022") {
    const ids = mapping2022To2013(entry.id);
    return ids.length === 0
      ? t(lang, "workbook.soa.newIn2022")
      : t(lang, "workbook.soa.mappedFrom", { ids: ids.join(sep) });
  }
  const ids = mapping2013To2022(entry.id);
  return ids.length === 0 ? "" : t(lang, "workbook.soa.mappedTo", { ids: ids.join(sep) });
}

/** The reasons the risk assessment gives ("风险处置; 已有控制"). */
export function derivedReasonsText(entry: SoaEntry, lang: Lang): string {
  return entry.reasons
    .filter((reason) => DERIVED_REASONS.includes(reason))
    .map((reason) => reasonLabel(reason, lang))
    .join("; ");
}

function manualReasonsText(entry: SoaEntry, lang: Lang): string | undefined {
  const manual = entry.reasons.filter((reason) => !DERIVED_REASONS.includes(reason));
  return manual.length === 0 ? undefined : manual.map((reason) => reasonLabel(reason, lang)).join("; ");
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The linked-risks cell: the ids, and a link to the first one's row on the register found by id when the
 * formula is run (`ISMS_RiskIds`), so it follows the row wherever sorting or inserting puts it and keeps
 * working when a sheet is renamed. CELL("address") names the sheet in Excel, WPS and LibreOffice alike.
 * @example linkedRisksCell(["R-001", "R-004"], "en") // { formula: '=IFERROR(HYPERLINK("#"&CELL("address",INDEX(ISMS_RiskIds,MATCH("R-001",ISMS_RiskIds,0))),"R-001, R-004"),"R-001, R-004")' }
 */
export function linkedRisksCell(risks: readonly string[], lang: Lang): PlanCell {
  const [first] = risks;
  if (first === undefined) return null;
  const text = risks.join(listSeparator(lang)).slice(0, CELL_TEXT_LIMIT);
  if (text.length > FORMULA_TEXT_LIMIT || first.length > FORMULA_TEXT_LIMIT) return text;
  const row = `INDEX(${RISK_ID_NAME},MATCH(${quoted(first)},${RISK_ID_NAME},0))`;
  return formula(`=IFERROR(HYPERLINK("#"&CELL("address",${row}),${quoted(text)}),${quoted(text)})`);
}

/** What the table's cells say for one entry: derived columns from the entry, typed ones as typed. */
export function soaRowValues(
  entry: SoaEntry,
  typed: SoaFields | undefined,
  standard: Standard,
  lang: Lang,
): ColumnValues {
  const control = entry.legacy ? undefined : controlById(entry.id, standard);
  const other: Lang = lang === "zh-CN" ? "en" : "zh-CN";
  // A status a join produced is a key ("partial"): written as the label the list and the summary count.
  const typedKey = SOA_STATUSES.find((key) => key === typed?.status);
  const status = typedKey
    ? statusLabel(typedKey, lang)
    : (typed?.status ?? (entry.status ? statusLabel(entry.status, lang) : undefined));
  return {
    controlId: entry.id,
    title: control?.title[lang] ?? typed?.title,
    altTitle: control?.title[other] ?? typed?.altTitle,
    theme: entry.legacy ? typed?.theme : themeLabel(entry.id, standard, lang),
    applicable: entry.applicable,
    reasons: typed?.reasons ?? manualReasonsText(entry, lang),
    derivedReasons: derivedReasonsText(entry, lang) || undefined,
    justification: typed?.justification ?? entry.justification,
    status,
    plannedDate: entry.plannedDate,
    documents: typed?.documents,
    owner: typed?.owner,
    notes: typed?.notes,
    editionMapping: mappingText(entry, standard, lang),
  };
}

/** The row of the table header, below the document-control block and the summary. */
export function soaHeaderRow(standard: Standard): number {
  const lastThemeRow = 4 + themeLabels(standard, "en").length;
  const lastStatusRow = 4 + SOA_STATUSES.length;
  return Math.max(lastThemeRow, lastStatusRow) + 2;
}

export interface SoaVersion {
  /** 1, 2, …: shown as "1.0", "2.0". */
  readonly version: number;
  /** ISO date. */
  readonly date: string;
}

export const versionText = (version: number): string => `${version}.0`;

/** Where the document-control block keeps the version and the date (0-based row, column). */
export const SOA_VERSION_CELL = { row: 1, column: 1 } as const;
export const SOA_DATE_CELL = { row: 1, column: 3 } as const;

interface Columns {
  readonly index: (key: string) => number;
  readonly range: (key: string) => string;
}

function columnsOf(schema: SheetSchema, headerRow: number): Columns {
  const keys = writtenColumns(schema).map((c) => c.key);
  const index = (key: string) => {
    const at = keys.indexOf(key);
    if (at < 0) throw new Error(`SoA schema has no column ${key}`);
    return at;
  };
  return {
    index,
    range: (key) => columnRange(index(key), headerRow + 1, headerRow + SOA_CAPACITY, true),
  };
}

/** The document-control block and the summary counts above the table. */
function topBlocks(lang: Lang, standard: Standard, version: SoaVersion, columns: Columns): CellBlock[] {
  const tr = (key: "version" | "date" | "preparedBy" | "reviewedBy" | "approvedBy") =>
    t(lang, `workbook.soa.${key}`);
  const title = `${t(lang, "workbook.sheetNames.soa")} — ISO/IEC 27001:${standard}`;
  const control: PlanCell[] = [
    tr("version"),
    versionText(version.version),
    tr("date"),
    version.date,
    tr("preparedBy"),
    null,
    tr("reviewedBy"),
    null,
    tr("approvedBy"),
    null,
  ];
  const theme = columns.range("theme");
  const applicable = columns.range("applicable");
  const status = columns.range("status");
  const yes = quoted(termLabel(YES_NO, "yes", lang));
  const no = quoted(termLabel(YES_NO, "no", lang));
  const counts = (row: number, test: string): PlanCell[] => {
    const r = row + 1;
    return [
      formula(`=SUMPRODUCT((${test})*1)`),
      formula(`=SUMPRODUCT((${test})*(${applicable}=${yes}))`),
      formula(`=SUMPRODUCT((${test})*(${applicable}=${no}))`),
      formula(`=C${r}-D${r}-E${r}`),
    ];
  };
  const themes = themeLabels(standard, lang);
  const countRows: PlanCell[][] = [
    [word(lang, "total"), ...counts(4, `${theme}<>""`)],
    ...themes.map((label, i) => [label, ...counts(5 + i, `${theme}=$B$${6 + i}`)]),
  ];
  const statusRows: PlanCell[][] = [
    ...SOA_STATUSES.map((key, i) => [
      statusLabel(key, lang),
      formula(`=SUMPRODUCT((${theme}<>"")*(${status}=$I$${5 + i}))`),
    ]),
    [word(lang, "unset"), formula(`=C5-SUM(J5:J${4 + SOA_STATUSES.length})`)],
  ];
  const heading: PlanCell[] = [
    word(lang, "summaryTitle"),
    word(lang, "count"),
    word(lang, "applicable"),
    word(lang, "excluded"),
    word(lang, "undecided"),
  ];
  const strong = { bold: true, fill: "#DDEBF7", wrap: true } as const;
  return [
    { row: 0, column: 0, cells: [[title]], style: { bold: true, fontColor: "#1F4E79" } },
    { row: 1, column: 0, cells: [control] },
    { row: 3, column: 1, cells: [heading], style: strong },
    { row: 3, column: 8, cells: [[t(lang, "workbook.soa.byStatus"), word(lang, "count")]], style: strong },
    { row: 4, column: 1, cells: countRows },
    { row: 4, column: 8, cells: statusRows },
  ];
}

function soaValidations(lang: Lang, columns: Columns, headerRow: number): ListValidationPlan[] {
  const range = (key: string) => columnRange(columns.index(key), headerRow + 1, headerRow + SOA_CAPACITY);
  return [
    {
      range: range("applicable"),
      source: YES_NO.map((term) => term.label[lang]),
      allowBlank: true,
      errorMessage: t(lang, "workbook.soa.applicableError"),
    },
    {
      range: range("status"),
      source: SOA_STATUSES.map((status) => statusLabel(status, lang)),
      allowBlank: true,
      alert: "warning",
      errorMessage: t(lang, "workbook.soa.statusError"),
    },
    {
      range: range("reasons"),
      source: SOA_REASONS.filter((r) => !DERIVED_REASONS.includes(r)).map((r) => reasonLabel(r, lang)),
      allowBlank: true,
      alert: "warning",
      errorMessage: t(lang, "workbook.soa.reasonsWarning"),
    },
  ];
}

/** A required control excluded (red), an exclusion without a justification (amber). */
function soaFormats(lang: Lang, columns: Columns, headerRow: number): ConditionalFormatPlan[] {
  const first = headerRow + 1;
  const cell = (key: string) => `$${columnLetters(columns.index(key))}${first + 1}`;
  const no = quoted(termLabel(YES_NO, "no", lang));
  const range = (key: string) => columnRange(columns.index(key), first, headerRow + SOA_CAPACITY);
  return [
    {
      kind: "expression",
      range: range("applicable"),
      formula: `=AND(${cell("applicable")}=${no},${cell("derivedReasons")}<>"")`,
      fill: "#F8CBAD",
    },
    {
      kind: "expression",
      range: range("justification"),
      formula: `=AND(${cell("applicable")}=${no},TRIM(${cell("justification")})="")`,
      fill: "#FFE699",
    },
  ];
}

export interface SoaSheetInput {
  readonly schema: SheetSchema;
  readonly name: string;
  readonly lang: Lang;
  readonly result: SoaResult;
  /** What a person typed for each control, by the entry's id (a client's SoA, a 2013 SoA carried over). */
  readonly typed?: ReadonlyMap<string, SoaFields>;
  readonly version: SoaVersion;
}

/**
 * The SoA sheet: every control of the result's standard, then its legacy rows.
 * @example soaSheetPlan({ schema: soaSchema(), name: "适用性声明", lang: "zh-CN", result, version: { version: 1, date: "2026-12-01" } }).tables[0]?.rows.length // 93
 */
export function soaSheetPlan(input: SoaSheetInput): SheetPlan {
  const { lang, result, schema } = input;
  const standard = result.standard;
  const headerRow = soaHeaderRow(standard);
  const columns = columnsOf(schema, headerRow);
  const rows = result.entries.map((entry) => soaRowValues(entry, input.typed?.get(entry.id), standard, lang));
  const base = dataSheetPlan({ schema, name: input.name, lang, rows, minRows: rows.length, levelCount: 5 });
  const [table] = base.tables;
  if (!table) throw new Error("the SoA sheet has a table");
  const linked = columns.index("linkedRisks");
  const tableRows = table.rows.map((cells, i) => {
    const entry = result.entries[i];
    return entry ? cells.map((cell, c) => (c === linked ? linkedRisksCell(entry.risks, lang) : cell)) : cells;
  });
  const placed = { ...table, row: headerRow, rows: tableRows };
  return {
    ...base,
    blocks: topBlocks(lang, standard, input.version, columns),
    tables: [placed],
    rowHeights: tableRowHeights(placed),
    validations: soaValidations(lang, columns, headerRow),
    dateValidations: (base.dateValidations ?? []).map((validation) => ({
      ...validation,
      range: columnRange(columns.index("plannedDate"), headerRow + 1, headerRow + SOA_CAPACITY),
    })),
    conditionalFormats: soaFormats(lang, columns, headerRow),
    freeze: { rows: headerRow + 1, columns: 2 },
    print: printPlan("soa", headerRow, lang),
    tabColor: "#548235",
  };
}

/** One line of the change list per change (or one saying nothing changed). */
export function changeListRows(changes: readonly SoaChange[], version: SoaVersion, lang: Lang): PlanCell[][] {
  const lead = [versionText(version.version), version.date];
  const sep = listSeparator(lang);
  const statusText = (value: string | undefined) => {
    const key = SOA_STATUSES.find((status) => status === value);
    return key ? statusLabel(key, lang) : value?.trim() ? value : t(lang, "workbook.soa.changes.blank");
  };
  if (changes.length === 0) return [[...lead, null, t(lang, "workbook.soa.changes.none")]];
  return changes.map((change) => {
    const risks = (change.risks ?? []).join(sep);
    const text =
      change.kind === "status"
        ? t(lang, "workbook.soa.changes.status", { from: statusText(change.from), to: statusText(change.to) })
        : change.kind === "applicable" && risks
          ? t(lang, "workbook.soa.changes.applicableRisks", { risks })
          : t(lang, `workbook.soa.changes.${change.kind}`, { risks });
    return [...lead, change.controlId, text];
  });
}

/** The first line of a new SoA's change list. */
export function firstVersionRow(counts: SoaCounts, version: SoaVersion, lang: Lang): PlanCell[] {
  const { applicable, excluded, undecided } = counts;
  return [
    versionText(version.version),
    version.date,
    null,
    t(lang, "workbook.soa.changes.first", { applicable, excluded, undecided }),
  ];
}

/** The change list sheet (SoA变更记录): version, date, control, change. */
export function soaChangesSheetPlan(
  name: string,
  lang: Lang,
  rows: readonly (readonly PlanCell[])[],
): SheetPlan {
  const tr = (key: "version" | "date" | "control" | "change") => t(lang, `workbook.soa.changes.${key}`);
  const widths = [10, 12, 12, 70];
  const table = styledTable({
    name: SOA_CHANGES_TABLE,
    row: 0,
    column: 0,
    columns: (["version", "date", "control", "change"] as const).map((key, i) => ({
      key,
      header: tr(key),
      width: widths[i] ?? 12,
      ...(key === "change" ? { wrap: true } : {}),
    })),
    rows,
    style: "TableStyleMedium2",
  });
  return {
    key: "soaChanges",
    name,
    mode: "create",
    blocks: [],
    tables: [table],
    validations: [],
    conditionalFormats: [],
    hyperlinks: [],
    freeze: { rows: 1, columns: 0 },
    columnWidths: table.columns.map((c, i) => ({ column: i, width: c.width ?? 12 })),
    rowHeights: tableRowHeights(table),
    print: printPlan("soaChanges", 0, lang),
    tabColor: "#548235",
  };
}

export const soaChangesSheetName = (lang: Lang): string => t(lang, "workbook.sheetNames.soaChanges");

/**
 * What a person typed for each control, by the control's id in `standard` (the first row of a control
 * listed twice; derivation joins the others into the entry).
 */
export function typedById(rows: readonly SoaFields[], standard: Standard): Map<string, SoaFields> {
  const typed = new Map<string, SoaFields>();
  for (const row of rows) {
    const key = canonicalId(row.controlId, standard);
    if (key && !typed.has(key.id)) typed.set(key.id, row);
  }
  return typed;
}

export interface NewSoaInput {
  readonly schema: SheetSchema;
  readonly name: string;
  readonly lang: Lang;
  readonly standard: Standard;
  readonly risks: readonly SoaRiskInput[];
  readonly treatments: readonly SoaTreatmentInput[];
  /** An SoA a person filled in (adopted from a client's workbook). */
  readonly previous?: readonly SoaFields[];
  /** ISO date of version 1. */
  readonly date: string;
}

export interface NewSoa {
  readonly soa: SheetPlan;
  readonly changes: SheetPlan;
  readonly baseline: SoaBaseline;
  readonly result: SoaResult;
}

/**
 * The SoA of a new workbook, version 1: derived from its register and plan (the sample's, an adopted
 * client's, or none: then every control is listed, undecided), with its change list's first line.
 */
export function newSoaSheets(input: NewSoaInput): NewSoa {
  const { lang, standard } = input;
  const previous = input.previous ?? [];
  const result = deriveSoa({ standard, risks: input.risks, treatments: input.treatments, previous });
  const version = { version: 1, date: input.date };
  const soa = soaSheetPlan({
    schema: input.schema,
    name: input.name,
    lang,
    result,
    typed: typedById(previous, standard),
    version,
  });
  const changes = soaChangesSheetPlan(soaChangesSheetName(lang), lang, [
    firstVersionRow(result.counts, version, lang),
  ]);
  return { soa, changes, baseline: soaBaseline(result, 1, input.date), result };
}
