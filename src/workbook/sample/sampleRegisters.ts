/**
 * The sample client's registers (云付通科技 / CloudPay) as they stand a few weeks before certification,
 * partly filled so the readiness check has real blockers to show: roles appointed (最高管理者, 管理者代表)
 * but one without a person, the scope approved with one exclusion still lacking its justification, some
 * documents approved and some in draft, records partly kept, objectives partly measured, laws partly
 * assessed, the internal audit under way (programme partly done, checklist partly judged, one minor
 * nonconformity on backups still open, linked to its control and to a risk of the register) and a
 * management review pack prepared with no decisions yet. Deterministic, in both languages.
 */
import { mapping2022To2013 } from "../../domain/catalog";
import type { Methodology } from "../../domain/methodology";
import { deriveSoa } from "../../domain/soa";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { auditChecklistRows, auditProgrammeRows, type AuditSources } from "../layout/auditSheets";
import { requiredDocumentRows, requiredRecordRows, starterLawRows } from "../layout/registerRows";
import { reviewCounts, reviewPackRows } from "../layout/reviewPack";
import type { GapSheetEntry } from "../layout/gapSheet";
import type { WorkbookRecords } from "../layout/workbookPlan";
import type { GapFields, RegisterFields, RegisterRecords, SoaFields } from "../records";
import { OWNERS } from "./sampleClient";

type Both = readonly [en: string, zh: string];

const CEO: Both = ["Zhou Min", "周敏"];
const APPOINTED = "2026-01-05";
const SCOPE_APPROVED = "2026-01-10";
const ISSUED = "2026-01-20";
const AUDITED = "2026-04-14";
const LIBRARY: Both = ["Document library (OA)", "OA系统体系文件库"];

/** The risk the nonconformity on backups links to: backups of the settlement system never tested. */
export const SAMPLE_NC_RISK = "R-020";
/** The control the nonconformity is raised against (2022 id). */
export const SAMPLE_NC_CONTROL = "8.13";

const ROLES: readonly (readonly [
  role: Both,
  person: Both | undefined,
  dept: Both,
  duties: Both,
  appointed?: string,
])[] = [
  [
    ["Top management (CEO)", "最高管理者（总经理）"],
    CEO,
    ["Executive office", "总经理办公室"],
    [
      "Approves the information security policy, objectives and resources; chairs the management review; accepts residual risk above the criterion.",
      "批准信息安全方针、目标并提供资源；主持管理评审；批准高于接受准则的残余风险。",
    ],
    APPOINTED,
  ],
  [
    ["Management representative", "管理者代表"],
    OWNERS.risk,
    ["Risk & Compliance", "风控合规部"],
    [
      "Establishes, implements and maintains the ISMS; reports its performance to top management; organises internal audits.",
      "负责建立、实施和保持信息安全管理体系，向最高管理者报告体系绩效，组织内部审核。",
    ],
    APPOINTED,
  ],
  [
    ["Information security officer", "信息安全负责人"],
    OWNERS.cto,
    ["Engineering", "技术研发部"],
    [
      "Runs the security controls of the platform; owns the risk treatment plan's technical measures.",
      "负责平台安全控制措施的运行，落实风险处置计划中的技术措施。",
    ],
    APPOINTED,
  ],
  [
    ["Internal auditor", "内审员"],
    OWNERS.ops,
    ["Operations", "运维部"],
    ["Audits the ISMS against the audit programme; reports findings.", "按内审方案实施审核，报告审核发现。"],
  ],
  [
    ["Data protection officer", "个人信息保护负责人"],
    undefined,
    ["Risk & Compliance", "风控合规部"],
    [
      "Supervises personal information handling and impact assessments (PIPL Art. 52).",
      "监督个人信息处理活动和影响评估（个人信息保护法第五十二条）。",
    ],
  ],
];

const SCOPE: readonly (readonly [kind: "scope" | "boundary" | "exclusion", text: Both, why?: Both])[] = [
  [
    "scope",
    [
      "Design, development, operation and customer service of the CloudPay payment gateway, merchant web portal and mobile wallet, at the Shanghai office and on the public cloud (East China 2).",
      "云付通支付网关、商户服务平台和移动钱包的设计、开发、运维及客户服务，涉及上海办公室和公有云华东2区。",
    ],
    [
      "The services merchants and regulators rely on; the risks assessed cover them.",
      "商户和监管机构依赖的核心业务；风险评估覆盖上述范围。",
    ],
  ],
  [
    "boundary",
    [
      "Physical security of the cloud data centres is the cloud provider's, under supplier management.",
      "云数据中心的物理安全由云服务商负责，纳入供应商管理。",
    ],
    ["Shared-responsibility model of the cloud contract.", "依据云服务合同的责任共担模型。"],
  ],
  ["exclusion", ["Offline acquiring (POS terminals) business line.", "线下收单（POS终端）业务线。"]],
];

