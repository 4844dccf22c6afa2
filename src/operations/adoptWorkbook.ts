/**
 * Use case: adopt a client's own workbook. One read finds every sheet's role and columns (the mapping a
 * person checks and may correct, re-parsed without reading again), then the ISMS sheets are written
 * beside the originals, which are never changed: in the pane into the open workbook, by the command into
 * a new file. Within create's sync budget: one read, one apply.
 */
import { adoptRecords, type Adoption, type AdoptionOptions } from "../workbook/adopt/adoption";
import { buildWorkbookPlan } from "../workbook/layout/buildWorkbookPlan";
import { localIsoDate } from "./timing";
import type { WorkbookPlan } from "../workbook/plan";
import type { ApplyResult, WorkbookPort } from "../workbook/port";
import type { WorkbookProblem } from "../workbook/problems";
import { parseWorkbook, type ParsedWorkbook, type ReadingChoices } from "../workbook/read/parseWorkbook";
import { looksLikeIsmsSheet } from "../workbook/read/sheetLocator";
import { readingSchemas } from "../workbook/schema/readingSchemas";
import type { WorkbookSnapshot } from "../workbook/sheetData";
import { describePlan, type PlanSummary } from "./describePlan";

export type { Adoption, AdoptionOptions, ReadingChoices };

export interface AdoptOptions extends AdoptionOptions {
  readonly choices?: ReadingChoices;
}

export interface AdoptionPreview {
  readonly options: AdoptOptions;
  /** The workbook as read (kept so a correction is re-parsed without a second read). */
  readonly snapshot: WorkbookSnapshot;
  readonly parsed: ParsedWorkbook;
  readonly adoption: Adoption;
  /** Every problem: the reader's, then the adoption's. */
  readonly problems: readonly WorkbookProblem[];
  /** The plan that writes the ISMS sheets (beside the originals when `beside` was asked). */
  readonly plan: WorkbookPlan;
  readonly summary: PlanSummary;
  readonly renamed: readonly { readonly key: string; readonly from: string; readonly to: string }[];
}

/**
 * The adoption of a snapshot, pure. With `beside`, the plan is built against the snapshot so the ISMS
 * sheets go beside the client's sheets (a name in use gets a free one); without, into an empty workbook.
 */
export function planAdoption(
  snapshot: WorkbookSnapshot,
  options: AdoptOptions,
  beside: boolean,
): AdoptionPreview {
  const parsed = parseWorkbook(snapshot, options.choices ? { choices: options.choices } : {});
  const adoption = adoptRecords(parsed, options);
  const build = buildWorkbookPlan(
    {
      lang: options.lang,
      standard: options.standard,
      method: adoption.method,
      records: adoption.records,
      onConflict: "beside",
      date: localIsoDate(),
    },
    beside ? snapshot : undefined,
  );
  if (!build.ok) throw new Error("Invariant: writing beside always finds free names");
  return {
    options,
    snapshot,
    parsed,
    adoption,
    problems: [...parsed.problems, ...adoption.problems],
    plan: build.plan,
    summary: describePlan(build.plan),
    renamed: build.renamed,
  };
}

/**
 * Reads the open workbook once and says how it would be adopted.
 * @example (await previewAdoption(port, { lang: "zh-CN", standard: "2022" })).parsed.mapping[0]?.role // "risks"
 */
export async function previewAdoption(
  port: Pick<WorkbookPort, "read">,
  options: AdoptOptions,
): Promise<AdoptionPreview> {
  const schemas = readingSchemas();
  const snapshot = await port.read({ readInFull: (head) => looksLikeIsmsSheet(head, schemas) });
  return planAdoption(snapshot, options, true);
}

/** The same adoption with a person's corrections (a sheet's role, a column's key), without reading again. */
export function reviseAdoption(preview: AdoptionPreview, choices: ReadingChoices): AdoptionPreview {
  return planAdoption(preview.snapshot, { ...preview.options, choices }, true);
}

/** Writes the previewed ISMS sheets beside the originals. */
export async function applyAdoption(
  port: Pick<WorkbookPort, "apply">,
  preview: AdoptionPreview,
): Promise<ApplyResult> {
  return port.apply(preview.plan);
}
