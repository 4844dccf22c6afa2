/**
 * Readiness inputs for the rule tests: registers laid out as the workbook lays them out (header in row 1,
 * one column per field in REGISTER_FIELDS order, rows from row 2), and one input where all 16 items are
 * ready, from which each case changes one thing.
 */
import {
  REGISTER_FIELDS,
  assessReadiness,
  readinessReasonMessage,
  type ReadinessInput,
  type ReadinessItemKey,
  type ReadinessReason,
  type Register,
  type RegisterField,
  type RegisterKey,
  type RegisterRow,
  type Registers,
  type SoaRow,
} from "../../../src/domain/readiness";
import { LANGS } from "../../../src/i18n";
import { planRows, registerRows, REGISTER } from "../treatment/placedRows";
import { CLEAN_RISK, CLEAN_TREATMENT, LI, TODAY } from "../treatment/scenario";

export { TODAY };
export const AUDIT_DATE = "2026-05-20";
export const METHOD_SHEET = "风险评估方法";

/** The sheet each register is on. */
export const SHEETS: Readonly<Record<RegisterKey, string>> = {
  documents: "文件清单",
  records: "记录清单",
  scope: "体系范围",
  roles: "职责说明",
  objectives: "信息安全目标",
  laws: "法律法规清单",
  auditProgramme: "内审方案",
  auditChecklist: "内审检查表",
  nonconformities: "不符合项记录",
  review: "管理评审",
};

export type Values<K extends RegisterKey> = Partial<Record<RegisterField<K>, string>>;

const column = (index: number): string => String.fromCharCode(65 + index);

/** The A1 address of `field` in data row `row` of a register. */
export function cellOf<K extends RegisterKey>(key: K, field: RegisterField<K>, row: number): string {
  return `${column((REGISTER_FIELDS[key] as readonly string[]).indexOf(field))}${row}`;
}

/** A register of rows (blank values dropped), every column present. */
export function register<K extends RegisterKey>(key: K, rows: readonly Values<K>[]): Register<K> {
  const fields = REGISTER_FIELDS[key] as readonly RegisterField<K>[];
  const headers: Partial<Record<RegisterField<K>, string>> = {};
  fields.forEach((field, index) => (headers[field] = `${column(index)}1`));
  return {
    sheet: SHEETS[key],
    cell: "A1",
    headers,
    rows: rows.map((given, index): RegisterRow<K> => {
      const row = index + 2;
      const values: Partial<Record<RegisterField<K>, string>> = {};
      const cells: Record<string, string> = {};
      const text: Record<string, string> = {};
      fields.forEach((field, at) => {
        cells[field] = `${column(at)}${row}`;
        const value = given[field];
        if (value !== undefined && value !== "") values[field] = text[field] = value;
      });
      return { sheet: SHEETS[key], row, cells, text, values };
    }),
  };
}

export const SOA_SHEET = "适用性声明";
const SOA_COLUMNS = [
  "controlId",
  "applicable",
  "justification",
  "status",
  "plannedDate",
  "documents",
] as const;

export type SoaInput = Omit<SoaRow, "sheet" | "row" | "cells" | "text">;

/** SoA rows from row 2, columns A controlId · B applicable · C justification · D status · E plannedDate · F documents. */
export function soaRows(inputs: readonly SoaInput[]): SoaRow[] {
  return inputs.map((fields, index) => {
    const row = index + 2;
    const cells: Record<string, string> = {};
    const text: Record<string, string> = {};
    SOA_COLUMNS.forEach((key, at) => {
      cells[key] = `${column(at)}${row}`;
      const value = fields[key];
      if (value !== undefined) text[key] = typeof value === "boolean" ? (value ? "适用" : "不适用") : value;
    });
    return { sheet: SOA_SHEET, row, cells, text, ...fields };
  });
}

const APPROVED = { status: "approved", version: "V1.0", approvalDate: "2026-01-05", owner: "李娜" } as const;

