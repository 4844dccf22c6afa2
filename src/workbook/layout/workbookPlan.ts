/**
 * The whole ISMS workbook as one plan: the methodology sheet, then the asset register, the threat and
 * vulnerability catalogs, the risk register (with its heat map), the treatment plan (each row linked to
 * its risk, its rule formats marking the cells to fix), the SoA and the gap analysis, then the registers
 * a certifiable ISMS keeps (roles, scope, objectives, documents, records, laws, internal audit,
 * nonconformities, management review input), with the workbook names and the ISMS metadata that let
 * the sheets be found again after renaming.
 */
import type { Methodology, StandardVersion } from "../../domain/methodology";
import type { Lang } from "../../i18n/types";
import type { IsmsMetadata, NamedRangePlan, SheetPlan, WorkbookPlan } from "../plan";
import { assetCodec, catalogCodec, riskCodec, treatmentCodec, type ColumnValues } from "../recordCodecs";
import type {
  AssetFields,
  CatalogEntryFields,
  RegisterRecords,
  RiskFields,
  SoaFields,
  TreatmentFields,
} from "../records";
import { DATA_SHEET_KEYS, sheetSchemas, type DataSheetKey } from "../schema";
import { writtenColumns, type SheetSchema } from "../schema/columnSchema";
import { bindMethod } from "../schema/methodBinding";
import { rangeA1 } from "../cells/cellAddress";
import { dataSheetPlan } from "./dataSheetPlan";
import { gapSheetPlan, type GapSheetEntry } from "./gapSheet";
import { heatMap } from "./heatMap";
import { capacityOf, columnNamesOf } from "./listSources";
import { lookupNames, overrideFormats, planLookups, registerLookups, withLookups } from "./lookups";
import { planRuleFormats } from "./planRules";
import { recordProtection, SOA_PROTECTION_SCHEMA, withProtection } from "./protectionPlan";
import { guideSheetPlan, revisionsSheetPlan } from "./guideSheets";
import { newSoaSheets } from "./soaSheet";
import { starterRegisters } from "./registerRows";
import { registerSheetPlans } from "./registerSheets";

/** What goes into the data sheets (all empty when absent). */
export interface WorkbookRecords {
  readonly assets?: readonly AssetFields[];
  readonly threats?: readonly CatalogEntryFields[];
  readonly vulnerabilities?: readonly CatalogEntryFields[];
  readonly risks?: readonly RiskFields[];
  readonly treatments?: readonly TreatmentFields[];
  /** Statement of Applicability rows as a person filled them (an adopted workbook's SoA). */
  readonly soa?: readonly SoaFields[];
  /** Gap-analysis ratings by requirement id (the sheet lists every requirement either way). */
  readonly gap?: ReadonlyMap<string, GapSheetEntry>;
  /**
   * The registers the method names (文件清单 … 管理评审输入), in their plain form; when absent, the
   * starter rows of a new workbook (required documents and records, Chinese laws, review inputs).
   */
  readonly registers?: RegisterRecords;
}

/** The methodology sheet and its names, built by the methodology's own module. */
export interface MethodSheet {
  readonly sheet: SheetPlan;
  readonly names: readonly NamedRangePlan[];
}

export interface PlanInput {
  readonly lang: Lang;
  readonly standard: StandardVersion;
  readonly methodology: Methodology;
  readonly methodSheet: MethodSheet;
  readonly records: WorkbookRecords;
  /** Sheet names to use instead of the defaults, by key (an existing empty sheet, a renamed one). */
  readonly sheetNames?: Partial<Record<DataSheetKey, string>>;
  /** Sheets that exist without data: written into ("update") rather than created. */
  readonly emptySheets?: ReadonlySet<string>;
  /** ISO date the documents start at (the SoA's version 1); blank when not given. */
  readonly date?: string;
}

