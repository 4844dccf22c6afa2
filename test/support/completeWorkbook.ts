/**
 * A workbook whose every readiness item is satisfied, written through the product's own paths (the
 * records → createWorkbook → the .xlsx port): the sample client with its planted mistakes repaired (every
 * treatment owned, dated, controlled, done and signed off), an SoA deciding, justifying and implementing
 * every control, and every register the method names filled in.
 */
import { controlById, controls } from "../../src/domain/catalog";
import { defaultMethodology, type Methodology } from "../../src/domain/methodology";
import { t, type Lang } from "../../src/i18n";
import { createWorkbook } from "../../src/operations/createWorkbook";
import {
  requiredDocumentRows,
  requiredRecordRows,
  reviewInputRows,
  starterLawRows,
} from "../../src/workbook/layout/registerRows";
import type { WorkbookRecords } from "../../src/workbook/layout/workbookPlan";
import type { RegisterRecords, SoaFields, TreatmentFields } from "../../src/workbook/records";
import { SAMPLE_APPROVER, SAMPLE_ASSESSED_ON } from "../../src/workbook/sample/sampleClient";
import { sampleRecords } from "../../src/workbook/sample/sampleRecords";
import { XlsxWorkbookPort } from "../../src/xlsx";

/** The day the complete workbook is judged on: every date in it is on or before. */
export const COMPLETE_TODAY = "2026-04-01";
/** The document every SoA row names (the policy: on the document list). */
const SOA_DOCUMENT = "ISMS-D-02";

const pick = (lang: Lang, en: string, zh: string): string => (lang === "en" ? en : zh);

/**
 * The sample's treatments, each owned, with 2022 controls, due within the deadline, done and signed off;
 * with a planned control, the first reduction puts it in place by its date (the SoA's planned date is
 * the latest due date of the treatments that name a control).
 */
function repairedTreatments(
  records: WorkbookRecords,
  lang: Lang,
  planned: PlannedControl | undefined,
): TreatmentFields[] {
  const owners = new Map((records.risks ?? []).map((risk) => [risk.riskId, risk.owner] as const));
  const repaired = (records.treatments ?? [])
    .filter((row) => owners.has(row.riskId))
    .map((row): TreatmentFields => {
      const known = (row.controls ?? []).filter((id) => controlById(id) !== undefined);
      return {
        ...row,
        owner: row.owner ?? owners.get(row.riskId),
        ...(row.option === "reduce" ? { controls: known.length > 0 ? known : ["5.15"] } : {}),
        dueDate: "2026-03-20",
        status: "verified",
        acceptedBy: pick(lang, ...SAMPLE_APPROVER),
        acceptedOn: "2026-03-25",
      };
    });
  const reduction = repaired.findIndex((row) => row.option === "reduce");
  const row = repaired[reduction];
  if (!planned || !row) return repaired;
  repaired[reduction] = {
    ...row,
    controls: [...(row.controls ?? []), planned.id],
    dueDate: planned.plannedDate,
    status: "inProgress",
  };
  return repaired;
}

/** A control still to be put in place, and the day it is planned for. */
export interface PlannedControl {
  readonly id: string;
  readonly plannedDate: string;
}

export interface CompleteOptions {
  /** One applicable control planned rather than implemented (the audit date then decides its item). */
  readonly planned?: PlannedControl;
}

/** Every Annex A control applicable, justified, documented and implemented (or the one planned). */
function completeSoa(lang: Lang, planned: PlannedControl | undefined): SoaFields[] {
  return controls("2022").map((control) => ({
    controlId: control.id,
    applicable: true,
    justification: pick(lang, "Required to treat the assessed risks", "风险处置需要"),
    documents: SOA_DOCUMENT,
    ...(control.id === planned?.id
      ? { status: t(lang, "workbook.soa.statuses.planned") }
      : { status: t(lang, "workbook.soa.statuses.implemented") }),
  }));
}