export const READY_REGISTERS: Readonly<{ [K in RegisterKey]: readonly Values<K>[] }> = {
  roles: [
    { role: "最高管理者", person: "王强", responsibilities: "批准方针，提供资源，主持管理评审" },
    { role: "管理者代表", person: "李娜", responsibilities: "负责体系建立和运行，接受残余风险" },
  ],
  scope: [
    {
      itemId: "S-01",
      kind: "scope",
      description: "软件研发与运维服务",
      approvedBy: "王强",
      approvalDate: "2026-01-05",
    },
    { itemId: "S-02", kind: "exclusion", description: "8.30 外包开发", justification: "公司无外包开发活动" },
  ],
  documents: [
    { docId: "ISMS-D-01", title: "信息安全管理体系范围", clauses: "4.3", ...APPROVED },
    { docId: "ISMS-D-02", title: "信息安全方针", clauses: "5.2", ...APPROVED },
    { docId: "ISMS-D-03", title: "风险评估程序", clauses: "6.1.2", ...APPROVED },
    { docId: "ISMS-D-04", title: "风险处置程序", clauses: "6.1.3", ...APPROVED },
    { docId: "ISMS-D-05", title: "适用性声明", clauses: "6.1.3 d)", ...APPROVED },
    { docId: "ISMS-D-06", title: "信息安全目标", clauses: "6.2", ...APPROVED },
    { docId: "ISMS-D-07", title: "文件与记录控制程序", clauses: "7.5", ...APPROVED },
    { docId: "ISMS-P-01", title: "访问控制程序", clauses: "A.5.15", ...APPROVED },
  ],
  records: [
    ["ISMS-R-01", "培训记录", "7.2"],
    ["ISMS-R-02", "运行记录", "8.1"],
    ["ISMS-R-03", "风险评估报告", "8.2"],
    ["ISMS-R-04", "风险处置记录", "8.3"],
    ["ISMS-R-05", "监视测量记录", "9.1"],
    ["ISMS-R-06", "内审报告", "9.2"],
    ["ISMS-R-07", "管理评审报告", "9.3"],
    ["ISMS-R-08", "不符合项记录", "10.2"],
  ].map(([recordId, title, clauses]) => ({
    recordId,
    title,
    clauses,
    owner: "李娜",
    location: "OA/体系文件",
  })),
  objectives: [
    {
      objectiveId: "O-01",
      objective: "核心系统可用性",
      metric: "月度可用率",
      target: "≥ 99.5%",
      result: "99.8%",
      measuredOn: "2026-02-28",
    },
  ],
  laws: [{ lawId: "L-01", name: "中华人民共和国网络安全法", owner: "法务部", status: "compliant" }],
  auditProgramme: [
    { auditId: "IA-2026-01", area: "全部条款", plannedDate: "2026-02-10", doneDate: "2026-02-12" },
  ],
  auditChecklist: [
    { itemId: "C-01", requirementId: "5.2", grade: "conforming" },
    { itemId: "C-02", requirementId: "8.8", grade: "minor", ncId: "NC-01" },
  ],
  nonconformities: [
    {
      ncId: "NC-01",
      grade: "minor",
      cause: "补丁流程未覆盖测试环境",
      correctiveAction: "修订补丁管理程序",
      owner: "张伟",
      dueDate: "2026-03-01",
      status: "closed",
      verification: "抽查 5 台服务器，补丁均已更新",
      verifiedOn: "2026-03-05",
    },
  ],
  review: ["a", "b", "c", "d1", "d2", "d3", "d4", "e", "f", "g"].map((inputId) => ({
    inputId,
    input: `${inputId.charAt(0)}) 评审输入`,
    decision: "保持现有安排",
  })),
};

export const READY_SOA: readonly SoaInput[] = [
  { controlId: "5.1", applicable: true, status: "已实施", documents: "ISMS-D-02《信息安全方针》" },
  {
    controlId: "8.8",
    applicable: true,
    status: "计划中",
    plannedDate: "2026-04-15",
    documents: "访问控制程序",
  },
  { controlId: "8.30", applicable: false, justification: "公司无外包开发活动" },
  { controlId: "5.31", applicable: true, status: "已实施" },
];

function allRegisters(): Registers {
  const registers: Partial<Record<RegisterKey, Register<RegisterKey>>> = {};
  for (const key of Object.keys(READY_REGISTERS) as RegisterKey[]) {
    registers[key] = register(key, READY_REGISTERS[key] as readonly Values<RegisterKey>[]);
  }
  return registers;
}

/** An input where all 16 items are ready: one risk above the criterion, treated, residual acceptable. */
export function readyInput(): ReadinessInput {
  return {
    today: TODAY,
    auditDate: AUDIT_DATE,
    standard: "2022",
    methodology: { methodology: LI, sheet: METHOD_SHEET, cell: "A1" },
    sheets: { risks: REGISTER, treatments: "Risk treatment plan", soa: SOA_SHEET },
    risks: registerRows(LI, [CLEAN_RISK]),
    treatments: planRows(LI, [CLEAN_TREATMENT]),
    soa: soaRows(READY_SOA),
    registers: allRegisters(),
  };
}

/** The ready input with one register's rows replaced (undefined: the workbook has no such sheet). */
export function withRegister<K extends RegisterKey>(
  input: ReadinessInput,
  key: K,
  rows: readonly Values<K>[] | undefined,
): ReadinessInput {
  const registers: Record<string, unknown> = { ...input.registers };
  if (rows === undefined) delete registers[key];
  else registers[key] = register(key, rows);
  return { ...input, registers };
}

/** The ready register's rows with row `index` changed. */
export function changedRow<K extends RegisterKey>(key: K, index: number, changes: Values<K>): Values<K>[] {
  const rows = [...(READY_REGISTERS[key] as readonly Values<K>[])];
  rows[index] = { ...rows[index], ...changes };
  return rows;
}

/** What a case expects of a reason: its code and where it points. */
export interface ExpectedReason {
  readonly code: string;
  readonly sheet?: string;
  readonly cell?: string;
}

/** The reasons' codes and places, and a message in both languages with no placeholder left. */
export function placesOf(reasons: readonly ReadinessReason[]): ExpectedReason[] {
  for (const reason of reasons) {
    for (const lang of LANGS) {
      const message = readinessReasonMessage(reason, lang);
      expect(message).not.toMatch(/^readiness\./);
      expect(message).not.toMatch(/\{\w+\}/);
    }
  }
  return reasons.map(({ code, sheet, cell }) => ({
    code,
    ...(sheet === undefined ? {} : { sheet }),
    ...(cell === undefined ? {} : { cell }),
  }));
}

/** One item of the assessment of an input. */
export function itemOf(input: ReadinessInput, key: ReadinessItemKey) {
  const item = assessReadiness(input).items.find((candidate) => candidate.key === key);
  if (!item) throw new Error(`no item ${key}`);
  return item;
}

/** A table case: a name, the input, the status and reasons expected of one item. */
export interface Case {
  readonly name: string;
  readonly input: ReadinessInput;
  readonly status: "ready" | "incomplete" | "missing";
  readonly reasons: readonly ExpectedReason[];
}

/** Runs a table of cases against one item. */
export function itemCases(key: ReadinessItemKey, cases: readonly Case[]): void {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, { input, status, reasons }) => {
    const item = itemOf(input, key);
    expect({ status: item.status, reasons: placesOf(item.reasons) }).toEqual({ status, reasons });
  });
}
