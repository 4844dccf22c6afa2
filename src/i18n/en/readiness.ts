/** Certification readiness: the method's 16 items and why one is not ready. */
export const readiness = {
  items: {
    roles: "ISMS roles and responsibilities (security organisation)",
    scope: "Scope and exclusions",
    policy: "Information security policy and objectives",
    methodology: "Risk assessment methodology",
    acceptance: "Risk acceptance criteria",
    assessment: "Risk assessment records",
    treatment: "Treatment plan for unacceptable risks",
    residual: "Acceptance of residual risks",
    soa: "Statement of Applicability",
    documents: "List of ISMS documents",
    records: "List of ISMS records",
    internalAudit: "Internal audit records",
    correction: "Correction of internal audit nonconformities",
    measurement: "ISMS measurement",
    managementReview: "Management review report",
    laws: "List of applicable laws and regulations",
  },
  status: { ready: "Ready", incomplete: "Incomplete", missing: "Missing" },
  reason: {},
} as const;
