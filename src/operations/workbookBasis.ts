/**
 * What every judgement of a workbook starts from: its ISMS sheets read as records, the methodology its
 * methodology sheet states (if any), the standard it is kept on, and the methodology it is judged by —
 * the stated one, else the method its ratings imply. One definition, so validation, readiness and the
 * audit sheets judge a workbook alike.
 */
import { defaultMethodology, type Methodology, type StandardVersion } from "../domain/methodology";
import { inferMethod } from "../workbook/adopt/adoption";
import { readMethodSheet, type StatedMethodology } from "../workbook/method/readMethodSheet";
import { parseWorkbook, type ParsedWorkbook } from "../workbook/read/parseWorkbook";
import type { WorkbookSnapshot } from "../workbook/sheetData";

export interface WorkbookBasis {
  readonly parsed: ParsedWorkbook;
  /** The methodology sheet as read; null when the workbook has none. */
  readonly stated: StatedMethodology | null;
  readonly standard: StandardVersion;
  readonly methodology: Methodology;
}

/**
 * @example workbookBasisOf(snapshot).methodology.acceptance // the criterion the methodology sheet states
 */
export function workbookBasisOf(snapshot: WorkbookSnapshot): WorkbookBasis {
  const parsed = parseWorkbook(snapshot);
  const stated = readMethodSheet(snapshot);
  const standard: StandardVersion =
    stated?.methodology.standard ?? (parsed.standard === "2013" ? "2013" : "2022");
  const methodology = stated?.methodology ?? { ...defaultMethodology(inferMethod(parsed)), standard };
  return { parsed, stated, standard, methodology };
}
