/** Messages of the 填写说明 (how to fill in) and 修订记录 (revision history) sheets, and of the people list. */
export const guide = {
  sheetNames: { guide: "How to fill in", revisions: "Revision history" },
  /** The error text of a list that offers the responsible persons (at most 255 characters once filled). */
  people: {
    listWarning: {
      owner:
        "Owner: the person responsible, from the responsible persons list (sheet {sheet}). A name not in the list can be kept: add it to the list afterwards.",
      assessor:
        "Assessor: who rated this risk, from the responsible persons list (sheet {sheet}). A name not in the list can be kept: add it to the list afterwards.",
      approver:
        "Approved by: normally the management representative, from the responsible persons list (sheet {sheet}). A name not in the list can be kept: add it to the list afterwards.",
      person:
        "A person from the responsible persons list (sheet {sheet}). A name not in the list can be kept: add it to the list afterwards.",
    },
  },
  title: "How to fill in this workbook",
  intro: {
    labels: { purpose: "Contents", computed: "Computed columns", prevails: "Reference" },
    purpose:
      "This workbook holds the working records of the ISO/IEC 27001 risk assessment: methodology and criteria, asset register, threat and vulnerability libraries, risk register, risk treatment plan, Statement of Applicability and gap analysis; then the registers a certifiable ISMS needs.",
    computed:
      "Type only in input columns. Computed columns (asset value, risk value, risk level, within criteria …) hold formulas: do not type over them. Where a list is offered, choose from it.",
    prevails:
      "The scales, levels and criterion below are copied from sheet {method} when the workbook was made; that sheet prevails. Record every issued version on sheet {revisions}.",
  },
  order: {
    title: "Order of work",
    headers: { step: "Step", sheet: "Sheet", what: "What to fill in", who: "Who" },
    steps: {
      method: {
        what: "Confirm the calculation method, the rating scales, the risk levels, the acceptance criterion and the treatment deadline; list the responsible persons. Approved before the assessment starts.",
        who: "Consultant and ISMS lead; approved by the management representative",
      },
      assets: {
        what: "List the assets in scope (ID, name, class, department, owner, location) and rate confidentiality, integrity and availability; the asset value is computed.",
        who: "Asset owners with the ISMS team",
      },
      threats: {
        what: "Review the GB/T 20984 threat library; add the threats specific to the organisation with a typical rating.",
        who: "Risk assessment team",
      },
      vulnerabilities: {
        what: "Review the vulnerability library; add the technical and management vulnerabilities found in the survey with a typical rating.",
        who: "Risk assessment team",
      },
      risks: {
        what: "For each asset, record each threat, the vulnerability it exploits, the existing controls and the ratings; the risk value, level and whether it is within the criterion are computed. Name the risk owner.",
        who: "Risk assessment team with the asset owners",
      },
      treatments: {
        what: "For every risk above the acceptance criterion: the option (reduce, avoid, transfer or accept), the measures, the Annex A controls, the owner and the planned completion date; after treatment, the residual ratings. A residual risk above the criterion is approved by the management representative.",
        who: "Risk owners; approved by the management representative",
      },
      soa: {
        what: "Generated from the risk register: for each Annex A control confirm whether it applies, the reasons or the justification for exclusion, the implementation status and the controlling documents.",
        who: "ISMS team; approved by management",
      },
      gap: {
        what: "Rate the current state of each clause and control against the standard, with evidence; gap and priority are computed. A gap can become a risk on the register.",
        who: "Consultant with the departments",
      },
      revisions: {
        what: "Record each issued version: version, date, what changed, prepared, reviewed and approved by.",
        who: "Document controller",
      },
    },
  },
  registers: {
    title: "Registers for certification",
    intro:
      'The ten sheets after the risk work hold the rest of what an ISMS needs to be certified. Fill them in as the work goes on; the command "isms readiness" (or the Certification readiness panel of the add-in) scores the 16 items the method names and lists what still blocks certification.',
    steps: {
      roles: {
        what: "Each ISMS role (top management, management representative, security officer, internal auditor …), the person appointed, the department, the responsibilities and the appointment date.",
        who: "ISMS lead; approved by top management",
      },
      scope: {
        what: "The ISMS scope, its boundaries and interfaces, and each exclusion with its justification; approved and dated.",
        who: "ISMS lead with the consultant; approved by top management",
      },
      objectives: {
        what: "The information security objectives, how each is measured, its target and frequency, the owner, and the latest result and whether it was achieved.",
        who: "Objective owners; reviewed by the management representative",
      },
      documents: {
        what: "Every ISMS document (the required ones are listed already): number, level, clauses, owner, version, approval date, status and where it is kept.",
        who: "Document controller",
      },
      records: {
        what: "The records the ISMS keeps (the required ones are listed already): the document they come from, owner, retention, location and the date of the latest record.",
        who: "Document controller with the record owners",
      },
      laws: {
        what: "The laws, regulations and contracts that apply (a starter list is given): the clauses and obligations, the owner, the compliance status, the Annex A controls that answer them and the date reviewed.",
        who: "Legal or compliance with the ISMS lead",
      },
      auditProgramme: {
        what: "One row per clause and Annex A theme, generated with a sampling priority from the risks: add the auditee, the auditor and the planned and actual dates.",
        who: "Management representative; audit team",
      },
      auditChecklist: {
        what: "One row per clause requirement and applicable control, with the audit point: record the finding, the judgement, the nonconformity number, the auditor and the date.",
        who: "Internal auditors",
      },
      nonconformities: {
        what: "Each nonconformity: source, clause or control, description, grade, cause, correction and corrective action, owner, due date, status and the verification of its effectiveness.",
        who: "Auditors raise; owners act; the management representative verifies",
      },
      review: {
        what: "One row per input of clause 9.3.2, with the workbook's figures filled in: add the comments, the decisions and actions, the owner and the due date at the review meeting.",
        who: "Management representative; decided by top management",
      },
    },
  },
  columns: {
    title: "Columns of each sheet",
    headers: { requirement: "Entry", column: "Column", note: "Meaning", how: "How to fill in" },
    requirement: { required: "Required", optional: "Optional", computed: "Computed" },
    how: {
      computed: "Formula: do not type",
      id: "A unique ID (text)",
      text: "Text",
      number: "A number",
      date: "A date (yyyy-mm-dd)",
      controls: "Annex A control numbers, e.g. 5.15 8.7",
      rating: "A rating {min}–{max} from the list",
      choose: "Choose: {items}",
      lists: {
        assetIds: "An asset ID from the asset register",
        riskIds: "A risk ID from the risk register",
        threatNames: "From the threat library, or a new threat (asked to confirm)",
        vulnerabilityNames: "From the vulnerability library, or a new vulnerability (asked to confirm)",
        owners: "From the responsible persons list; a new name is asked about",
        levels: "A risk level from the list",
      },
    },
    rating: "Rated on the scale “{scale}” below.",
    residual: "After treatment: rate only what the treatment changes.",
    hints: {
      assets: {
        assetId: "Referred to by the risk register, e.g. A-01.",
        name: "What the asset is, as the organisation calls it.",
        class: "Data, software, hardware, service, people or other.",
        department: "The department that holds the asset.",
        owner: "The person accountable for the asset.",
        location: "Where the asset is (site, data centre, cloud region).",
        c: "Confidentiality: harm if disclosed.",
        i: "Integrity: harm if altered or incomplete.",
        a: "Availability: harm if unavailable.",
        notes: "Anything the assessment should know.",
      },
      threats: {
        threatId: "e.g. T-01.",
        class: "GB/T 20984 threat class.",
        name: "Offered by the risk register's threat list.",
        description: "What happens.",
        rating: "Typical frequency: a starting point, each risk is rated on its own.",
        controls: "Annex A controls that counter it.",
      },
      vulnerabilities: {
        vulnerabilityId: "e.g. V-01.",
        class: "Technical or management group.",
        name: "Offered by the risk register's vulnerability list.",
        description: "The weakness and where it is.",
        rating: "Typical severity: a starting point, each risk is rated on its own.",
        controls: "Annex A controls that remove or reduce it.",
      },
      risks: {
        riskId: "e.g. R-001; the treatment plan refers to it.",
        assetId: "The asset at risk.",
        asset: "The asset's name.",
        threat: "What may happen to the asset.",
        vulnerability: "The weakness the threat exploits.",
        existingControls: "Controls already in place (Annex A numbers and text).",
        owner: "The person accountable for the risk.",
        description: "“The threat exploits the vulnerability of the asset, leading to …”.",
        assessor: "Who rated the risk.",
        assessedOn: "When it was rated; the treatment deadline counts from it.",
      },
      treatments: {
        riskId: "A risk above the acceptance criterion.",
        asset: "The asset concerned.",
        description: "The risk, as on the register.",
        option: "Reduce, avoid, transfer or accept.",
        measures: "Temporary and long-term measures.",
        controls: "Annex A controls the measures implement (they feed the SoA).",
        owner: "The person who carries out the treatment.",
        dueDate: "Within the treatment deadline of the assessment date.",
        status: "Not started, in progress, done, verified.",
        acceptedBy: "Management representative, when the residual risk stays above the criterion.",
        acceptedOn: "Date of that approval.",
        notes: "Verification, follow-up.",
      },
      soa: {
        controlId: "Generated.",
        title: "Generated.",
        altTitle: "Generated.",
        theme: "Generated.",
        applicable: "Yes or no.",
        reasons: "Risk assessment, legal, contractual, business need or best practice.",
        derivedReasons: "Generated from the risk register.",
        linkedRisks: "Generated: risks whose treatment selects the control.",
        justification: "Required for every excluded control.",
        status: "Implemented, partly implemented, planned, not implemented.",
        plannedDate: "When a planned control will be in place.",
        documents: "Policy, procedure or record that implements the control.",
        owner: "Responsible department.",
        notes: "Anything else.",
        editionMapping: "Generated: the 2013 number of the control.",
      },
      gap: {
        requirementId: "Generated.",
        title: "Generated: what the standard requires.",
        level: "Generated.",
        group: "Generated.",
        currentState: "How the organisation meets the requirement today.",
        evidence: "Documents and records seen.",
        currentRating: "Current rating on the scale, or N/A.",
        target: "The rating aimed at.",
        weight: "Weight in the clause or theme score.",
        recommendation: "What closes the gap.",
        sentToRegister: "The risk ID when the gap was sent to the risk register.",
      },
    },
  },
  scales: {
    title: "Rating scales",
    headers: { value: "Rating", description: "Definition" },
    point: "{value} ({label})",
  },
  calculation: {
    title: "How values are computed",
    asset: "Asset value",
    risk: "Risk value",
  },
  levels: {
    title: "Risk levels",
    headers: { level: "Level", action: "Treatment required", range: "Risk value" },
    level: "{level} ({label})",
    range: "{from}–{to}",
    single: "{from}",
    between: "{from} to below {to}",
    atLeast: "{from} or more",
  },
  criteria: {
    title: "Acceptance criterion and deadline",
    acceptance: "Risk acceptance criterion",
    byLevel:
      "A risk is acceptable when its level is {level} ({label}) or lower; a risk above it needs a risk treatment plan.",
    byValue:
      "A risk is acceptable when its value is {value} or lower; a risk above it needs a risk treatment plan.",
    residual: "Residual risk",
    residualText:
      "A residual risk still above the criterion is accepted by the management representative, who signs and dates it on the treatment plan.",
    deadline: "Treatment deadline",
    deadlineText:
      "Planned completion within {days} days of the risk's assessment date (the methodology's assessment date when the risk has none).",
  },
  revisions: {
    title: "Revision history",
    intro:
      "Record every issued version of this workbook: what changed, who prepared, reviewed and approved it.",
    headers: {
      version: "Version",
      date: "Date",
      change: "Changes",
      author: "Prepared by",
      reviewer: "Reviewed by",
      approver: "Approved by",
    },
    firstIssue: "First issue",
  },
} as const;
