/** A client's workbook as "Adopt this workbook" shows it, and actions over it that never touch Excel. */
import type {
  AdoptActions,
  AdoptOutcome,
  AdoptRequest,
  AdoptionView,
  ColumnKeyOption,
  ColumnReading,
} from "../../src/taskpane/adoptActions";
import type { DataSheetKey } from "../../src/workbook/schema";

const option = (key: string, en: string, zh: string, plan = false): ColumnKeyOption => ({
  key,
  label: { en, "zh-CN": zh },
  plan,
});

const registerKeys: readonly ColumnKeyOption[] = [
  option("riskId", "Risk ID", "风险编号"),
  option("asset", "Asset", "资产名称"),
  option("threat", "Threat", "威胁"),
  option("vulnerability", "Vulnerability", "脆弱性"),
  option("likelihood", "Likelihood", "可能性"),
  option("impact", "Impact", "影响"),
  option("value", "Risk value", "风险值"),
  option("level", "Risk level", "风险等级"),
  option("owner", "Risk owner", "风险责任人"),
  option("description", "Risk description", "风险描述"),
  option("plan.owner", "Owner", "责任人", true),
  option("plan.notes", "Notes", "备注", true),
];

const simpleKeys = (id: string, en: string, zh: string): readonly ColumnKeyOption[] => [
  option(id, en, zh),
  option("name", "Name", "名称"),
];

export const columnKeys: Readonly<Record<DataSheetKey, readonly ColumnKeyOption[]>> = {
  assets: simpleKeys("assetId", "Asset ID", "资产编号"),
  threats: simpleKeys("threatId", "Threat ID", "威胁编号"),
  vulnerabilities: simpleKeys("vulnerabilityId", "Vulnerability ID", "脆弱性编号"),
  risks: registerKeys,
  treatments: [option("riskId", "Risk ID", "风险编号"), option("option", "Treatment option", "处置方式")],
  soa: [option("controlId", "Control", "条款"), option("applicable", "Applicable", "是否适用")],
  gap: [option("requirementId", "Requirement", "条款/控制编号")],
};

const column = (index: number, header: string, key: string): ColumnReading => ({
  index,
  letter: String.fromCharCode(65 + index),
  header,
  key,
});

/** A zh-CN register with a title above its header (row 3), a notes sheet and a control catalog. */
export const clientReading: AdoptionView = {
  sheets: [
    {
      name: "风险评估表",
      role: "risks",
      alsoTreatments: true,
      chosen: false,
      headerRow: 3,
      headerRows: 1,
      records: 200,
      columns: [
        column(0, "序号", "none"),
        column(1, "风险编号", "riskId"),
        column(2, "资产名称", "asset"),
        column(3, "威胁", "threat"),
        column(4, "脆弱性", "vulnerability"),
        column(5, "可能性", "likelihood"),
        column(6, "影响程度", "impact"),
        column(7, "风险值", "value"),
        column(8, "风险等级", "level"),
        column(9, "风险责任人", "owner"),
        column(10, "备注说明", "plan.notes"),
      ],
    },
    { name: "说明", role: "none", alsoTreatments: false, chosen: false, records: 0, columns: [] },
    {
      name: "附录A控制清单",
      role: "none",
      alsoTreatments: false,
      chosen: false,
      records: 0,
      skipped: "catalog",
      columns: [],
    },
  ],
  counts: { risks: 200, treatments: 200, assets: 0, soa: 0, gap: 0 },
  method: "li",
  methodInferred: true,
  problems: [
    {
      code: "workbook.date.ambiguous",
      severity: "warning",
      sheet: "风险评估表",
      cell: "L7",
      params: { value: "03/04/2026" },
    },
    { code: "workbook.header.twoRow", severity: "info", sheet: "风险评估表", cell: "B3" },
    {
      code: "workbook.table.end",
      severity: "info",
      sheet: "风险评估表",
      cell: "E205",
      params: { value: "审核人：王强" },
    },
  ],
  writes: [
    { key: "method", name: "方法", rows: 15 },
    { key: "risks", name: "风险评估表 (2)", rows: 200, renamedFrom: "风险评估表" },
    { key: "treatments", name: "风险处置计划", rows: 200 },
  ],
  roles: ["assets", "threats", "vulnerabilities", "risks", "treatments", "soa", "gap"],
  columnKeys,
};

/** The reading with the request's column corrections applied (the way the operation re-plans). */
function revised(request: AdoptRequest): AdoptionView {
  const chosen = request.choices.columns ?? {};
  return {
    ...clientReading,
    sheets: clientReading.sheets.map((sheet) => {
      const role = request.choices.roles?.[sheet.name];
      const columns = sheet.columns.map((c) => ({ ...c, key: chosen[sheet.name]?.[c.index] ?? c.key }));
      return role ? { ...sheet, role, chosen: true, columns } : { ...sheet, columns };
    }),
  };
}

export const written: AdoptOutcome = {
  written: ["方法", "风险评估表 (2)", "风险处置计划"],
  renamed: [{ from: "风险评估表", to: "风险评估表 (2)" }],
};

export interface FakeAdoptActions extends AdoptActions {
  read: jest.Mock<Promise<AdoptionView>, [AdoptRequest]>;
  revise: jest.Mock<Promise<AdoptionView>, [AdoptRequest]>;
  write: jest.Mock<Promise<AdoptOutcome>, []>;
}

export function fakeAdoptActions(overrides: Partial<FakeAdoptActions> = {}): FakeAdoptActions {
  return {
    read: jest.fn(async (_request: AdoptRequest) => clientReading),
    revise: jest.fn(async (request: AdoptRequest) => revised(request)),
    write: jest.fn(async (): Promise<AdoptOutcome> => written),
    ...overrides,
  };
}
