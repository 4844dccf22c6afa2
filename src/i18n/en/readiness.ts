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
  required: {
    scope: "ISMS scope",
    policy: "Information security policy",
    riskAssessmentProcess: "Information security risk assessment process",
    riskTreatmentProcess: "Information security risk treatment process",
    soa: "Statement of Applicability",
    objectives: "Information security objectives",
    documentControl: "Control of documented information",
    competence: "Evidence of competence (training records)",
    operation: "Operational planning and control records",
    riskAssessmentResults: "Risk assessment results",
    riskTreatmentResults: "Risk treatment results",
    monitoring: "Monitoring and measurement results",
    internalAudit: "Internal audit programme and results",
    managementReview: "Management review results",
    nonconformities: "Nonconformities and corrective actions",
  },
  /** What a reason calls a row that has no id. */
  unnamedRow: "row {row}",
  /**
   * Why an item is not ready, by reason code (src/domain/readiness): what is wrong and what to do. {id}
   * names the row (its id, else "row N"); {required} arrives as the required document's or record's
   * title; {finding} is the treatment validation's own message.
   */
  reason: {
    more: "And {count} more like these: fix the ones above, then check again to see the rest.",
    risks: {
      unjudged:
        "{count} risks cannot be judged against the acceptance criterion because the workbook has no risk assessment methodology. Add the methodology sheet, then check again.",
    },
    roles: {
      missing:
        "ISMS roles and responsibilities are not written down. Add a roles sheet listing each ISMS role, the person who holds it and their responsibilities, including top management and the management representative.",
      person: { missing: "Role {id}: no person is named. Enter who holds this role." },
      responsibilities: {
        missing: "Role {id}: the responsibilities are blank. Describe what this role does in the ISMS.",
      },
      topManagement: {
        missing:
          "No role is top management (general manager, CEO…). Add top management and its responsibilities: the policy, resources and the management review.",
      },
      representative: {
        missing:
          "No role is the management representative (ISMS manager). Appoint one and add the role: the management representative runs the ISMS and accepts residual risks.",
      },
    },
    scope: {
      missing:
        "The ISMS scope is not stated. Add a scope row describing the organisation, locations, assets and processes the ISMS covers, and have it approved.",
      description: { missing: "Scope {id} has no description. Describe what the ISMS covers." },
      unapproved: "Scope {id} is not approved. Enter who approved it and when.",
      exclusion: {
        unjustified:
          "Exclusion {id} has no justification. Explain why it is left out of the scope and why that does not weaken information security.",
      },
    },
    policy: {
      missing:
        "There is neither an information security policy nor any security objective. Write the policy (clause 5.2), put it on the document list, and set measurable objectives.",
      document: {
        missing:
          "The document list has no information security policy (a document citing clause {clause}). Add the policy to the document list with clause {clause}.",
        unapproved:
          "The information security policy {id} is not approved (status: {status}). Have top management approve it and set its status to Approved.",
        version: { missing: "The information security policy {id} has no version. Enter its version." },
        approvalDate: {
          missing: "The information security policy {id} has no approval date. Enter when it was approved.",
        },
      },
      objectives: {
        missing:
          "No information security objectives are set. Add objectives consistent with the policy, each with a metric and a target.",
      },
      objective: {
        metric: { missing: "Objective {id} has no metric. Say how it is measured." },
        target: { missing: "Objective {id} has no target. Enter the value that counts as achieved." },
      },
    },
    methodology: {
      missing:
        "The workbook states no risk assessment methodology. Add the methodology sheet: scales, calculation method, risk levels and the acceptance criterion.",
    },
    acceptance: {
      missing:
        "There are no risk acceptance criteria: the workbook has no methodology sheet to state them. Add it and set the acceptance criterion.",
    },
    assessment: {
      missing:
        "No risks are assessed. Identify the assets, threats and vulnerabilities and assess the risks on the risk register.",
      finding: "{finding}",
    },
    treatment: {
      missing:
        "No risks are assessed, so there is no treatment plan yet. Assess the risks, then plan how to treat those above the acceptance criterion.",
      finding: "{finding}",
    },
    residual: {
      missing:
        "No risks are assessed, so no residual risk has been accepted. Assess and treat the risks, then have management accept the residual risks.",
      finding: "{finding}",
    },
    soa: {
      missing:
        "There is no Statement of Applicability. Generate it from the risk register and the treatment plan, then decide every Annex A control.",
      applicability: {
        missing: "Control {controlId} has no applicability decision. Mark it applicable or not applicable.",
      },
      exclusion: {
        unjustified:
          'Control {controlId} is excluded without a justification. Explain why the control is not needed ("N/A" is not a justification).',
      },
      status: {
        missing:
          "Control {controlId} is applicable but its implementation status ({status}) is blank or unclear. Enter implemented, partially implemented, planned or not implemented.",
      },
      planned: {
        missing:
          "Control {controlId} is applicable but not implemented, and has no planned completion date. Enter when it will be in place.",
        overdue:
          "Control {controlId} was planned for {plannedDate} and is still not implemented (today is {today}). Implement it, or update its status and plan.",
        pending:
          "Control {controlId} is not implemented yet: it is planned for {plannedDate}, after today ({today}), and no audit date is set. Implement it before the certification audit, or set the audit date.",
        afterAudit:
          "Control {controlId} is planned for {plannedDate}, after the certification audit on {auditDate}. Implement it before the audit, or bring the plan forward.",
      },
    },
    documents: {
      missing:
        "There is no list of ISMS documents. Add the document list with every policy and procedure, its number, version, approval date and status.",
      required: {
        missing:
          "The document list has no {required} (clause {clause}). Add it, with clause {clause} in its clauses cell (suggested number {number}).",
        unapproved:
          "{required} ({id}) is not approved (status: {status}). Have it approved and set its status to Approved.",
        version: { missing: "{required} ({id}) has no version. Enter its version." },
        approvalDate: { missing: "{required} ({id}) has no approval date. Enter when it was approved." },
      },
      soa: {
        unlisted:
          'The Statement of Applicability names "{document}" as a document of control {controlId}, but the document list does not. Add it to the document list, or correct the reference.',
      },
    },
    records: {
      missing:
        "There is no list of ISMS records. Add the record list with every record the ISMS keeps, who keeps it, where and for how long.",
      required: {
        missing:
          "The record list has no {required} (clause {clause}). Add it, with clause {clause} in its clauses cell (suggested number {number}).",
      },
      owner: { missing: "Record {id} has no owner. Enter who keeps it." },
      location: { missing: "Record {id} has no location. Enter where an auditor can find it." },
    },
    internalAudit: {
      missing:
        "No internal audit has been carried out yet: no checklist item has a judgement. Audit the ISMS against the checklist and record a finding and judgement for each item.",
      ungraded: "Checklist item {id} has no judgement. Record whether it conforms, or grade the finding.",
      programme: {
        notDone:
          "Audit {id} of the audit programme (planned {plannedDate}) is not done. Carry it out and enter the date it was done.",
      },
    },
    correction: {
      missing:
        "There is no internal audit yet, so no nonconformity has been corrected. Carry out the internal audit first.",
      nc: {
        unrecorded:
          "Checklist item {id} found a nonconformity ({grade}) but gives no nonconformity number. Log it in the nonconformity log and enter its number.",
        unknown:
          "Checklist item {id} refers to nonconformity {ncId}, which is not in the nonconformity log. Log it, or correct the number.",
      },
      cause: { missing: "Nonconformity {id} has no cause analysis. Enter why it happened." },
      action: { missing: "Nonconformity {id} has no corrective action. Enter what removes its cause." },
      owner: { missing: "Nonconformity {id} has no owner. Enter who carries out the corrective action." },
      due: { missing: "Nonconformity {id} has no due date. Enter when the corrective action will be done." },
      open: "Nonconformity {id} is not closed (status: {status}). Complete the corrective action, verify it and close it.",
      overdue:
        "Nonconformity {id} was due on {dueDate} and is still open (today is {today}). Complete the corrective action, or agree a new date.",
      unverified:
        "Nonconformity {id} is closed without verification. Record how the corrective action was verified effective, and when.",
    },
    measurement: {
      missing:
        "There are no information security objectives to measure. Set objectives with metrics and targets, then record their results.",
      result: { missing: "Objective {id} has no measured result. Measure it and enter the result." },
      measuredOn: { missing: "Objective {id} has no measurement date. Enter when it was measured." },
    },
    managementReview: {
      missing:
        "No management review has been held yet: the review sheet records no decision. Hold the management review and record its decisions on every input.",
      decision: {
        missing: "Management review input “{id}” has no decision. Record what top management decided on it.",
      },
      input: {
        missing:
          "The management review does not cover input {input}. Add it to the review with its data and a decision.",
      },
    },
    laws: {
      missing:
        "There is no list of applicable laws and regulations. Identify the laws, regulations and contracts that apply, with their obligations and an owner each.",
      owner: { missing: "Law {id} has no owner. Enter who keeps track of compliance with it." },
      unassessed: "Compliance with {id} is not assessed. Assess it and enter the status.",
      noncompliant:
        "The organisation does not comply with {id}. Plan and carry out the actions that bring it into compliance, and treat the risk.",
      partial: "The organisation complies with {id} only in part. Plan the actions that close the gap.",
      soa: {
        excluded:
          "The Statement of Applicability marks control {controlId} (legal, statutory, regulatory and contractual requirements) not applicable, yet laws apply to every organisation. Mark it applicable.",
      },
    },
  },
} as const;