function completeRegisters(lang: Lang): RegisterRecords {
  const w = (en: string, zh: string): string => pick(lang, en, zh);
  const approver = w("Wang Qiang", "王强");
  const keeper = w("Information Security", "信息安全部");
  return {
    roles: [
      {
        role: w("Top management", "最高管理者"),
        person: w("Zhao Min", "赵敏"),
        department: w("Management", "总经理办公室"),
        responsibilities: w("Approves the policy and provides resources", "批准方针，提供资源"),
        appointedOn: "2026-01-05",
      },
      {
        role: w("Management representative", "管理者代表"),
        person: approver,
        department: keeper,
        responsibilities: w("Runs the ISMS and accepts residual risks", "负责体系运行，批准残余风险"),
        appointedOn: "2026-01-05",
      },
    ],
    scope: [
      {
        itemId: "S-01",
        kind: "scope",
        description: w("Payment platform operations, Shanghai office", "上海办公室的支付平台运营"),
        approvedBy: approver,
        approvalDate: "2026-01-10",
      },
      {
        itemId: "S-02",
        kind: "boundary",
        description: w("Cloud hosting provider", "云服务提供商"),
        justification: w("Covered by the provider's own certificate", "由供应商自身的认证覆盖"),
      },
    ],
    objectives: [
      {
        objectiveId: "O-01",
        objective: w("Keep the payment service available", "保障支付服务可用"),
        metric: w("Monthly availability", "月度可用率"),
        target: "99.9%",
        frequency: w("Monthly", "每月"),
        owner: keeper,
        result: "99.95%",
        measuredOn: "2026-03-31",
        achieved: "yes",
      },
    ],
    documents: requiredDocumentRows(lang).map((row) => ({
      ...row,
      owner: keeper,
      version: "1.0",
      approvalDate: "2026-01-15",
      status: "approved",
      location: w("Document portal", "文档系统"),
    })),
    records: requiredRecordRows(lang).map((row) => ({
      ...row,
      owner: keeper,
      retention: w("3 years", "3年"),
      location: w("Document portal", "文档系统"),
      lastDate: "2026-03-31",
    })),
    laws: starterLawRows(lang).map((row) => ({
      ...row,
      owner: w("Legal", "法务部"),
      status: "compliant",
      reviewedOn: "2026-02-01",
    })),
    auditProgramme: [
      {
        auditId: "IA-01",
        area: w("Whole ISMS", "体系全部范围"),
        requirements: "ISO/IEC 27001:2022",
        auditee: keeper,
        auditor: w("Li Na", "李娜"),
        plannedDate: "2026-03-10",
        doneDate: "2026-03-12",
      },
    ],
    auditChecklist: [
      {
        itemId: "1",
        requirementId: "9.2",
        requirement: w("Internal audit", "内部审核"),
        auditPoint: w("Audit programme approved", "内审方案经批准"),
        auditee: keeper,
        finding: w("Programme approved on 2026-02-01", "内审方案已于2026-02-01批准"),
        grade: "conforming",
        auditor: w("Li Na", "李娜"),
        auditedOn: "2026-03-12",
      },
      {
        itemId: "2",
        requirementId: "8.13",
        requirement: w("Information backup", "信息备份"),
        auditPoint: w("Restores tested", "备份恢复经测试"),
        auditee: keeper,
        finding: w("No restore test in 2025", "2025年未做恢复测试"),
        grade: "minor",
        ncId: "NC-01",
        auditor: w("Li Na", "李娜"),
        auditedOn: "2026-03-12",
      },
    ],
    nonconformities: [
      {
        ncId: "NC-01",
        source: w("Internal audit", "内审"),
        requirementId: "8.13",
        description: w("No restore test in 2025", "2025年未做恢复测试"),
        grade: "minor",
        cause: w("No test plan", "没有测试计划"),
        correction: w("Restore tested once", "已做一次恢复测试"),
        correctiveAction: w("Quarterly restore test planned", "制定季度恢复测试计划"),
        owner: keeper,
        dueDate: "2026-03-25",
        status: "closed",
        verification: w("Test records seen", "已查阅测试记录"),
        verifiedBy: w("Li Na", "李娜"),
        verifiedOn: "2026-03-28",
      },
    ],
    review: reviewInputRows(lang).map((row) => ({
      ...row,
      comment: w("Discussed", "已讨论"),
      decision: w("Continue as planned", "按计划继续"),
      owner: approver,
      dueDate: "2026-06-30",
    })),
  };
}

/**
 * The records of a workbook whose every readiness item is ready on COMPLETE_TODAY.
 * @example completeRecords("en", defaultMethodology("atv")).soa?.length // 93
 */
export function completeRecords(
  lang: Lang,
  methodology: Methodology,
  options: CompleteOptions = {},
): WorkbookRecords {
  const sample = sampleRecords(lang, methodology);
  return {
    ...sample,
    treatments: repairedTreatments(sample, lang, options.planned),
    soa: completeSoa(lang, options.planned),
    registers: completeRegisters(lang),
  };
}

/** Writes the complete workbook (2022, method atv) to `file`. */
export async function writeCompleteWorkbook(
  file: string,
  lang: Lang,
  options: CompleteOptions = {},
): Promise<void> {
  const methodology = { ...defaultMethodology("atv"), standard: "2022" as const };
  const port = XlsxWorkbookPort.create();
  const created = await createWorkbook(port, {
    lang,
    standard: "2022",
    method: "atv",
    records: completeRecords(lang, methodology, options),
    date: SAMPLE_ASSESSED_ON,
  });
  if (created.status !== "created") throw new Error("a new workbook has no conflicts");
  await port.save(file);
}
