/**
 * From the options a person picks (language, standard, method, sample) and the workbook as it is, to
 * the plan that creates the ISMS sheets, or the list of sheets in the way. Pure, so the plan can be
 * checked before anything changes.
 */
import {
  defaultMethodology,
  type MethodId,
  type Methodology,
  type StandardVersion,
} from "../../domain/methodology";
import type { Lang } from "../../i18n/types";
import { methodSheetPlan } from "../method/methodSheet";
import type { WorkbookPlan } from "../plan";
import { libraryRecords } from "../sample/sampleRecords";
import { scaledSampleRecords } from "../sample/scaledSample";
import type { WorkbookSnapshot } from "../sheetData";
import { peopleOf } from "./listSources";
import { findConflicts, hasData, placeBeside, type SheetConflict } from "./sheetConflicts";
import { workbookPlanOf, type WorkbookRecords } from "./workbookPlan";

export interface CreateWorkbookOptions {
  readonly lang: Lang;
  readonly standard: StandardVersion;
  readonly method: MethodId;
  /** Fill the sheets with the sample client (云付通科技 / CloudPay). */
  readonly sample?: boolean;
  /** With `sample`: grow the sample to this many risks (benchmarks and scale tests). */
  readonly sampleRisks?: number;
  /** The records to write (an adopted workbook's); the sample or the empty libraries otherwise. */
  readonly records?: WorkbookRecords;
  /** A methodology edited by the consultant; the method's preset otherwise. */
  readonly methodology?: Methodology;
  /** What to do when a sheet with data is in the way: stop and report (default) or write beside it. */
  readonly onConflict?: "report" | "beside";
  /** ISO date the documents start at (the SoA's version 1). */
  readonly date?: string;
  /** `false` turns the protection of computed columns off (the methodology's switch); as the methodology says otherwise. */
  readonly protect?: boolean;
}

export type PlanBuild =
  | {
      readonly ok: true;
      readonly plan: WorkbookPlan;
      /** Conflicts that were resolved by writing beside. */
      readonly conflicts: readonly SheetConflict[];
      readonly renamed: readonly { readonly key: string; readonly from: string; readonly to: string }[];
    }
  | { readonly ok: false; readonly conflicts: readonly SheetConflict[] };

/** The methodology of the options: the given one, else the method's preset, on the chosen standard. */
export function methodologyOf(options: CreateWorkbookOptions): Methodology {
  const base = options.methodology ?? defaultMethodology(options.method);
  return {
    ...base,
    standard: options.standard,
    ...(options.protect === false ? { protectFormulas: false } : {}),
  };
}

/**
 * The plan of a new ISMS workbook; with `existing`, sheets holding data are never overwritten.
 * @example buildWorkbookPlan({ lang: "zh-CN", standard: "2022", method: "li" }).ok // true
 */
export function buildWorkbookPlan(options: CreateWorkbookOptions, existing?: WorkbookSnapshot): PlanBuild {
  const methodology = methodologyOf(options);
  const emptySheets = new Set((existing?.sheets ?? []).filter((s) => !hasData(s)).map((s) => s.name));
  const records: WorkbookRecords = options.records
    ? options.records
    : options.sample
      ? scaledSampleRecords(options.lang, methodology, options.sampleRisks ?? 0)
      : libraryRecords(options.lang);
  const plan = workbookPlanOf({
    lang: options.lang,
    standard: options.standard,
    methodology,
    // The people list starts with everyone the records name as an owner, assessor or approver.
    methodSheet: methodSheetPlan(methodology, options.lang, peopleOf(records)),
    records,
    emptySheets,
    ...(options.date ? { date: options.date } : {}),
  });
  const withModes: WorkbookPlan = {
    ...plan,
    sheets: plan.sheets.map((s) => (emptySheets.has(s.name) ? { ...s, mode: "update" } : s)),
  };
  const conflicts = existing ? findConflicts(withModes, existing) : [];
  if (conflicts.length === 0) return { ok: true, plan: withModes, conflicts, renamed: [] };
  if (options.onConflict !== "beside" || !existing) return { ok: false, conflicts };
  const beside = placeBeside(withModes, existing);
  return { ok: true, plan: beside.plan, conflicts, renamed: beside.renamed };
}
