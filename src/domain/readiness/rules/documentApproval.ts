/**
 * Documented information by the clause it answers, and what a controlled document needs (7.5.2,
 * 7.5.3): approved, with a version and an approval date. Shared by the policy item and the lists of
 * documents and records.
 */
import type { RowPlace } from "../../treatment/types";
import { clauseKey, clauseKeys } from "../clauseText";
import { REQUIRED_INFORMATION, type RequiredInformationKey } from "../requiredInformation";
import type { ReadinessReason, ReasonParams, RegisterRow } from "../types";
import { rowReason, valueOf } from "./ruleKit";

/** The required document or record of a key. */
export function requiredInformation(key: RequiredInformationKey): (typeof REQUIRED_INFORMATION)[number] {
  const info = REQUIRED_INFORMATION.find((candidate) => candidate.key === key);
  if (!info) throw new Error(`No required information "${key}"`);
  return info;
}

/** A documents or records row: what it cites, and its number. */
interface ListedRow extends RowPlace {
  readonly values: { readonly clauses?: string };
}

/**
 * The rows whose clauses cell cites `clause`; failing that, the rows numbered `number` (the number a new
 * workbook gives the row, when its clauses cell was cleared).
 * @example rowsForClause(rows, "6.1.3 d)", "ISMS-D-05", (row) => row.values.docId) // the SoA's row, not 6.1.3's
 */
export function rowsForClause<R extends ListedRow>(
  rows: readonly R[],
  clause: string,
  number: string,
  numberOf: (row: R) => string | undefined,
): R[] {
  const key = clauseKey(clause);
  const citing = rows.filter((row) => clauseKeys(row.values.clauses).includes(key));
  if (citing.length > 0) return citing;
  const wanted = number.toLowerCase();
  return rows.filter((row) => numberOf(row)?.trim().toLowerCase() === wanted);
}

/** A document row with its status approved, a version and an approval date. */
export function isControlled(row: RegisterRow<"documents">): boolean {
  return (
    valueOf(row, "status") === "approved" &&
    valueOf(row, "version") !== undefined &&
    valueOf(row, "approvalDate") !== undefined
  );
}

/** Why a document is not controlled yet: not approved, no version, no approval date (codes after `prefix`). */
export function approvalGaps(
  row: RegisterRow<"documents">,
  prefix: string,
  params: ReasonParams,
): ReadinessReason[] {
  const gaps: ReadinessReason[] = [];
  if (valueOf(row, "status") !== "approved") {
    const status = row.text["status"]?.trim() || "—";
    gaps.push(rowReason(`${prefix}.unapproved`, row, "status", { ...params, status }));
  }
  if (valueOf(row, "version") === undefined) {
    gaps.push(rowReason(`${prefix}.version.missing`, row, "version", params));
  }
  if (valueOf(row, "approvalDate") === undefined) {
    gaps.push(rowReason(`${prefix}.approvalDate.missing`, row, "approvalDate", params));
  }
  return gaps;
}
