/** Messages of the workbook area: what the generated sheets say, and what reading a workbook found. */
export const workbook = {
  /** Sheet names of a new workbook (the pane shows the same words). */
  sheetNames: {
    method: "Methodology",
    assets: "Assets",
    threats: "Threats",
    vulnerabilities: "Vulnerabilities",
    risks: "Risk register",
    treatments: "Risk treatment plan",
    soa: "Statement of Applicability",
    soaChanges: "SoA changes",
    guide: "How to fill in",
    revisions: "Revision history",
    gap: "Gap analysis",
    documents: "ISMS documents",
    records: "ISMS records",
    scope: "Scope and exclusions",
    roles: "Roles and responsibilities",
    objectives: "Objectives and measurement",
    laws: "Laws and regulations",
    auditProgramme: "Audit programme",
    auditChecklist: "Audit checklist",
    nonconformities: "Nonconformities",
    review: "Management review input",
  },
  gap: {
    kind: { clause: "Clause", subclause: "Sub-clause", control: "Annex A control" },
    na: "N/A",
    summaryTitle: "Gap analysis summary",
    scaleMax: "Scale maximum (maturity 0–5)",
    defaultTarget: "Target when blank",
    naAtTarget: "Count N/A as meeting the target (TRUE/FALSE)",
    group: "Group",
    groupTitle: "Clause / theme",
    score: "Current score",
    target: "Target",
    gap: "Gap",
    ofTarget: "% of target",
    overall: "Overall",
    overallTitle: "ISMS overall",
    chartClauses: "Current score against target, by clause",
    chartThemes: "Current score against target, by Annex A theme",
    ratingError: "Rate from 0 (non-existent) to 5 (optimised), or N/A when the requirement does not apply.",
    targetError:
      "Target score: 0 (non-existent) to 5 (optimised); blank takes the default target on the summary.",
    themes: {
      organizational: "Organizational controls",
      people: "People controls",
      physical: "Physical controls",
      technological: "Technological controls",
    },
  },
  soa: {
    statuses: {
      implemented: "Implemented",
      partial: "Partially implemented",
      planned: "Planned",
      notImplemented: "Not implemented",
    },
    reasons: {
      riskTreatment: "Risk treatment",
      existingControl: "Existing control",
      legal: "Legal or regulatory",
      contractual: "Contractual",
      business: "Business requirement or best practice",
    },
    unset: "No status",
    summaryTitle: "SoA summary",
    count: "Controls",
    total: "Controls in the standard",
    applicable: "Applicable",
    excluded: "Excluded",
    undecided: "Not decided",
    byStatus: "By implementation status",
    byTheme: "By theme",
    byDomain: "By domain",
    versionTitle: "Document control",
    version: "Version",
    date: "Date",
    preparedBy: "Prepared by",
    reviewedBy: "Reviewed by",
    approvedBy: "Approved by",
    legacy: "Not in ISO/IEC 27001:{standard}; kept for review",
    mappedFrom: "2013: {ids}",
    mappedTo: "2022: {ids}",
    newIn2022: "New in 2022",
    applicableError: "Choose Yes (applicable) or No (excluded: then give the justification for exclusion).",
    statusError:
      "Choose Implemented, Partially implemented, Planned or Not implemented; other text is kept but not counted.",
    reasonsWarning:
      "Reasons other than the risk assessment: legal or regulatory, contractual, business requirement or best practice. You may write your own.",
    changes: {
      version: "Version",
      date: "Date",
      control: "Control",
      change: "Change",
      first: "First version: {applicable} applicable, {excluded} excluded, {undecided} not decided",
      none: "Regenerated; nothing changed",
      added: "Added to the SoA",
      applicable: "Became applicable",
      applicableRisks: "Became applicable (risks {risks})",
      excluded: "Excluded",
      undecided: "Applicability cleared",
      status: "Status: {from} → {to}",
      conflict: "Conflict: required by risks {risks} but excluded",
      orphan: "Applicable for risk treatment, but no risk cites it any more",
      legacy: "Not in the chosen standard; kept at the bottom for review",
      blank: "(blank)",
    },
    findings: {
      conflict:
        "Control {id} is excluded, but risks {risks} require it. Make it applicable, or change those risks' treatment.",
      orphan:
        "Control {id} was selected for risk treatment, but no risk cites it any more. Give another reason, or exclude it with a justification.",
      justificationMissing:
        "Control {id} is excluded without a justification. Say why it does not apply (for example: no software development in scope).",
      justificationBoilerplate:
        "Control {id} is excluded with “{justification}” alone. Say why it does not apply (for example: no software development in scope).",
      review:
        "Control {id} joins the 2013 controls {from}: their entries were joined, labelled with each 2013 id. Review them.",
    },
  },
  gapRisk: {
    asset: "ISMS",
    threat: "Requirement {id} not met: {title}",
    vulnerability: "Current practice below the target (rated {current}, target {target})",
    description:
      "Gap analysis: {id} {title} is rated {current} against a target of {target}; until it is closed the ISMS may fail to meet the requirement.",
  },
  plan: {
    openListWarning: {
      threatNames:
        "{header}: this threat is not in the threat library (sheet {sheet}). Keep it, or choose one from the list.",
      vulnerabilityNames:
        "{header}: this vulnerability is not in the vulnerability library (sheet {sheet}). Keep it, or choose one from the list.",
    },
    listError: "{header}: choose a value from the list.",
    /** What each kind of column accepts: the message shown when something else is typed. */
    accepts: {
      assetIds: "{header}: the id of an asset listed in the asset register (sheet {sheet}).",
      riskIds: "{header}: the id of a risk in the risk register (sheet {sheet}).",
      choice: "{header}: one of {choices}.",
      rating: "{header}: a rating on the scale stated on sheet {sheet}.",
      date: "{header}: a date, written as 2026-03-31.",
    },
  },
  /** Printed page header and footer ({page}, {pages} and {sheet} are filled in when printing). */
  print: {
    pages: "Page {page} of {pages}",
    footer: "Version {version} · page {page} of {pages}",
  },
  /** The validation report sheet (the Validate panel's "Write report"). */
  findings: {
    sheetName: "Validation findings",
    columns: {
      severity: "Severity",
      rule: "Rule",
      riskId: "Risk ID",
      sheet: "Sheet",
      cell: "Cell",
      message: "Finding",
    },
  },
  conflict: {
    sheetHasData: "The sheet “{sheet}” already holds data; it is left as it is.",
    tableExists: "The table {table} already exists on “{sheet}”.",
    beside: "Written beside it as “{name}”.",
  },
  describe: {
    sheet: "{name}: {rows} rows, {columns} columns",
    sheetUpdate: "{name} (existing empty sheet): {rows} rows, {columns} columns",
    names: "{count} named ranges",
    total: "{sheets} sheets, {cells} cells",
  },
  problem: {
    sheets: { none: "No ISMS sheet was found: no ISMS table names and no header row we recognise." },
    sheet: {
      catalog:
        "This sheet lists clauses or controls with their titles only; it was read as a catalog, not as a register.",
      incomplete: "The sheet looks like a {role} but has no “{column}” column; it was not read.",
      superseded:
        "The sheet looks like a {role}, but the workbook’s own sheet “{value}” was read for it; this one was not read.",
    },
    table: { end: "The table ends above this row (“{value}”); what follows is not read as records." },
    column: {
      missing: "The required column “{column}” is missing.",
      ignored: "The column “{header}” is not one we know; its {count} non-empty values were not read.",
    },
    header: {
      unknown: "The column “{header}” is not one we know; it is ignored.",
      duplicate: "The column “{header}” names a column already found; it is ignored.",
      twoRow:
        "The headings span two rows (a group heading above the column headings); both rows were read together.",
    },
    merge: {
      filled: "“{value}” is merged down over several rows; it was read as the value of each of them.",
    },
    cells: { merged: "Merged cells in the table: each row needs its own cells." },
    cell: { error: "The cell shows an error ({value}); it is treated as empty." },
    number: {
      text: "The number {value} is stored as text; it was read as a number.",
      invalid: "“{value}” is not a number.",
    },
    adopt: {
      ratingUnused: "The method {value} does not use “{column}”; those ratings were not carried over.",
    },
    term: { unknown: "“{value}” is not a value we know for “{column}”; it is ignored." },
    yesNo: {
      partial: "“{value}” means partly; it was read as yes. Say in the notes what is left out.",
    },
    option: {
      freeText: "“{value}” is more than a treatment option; its text was kept as the treatment measures.",
    },
    control: {
      numeric:
        "The control id {value} is stored as a number, so 5.10 reads as 5.1. Format the column as text and type the ids again.",
      numericFixed:
        "The control id {value} is stored as a number; the title on the same row shows it is {id}, so it was read as {id}. Format the column as text.",
      legacy: "“{value}” uses the ISO/IEC 27001:2013 numbering; in the 2022 edition that is {ids}.",
    },
    date: {
      text: "The date {value} is stored as text; it was read as a date.",
      month: "“{value}” names a month without a day; it was read as the last day of that month, {date}.",
      invalid: "“{value}” is not a date.",
      ambiguous: "“{value}” could be day/month or month/day; write it as YYYY-MM-DD.",
    },
  },
} as const;