const OBJECTIVES: readonly (readonly [
  objective: Both,
  metric: Both,
  target: string,
  frequency: Both,
  owner: Both,
  result?: string,
  achieved?: "yes" | "no",
])[] = [
  [
    ["Keep the payment service available", "保障支付服务可用"],
    ["Monthly availability of the payment gateway", "支付网关月度可用率"],
    "≥ 99.95%",
    ["Monthly", "每月"],
    OWNERS.ops,
    "99.97%",
    "yes",
  ],
  [
    ["Fix high-risk vulnerabilities promptly", "及时修复高危漏洞"],
    ["Share of high-risk vulnerabilities fixed within 15 days", "高危漏洞15天内修复率"],
    "100%",
    ["Monthly", "每月"],
    OWNERS.cto,
    "86%",
    "no",
  ],
  [
    ["Train every employee in security awareness", "全员接受安全意识培训"],
    ["Training coverage", "安全意识培训覆盖率"],
    "100%",
    ["Quarterly", "每季度"],
    OWNERS.people,
  ],
  [
    ["No customer data breach", "不发生客户数据泄露"],
    ["Incidents disclosing customer data", "造成客户数据泄露的安全事件数"],
    "0",
    ["Quarterly", "每季度"],
    OWNERS.risk,
  ],
];

/** Required documents: status and owner as the client left them (number → [status, owner]). */
const DOCUMENT_STATE: Readonly<Record<string, readonly ["approved" | "review" | "draft", Both]>> = {
  "ISMS-D-01": ["approved", OWNERS.risk],
  "ISMS-D-02": ["approved", OWNERS.risk],
  "ISMS-D-03": ["approved", OWNERS.risk],
  "ISMS-D-04": ["review", OWNERS.risk],
  "ISMS-D-05": ["draft", OWNERS.risk],
  "ISMS-D-06": ["approved", OWNERS.risk],
  "ISMS-D-07": ["draft", OWNERS.people],
};

/** Required records kept so far (number → [owner, latest record, retention]). */
const RECORD_STATE: Readonly<Record<string, readonly [Both, string | undefined, Both]>> = {
  "ISMS-R-01": [OWNERS.people, "2026-02-20", ["3 years", "3年"]],
  "ISMS-R-03": [OWNERS.risk, "2026-03-02", ["3 years", "3年"]],
  "ISMS-R-05": [OWNERS.ops, "2026-03-31", ["1 year", "1年"]],
  "ISMS-R-06": [OWNERS.risk, undefined, ["3 years", "3年"]],
};

/** Laws assessed so far (number → [status, owner]). */
const LAW_STATE: Readonly<Record<string, readonly ["compliant" | "partial", Both]>> = {
  "L-01": ["compliant", OWNERS.risk],
  "L-02": ["partial", OWNERS.risk],
  "L-03": ["partial", OWNERS.risk],
};

const pickOf =
  (lang: Lang) =>
  (both: Both): string =>
    both[lang === "en" ? 0 : 1];

/**
 * The person who owns a document the SoA names, by the department the SoA gives it (the register's owner is
 * a person from the people list; the SoA names the department).
 */
const DEPARTMENT_HEADS: readonly (readonly [department: Both, person: Both])[] = [
  [["Information Security", "信息安全部"], OWNERS.risk],
  [["IT Operations", "运维部"], OWNERS.ops],
  [["Legal", "法务部"], OWNERS.risk],
  [["Procurement", "采购部"], OWNERS.finance],
  [["Human Resources", "人力资源部"], OWNERS.people],
];

function documentOwner(department: string | undefined, lang: Lang): string | undefined {
  if (!department) return undefined;
  const head = DEPARTMENT_HEADS.find(([dept]) => dept.includes(department.trim()))?.[1];
  return head ? pickOf(lang)(head) : department;
}

