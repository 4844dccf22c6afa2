/** The registers the method names (文件清单 … 管理评审输入): texts the sheets and the sample write. */
export const registers = {
  /** Document levels of the four-level documentation system (manual, procedures, guidelines, forms). */
  levels: {
    manual: "L1 · policy, manual",
    procedure: "L2 · procedure",
    guideline: "L3 · guideline",
    form: "L4 · form, record",
  },
  /** The starter list of laws and regulations a new workbook's 法律法规清单 carries (the consultant edits it). */
  laws: {
    cybersecurity: {
      name: "Cybersecurity Law of the People's Republic of China",
      clauses: "Chapter III Network operation security; Chapter IV Network information security",
      obligations:
        "Multi-level protection of networks (MLPS); security management rules and responsible persons; logs kept at least six months; incident response plans; protection of users' personal information.",
    },
    dataSecurity: {
      name: "Data Security Law of the People's Republic of China",
      clauses: "Chapter IV Data security protection obligations",
      obligations:
        "Data classification and a data security management system; persons responsible for important data; risk monitoring, remediation and reporting of data security incidents; lawful collection of data.",
    },
    personalInformation: {
      name: "Personal Information Protection Law of the People's Republic of China",
      clauses: "Chapter V Obligations of personal information handlers",
      obligations:
        "Internal rules and operating procedures for personal information; encryption and de-identification; access control and staff training; personal information protection impact assessments; breach notification.",
    },
    cryptography: {
      name: "Cryptography Law of the People's Republic of China",
      clauses: "Provisions on commercial cryptography",
      obligations:
        "Use commercial cryptography where laws and regulations require it; security assessment of its application for critical information infrastructure.",
    },
    criticalInfrastructure: {
      name: "Regulations on the Security Protection of Critical Information Infrastructure",
      clauses: "Chapter III Responsibilities and obligations of operators",
      obligations:
        "Applies once the operator is identified as critical information infrastructure: a dedicated security management body, security checks and risk assessments, procurement of secure products and services.",
    },
    networkData: {
      name: "Regulations on Network Data Security Management",
      clauses: "General provisions; personal information protection; important data security",
      obligations:
        "Network data security management system, classification and protection of data, handling of personal information and important data, reporting of incidents.",
    },
  },
  issuers: {
    npcsc: "NPC Standing Committee",
    stateCouncil: "State Council",
  },
  /** The inputs of clause 9.3.2 the review considers, one row each. */
  reviewInputs: {
    a: "a) Status of actions from previous management reviews",
    b: "b) Changes in external and internal issues relevant to the ISMS",
    c: "c) Changes in needs and expectations of interested parties relevant to the ISMS",
    d1: "d) 1) Nonconformities and corrective actions",
    d2: "d) 2) Monitoring and measurement results",
    d3: "d) 3) Audit results",
    d4: "d) 4) Fulfilment of information security objectives",
    e: "e) Feedback from interested parties",
    f: "f) Results of risk assessment and status of the risk treatment plan",
    g: "g) Opportunities for continual improvement",
  },
  /** What the review pack fills in from the workbook. */
  reviewData: {
    a: "{count} decisions and actions recorded at the previous review.",
    aNone: "No previous management review recorded in this workbook.",
    d1: "{total} nonconformities: {open} open, {closed} closed.",
    d2: "{measured} of {total} objectives measured.",
    d3: "{judged} of {total} checklist items judged. Findings: {major} major and {minor} minor nonconformities, {observation} observations, {improvement} opportunities for improvement.",
    d4: "{achieved} of {total} objectives achieved.",
    f: "{risks} risks assessed, {above} above the acceptance criterion. Treatments: {done} done and {verified} verified of {treatments}; residual risk accepted on {accepted}.",
    g: "{improvement} opportunities for improvement and {observation} observations from the audit; {gaps} recommendations of the gap analysis.",
  },
  audit: {
    clauseArea: "Clause {id} {title}",
    themeArea: "Annex A {title}",
    criteria: "ISO/IEC 27001 {ids}",
    criteriaNone: "No applicable controls in this theme",
    priority: { high: "High", medium: "Medium", low: "Low" },
    method: {
      clause: "Document review, interview",
      control: "Interview, observation, sampling of records",
    },
    point: {
      state: "Gap analysis found: {state}",
      advice: "Check that: {advice}",
      evidence: "Ask for: {evidence}",
      control:
        "Check that the control operates as {documents} states, and that records of its operation are kept.",
      controlNoDocument:
        "Check that the control is implemented and documented, and that records of its operation are kept.",
    },
    ncSource: "Internal audit",
    listSeparator: "; ",
  },
} as const;
