/**
 * Reading the registers the method names: found by the ISMS metadata, by the stable table name, or by a
 * header row alone (a client's own sheet, in Chinese, under a title); each row with its place and its
 * values in plain form (ISO dates, vocabulary keys, "yes"/"no"), whichever language the words are in.
 */
import { REGISTER_FIELDS, type RegisterKey } from "../../../src/domain/readiness/types";
import { readRegisters, looksLikeRegisterSheet } from "../../../src/workbook/read/readRegisters";
import { registerSchema } from "../../../src/workbook/schema/registerSchemas";
import type { IsmsMetadata } from "../../../src/workbook/plan";
import type { RawValue, SheetData, WorkbookSnapshot } from "../../../src/workbook/sheetData";

type Lang = "en" | "zh-CN";

function sheet(name: string, values: RawValue[][], extra: Partial<SheetData> = {}): SheetData {
  return { name, row: 0, column: 0, values, tables: [], ...extra };
}

/** The register's own header row, in one language. */
function headers(key: RegisterKey, lang: Lang): string[] {
  return registerSchema(key).columns.map((c) => c.header[lang]);
}

/** A row of the register by column key, in the schema's column order. */
function row(key: RegisterKey, values: Readonly<Record<string, RawValue>>): RawValue[] {
  return REGISTER_FIELDS[key].map((field) => values[field] ?? "");
}

const snapshot = (sheets: SheetData[], metadata: IsmsMetadata | null = null): WorkbookSnapshot => ({
  sheets,
  metadata,
});

const DOCUMENTS: RawValue[][] = [
  row("documents", {
    docId: "ISMS-D-01",
    title: "ISMS scope",
    clauses: "4.3",
    approvalDate: 46082,
    status: "Approved",
  }),
  row("documents", { docId: "ISMS-D-02", title: "Policy", clauses: "5.2", status: "草稿" }),
];

describe("a register found by the ISMS metadata", () => {
  const table = { name: "ISMS_Documents", address: "A3:J5" };
  const renamedHeaders = headers("documents", "en").map((h) => (h === "Status" ? "Stand" : h));
  const docs = sheet("Our documents", [["Document list"], [], renamedHeaders, ...DOCUMENTS], {
    tables: [table],
  });
  const metadata: IsmsMetadata = {
    version: 1,
    lang: "en",
    standard: "2022",
    sheets: [
      {
        key: "documents",
        name: "ISMS documents",
        table: "ISMS_Documents",
        columns: [...REGISTER_FIELDS.documents],
      },
    ],
  };
  const read = readRegisters(snapshot([docs], metadata));

  it("is read from the table's sheet, however the sheet was renamed", () => {
    expect(read.registers.documents?.sheet).toBe("Our documents");
    expect(read.registers.documents?.cell).toBe("A3");
    expect(read.registers.documents?.rows.map((r) => r.values.docId)).toEqual(["ISMS-D-01", "ISMS-D-02"]);
  });

  it("keeps the column the metadata records under a header renamed to an unknown word", () => {
    expect(read.registers.documents?.headers.status).toBe("H3");
    expect(read.registers.documents?.rows.map((r) => r.values.status)).toEqual(["approved", "draft"]);
  });
});

describe("a register found by its table name", () => {
  const laws = sheet(
    "Legal",
    [
      headers("laws", "en"),
      row("laws", {
        lawId: "L-01",
        name: "Personal Information Protection Law",
        effectiveDate: "2021-11-01",
        status: "Partly compliant",
        controls: "5.34",
      }),
    ],
    // The used range starts at B3: addresses count from there.
    { row: 2, column: 1, tables: [{ name: "ISMS_Laws", address: "B3:L4" }] },
  );
  const read = readRegisters(snapshot([laws]));

  it("points at the header's first cell and each header on the sheet", () => {
    expect(read.registers.laws?.cell).toBe("B3");
    expect(read.registers.laws?.headers.name).toBe("C3");
    expect(read.registers.laws?.headers.notes).toBe("L3");
  });

  it("reads the row with its place and plain values", () => {
    const [law] = read.registers.laws?.rows ?? [];
    expect(law?.row).toBe(4);
    expect(law?.cells.status).toBe("I4");
    expect(law?.values).toEqual({
      lawId: "L-01",
      name: "Personal Information Protection Law",
      effectiveDate: "2021-11-01",
      status: "partial",
      controls: "5.34",
    });
  });

  it("also finds a table written beside another (ISMS_Laws_2)", () => {
    const beside = { ...laws, tables: [{ name: "ISMS_Laws_2", address: "B3:L4" }] };
    expect(readRegisters(snapshot([beside])).registers.laws?.sheet).toBe("Legal");
  });
});