/** "ISMS-PRO-08《访问控制程序》" / "ISMS-PRO-08 Access control procedure" → number and title. */
function documentOf(text: string): { readonly docId: string; readonly title: string } | undefined {
  const match = /^(ISMS-[A-Z]+-\d+)\s*《?([^》]+)》?$/.exec(text.trim());
  return match?.[1] && match[2] ? { docId: match[1], title: match[2].trim() } : undefined;
}

function documents(lang: Lang, soa: readonly SoaFields[]): RegisterFields<"documents">[] {
  const pick = pickOf(lang);
  const required = requiredDocumentRows(lang).map((row): RegisterFields<"documents"> => {
    const state = DOCUMENT_STATE[String(row.docId)];
    if (!state) return row;
    const [status, owner] = state;
    return {
      ...row,
      owner: pick(owner),
      version: status === "approved" ? "1.0" : "0.1",
      ...(status === "approved" ? { approvalDate: ISSUED } : {}),
      status,
      location: pick(LIBRARY),
    };
  });
  // The SoA's implementing documents feed the register: each once, at its level.
  const seen = new Set<string>();
  const fromSoa = soa.flatMap((row, i): RegisterFields<"documents">[] => {
    const doc = row.documents ? documentOf(row.documents) : undefined;
    if (!doc || seen.has(doc.docId)) return [];
    seen.add(doc.docId);
    const approved = i % 3 !== 2;
    const owner = documentOwner(row.owner, lang);
    const level = doc.docId.includes("-POL-") ? "manual" : doc.docId.includes("-REC-") ? "form" : "procedure";
    return [
      {
        ...doc,
        level: t(lang, `registers.levels.${level}`),
        ...(owner ? { owner } : {}),
        version: approved ? "1.0" : "0.1",
        ...(approved ? { approvalDate: ISSUED } : {}),
        status: approved ? "approved" : "draft",
        location: pick(LIBRARY),
      },
    ];
  });
  return [...required, ...fromSoa];
}

function records(lang: Lang): RegisterFields<"records">[] {
  const pick = pickOf(lang);
  return requiredRecordRows(lang).map((row) => {
    const state = RECORD_STATE[String(row.recordId)];
    if (!state) return row;
    const [owner, last, retention] = state;
    return {
      ...row,
      owner: pick(owner),
      retention: pick(retention),
      location: pick(LIBRARY),
      ...(last ? { lastDate: last } : {}),
    };
  });
}

/** The sample's gap entries as the gap sheet's rows (the audit reads their state and advice). */
function gapRows(records: WorkbookRecords): GapFields[] {
  return [...(records.gap ?? new Map<string, GapSheetEntry>())].map(([requirementId, entry]) => ({
    requirementId,
    ...(entry.current !== undefined ? { currentRating: String(entry.current) } : {}),
    ...(entry.target !== undefined ? { target: entry.target } : {}),
    ...(entry.currentState ? { currentState: entry.currentState } : {}),
    ...(entry.recommendation ? { recommendation: entry.recommendation } : {}),
  }));
}

function ncControlId(methodology: Methodology): string {
  return methodology.standard === "2022"
    ? `A.${SAMPLE_NC_CONTROL}`
    : (mapping2022To2013(SAMPLE_NC_CONTROL)[0] ?? "A.12.3.1");
}

/**
 * The sample's registers, in the workbook's language, for the sample's own records (its SoA, gap
 * analysis and risks feed the audit checklist and the review pack as they would in a real workbook).
 * @example sampleRegisters("zh-CN", defaultMethodology("li"), sampleBase).nonconformities?.[0]?.linkedRisks // "R-020"
 */
