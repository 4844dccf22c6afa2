/**
 * Control ids that Excel stored as numbers: a typed 5.30 arrives as 5.3, and 8.10 as 8.1. The id
 * itself cannot tell them apart, but the control's title on the same row can.
 */
import { controlById } from "../../domain/catalog/lookup";
import type { WorkbookProblemCode } from "../problems";

export interface NumericControlId {
  readonly id: string;
  readonly problem?: WorkbookProblemCode;
}

/** The decimal text of a stored number, without floating-point noise (5.300000000001 → "5.3"). */
function numberText(n: number): string {
  const rounded = Number(n.toFixed(2));
  return Math.abs(n - rounded) < 1e-9 ? String(rounded) : String(n);
}

/** Lower-case letters and digits only, half-width: the form titles are compared in. */
function comparable(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** Whether a written title names the control: it holds the catalog title, or is a recognisable part of it. */
function titleNames(title: string, id: string): boolean {
  const control = controlById(id);
  const written = comparable(title);
  if (!control || written === "") return false;
  return [control.title.en, control.title["zh-CN"]].some((catalogTitle) => {
    const known = comparable(catalogTitle);
    return written.includes(known) || (written.length >= 4 && known.includes(written));
  });
}

/**
 * The control id a number stands for. When the title beside it names the control with a trailing zero
 * (5.30 "ICT readiness for business continuity") and not the one without (5.3 "Segregation of duties"),
 * the id is repaired and reported as such; otherwise it is the number as written, with the warning that
 * the column must be text.
 * @example controlIdFromNumber(5.3, "ICT readiness for business continuity") // { id: "5.30", problem: "workbook.control.numericFixed" }
 * @example controlIdFromNumber(5.3, "职责分离") // { id: "5.3", problem: "workbook.control.numeric" }
 */
export function controlIdFromNumber(n: number, title: string | undefined): NumericControlId {
  const id = numberText(n);
  const padded = /^\d+\.\d$/.test(id) ? `${id}0` : undefined;
  if (padded && title !== undefined && titleNames(title, padded) && !titleNames(title, id)) {
    return { id: padded, problem: "workbook.control.numericFixed" };
  }
  return { id, problem: "workbook.control.numeric" };
}