describe("a client's own sheet found by its headers alone", () => {
  const ncHeaders = [
    "序号",
    "不符合项编号",
    "不符合事实",
    "类型",
    "原因分析",
    "整改措施",
    "责任部门",
    "完成时间",
    "整改状态",
  ];
  const client = sheet(
    "2025内审整改",
    [
      ["2025年度内部审核不符合项汇总表"],
      [],
      ncHeaders,
      [1, "NC-01", "未按期评审访问权限", "严重", "无流程", "建立季度评审", "IT部", 46112, "已关闭"],
      ["", "", "", "", "", "", "", "", ""],
      [
        2,
        "NC-02",
        "备份未做恢复测试",
        "一般",
        "无计划",
        "制定恢复测试计划",
        "运维部",
        "2026年5月31日",
        "整改中",
      ],
      [],
      [],
      [],
      ["编制：张三"],
    ],
    { merged: ["A1:I1"] },
  );
  const read = readRegisters(snapshot([client]));
  const ncs = read.registers.nonconformities;

  it("takes the sheet as the nonconformity register, its header under the title", () => {
    expect(ncs?.sheet).toBe("2025内审整改");
    expect(ncs?.cell).toBe("A3");
    expect(ncs?.headers).toMatchObject({ ncId: "B3", description: "C3", grade: "D3", status: "I3" });
  });

  it("reads the rows in plain form and skips the blank row", () => {
    expect(ncs?.rows.map((r) => r.row)).toEqual([4, 6]);
    expect(ncs?.rows.map((r) => r.values)).toEqual([
      {
        ncId: "NC-01",
        description: "未按期评审访问权限",
        grade: "major",
        cause: "无流程",
        correctiveAction: "建立季度评审",
        owner: "IT部",
        dueDate: "2026-03-31",
        status: "closed",
      },
      {
        ncId: "NC-02",
        description: "备份未做恢复测试",
        grade: "minor",
        cause: "无计划",
        correctiveAction: "制定恢复测试计划",
        owner: "运维部",
        dueDate: "2026-05-31",
        status: "inProgress",
      },
    ]);
  });

  it("stops at the sign-off line and is read as no other register", () => {
    expect(read.problems.map((p) => p.code)).toContain("workbook.table.end");
    expect(Object.keys(read.registers)).toEqual(["nonconformities"]);
  });
});

describe("values in plain form", () => {
  const rows: [string, Readonly<Record<string, RawValue>>, Readonly<Record<string, string>>][] = [
    ["an Excel date serial", { approvalDate: 46082 }, { approvalDate: "2026-03-01" }],
    ["a date typed with slashes", { approvalDate: "2026/3/1" }, { approvalDate: "2026-03-01" }],
    ["a date typed in Chinese", { approvalDate: "2026年3月1日" }, { approvalDate: "2026-03-01" }],
    ["an English label", { status: "Approved" }, { status: "approved" }],
    ["a Chinese label", { status: "已发布" }, { status: "approved" }],
    ["an alias in capitals", { status: "ISSUED" }, { status: "approved" }],
    ["a Chinese alias", { status: "已作废" }, { status: "withdrawn" }],
    ["a number in a text column", { version: 2 }, { version: "2" }],
  ];

  it.each(rows)("reads %s", (_, cells, plain) => {
    const docs = sheet("Docs", [headers("documents", "en"), row("documents", { docId: "D-1", ...cells })], {
      tables: [{ name: "ISMS_Documents", address: "A1:J2" }],
    });
    const [read] = readRegisters(snapshot([docs])).registers.documents?.rows ?? [];
    expect(read?.values).toEqual({ docId: "D-1", ...plain });
  });

  it.each([
    ["是", "yes"],
    ["Yes", "yes"],
    ["否", "no"],
    [true, "yes"],
    [0, "no"],
  ] as const)("reads yes/no %p as %s", (achieved, plain) => {
    const objectives = sheet(
      "目标",
      [
        headers("objectives", "zh-CN"),
        row("objectives", { objectiveId: "O-1", objective: "可用性", achieved }),
      ],
      { tables: [{ name: "ISMS_Objectives", address: "A1:J2" }] },
    );
    const [read] = readRegisters(snapshot([objectives])).registers.objectives?.rows ?? [];
    expect(read?.values.achieved).toBe(plain);
  });

  it("keeps a word it does not know as typed, and says where", () => {
    const docs = sheet(
      "Docs",
      [headers("documents", "en"), row("documents", { docId: "D-1", status: "pending sign-off" })],
      { tables: [{ name: "ISMS_Documents", address: "A1:J2" }] },
    );
    const read = readRegisters(snapshot([docs]));
    expect(read.registers.documents?.rows[0]?.values.status).toBe("pending sign-off");
    expect(read.problems).toContainEqual(
      expect.objectContaining({ code: "workbook.term.unknown", sheet: "Docs", cell: "H2" }),
    );
  });

  it("keeps a count as its number", () => {
    const review = sheet("Review", [headers("review", "en"), row("review", { inputId: "c", count: 7 })], {
      tables: [{ name: "ISMS_Review", address: "A1:H2" }],
    });
    expect(readRegisters(snapshot([review])).registers.review?.rows[0]?.values.count).toBe("7");
  });
});

