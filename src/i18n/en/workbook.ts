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
    gap: "Gap analysis",
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
    themes: {
      organizational: "Organizational controls",
      people: "People controls",
      physical: "Physical controls",
      technological: "Technological controls",
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
        "This threat is not in the threat library (sheet Threats). Keep it, or choose one from the list.",
      vulnerabilityNames:
        "This vulnerability is not in the vulnerability library (sheet Vulnerabilities). Keep it, or choose one from the list.",
      owners:
        "This person owns no asset yet (sheet Assets). Keep the name, or choose an owner from the list.",
    },
    listError:
      "Choose a value from the list. The lists come from the Methodology, Assets, Threats and Vulnerabilities sheets.",
    heatMapTitle: "Risk heat map (number of risks)",
    heatMapCorner: "{rows} \\ {columns}",
  },
  /** Printed page header and footer ({page}, {pages} and {sheet} are filled in when printing). */
  print: {
    footer: "Version {version} · page {page} of {pages}",
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
    column: { missing: "The required column “{column}” is missing." },
    header: {
      unknown: "The column “{header}” is not one we know; it is ignored.",
      duplicate: "The column “{header}” names a column already found; it is ignored.",
    },
    cells: { merged: "Merged cells in the table: each row needs its own cells." },
    cell: { error: "The cell shows an error ({value}); it is treated as empty." },
    number: {
      text: "The number {value} is stored as text; it was read as a number.",
      invalid: "“{value}” is not a number.",
    },
    term: { unknown: "“{value}” is not a value we know for “{column}”; it is ignored." },
    control: {
      numeric:
        "The control id {value} is stored as a number, so 5.10 reads as 5.1. Format the column as text and type the ids again.",
    },
    date: {
      text: "The date {value} is stored as text; it was read as a date.",
      invalid: "“{value}” is not a date.",
      ambiguous: "“{value}” could be day/month or month/day; write it as YYYY-MM-DD.",
    },
  },
} as const;
