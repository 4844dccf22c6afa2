/**
 * Item 1, 体系的职责说明: the roles register names who does what, including top management (最高管理者)
 * and the management representative (管理者代表) who signs off residual risks.
 */
import { namesAny } from "../clauseText";
import type { ReadinessInput } from "../types";
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

/** Words that name top management in a role cell. */
export const TOP_MANAGEMENT_WORDS = [
  "最高管理者",
  "最高管理层",
  "总经理",
  "董事长",
  "总裁",
  "首席执行官",
  "top management",
  "general manager",
  "managing director",
  "chief executive",
  "president",
  "ceo",
] as const;

/** Words that name the management representative (the ISMS manager) in a role cell. */
export const REPRESENTATIVE_WORDS = [
  "管理者代表",
  "信息安全负责人",
  "信息安全经理",
  "信息安全主管",
  "体系负责人",
  "management representative",
  "isms manager",
  "isms representative",
  "information security manager",
  "information security officer",
  "chief information security officer",
  "ciso",
] as const;

/**
 * Roles: missing without a roles register or rows; incomplete when a role has no person or no
 * responsibilities, or nobody is top management or the management representative.
 * @example rolesRule({ ...input, registers: {} }) // { status: "missing", reasons: [{ code: "roles.missing", params: {} }] }
 */
export function rolesRule(input: ReadinessInput): RuleOutcome {
  const register = input.registers.roles;
  const rows = rowsOf(register);
  if (rows.length === 0) return missing(registerReason("roles.missing", register));
  const reasons = new ReasonList();
  let topManagement = false;
  let representative = false;
  for (const row of rows) {
    const role = valueOf(row, "role");
    topManagement ||= namesAny(role, TOP_MANAGEMENT_WORDS);
    representative ||= namesAny(role, REPRESENTATIVE_WORDS);
    if (valueOf(row, "person") === undefined) {
      reasons.add(rowReason("roles.person.missing", row, "person", rowParams(row, ["role"])));
    }
    if (valueOf(row, "responsibilities") === undefined) {
      reasons.add(
        rowReason("roles.responsibilities.missing", row, "responsibilities", rowParams(row, ["role"])),
      );
    }
  }
  if (!topManagement) reasons.add(registerReason("roles.topManagement.missing", register));
  if (!representative) reasons.add(registerReason("roles.representative.missing", register));
  return reasons.outcome();
}