export function sampleRegisters(
  lang: Lang,
  methodology: Methodology,
  base: WorkbookRecords,
): RegisterRecords {
  const pick = pickOf(lang);
  const standard = methodology.standard;
  const soa = deriveSoa({
    standard,
    risks: base.risks ?? [],
    treatments: base.treatments ?? [],
    previous: base.soa ?? [],
  }).entries.map((e): SoaFields => ({
    controlId: e.id,
    ...(e.applicable !== undefined ? { applicable: e.applicable } : {}),
    ...(e.documents ? { documents: e.documents } : {}),
    ...(e.owner ? { owner: e.owner } : {}),
  }));
  const registers: RegisterRecords = {
    roles: ROLES.map(([role, person, dept, duties, appointed]) => ({
      role: pick(role),
      ...(person ? { person: pick(person) } : {}),
      department: pick(dept),
      responsibilities: pick(duties),
      ...(appointed ? { appointedOn: appointed } : {}),
    })),
    scope: SCOPE.map(([kind, text, why], i) => ({
      itemId: `S-${String(i + 1).padStart(2, "0")}`,
      kind,
      description: pick(text),
      ...(why ? { justification: pick(why), approvedBy: pick(CEO), approvalDate: SCOPE_APPROVED } : {}),
    })),
    objectives: OBJECTIVES.map(([objective, metric, target, frequency, owner, result, achieved], i) => ({
      objectiveId: `O-${String(i + 1).padStart(2, "0")}`,
      objective: pick(objective),
      metric: pick(metric),
      target,
      frequency: pick(frequency),
      owner: pick(owner),
      ...(result ? { result, measuredOn: "2026-03-31" } : {}),
      ...(achieved ? { achieved } : {}),
    })),
    documents: documents(lang, soa),
    records: records(lang),
    laws: starterLawRows(lang).map((row) => {
      const state = LAW_STATE[String(row.lawId)];
      return state ? { ...row, status: state[0], owner: pick(state[1]), reviewedOn: "2026-02-15" } : row;
    }),
  };
  const sources: AuditSources = {
    lang,
    standard,
    methodology,
    soa,
    gap: gapRows(base),
    risks: base.risks ?? [],
    treatments: base.treatments ?? [],
    registers,
  };
  const ncRequirement = ncControlId(methodology);
  const auditor = pick(OWNERS.ops);
  const checklist = auditChecklistRows(sources).map((row): RegisterFields<"auditChecklist"> => {
    const id = String(row.requirementId);
    if (id === ncRequirement)
      return {
        ...row,
        finding: pick([
          "Backups of the settlement database run nightly, but no restore has ever been tested.",
          "清算数据库每晚备份，但从未进行恢复测试。",
        ]),
        grade: "minor",
        ncId: "NC-01",
        auditor,
        auditedOn: AUDITED,
      };
    if (/^[45]\./.test(id))
      return {
        ...row,
        finding: pick(["Evidence seen; as required.", "已查阅相关证据，符合要求。"]),
        grade: "conforming",
        auditor,
        auditedOn: AUDITED,
      };
    if (id === "6.2")
      return {
        ...row,
        finding: pick(["Two of four objectives have no measurement yet.", "4项目标中有2项尚未测量。"]),
        grade: "observation",
        auditor,
        auditedOn: AUDITED,
      };
    return row;
  });
  const programme = auditProgrammeRows(sources).map((row): RegisterFields<"auditProgramme"> => {
    const planned: Readonly<Record<string, string>> = {
      "IA-4": "2026-04-14",
      "IA-5": "2026-04-14",
      "IA-6": "2026-04-21",
      "IA-A8": "2026-04-14",
    };
    const date = planned[String(row.auditId)];
    if (!date) return row;
    return {
      ...row,
      auditee: pick(String(row.auditId) === "IA-A8" ? ["Operations", "运维部"] : ["Management", "管理层"]),
      auditor,
      plannedDate: date,
      ...(date === AUDITED ? { doneDate: AUDITED } : {}),
    };
  });
  const nonconformities: RegisterFields<"nonconformities">[] = [
    {
      ncId: "NC-01",
      source: t(lang, "registers.audit.ncSource"),
      requirementId: ncRequirement,
      description: pick([
        "Backups of the settlement database have never been restored in a test, so it is not known whether they can be.",
        "清算数据库备份从未进行恢复测试，无法确认备份可用。",
      ]),
      grade: "minor",
      linkedRisks: SAMPLE_NC_RISK,
      cause: pick([
        "The backup procedure is still a draft and assigns no one to test restores.",
        "备份与恢复管理规定仍为草稿，未明确恢复测试的责任人。",
      ]),
      correctiveAction: pick([
        "Approve the backup procedure with a quarterly restore test and record each test.",
        "发布备份与恢复管理规定，明确每季度恢复测试并保存测试记录。",
      ]),
      owner: pick(OWNERS.ops),
      dueDate: "2026-05-31",
      status: "open",
    },
  ];
  const audited: RegisterRecords = {
    ...registers,
    auditProgramme: programme,
    auditChecklist: checklist,
    nonconformities,
  };
  const review = reviewPackRows(
    { ...sources, registers: audited },
    reviewCounts({ ...sources, registers: audited }),
  );
  return { ...audited, review };
}