describe("row places", () => {
  const scope = sheet(
    "范围",
    [
      headers("scope", "zh-CN"),
      row("scope", { itemId: "S-1", kind: "范围", description: "支付平台的运营" }),
      row("scope", {}),
      row("scope", { itemId: "S-2", kind: "删减", description: "7.10", justification: "无存储介质" }),
    ],
    { tables: [{ name: "ISMS_Scope", address: "A1:F4" }] },
  );
  const rows = readRegisters(snapshot([scope])).registers.scope?.rows ?? [];

  it("gives each row its sheet, 1-based row, every column's cell and the non-blank cells' text", () => {
    expect(rows.map((r) => [r.sheet, r.row])).toEqual([
      ["范围", 2],
      ["范围", 4],
    ]);
    expect(rows[1]?.cells).toEqual({
      itemId: "A4",
      kind: "B4",
      description: "C4",
      justification: "D4",
      approvedBy: "E4",
      approvalDate: "F4",
    });
    expect(rows[1]?.text).toEqual({
      itemId: "S-2",
      kind: "删减",
      description: "7.10",
      justification: "无存储介质",
    });
    expect(rows[1]?.values.kind).toBe("exclusion");
  });
});

describe("registers the workbook lacks", () => {
  const risks = sheet(
    "风险评估表",
    [
      ["风险编号", "资产", "威胁", "脆弱性", "可能性", "影响", "责任人", "状态", "计划完成日期"],
      ["R-1", "服务器", "断电", "无UPS", 3, 4, "张三", "进行中", 46112],
    ],
    { tables: [{ name: "ISMS_Risks", address: "A1:I2" }] },
  );

  it("are absent, and a risk register is no register of them", () => {
    const read = readRegisters(snapshot([risks]));
    expect(read.registers).toEqual({});
    expect(read.problems).toEqual([]);
  });

  it("are absent from an empty workbook", () => {
    expect(readRegisters(snapshot([])).registers).toEqual({});
  });
});

describe("looksLikeRegisterSheet", () => {
  it.each([
    [
      "a register's table",
      sheet("x", [headers("roles", "en")], { tables: [{ name: "ISMS_Roles", address: "A1:F2" }] }),
      true,
    ],
    ["a client's headers", sheet("职责", [["岗位", "姓名", "部门", "职责与权限"]]), true],
    [
      "another ISMS sheet",
      sheet("风险", [["风险编号", "资产", "威胁"]], { tables: [{ name: "ISMS_Risks", address: "A1:C2" }] }),
      false,
    ],
    ["the guide", sheet("填写说明", [headers("documents", "zh-CN")]), false],
    ["a sheet of notes", sheet("Notes", [["Meeting notes"], ["Discussed the scope"]]), false],
  ])("says %s: %s", (_, head, expected) => {
    expect(looksLikeRegisterSheet(head)).toBe(expected);
  });
});
