/**
 * The documented information ISO/IEC 27001:2022 requires (4.3, 5.2, 6.1.2, 6.1.3, 6.2, 7.2, 7.5, 8.1–8.3,
 * 9.1–9.3, 10.2): the documents a 文件清单 must list and the records a 记录清单 must list. New workbooks
 * start their registers with these rows; the readiness rules look for each by its clause.
 */

export interface RequiredInformation {
  /** Stable key; its title is i18n `readiness.required.<key>`. */
  readonly key: string;
  readonly kind: "document" | "record";
  /** The clause that requires it, as written in a register's clauses cell ("6.1.3 d)"). */
  readonly clause: string;
  /** The number a new workbook's register gives it. */
  readonly number: string;
}

export const REQUIRED_INFORMATION = [
  { key: "scope", kind: "document", clause: "4.3", number: "ISMS-D-01" },
  { key: "policy", kind: "document", clause: "5.2", number: "ISMS-D-02" },
  { key: "riskAssessmentProcess", kind: "document", clause: "6.1.2", number: "ISMS-D-03" },
  { key: "riskTreatmentProcess", kind: "document", clause: "6.1.3", number: "ISMS-D-04" },
  { key: "soa", kind: "document", clause: "6.1.3 d)", number: "ISMS-D-05" },
  { key: "objectives", kind: "document", clause: "6.2", number: "ISMS-D-06" },
  { key: "documentControl", kind: "document", clause: "7.5", number: "ISMS-D-07" },
  { key: "competence", kind: "record", clause: "7.2", number: "ISMS-R-01" },
  { key: "operation", kind: "record", clause: "8.1", number: "ISMS-R-02" },
  { key: "riskAssessmentResults", kind: "record", clause: "8.2", number: "ISMS-R-03" },
  { key: "riskTreatmentResults", kind: "record", clause: "8.3", number: "ISMS-R-04" },
  { key: "monitoring", kind: "record", clause: "9.1", number: "ISMS-R-05" },
  { key: "internalAudit", kind: "record", clause: "9.2", number: "ISMS-R-06" },
  { key: "managementReview", kind: "record", clause: "9.3", number: "ISMS-R-07" },
  { key: "nonconformities", kind: "record", clause: "10.2", number: "ISMS-R-08" },
] as const satisfies readonly RequiredInformation[];

export type RequiredInformationKey = (typeof REQUIRED_INFORMATION)[number]["key"];
