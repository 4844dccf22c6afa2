/**
 * Item 10, 文件清单: the documents the standard requires listed and controlled (approved, versioned,
 * dated), and every document the SoA names as a control's document on the list.
 */
import { documentKey, documentRefs } from "../clauseText";
import { REQUIRED_INFORMATION } from "../requiredInformation";
import type { ReadinessInput, Register, RegisterRow } from "../types";
import { approvalGaps, isControlled, rowsForClause } from "./documentApproval";
import {
  missing,
  ReasonList,
  registerReason,
  rowParams,
  rowReason,
  rowsOf,
  valueOf,
  type RuleOutcome,
} from "./ruleKit";

/** The names a listed document is known by: its number and its title, as compared. */
function listedNames(rows: readonly RegisterRow<"documents">[]): string[] {
  const names = new Set<string>();
  for (const row of rows) {
    for (const field of ["docId", "title"] as const) {
      const value = valueOf(row, field);
      if (value !== undefined) names.add(documentKey(value));
    }
  }
  return [...names].filter((name) => name !== "");
}

/**
 * Whether an SoA reference names a listed document: the reference is a listed number or title, or holds
 * one ("ISMS-P-05《访问控制程序》" names ISMS-P-05 and 访问控制程序).
 */
function isListed(reference: string, names: readonly string[], exact: ReadonlySet<string>): boolean {
  const key = documentKey(reference);
  return exact.has(key) || names.some((name) => key.includes(name));
}

function requiredDocuments(register: Register<"documents">, reasons: ReasonList): void {
  for (const info of REQUIRED_INFORMATION) {
    if (info.kind !== "document") continue;
    const params = { required: info.key, clause: info.clause, number: info.number };
    const rows = rowsForClause(register.rows, info.clause, info.number, (row) => row.values.docId);
    const [first] = rows;
    if (first === undefined) reasons.add(registerReason("documents.required.missing", register, params));
    else if (!rows.some(isControlled)) {
      for (const gap of approvalGaps(
        first,
        "documents.required",
        rowParams(first, ["docId", "title"], params),
      )) {
        reasons.add(gap);
      }
    }
  }
}

/**
 * Document list: missing without a documents register or rows; incomplete when a required document is
 * not listed or not controlled, or the SoA names a document that is not listed.
 * @example documentsRule({ ...input, registers: {} }) // { status: "missing", reasons: [{ code: "documents.missing", params: {} }] }
 */
export function documentsRule(input: ReadinessInput): RuleOutcome {
  const register = input.registers.documents;
  const rows = rowsOf(register);
  if (register === undefined || rows.length === 0)
    return missing(registerReason("documents.missing", register));
  const reasons = new ReasonList();
  requiredDocuments(register, reasons);
  const names = listedNames(rows);
  const exact = new Set(names);
  for (const row of input.soa) {
    if (row.applicable !== true) continue;
    for (const document of documentRefs(row.documents)) {
      if (isListed(document, names, exact)) continue;
      const params = { row: row.row, controlId: row.controlId?.trim() ?? "", document };
      reasons.add(rowReason("documents.soa.unlisted", row, "documents", params));
    }
  }
  return reasons.outcome();
}