/** Formula rows prepared below a sheet's written rows (or in an empty sheet) so a person can type straight away. */
const STARTER_ROWS: Readonly<Record<DataSheetKey, number>> = {
  assets: 20,
  threats: 0,
  vulnerabilities: 0,
  risks: 30,
  treatments: 20,
  soa: 0,
  gap: 0,
};

function rowsOf(key: DataSheetKey, records: WorkbookRecords, m: Methodology): readonly ColumnValues[] {
  const shape = { inputs: bindMethod(m).inputs, intermediates: bindMethod(m).intermediates };
  switch (key) {
    case "assets":
      return (records.assets ?? []).map(assetCodec.toValues);
    case "threats":
      return (records.threats ?? []).map(catalogCodec("threatId").toValues);
    case "vulnerabilities":
      return (records.vulnerabilities ?? []).map(catalogCodec("vulnerabilityId").toValues);
    case "risks":
      return (records.risks ?? []).map(riskCodec(shape).toValues);
    case "treatments":
      return (records.treatments ?? []).map(treatmentCodec(shape).toValues);
    default:
      return [];
  }
}

function sheetOf(
  input: PlanInput,
  key: DataSheetKey,
  schema: SheetSchema,
  names: Record<DataSheetKey, string>,
): SheetPlan {
  const rows = rowsOf(key, input.records, input.methodology);
  const base = dataSheetPlan({
    schema,
    name: names[key],
    lang: input.lang,
    rows,
    // Formula rows prepared below the written ones, so the next rows a person types compute too.
    minRows: rows.length + STARTER_ROWS[key],
    levelCount: input.methodology.levels.length,
  });
  const mode = input.emptySheets?.has(names[key]) ? "update" : "create";
  if (key === "risks") {
    const columns = writtenColumns(schema);
    const capacity = capacityOf(rows.length + STARTER_ROWS.risks);
    const map = heatMap(input.methodology, columns, capacity, input.lang, columns.length + 1);
    const table = base.tables[0];
    // The register prints alone, at a size that reads: the heat map beside it is left to the screen (or a
    // printed selection), or it would shrink every page to fit its width.
    const area =
      table &&
      rangeA1({
        top: table.row,
        left: table.column,
        bottom: table.row + table.rows.length,
        right: table.column + table.columns.length - 1,
      });
    return {
      ...withLookups(base, registerLookups),
      mode,
      ...(base.print && area ? { print: { ...base.print, area } } : {}),
      blocks: map.blocks,
      columnWidths: [...(base.columnWidths ?? []), ...map.columnWidths],
      conditionalFormats: [...base.conditionalFormats, ...overrideFormats(columns, capacity)],
    };
  }
  if (key === "treatments") {
    const rules = planRuleFormats({
      columns: writtenColumns(schema),
      methodology: input.methodology,
      lang: input.lang,
      capacity: capacityOf(rows.length + STARTER_ROWS.treatments),
    });
    return {
      ...withLookups(base, planLookups),
      mode,
      conditionalFormats: [...base.conditionalFormats, ...rules.map((r) => r.format)],
      tabColor: "#C00000",
    };
  }
  return { ...base, mode };
}

function metadataOf(input: PlanInput, sheets: readonly SheetPlan[]): IsmsMetadata {
  return {
    version: 1,
    lang: input.lang,
    standard: input.standard,
    sheets: sheets.map((sheet) => ({
      key: sheet.key,
      name: sheet.name,
      table: sheet.tables[0]?.name ?? "",
      columns: sheet.tables[0]?.columns.map((c) => c.key) ?? [],
    })),
  };
}

/** Lists naming a workbook name nobody defines (a scale the method does not use) are left out. */
function withDefinedLists(sheet: SheetPlan, names: readonly NamedRangePlan[]): SheetPlan {
  const defined = new Set(names.map((n) => n.name));
  const ok = (source: string | readonly string[]): boolean =>
    typeof source !== "string" || !/^=ISMS_\w+$/.test(source) || defined.has(source.slice(1));
  return { ...sheet, validations: sheet.validations.filter((v) => ok(v.source)) };
}

