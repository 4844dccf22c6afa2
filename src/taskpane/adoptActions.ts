/**
 * What "Adopt this workbook" asks of the workbook, as plain data and promises (components never see a
 * port). The composition root binds it to the adoption operation over the Office.js port; tests bind it to
 * fakes. Reading is the only call that reads the workbook; corrections are re-planned from what was read.
 */
import type { MethodId, StandardVersion } from "../domain/methodology/types";
import type { Lang } from "../i18n";
import type { ReadingChoices } from "../operations/adoptWorkbook";
import type { WorkbookProblem } from "../workbook/problems";
import type { SheetKey } from "../workbook/plan";
import type { DataSheetKey } from "../workbook/schema";

export type { ReadingChoices, WorkbookProblem };

/** The role a sheet is read as, or "none" when it is not read. */
export type SheetRole = DataSheetKey | "none";

/** What the ISMS sheets are made for; the corrections made so far. */
export interface AdoptRequest {
  readonly lang: Lang;
  readonly standard: StandardVersion;
  /** The method to adopt into; inferred from the ratings found when absent. */
  readonly method?: MethodId;
  readonly choices: ReadingChoices;
}

/** A column key a person may give a column, with its header in both languages. */
export interface ColumnKeyOption {
  readonly key: string;
  readonly label: Readonly<Record<Lang, string>>;
  /** A treatment-plan column carried on a risk register (`plan.<key>`). */
  readonly plan: boolean;
}

/** One column of a sheet's header row: the key it is read as, or "none". */
export interface ColumnReading {
  /** 0-based index on the sheet (column A is 0): the index a correction names. */
  readonly index: number;
  readonly letter: string;
  /** The header as the sheet shows it ("" when the cell is blank). */
  readonly header: string;
  readonly key: string;
}

/** One sheet of the workbook: the role it is read as, or why it was not read. */
export interface SheetReading {
  readonly name: string;
  readonly role: SheetRole;
  /** A register that also carries its treatment plan. */
  readonly alsoTreatments: boolean;
  /** The role was chosen by the person rather than found. */
  readonly chosen: boolean;
  /** 1-based row of the header (the lower row when it spans two). */
  readonly headerRow?: number;
  readonly headerRows?: 1 | 2;
  readonly records: number;
  readonly skipped?: "catalog" | "incomplete" | "superseded";
  /** The header row's columns, left to right. */
  readonly columns: readonly ColumnReading[];
}

export type AdoptionCounts = Readonly<Record<"risks" | "treatments" | "assets" | "soa" | "gap", number>>;

/** How the open workbook would be adopted: shown, corrected, then written. */
export interface AdoptionView {
  readonly sheets: readonly SheetReading[];
  readonly counts: AdoptionCounts;
  readonly method: MethodId;
  readonly methodInferred: boolean;
  /** Every problem, in reading order (the words are made where they are shown). */
  readonly problems: readonly WorkbookProblem[];
  /** The ISMS sheets the write adds, each with its data rows; `renamedFrom` when the name was taken. */
  readonly writes: readonly {
    readonly key: SheetKey;
    readonly name: string;
    readonly rows: number;
    readonly renamedFrom?: string;
  }[];
  /** The roles a sheet may be read as, in the pane's order. */
  readonly roles: readonly DataSheetKey[];
  /** The keys a column may take, by the role of its sheet. */
  readonly columnKeys: Readonly<Record<DataSheetKey, readonly ColumnKeyOption[]>>;
}

export interface AdoptOutcome {
  /** The ISMS sheets written. */
  readonly written: readonly string[];
  /** ISMS sheets named beside a client's sheet of the same name. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
}

export interface AdoptActions {
  /** Reads the open workbook (once) and says how it would be adopted. */
  read(request: AdoptRequest): Promise<AdoptionView>;
  /** The last reading again with the request's corrections, language, standard or method: no read. */
  revise(request: AdoptRequest): Promise<AdoptionView>;
  /** Writes the ISMS sheets of the last reading beside the client's sheets. */
  write(): Promise<AdoptOutcome>;
}