/**
 * The plan of a new ISMS workbook (no conflict handling: see createWorkbook for that).
 * @example workbookPlanOf(input).sheets.map((s) => s.key) // ["revisions", "guide", "method", "assets", ..., "gap", "soaChanges", "roles", ..., "review"]
 */
export function workbookPlanOf(input: PlanInput): WorkbookPlan {
  const schemas = sheetSchemas(bindMethod(input.methodology));
  const sheetNames = Object.fromEntries(
    DATA_SHEET_KEYS.map((key) => [key, input.sheetNames?.[key] ?? schemas[key].names[input.lang]]),
  ) as Record<DataSheetKey, string>;
  const gap = gapSheetPlan({
    schema: schemas.gap,
    name: sheetNames.gap,
    lang: input.lang,
    standard: input.standard,
    ...(input.records.gap ? { entries: input.records.gap } : {}),
  });
  const modeOf = (name: string): SheetPlan["mode"] => (input.emptySheets?.has(name) ? "update" : "create");
  const soa = newSoaSheets({
    schema: schemas.soa,
    name: sheetNames.soa,
    lang: input.lang,
    standard: input.standard,
    risks: input.records.risks ?? [],
    treatments: input.records.treatments ?? [],
    ...(input.records.soa ? { previous: input.records.soa } : {}),
    date: input.date ?? "",
  });
  const dataSheets = DATA_SHEET_KEYS.map((key) =>
    key === "gap"
      ? { ...gap.sheet, mode: modeOf(sheetNames.gap) }
      : key === "soa"
        ? { ...soa.soa, mode: modeOf(sheetNames.soa) }
        : sheetOf(input, key, schemas[key], sheetNames),
  ).map((sheet) => {
    // Computed cells grey and, unless the methodology turns it off, locked on a protected sheet.
    const rows = sheet.tables[0]?.rows.length ?? 0;
    const schema = sheet.key === "soa" ? SOA_PROTECTION_SCHEMA : schemas[sheet.key as DataSheetKey];
    const capacity = sheet.key === "soa" || sheet.key === "gap" ? rows : capacityOf(rows);
    return withProtection(sheet, schema, input.methodology, capacity);
  });
  const changes = { ...soa.changes, mode: modeOf(soa.changes.name) };
  // As consultants' templates open: the revision history and the how-to-fill-in guide first.
  const revisions = revisionsSheetPlan(input.lang, input.date || undefined);
  const guide = guideSheetPlan(input.methodology, input.lang);
  const registers = registerSheetPlans(
    input.records.registers ?? starterRegisters(input.lang),
    input.lang,
  ).map((sheet) => ({ ...sheet, mode: modeOf(sheet.name) }));
  const sheets = [
    { ...revisions, mode: modeOf(revisions.name) },
    { ...guide, mode: modeOf(guide.name) },
    input.methodSheet.sheet,
    ...dataSheets,
    changes,
    ...registers,
  ];
  const columnNames = DATA_SHEET_KEYS.flatMap((key) => {
    const table = dataSheets.find((s) => s.key === key)?.tables[0];
    return columnNamesOf(key, schemas[key], sheetNames[key], capacityOf(table?.rows.length ?? 0));
  });
  const tableOf = (key: DataSheetKey) => dataSheets.find((s) => s.key === key)?.tables[0];
  const looked = lookupNames(
    (key) => writtenColumns(schemas[key]),
    (key) => sheetNames[key],
    (key) => capacityOf(tableOf(key)?.rows.length ?? 0),
  );
  const names = [...input.methodSheet.names, ...columnNames, ...looked, ...gap.names];
  return {
    sheets: sheets.map((sheet) => withDefinedLists(sheet, names)),
    names,
    metadata: recordProtection(
      { ...metadataOf(input, [input.methodSheet.sheet, ...dataSheets, ...registers]), soa: soa.baseline },
      dataSheets,
    ),
    activate: sheetNames.risks,
  };
}
