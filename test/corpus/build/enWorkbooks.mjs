/**
 * The English workbooks of the corpus: what each sheet holds, cell by cell, and the risk records a
 * reader must find in it. Rows are listed from row 1; `null` is a blank cell (and the cells a merge
 * covers).
 *
 * The definitions are kept out of prettier: one spreadsheet row per line reads like the sheet.
 */
import { date, maxTimes, product, risk } from "./cells.mjs";

/** 1. ExcelJS: title, header row 3 with scale hints, option words on the register, summary block. */
// prettier-ignore
const titleSummary = (() => {
  const rows = [
    ["R001", "Customer database", "Unauthorised access", "Shared administrator accounts", 4, 5, "Head of IT", "Mitigate", "Named admin accounts with MFA", "Control 8.5", date("2026-03-31")],
    ["R002", "Payroll system", "Data disclosure", "Excessive user privileges", 3, 4, "HR Director", "Mitigate", "Quarterly access reviews", "5.15–5.18", date("2026-04-30")],
    ["R003", "Laptops", "Theft or loss", "Disks not encrypted", 3, 3, "IT Manager", "Mitigate", "Full-disk encryption", "8.1, 8.24", date("2026-02-27")],
    ["R004", "Public website", "Denial of service", "No DDoS protection", 2, 4, "Web Lead", "Transfer", "Managed DDoS service with SLA", "5.21; 8.20", date("2026-05-31")],
    ["R005", "Office Wi-Fi", "Eavesdropping", "Legacy WPA2-PSK", 2, 2, "IT Manager", "Tolerate", "Accepted until the network refresh", null, null],
    ["R006", "Legacy FTP server", "Malware", "Unsupported operating system", 4, 4, "Head of IT", "Terminate", "Decommission the server", "Control 8.10", date("2026-03-13")],
    ["R007", "Email", "Phishing", "Low security awareness", 5, 3, "CISO", "Mitigate", "Phishing simulation and training", "6.3, 8.23", date("2026-06-30")],
    ["R008", "Backups", "Ransomware", "Backups online and writable", 3, 5, "IT Manager", "Mitigate", "Immutable offline backups", "Control 8.13", date("2026-04-15")],
  ];
  return {
    file: "en-exceljs-title-summary.xlsx",
    writer: "exceljs",
    lang: "en",
    layout:
      "merged title, blank row 2, header in row 3 with scale hints ('Likelihood (1-5)', 'Impact (1-5)', 'Risk score (L x I)'); option words Mitigate / Tolerate / Terminate / Transfer and controls ('Control 8.5', '5.15–5.18', '5.21; 8.20') on the register; real date cells; summary block (Summary / High / Medium / Low / Total) under the table; ids R001",
    sheets: [
      {
        name: "Risk Register",
        rows: [
          ["Acme Ltd — Information Security Risk Register"],
          [],
          ["Risk ID", "Asset", "Threat", "Vulnerability", "Likelihood (1-5)", "Impact (1-5)", "Risk score (L x I)", "Risk Owner", "Treatment Option", "Treatment measures", "Annex A controls", "Target date"],
          ...rows.map(([id, asset, threat, vuln, l, i, ...rest], k) => [
            id,
            asset,
            threat,
            vuln,
            l,
            i,
            product(k + 4, ["E", l], ["F", i]),
            ...rest,
          ]),
          [],
          ["Summary"],
          ["High (15 and above)", 4],
          ["Medium (8 to 14)", 3],
          ["Low (below 8)", 1],
          ["Total", 8],
        ],
        merges: ["A1:L1"],
        widths: { A: 18, B: 18, C: 20, D: 28, J: 32, K: 16, L: 12 },
      },
    ],
    risks: [
      risk("R001", { likelihood: 4, impact: 5 }, "reduce", ["8.5"], "Head of IT", "2026-03-31"),
      risk("R002", { likelihood: 3, impact: 4 }, "reduce", ["5.15", "5.16", "5.17", "5.18"], "HR Director", "2026-04-30"),
      risk("R003", { likelihood: 3, impact: 3 }, "reduce", ["8.1", "8.24"], "IT Manager", "2026-02-27"),
      risk("R004", { likelihood: 2, impact: 4 }, "transfer", ["5.21", "8.20"], "Web Lead", "2026-05-31"),
      risk("R005", { likelihood: 2, impact: 2 }, "accept", null, "IT Manager"),
      risk("R006", { likelihood: 4, impact: 4 }, "avoid", ["8.10"], "Head of IT", "2026-03-13"),
      risk("R007", { likelihood: 5, impact: 3 }, "reduce", ["6.3", "8.23"], "CISO", "2026-06-30"),
      risk("R008", { likelihood: 3, impact: 5 }, "reduce", ["8.13"], "IT Manager", "2026-04-15"),
    ],
  };
})();

/** 2. ExcelJS: split Inherent / Residual header, separate plan in another order, Annex A catalog. */
// prettier-ignore
const splitHeaderPlan = (() => {
  const rows = [
    ["RISK-001", "CRM (SaaS)", "Supplier breach", "No supplier security assessment", 3, 4, 2, 4, "Procurement Lead"],
    ["RISK-002", "File server", "Ransomware", "Unpatched SMB service", 4, 5, 2, 4, "IT Manager"],
    ["RISK-003", "HR records", "Unauthorised disclosure", "Paper files in an open office", 3, 3, 1, 3, "HR Manager"],
    ["RISK-004", "Data centre", "Power failure", "Single UPS, no generator", 2, 5, 2, 3, "Facilities Manager"],
    ["RISK-005", "Developer laptops", "Source code leak", "Local admin rights", 3, 4, 2, 3, "CTO"],
    ["RISK-006", "Cloud tenancy", "Misconfiguration", "No configuration baseline", 4, 4, 2, 3, "Cloud Lead"],
    ["RISK-007", "Finance team", "Business email compromise", "No call-back on payment changes", 3, 5, 1, 5, "CFO"],
  ];
  return {
    file: "en-exceljs-split-header-plan.xlsx",
    writer: "exceljs",
    lang: "en",
    layout:
      "register header over rows 2–3: 'Inherent risk' / 'Residual risk' merged over Likelihood / Impact / Score, the other headers merged down; 'Prepared by: … / Approved by: …' lines under the register and the plan; separate 'Risk Treatment Plan' (header row 3) in another order with Treat / Mitigate / Transfer / Accept, a range '5.19–5.22', real date cells shown dd/mm/yyyy; one risk not in the plan; an 'Annex A' catalog sheet (ID / Name / Description) that is not risks",
    sheets: [
      {
        name: "Risk Assessment",
        rows: [
          ["Risk Assessment 2026"],
          ["Risk ID", "Asset", "Threat", "Vulnerability", "Inherent risk", null, null, "Residual risk", null, null, "Risk owner"],
          [null, null, null, null, "Likelihood", "Impact", "Score", "Likelihood", "Impact", "Score"],
          ...rows.map(([id, asset, threat, vuln, l, i, rl, ri, owner], k) => [
            id,
            asset,
            threat,
            vuln,
            l,
            i,
            product(k + 4, ["E", l], ["F", i]),
            rl,
            ri,
            product(k + 4, ["H", rl], ["I", ri]),
            owner,
          ]),
          [],
          ["Prepared by: A. Jones (ISMS Manager)"],
          ["Approved by: M. Clarke (CEO)", null, null, null, "Date: 20/01/2026"],
        ],
        merges: ["A1:K1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:J2", "K2:K3", "A12:D12", "A13:D13"],
        widths: { B: 18, C: 24, D: 30, K: 18 },
      },
      {
        name: "Risk Treatment Plan",
        rows: [
          ["Risk Treatment Plan — approved 20 January 2026"],
          [],
          ["Risk ID", "Treatment option", "Actions", "Annex A controls", "Action owner", "Due date", "Status"],
          ["RISK-002", "Mitigate", "Emergency patching; disable SMBv1", "8.8, 8.7", "S. Patel", date("2026-02-28", "dd/mm/yyyy"), "In progress"],
          ["RISK-006", "Treat", "CIS baseline and configuration scanning", "8.9", "Cloud Lead", date("2026-04-30", "dd/mm/yyyy"), "Not started"],
          ["RISK-007", "Mitigate", "Call-back procedure for payment changes", "5.37, 6.3", "Finance Controller", date("2026-03-31", "dd/mm/yyyy"), "In progress"],
          ["RISK-001", "Transfer", "Contractual liability and cyber insurance", "5.19–5.22", "Procurement Lead", date("2026-06-30", "dd/mm/yyyy"), "Not started"],
          ["RISK-005", "Mitigate", "Remove local admin; endpoint DLP", "8.2, 8.12", "CTO", date("2026-05-29", "dd/mm/yyyy"), "Not started"],
          ["RISK-004", "Accept", "Accepted by management; reviewed annually", null, "Facilities Manager", null, "—"],
          [],
          ["Approved by: M. Clarke (CEO)    Date: 20/01/2026"],
        ],
        merges: ["A1:G1", "A11:G11"],
        widths: { C: 40, D: 16, E: 18, F: 12 },
      },
      {
        name: "Annex A",
        rows: [
          ["ID", "Name", "Description"],
          ["A.5.1", "Policies for information security", "Information security policy and topic-specific policies shall be defined and approved."],
          ["A.5.15", "Access control", "Rules to control physical and logical access shall be established."],
          ["A.5.19", "Information security in supplier relationships", "Processes shall be defined to manage supplier risks."],
          ["A.6.3", "Information security awareness, education and training", "Personnel shall receive appropriate awareness and training."],
          ["A.7.11", "Supporting utilities", "Facilities shall be protected from power failures."],
          ["A.8.7", "Protection against malware", "Protection against malware shall be implemented."],
          ["A.8.8", "Management of technical vulnerabilities", "Information about technical vulnerabilities shall be obtained."],
          ["A.8.9", "Configuration management", "Configurations shall be established, documented and monitored."],
        ],
        widths: { B: 40, C: 60 },
      },
    ],
    risks: [
      risk("RISK-001", { likelihood: 3, impact: 4 }, "transfer", ["5.19", "5.20", "5.21", "5.22"], "Procurement Lead", "2026-06-30"),
      risk("RISK-002", { likelihood: 4, impact: 5 }, "reduce", ["8.8", "8.7"], "S. Patel", "2026-02-28"),
      risk("RISK-003", { likelihood: 3, impact: 3 }, null, null, "HR Manager"),
      risk("RISK-004", { likelihood: 2, impact: 5 }, "accept", null, "Facilities Manager"),
      risk("RISK-005", { likelihood: 3, impact: 4 }, "reduce", ["8.2", "8.12"], "CTO", "2026-05-29"),
      risk("RISK-006", { likelihood: 4, impact: 4 }, "reduce", ["8.9"], "Cloud Lead", "2026-04-30"),
      risk("RISK-007", { likelihood: 3, impact: 5 }, "reduce", ["5.37", "6.3"], "Finance Controller", "2026-03-31"),
    ],
  };
})();

/** 3. ExcelJS: "No." numeric ids, hidden column and rows, Treat/Tolerate/Terminate, 2026.3.31. */
// prettier-ignore
const hiddenRows = (() => {
  const rows = [
    [1, "Active Directory", "Credential stuffing", "No MFA on VPN", "IR-7781", 4, 4, "IT Ops Lead", "Treat", "Control 8.5; Control 5.17", "2026.3.31", "In progress"],
    [2, "Payment gateway", "Fraudulent transactions", "Weak API authentication", "IR-7782", 3, 5, "Payments PM", "Treat", "Control 8.5; Control 8.16", "2026.4.30", "Not started"],
    [3, "Marketing site", "Defacement", "Outdated plugins", "IR-7783", 3, 2, "Marketing Ops", "Tolerate", "—", null, "—"],
    [4, "Support call recordings", "Data disclosure", "Recordings kept indefinitely", "IR-7784", 2, 4, "Support Manager", "Treat", "Control 5.33; Control 8.10", "2026.6.30", "Not started"],
    [5, "Legacy HR app", "Data breach", "Unsupported platform", "IR-7785", 4, 3, "HR Systems Lead", "Terminate", "Control 8.10", "2026.9.30", "Not started"],
    [6, "Office building", "Unauthorised entry", "Tailgating at the side door", "IR-7786", 2, 3, "Facilities", "Tolerate", null, null, "—"],
    [7, "Third-party payroll", "Service outage", "No exit plan", "IR-7787", 2, 4, "Finance Director", "Transfer", "Control 5.20; Control 5.22", "2026.5.31", "Not started"],
    [8, "Source code", "Insider leak", "No data leakage prevention", "IR-7788", 3, 4, "CTO", "Treat", "Control 8.12", "2026.3.31", "In progress"],
  ];
  return {
    file: "en-exceljs-hidden-rows.xlsx",
    writer: "exceljs",
    lang: "en",
    layout:
      "numeric ids 1–8 in a 'No.' column (no other id column), header row 2 under a merged title; a hidden 'Internal ref' column and two hidden risk rows (still risks); 'Risk rating' = L×I; 'Risk Response' words Treat / Tolerate / Terminate / Transfer; controls 'Control 8.5; Control 5.17' and a dash for none; due dates typed 2026.3.31",
    sheets: [
      {
        name: "Risks",
        rows: [
          ["Operational risk log — information security"],
          ["No.", "Asset", "Threat", "Vulnerability", "Internal ref", "Likelihood", "Impact", "Risk rating", "Owner", "Risk Response", "Controls", "Due date", "Status"],
          ...rows.map(([n, asset, threat, vuln, ref, l, i, ...rest], k) => [
            n,
            asset,
            threat,
            vuln,
            ref,
            l,
            i,
            product(k + 3, ["F", l], ["G", i]),
            ...rest,
          ]),
        ],
        merges: ["A1:M1"],
        hiddenRows: [5, 8],
        hiddenColumns: ["E"],
        widths: { B: 22, C: 22, D: 28, K: 26 },
      },
    ],
    risks: [
      risk("1", { likelihood: 4, impact: 4 }, "reduce", ["8.5", "5.17"], "IT Ops Lead", "2026-03-31"),
      risk("2", { likelihood: 3, impact: 5 }, "reduce", ["8.5", "8.16"], "Payments PM", "2026-04-30"),
      risk("3", { likelihood: 3, impact: 2 }, "accept", null, "Marketing Ops"),
      risk("4", { likelihood: 2, impact: 4 }, "reduce", ["5.33", "8.10"], "Support Manager", "2026-06-30"),
      risk("5", { likelihood: 4, impact: 3 }, "avoid", ["8.10"], "HR Systems Lead", "2026-09-30"),
      risk("6", { likelihood: 2, impact: 3 }, "accept", null, "Facilities"),
      risk("7", { likelihood: 2, impact: 4 }, "transfer", ["5.20", "5.22"], "Finance Director", "2026-05-31"),
      risk("8", { likelihood: 3, impact: 4 }, "reduce", ["8.12"], "CTO", "2026-03-31"),
    ],
  };
})();

/** 4. ExcelJS: two asset sheets, an ATV register keyed by asset ids, plan with dd/mm/yyyy text. */
// prettier-ignore
const twoAssetSheets = (() => {
  const assetHeader = ["Asset ID", "Asset name", "Owner", "Confidentiality", "Integrity", "Availability", "Asset value"];
  const rows = [
    ["R-01", "IA-01", "Customer data warehouse", "Data exfiltration", 3, "Excessive service-account rights", 4, 5, "Data Owner"],
    ["R-02", "IA-02", "Contract archive", "Unauthorised change", 2, "No integrity monitoring", 3, 4, "Legal Counsel"],
    ["R-03", "IA-03", "Payroll data", "Disclosure", 3, "Plain-text exports", 4, 5, "HR Director"],
    ["R-04", "PA-01", "Server room", "Flooding", 1, "Room below ground level", 4, 4, "Facilities Manager"],
    ["R-05", "PA-02", "Staff laptops", "Theft", 4, "No cable locks in the hot-desk area", 2, 3, "IT Manager"],
    ["R-06", "PA-03", "Badge readers", "Tampering", 2, "Readers not monitored", 3, 3, "Security Officer"],
  ];
  return {
    file: "en-exceljs-two-asset-sheets.xlsx",
    writer: "exceljs",
    lang: "en",
    layout:
      "two asset sheets ('Information assets', 'Physical assets') with C/I/A and asset value before the register; register rated asset value × threat rating × vulnerability rating with 'Asset ID' references (header row 1); separate 'Risk Treatment Plan' with 'Option' / 'Planned actions' / 'Target Date' typed as dd/mm/yyyy text (31/03/2026)",
    sheets: [
      {
        name: "Information assets",
        rows: [
          assetHeader,
          ["IA-01", "Customer data warehouse", "Data Owner", 5, 4, 3, 5],
          ["IA-02", "Contract archive", "Legal Counsel", 4, 4, 2, 4],
          ["IA-03", "Payroll data", "HR Director", 5, 4, 3, 5],
        ],
        widths: { B: 26 },
      },
      {
        name: "Physical assets",
        rows: [
          assetHeader,
          ["PA-01", "Server room", "Facilities Manager", 3, 3, 4, 4],
          ["PA-02", "Staff laptops", "IT Manager", 3, 2, 3, 3],
          ["PA-03", "Badge readers", "Security Officer", 2, 3, 3, 3],
        ],
        widths: { B: 26 },
      },
      {
        name: "Risk register",
        rows: [
          ["Risk ID", "Asset ID", "Asset", "Threat", "Threat rating", "Vulnerability", "Vulnerability rating", "Asset value", "Risk value", "Risk owner"],
          ...rows.map(([id, assetId, asset, threat, t, vuln, v, av, owner], k) => [
            id,
            assetId,
            asset,
            threat,
            t,
            vuln,
            v,
            av,
            product(k + 2, ["H", av], ["E", t], ["G", v]),
            owner,
          ]),
        ],
        widths: { C: 26, D: 20, F: 34, J: 18 },
      },
      {
        name: "Risk Treatment Plan",
        rows: [
          ["Risk ID", "Option", "Planned actions", "Controls", "Owner", "Target Date", "Status"],
          ["R-01", "Reduce", "Rotate and scope service accounts", "8.2, 5.18", "Data Owner", "31/03/2026", "In progress"],
          ["R-02", "Reduce", "File integrity monitoring", "8.16", "IT Manager", "30/04/2026", "Not started"],
          ["R-03", "Reduce", "Encrypt exports; DLP", "8.24, 8.12", "HR Director", "15/05/2026", "Not started"],
          ["R-04", "Transfer", "Flood insurance and relocation study", "7.5", "Facilities Manager", "30/06/2026", "Not started"],
          ["R-05", "Reduce", "Cable locks; clear-desk policy", "7.9, 7.7", "IT Manager", "27/02/2026", "Done"],
          ["R-06", "Accept", "—", null, "Security Officer", null, "—"],
        ],
        widths: { C: 36, E: 18, F: 12 },
      },
    ],
    risks: [
      risk("R-01", { asset: 5, threat: 3, vulnerability: 4 }, "reduce", ["8.2", "5.18"], "Data Owner", "2026-03-31"),
      risk("R-02", { asset: 4, threat: 2, vulnerability: 3 }, "reduce", ["8.16"], "IT Manager", "2026-04-30"),
      risk("R-03", { asset: 5, threat: 3, vulnerability: 4 }, "reduce", ["8.24", "8.12"], "HR Director", "2026-05-15"),
      risk("R-04", { asset: 4, threat: 1, vulnerability: 4 }, "transfer", ["7.5"], "Facilities Manager", "2026-06-30"),
      risk("R-05", { asset: 3, threat: 4, vulnerability: 2 }, "reduce", ["7.9", "7.7"], "IT Manager", "2026-02-27"),
      risk("R-06", { asset: 3, threat: 2, vulnerability: 3 }, "accept", null, "Security Officer"),
    ],
  };
})();

/** 5. openpyxl: register and plan as tables under a title and legend, header row 5. */
// prettier-ignore
const tablesLegend = (() => {
  const rows = [
    ["RISK-001", "Ransomware encrypts shared drives", "File shares", "Ransomware", "Macros enabled by default", 4, 5, "High", "IT Director"],
    ["RISK-002", "Loss of laptops holding client data", "Laptops", "Theft", "Older devices not encrypted", 3, 4, "Medium", "IT Director"],
    ["RISK-003", "Supplier outage halts payroll", "Payroll provider", "Service outage", "Single provider, no exit plan", 2, 4, "Medium", "Finance Director"],
    ["RISK-004", "Disclosure of board papers", "Board portal", "Unauthorised access", "Shared accounts", 2, 5, "Medium", "Company Secretary"],
    ["RISK-005", "Website defacement", "Website", "Defacement", "Unpatched CMS", 3, 2, "Low", "Marketing Lead"],
    ["RISK-006", "Insider copies the customer list", "CRM", "Insider threat", "No export logging", 3, 4, "Medium", "Sales Director"],
    ["RISK-007", "Break-in at a branch office", "Branch office", "Burglary", "No alarm monitoring", 2, 3, "Low", "Office Manager"],
  ];
  return {
    file: "en-openpyxl-tables-legend.xlsx",
    writer: "openpyxl",
    lang: "en",
    layout:
      "register as an Excel table (ListObject) whose header is in row 5, under a merged title, a rating-scale legend and an acceptance line; 'Inherent Risk Score' formulas with no cached value; separate 'Treatment' sheet with a second table (header row 3) in another order, Mitigate / Avoid / Accept, 'A.5.16, A.8.5' controls, 'Responsible' owners and real date cells",
    sheets: [
      {
        name: "Register",
        rows: [
          ["Information Security Risk Register"],
          ["Scale: likelihood 1 = rare … 5 = almost certain; impact 1 = negligible … 5 = severe"],
          ["Acceptance criterion: score of 6 or less"],
          [],
          ["Risk ID", "Risk description", "Asset", "Threat", "Vulnerability", "Likelihood", "Impact", "Inherent Risk Score", "Risk level", "Owner"],
          ...rows.map(([id, description, asset, threat, vuln, l, i, level, owner], k) => [
            id,
            description,
            asset,
            threat,
            vuln,
            l,
            i,
            product(k + 6, ["F", l], ["G", i]),
            level,
            owner,
          ]),
        ],
        merges: ["A1:J1", "A2:J2", "A3:J3"],
        tables: [{ name: "RiskRegister", ref: "A5:J12" }],
        widths: { B: 34, C: 16, E: 28, J: 18 },
      },
      {
        name: "Treatment",
        rows: [
          ["Risk treatment plan"],
          [],
          ["Risk ID", "Option", "Measures", "Controls", "Responsible", "Due date", "Status"],
          ["RISK-004", "Mitigate", "Named accounts with MFA", "A.5.16, A.8.5", "Company Secretary", date("2026-02-27"), "In progress"],
          ["RISK-001", "Mitigate", "Disable macros; offline backups", "A.8.7, A.8.13", "IT Director", date("2026-03-31"), "In progress"],
          ["RISK-002", "Mitigate", "Encrypt the remaining laptops", "A.8.24", "Service Desk Lead", date("2026-04-30"), "Not started"],
          ["RISK-006", "Mitigate", "Export logging and alerts", "A.8.15, A.8.16", "Sales Director", date("2026-05-29"), "Not started"],
          ["RISK-003", "Avoid", "Second payroll provider on standby", "A.5.30", "Finance Director", date("2026-09-30"), "Not started"],
          ["RISK-005", "Accept", "Score within the acceptance criterion", null, "Marketing Lead", null, "—"],
          ["RISK-007", "Accept", "Score within the acceptance criterion", null, "Office Manager", null, "—"],
        ],
        merges: ["A1:G1"],
        tables: [{ name: "TreatmentPlan", ref: "A3:G10" }],
        widths: { C: 36, D: 16, E: 18, F: 12 },
      },
    ],
    risks: [
      risk("RISK-001", { likelihood: 4, impact: 5 }, "reduce", ["8.7", "8.13"], "IT Director", "2026-03-31"),
      risk("RISK-002", { likelihood: 3, impact: 4 }, "reduce", ["8.24"], "Service Desk Lead", "2026-04-30"),
      risk("RISK-003", { likelihood: 2, impact: 4 }, "avoid", ["5.30"], "Finance Director", "2026-09-30"),
      risk("RISK-004", { likelihood: 2, impact: 5 }, "reduce", ["5.16", "8.5"], "Company Secretary", "2026-02-27"),
      risk("RISK-005", { likelihood: 3, impact: 2 }, "accept", null, "Marketing Lead"),
      risk("RISK-006", { likelihood: 3, impact: 4 }, "reduce", ["8.15", "8.16"], "Sales Director", "2026-05-29"),
      risk("RISK-007", { likelihood: 2, impact: 3 }, "accept", null, "Office Manager"),
    ],
  };
})();

/** 6. openpyxl: ATV register with 2013 ids, a totals row and a sign-off block. */
// prettier-ignore
const atvSignOff = (() => {
  const rows = [
    ["R001", "Web server", 4, "Exploitation of vulnerabilities", 4, "Missing patches", 3, "Infrastructure Lead", "Treat", "A.12.6.1, A.12.2.1", date("2026-03-31")],
    ["R002", "HR database", 5, "Unauthorised access", 3, "Weak passwords", 4, "HR Manager", "Treat", "A.9.4.3", date("2026-04-30")],
    ["R003", "Backup tapes", 4, "Loss in transit", 2, "Unencrypted media", 4, "IT Manager", "Treat", "A.8.3.3, A.10.1.1", date("2026-05-29")],
    ["R004", "Email", 3, "Phishing", 5, "Low awareness", 3, "CISO", "Treat", "A.7.2.2", date("2026-02-27")],
    ["R005", "Outsourced helpdesk", 3, "Supplier failure", 2, "Weak contract terms", 3, "Procurement", "Transfer", "A.15.1.2", date("2026-06-30")],
    ["R006", "Meeting rooms", 2, "Eavesdropping", 2, "Thin partition walls", 2, "Facilities", "Accept", null, null],
  ];
  return {
    file: "en-openpyxl-atv-signoff.xlsx",
    writer: "openpyxl",
    lang: "en",
    layout:
      "asset value × threat level × vulnerability level register ('Ref' ids R001, 'Asset value', 'Threat level', 'Vulnerability level') with header row 3 under a merged title; Treat / Transfer / Accept and 2013 Annex A ids ('A.12.6.1, A.12.2.1') on the register; real date cells; a 'Total risks' row and a Prepared by / Reviewed by / Approved by block under the table",
    sheets: [
      {
        name: "Risk Assessment",
        rows: [
          ["ISMS Risk Assessment (ISO/IEC 27001:2013)"],
          [],
          ["Ref", "Asset", "Asset value", "Threat", "Threat level", "Vulnerability", "Vulnerability level", "Risk value", "Owner", "Treatment", "Control(s)", "Target Date"],
          ...rows.map(([id, asset, av, threat, t, vuln, v, ...rest], k) => [
            id,
            asset,
            av,
            threat,
            t,
            vuln,
            v,
            product(k + 4, ["C", av], ["E", t], ["G", v]),
            ...rest,
          ]),
          ["Total risks", 6],
          [],
          ["Prepared by: J. Smith", null, null, "Date: 2026-01-12"],
          ["Reviewed by: P. Patel", null, null, "Date: 2026-01-15"],
          ["Approved by: M. Clarke", null, null, "Date: 2026-01-20"],
        ],
        merges: ["A1:L1"],
        widths: { B: 20, D: 28, F: 22, I: 20, K: 20, L: 12 },
      },
    ],
    risks: [
      risk("R001", { asset: 4, threat: 4, vulnerability: 3 }, "reduce", ["A.12.6.1", "A.12.2.1"], "Infrastructure Lead", "2026-03-31"),
      risk("R002", { asset: 5, threat: 3, vulnerability: 4 }, "reduce", ["A.9.4.3"], "HR Manager", "2026-04-30"),
      risk("R003", { asset: 4, threat: 2, vulnerability: 4 }, "reduce", ["A.8.3.3", "A.10.1.1"], "IT Manager", "2026-05-29"),
      risk("R004", { asset: 3, threat: 5, vulnerability: 3 }, "reduce", ["A.7.2.2"], "CISO", "2026-02-27"),
      risk("R005", { asset: 3, threat: 2, vulnerability: 3 }, "transfer", ["A.15.1.2"], "Procurement", "2026-06-30"),
      risk("R006", { asset: 2, threat: 2, vulnerability: 2 }, "accept", null, "Facilities"),
    ],
  };
})();

/** 7. openpyxl: everything on the register incl. residual ratings; SoA and clause catalog sheets. */
// prettier-ignore
const soaCatalog = (() => {
  const rows = [
    ["R-01", "Customer portal", "Credential stuffing", "No rate limiting", 4, 4, "Mitigate", "Rate limiting and MFA", "8.5, 8.20", 2, 3, "Product Owner", date("2026-03-31"), "In progress"],
    ["R-02", "Finance share", "Unauthorised access", "Inherited permissions", 3, 4, "Mitigate", "Permission clean-up", "5.15, 8.3", 2, 2, "Finance Director", date("2026-04-30"), "Not started"],
    ["R-03", "Card data", "Card data exposure", "Card numbers in application logs", 3, 5, "Avoid", "Outsource card handling to the PSP", "8.11", 1, 5, "CFO", date("2026-06-30"), "Not started"],
    ["R-04", "Head office", "Fire", "Old wiring", 1, 5, "Transfer", "Buildings insurance", null, 1, 5, "Facilities Manager", date("2026-12-31"), "Done"],
    ["R-05", "Mobile app", "Reverse engineering", "No code obfuscation", 2, 3, "Accept", "None", null, 2, 3, "Mobile Lead", null, "—"],
    ["R-06", "Vendor VPN", "Supplier compromise", "Always-on vendor access", 3, 4, "Mitigate", "Just-in-time vendor access", "5.19, 5.20, 8.2", 2, 3, "IT Manager", date("2026-05-15"), "Not started"],
  ];
  return {
    file: "en-openpyxl-soa-catalog.xlsx",
    writer: "openpyxl",
    lang: "en",
    layout:
      "register (header row 1) that also carries treatment option, measures, controls, residual likelihood / impact / score, owner, due date and status; an 'SoA' sheet (Control ID / Control / Applicable / Justification for exclusion / Implementation status) and a 'Clauses' catalog (Clause / Title) that are not risks; score formulas with no cached value",
    sheets: [
      {
        name: "Clauses",
        rows: [
          ["Clause", "Title"],
          ["4.1", "Understanding the organization and its context"],
          ["4.2", "Understanding the needs and expectations of interested parties"],
          ["4.3", "Determining the scope of the ISMS"],
          ["5.1", "Leadership and commitment"],
          ["6.1.2", "Information security risk assessment"],
          ["6.1.3", "Information security risk treatment"],
          ["8.2", "Information security risk assessment"],
          ["8.3", "Information security risk treatment"],
          ["9.2", "Internal audit"],
          ["10.2", "Nonconformity and corrective action"],
        ],
        widths: { B: 60 },
      },
      {
        name: "Risk Register",
        rows: [
          ["Risk ID", "Asset", "Threat", "Vulnerability", "Likelihood", "Impact", "Risk score", "Treatment option", "Treatment measures", "Controls", "Residual likelihood", "Residual impact", "Residual score", "Owner", "Due date", "Status"],
          ...rows.map(([id, asset, threat, vuln, l, i, option, measures, controls, rl, ri, ...rest], k) => [
            id,
            asset,
            threat,
            vuln,
            l,
            i,
            product(k + 2, ["E", l], ["F", i]),
            option,
            measures,
            controls,
            rl,
            ri,
            product(k + 2, ["K", rl], ["L", ri]),
            ...rest,
          ]),
        ],
        widths: { B: 18, C: 22, D: 30, I: 34, J: 16, N: 18 },
      },
      {
        name: "SoA",
        rows: [
          ["Control ID", "Control", "Applicable", "Justification for exclusion", "Implementation status"],
          ["5.1", "Policies for information security", "Yes", null, "Implemented"],
          ["5.15", "Access control", "Yes", null, "Partially implemented"],
          ["5.19", "Information security in supplier relationships", "Yes", null, "Partially implemented"],
          ["7.4", "Physical security monitoring", "No", "Shared office building; monitoring by the landlord", null],
          ["8.5", "Secure authentication", "Yes", null, "Partially implemented"],
          ["8.11", "Data masking", "Yes", null, "Planned"],
          ["8.30", "Outsourced development", "No", "No development is outsourced", null],
        ],
        widths: { B: 44, D: 48, E: 22 },
      },
    ],
    risks: [
      risk("R-01", { likelihood: 4, impact: 4 }, "reduce", ["8.5", "8.20"], "Product Owner", "2026-03-31"),
      risk("R-02", { likelihood: 3, impact: 4 }, "reduce", ["5.15", "8.3"], "Finance Director", "2026-04-30"),
      risk("R-03", { likelihood: 3, impact: 5 }, "avoid", ["8.11"], "CFO", "2026-06-30"),
      risk("R-04", { likelihood: 1, impact: 5 }, "transfer", null, "Facilities Manager", "2026-12-31"),
      risk("R-05", { likelihood: 2, impact: 3 }, "accept", null, "Mobile Lead"),
      risk("R-06", { likelihood: 3, impact: 4 }, "reduce", ["5.19", "5.20", "8.2"], "IT Manager", "2026-05-15"),
    ],
  };
})();

/** 8. openpyxl: residual columns beside the inherent ones in a table, line breaks in headers. */
// prettier-ignore
const residualBeside = (() => {
  const rows = [
    ["R-1", "Cloud storage", "Misconfiguration", "Public buckets possible", 4, 4, 2, 3, "Mitigate", "Control 8.9", "Cloud Lead", "2026-03-31"],
    ["R-2", "SaaS HR tool", "Supplier breach", "No security due diligence", 3, 4, 2, 4, "Transfer", "Control 5.19; Control 5.23", "HR Director", "2026-04-30"],
    ["R-3", "Developer laptops", "Malware", "Local admin rights", 3, 3, 2, 3, "Mitigate", "Control 8.7", "IT Manager", "2026-02-27"],
    ["R-4", "Print room", "Documents left on printers", "No secure print release", 2, 2, 2, 2, "Accept", null, "Office Manager", null],
    ["R-5", "Old intranet", "Exploitation", "Unsupported framework", 4, 3, 1, 3, "Terminate", "Control 8.10", "IT Manager", "2026-06-30"],
    ["R-6", "Call centre", "Social engineering", "No caller verification", 4, 3, 2, 3, "Mitigate", "Control 5.17, 6.3", "Contact Centre Lead", "2026-05-29"],
    ["R-7", "Perimeter firewall", "Rule drift", "No periodic rule review", 3, 4, 2, 2, "Mitigate", "Control 8.20, Control 8.32", "Network Lead", "2026-03-31"],
  ];
  return {
    file: "en-openpyxl-residual-beside.xlsx",
    writer: "openpyxl",
    lang: "en",
    layout:
      "one table (ListObject) from A1: 'Risk ID*' and 'Likelihood\\n(1-5)' / 'Impact\\n(1-5)' headers with line breaks, residual likelihood / impact / score right beside the inherent ones; Mitigate / Transfer / Accept / Terminate; controls 'Control 5.19; Control 5.23'; due dates typed as ISO text; ids R-1",
    sheets: [
      {
        name: "Risk register",
        rows: [
          ["Risk ID*", "Asset", "Threat", "Vulnerability", "Likelihood\n(1-5)", "Impact\n(1-5)", "Inherent Risk Score", "Residual Likelihood", "Residual Impact", "Residual Risk Score", "Treatment", "Annex A controls", "Risk Owner", "Target Date"],
          ...rows.map(([id, asset, threat, vuln, l, i, rl, ri, ...rest], k) => [
            id,
            asset,
            threat,
            vuln,
            l,
            i,
            product(k + 2, ["E", l], ["F", i]),
            rl,
            ri,
            product(k + 2, ["H", rl], ["I", ri]),
            ...rest,
          ]),
        ],
        tables: [{ name: "Risks", ref: "A1:N8" }],
        widths: { B: 18, C: 24, D: 28, L: 26, M: 20 },
      },
    ],
    risks: [
      risk("R-1", { likelihood: 4, impact: 4 }, "reduce", ["8.9"], "Cloud Lead", "2026-03-31"),
      risk("R-2", { likelihood: 3, impact: 4 }, "transfer", ["5.19", "5.23"], "HR Director", "2026-04-30"),
      risk("R-3", { likelihood: 3, impact: 3 }, "reduce", ["8.7"], "IT Manager", "2026-02-27"),
      risk("R-4", { likelihood: 2, impact: 2 }, "accept", null, "Office Manager"),
      risk("R-5", { likelihood: 4, impact: 3 }, "avoid", ["8.10"], "IT Manager", "2026-06-30"),
      risk("R-6", { likelihood: 4, impact: 3 }, "reduce", ["5.17", "6.3"], "Contact Centre Lead", "2026-05-29"),
      risk("R-7", { likelihood: 3, impact: 4 }, "reduce", ["8.20", "8.32"], "Network Lead", "2026-03-31"),
    ],
  };
})();

/** 9. LibreOffice from .xlsx: register + plan, sign-off lines, 2026/3/31, two ratings as text. */
// prettier-ignore
const loSignOff = (() => {
  const rows = [
    ["RISK-001", "Domain controllers", "Privilege escalation", "Stale admin accounts", 4, 5, "Infrastructure Manager"],
    ["RISK-002", "ERP", "Fraud", "Segregation of duties gaps", "3", 4, "Finance Director"],
    ["RISK-003", "Customer emails", "Misdelivery", "No outbound DLP", 4, 2, "Customer Service Lead"],
    ["RISK-004", "Data centre", "Cooling failure", "Single cooling unit", 2, 4, "Facilities Manager"],
    ["RISK-005", "Source code", "IP theft", "Repositories can be made public", 2, "5", "Engineering Manager"],
    ["RISK-006", "Visitors", "Tailgating", "No reception at the rear door", 3, 2, "Facilities Manager"],
    ["RISK-007", "Marketing SaaS", "Data breach", "No data processing agreement", 3, 3, "Marketing Director"],
  ];
  return {
    file: "en-lo-xlsx-signoff-plan.xlsx",
    writer: "libreoffice-from-xlsx",
    source: "exceljs",
    lang: "en",
    layout:
      "register header in row 3 under a merged title and a version line, 'Risk score (L x I)', two ratings typed as text; 'Prepared by: … / Approved by: …' lines under the register and the plan; separate 'Risk Treatment Plan' (header row 2) with Treat / Transfer / Tolerate, 'Controls' and due dates typed 2026/3/31; re-saved by LibreOffice from .xlsx",
    sheets: [
      {
        name: "Risks",
        rows: [
          ["Information Security Risk Register"],
          ["Version 1.2 — January 2026"],
          ["Risk ID", "Asset", "Threat", "Vulnerability", "Likelihood", "Impact", "Risk score (L x I)", "Risk Owner"],
          ...rows.map(([id, asset, threat, vuln, l, i, owner], k) => [
            id,
            asset,
            threat,
            vuln,
            l,
            i,
            product(k + 4, ["E", l], ["F", i]),
            owner,
          ]),
          [],
          ["Prepared by: Information Security Manager"],
          ["Approved by: Chief Executive"],
        ],
        merges: ["A1:H1", "A2:H2"],
        widths: { B: 20, C: 20, D: 30, H: 24 },
      },
      {
        name: "Risk Treatment Plan",
        rows: [
          ["Risk Treatment Plan 2026"],
          ["Risk ID", "Treatment", "Actions", "Controls", "Owner", "Due date", "Status"],
          ["RISK-001", "Treat", "Remove stale accounts; privileged access management", "8.2, 5.18", "Infrastructure Manager", "2026/3/31", "In progress"],
          ["RISK-002", "Treat", "Segregation of duties matrix", "5.3, 8.2", "ERP Lead", "2026/4/30", "Not started"],
          ["RISK-003", "Treat", "Outbound email DLP", "8.12, 5.14", "Customer Service Lead", "2026/5/29", "Not started"],
          ["RISK-004", "Transfer", "Maintenance contract with 4-hour response", "7.11, 5.20", "Facilities Manager", "2026/6/30", "Not started"],
          ["RISK-005", "Treat", "Repository policy and secret scanning", "8.4, 8.28", "Engineering Manager", "2026/3/13", "In progress"],
          ["RISK-006", "Tolerate", "Within risk appetite", null, "Facilities Manager", null, "—"],
          ["RISK-007", "Treat", "Sign the data processing agreement", "5.20, 5.34", "Legal Counsel", "2026/2/27", "Done"],
          [],
          ["Approved by: Chief Executive — 20 January 2026"],
        ],
        merges: ["A1:G1"],
        widths: { C: 44, D: 14, E: 24, F: 12 },
      },
    ],
    risks: [
      risk("RISK-001", { likelihood: 4, impact: 5 }, "reduce", ["8.2", "5.18"], "Infrastructure Manager", "2026-03-31"),
      risk("RISK-002", { likelihood: 3, impact: 4 }, "reduce", ["5.3", "8.2"], "ERP Lead", "2026-04-30"),
      risk("RISK-003", { likelihood: 4, impact: 2 }, "reduce", ["8.12", "5.14"], "Customer Service Lead", "2026-05-29"),
      risk("RISK-004", { likelihood: 2, impact: 4 }, "transfer", ["7.11", "5.20"], "Facilities Manager", "2026-06-30"),
      risk("RISK-005", { likelihood: 2, impact: 5 }, "reduce", ["8.4", "8.28"], "Engineering Manager", "2026-03-13"),
      risk("RISK-006", { likelihood: 3, impact: 2 }, "accept", null, "Facilities Manager"),
      risk("RISK-007", { likelihood: 3, impact: 3 }, "reduce", ["5.20", "5.34"], "Legal Counsel", "2026-02-27"),
    ],
  };
})();

/** 10. LibreOffice from .ods: C/I/A register with treatment on the sheet. */
// prettier-ignore
const loOdsCia = (() => {
  const rows = [
    ["RISK-001", "Customer PII", [5, 4, 3], "Data breach", 3, "Weak access control", 4, "Mitigate", "5.15–5.18", "Data Protection Officer", date("2026-03-31")],
    ["RISK-002", "Payment service", [4, 5, 5], "Outage", 3, "No failover", 3, "Mitigate", "Control 8.14", "Platform Lead", date("2026-06-30")],
    ["RISK-003", "Staff directory", [2, 2, 2], "Scraping", 2, "Publicly listed", 2, "Accept", null, "HR Manager", null],
    ["RISK-004", "Admin console", [4, 5, 4], "Account takeover", 4, "Password-only login", 4, "Mitigate", "Control 8.5", "Security Lead", date("2026-02-27")],
    ["RISK-005", "Archive storage", [3, 4, 2], "Media degradation", 2, "No integrity checks", 3, "Transfer", "5.23, 8.13", "IT Manager", date("2026-09-30")],
    ["RISK-006", "Build server", [3, 5, 3], "Supply-chain tampering", 3, "Unsigned artefacts", 4, "Mitigate", "8.28, 8.32", "Engineering Manager", date("2026-05-29")],
  ];
  return {
    file: "en-lo-ods-cia.xlsx",
    writer: "libreoffice-from-ods",
    source: "exceljs",
    lang: "en",
    layout:
      "C/I/A register ('Confidentiality' / 'Integrity' / 'Availability' + 'Threat level' / 'Vulnerability level', MAX(C:A)×T×V score) with header row 2 under a merged title; 'Risk response' Mitigate / Accept / Transfer, 'Controls' ('5.15–5.18', 'Control 8.14'), owner and real due dates on the register; saved as .ods then as .xlsx by LibreOffice",
    sheets: [
      {
        name: "CIA risk assessment",
        rows: [
          ["Risk assessment — CIA method"],
          ["Risk ID", "Asset", "Confidentiality", "Integrity", "Availability", "Threat", "Threat level", "Vulnerability", "Vulnerability level", "Risk score", "Risk response", "Controls", "Owner", "Due date"],
          ...rows.map(([id, asset, cia, threat, t, vuln, v, ...rest], k) => [
            id,
            asset,
            ...cia,
            threat,
            t,
            vuln,
            v,
            maxTimes(k + 3, ["C", "E"], cia, ["G", t], ["I", v]),
            ...rest,
          ]),
        ],
        merges: ["A1:N1"],
        widths: { B: 18, F: 22, H: 22, L: 16, M: 22 },
      },
    ],
    risks: [
      risk("RISK-001", { c: 5, i: 4, a: 3, threat: 3, vulnerability: 4 }, "reduce", ["5.15", "5.16", "5.17", "5.18"], "Data Protection Officer", "2026-03-31"),
      risk("RISK-002", { c: 4, i: 5, a: 5, threat: 3, vulnerability: 3 }, "reduce", ["8.14"], "Platform Lead", "2026-06-30"),
      risk("RISK-003", { c: 2, i: 2, a: 2, threat: 2, vulnerability: 2 }, "accept", null, "HR Manager"),
      risk("RISK-004", { c: 4, i: 5, a: 4, threat: 4, vulnerability: 4 }, "reduce", ["8.5"], "Security Lead", "2026-02-27"),
      risk("RISK-005", { c: 3, i: 4, a: 2, threat: 2, vulnerability: 3 }, "transfer", ["5.23", "8.13"], "IT Manager", "2026-09-30"),
      risk("RISK-006", { c: 3, i: 5, a: 3, threat: 3, vulnerability: 4 }, "reduce", ["8.28", "8.32"], "Engineering Manager", "2026-05-29"),
    ],
  };
})();

/** 11. LibreOffice from .csv: one sheet, title lines, header row 4, sign-off line. */
// prettier-ignore
const loCsv = {
  file: "en-lo-csv-register.xlsx",
  writer: "libreoffice-from-csv",
  lang: "en",
  layout:
    "a UTF-8 .csv imported by LibreOffice: title and 'Last reviewed' lines and a blank line, header in row 4 with scale hints; Mitigate / Accept / Transfer / Terminate, controls 'Control 8.5', '5.15–5.18', 'A.8.13, A.8.7' and due dates typed 2026-03-31 on the register; a 'Prepared by / Approved by' line at the bottom",
  sheets: [
    {
      name: "register",
      rows: [
        ["Information security risk register"],
        ["Last reviewed: January 2026"],
        [],
        ["Risk ID", "Asset", "Threat", "Vulnerability", "Likelihood (1-5)", "Impact (1-5)", "Risk score (L x I)", "Risk Owner", "Treatment Option", "Annex A controls", "Target date", "Status"],
        ["RISK-001", "Identity provider", "Account takeover", "No phishing-resistant MFA", 4, 5, 20, "Head of IT", "Mitigate", "Control 8.5", "2026-03-31", "In progress"],
        ["RISK-002", "Shared drives", "Unauthorised access", "Access never reviewed", 3, 4, 12, "IT Manager", "Mitigate", "5.15–5.18", "2026-04-30", "Not started"],
        ["RISK-003", "Reception PC", "Shoulder surfing", "Screen faces visitors", 2, 2, 4, "Office Manager", "Accept", "", "", ""],
        ["RISK-004", "Payroll bureau", "Supplier failure", "Single supplier", 2, 4, 8, "Finance Director", "Transfer", "A.5.19, A.5.20", "2026-06-30", "Not started"],
        ["RISK-005", "Legacy CRM", "Data breach", "Unsupported database", 3, 4, 12, "Sales Director", "Terminate", "Control 8.10", "2026-09-30", "Not started"],
        ["RISK-006", "Backups", "Ransomware", "Backups on the same domain", 3, 5, 15, "IT Manager", "Mitigate", "A.8.13, A.8.7", "2026-03-31", "In progress"],
        [],
        ["Prepared by: J. Smith (ISMS Manager)", "", "", "", "Approved by: M. Clarke (CEO)"],
      ],
    },
  ],
  risks: [
    risk("RISK-001", { likelihood: 4, impact: 5 }, "reduce", ["8.5"], "Head of IT", "2026-03-31"),
    risk("RISK-002", { likelihood: 3, impact: 4 }, "reduce", ["5.15", "5.16", "5.17", "5.18"], "IT Manager", "2026-04-30"),
    risk("RISK-003", { likelihood: 2, impact: 2 }, "accept", null, "Office Manager"),
    risk("RISK-004", { likelihood: 2, impact: 4 }, "transfer", ["5.19", "5.20"], "Finance Director", "2026-06-30"),
    risk("RISK-005", { likelihood: 3, impact: 4 }, "avoid", ["8.10"], "Sales Director", "2026-09-30"),
    risk("RISK-006", { likelihood: 3, impact: 5 }, "reduce", ["8.13", "8.7"], "IT Manager", "2026-03-31"),
  ],
};

/** 12. LibreOffice from an openpyxl .xlsx: tables, a hidden row and column, numeric ids. */
// prettier-ignore
const loOpenpyxlTables = (() => {
  const rows = [
    [1, "Website", "Defacement", "Outdated CMS", 3, 3, "Web Manager", "weekly check"],
    [2, "Email", "Business email compromise", "No DMARC enforcement", 4, 4, "IT Manager", "seen in 2025"],
    [3, "Laptops", "Loss", "Unencrypted disks", 3, 4, "IT Manager", "audit finding"],
    [4, "HR files", "Disclosure", "Open shelving", 2, 4, "HR Manager", ""],
    [5, "Wi-Fi", "Rogue access point", "No wireless intrusion detection", 2, 3, "Network Engineer", ""],
    [6, "Cloud backups", "Deletion", "No immutability", 3, 5, "IT Manager", "insurer question"],
  ];
  return {
    file: "en-lo-xlsx-openpyxl-tables.xlsx",
    writer: "libreoffice-from-xlsx",
    source: "openpyxl",
    lang: "en",
    layout:
      "an openpyxl workbook re-saved by LibreOffice: register and plan as tables (ListObjects) with the header in row 3 under a title; numeric ids 1–6 in 'Risk ID' on both sheets; a hidden risk row and a hidden 'Notes' column; plan headers 'Annex A Ref', 'Action owner' and 'Target completion' with real date cells",
    sheets: [
      {
        name: "Risk Register",
        rows: [
          ["Risk register"],
          [],
          ["Risk ID", "Asset", "Threat", "Vulnerability", "Likelihood", "Impact", "Score", "Owner", "Notes"],
          ...rows.map(([id, asset, threat, vuln, l, i, owner, notes], k) => [
            id,
            asset,
            threat,
            vuln,
            l,
            i,
            product(k + 4, ["E", l], ["F", i]),
            owner,
            notes,
          ]),
        ],
        tables: [{ name: "Register", ref: "A3:I9" }],
        hiddenRows: [6],
        hiddenColumns: ["I"],
        widths: { C: 26, D: 30, H: 18 },
      },
      {
        name: "Risk Treatment Plan",
        rows: [
          ["Risk treatment plan"],
          [],
          ["Risk ID", "Treatment option", "Action", "Annex A Ref", "Action owner", "Target completion", "Status"],
          [1, "Mitigate", "Patch the CMS monthly", "A.8.8", "Web Manager", date("2026-04-30"), "Not started"],
          [2, "Mitigate", "DMARC p=reject and mail filtering", "A.5.14, A.8.23", "Mail Administrator", date("2026-03-31"), "In progress"],
          [3, "Mitigate", "Full-disk encryption", "A.8.24", "IT Manager", date("2026-02-27"), "Done"],
          [4, "Mitigate", "Lockable cabinets", "A.7.7", "HR Manager", date("2026-05-29"), "Not started"],
          [5, "Accept", "—", null, "Network Engineer", null, "—"],
          [6, "Mitigate", "Immutable backups", "A.8.13", "IT Manager", date("2026-03-31"), "In progress"],
        ],
        tables: [{ name: "Plan", ref: "A3:G9" }],
        widths: { C: 34, D: 16, E: 20, F: 18 },
      },
    ],
    risks: [
      risk("1", { likelihood: 3, impact: 3 }, "reduce", ["8.8"], "Web Manager", "2026-04-30"),
      risk("2", { likelihood: 4, impact: 4 }, "reduce", ["5.14", "8.23"], "Mail Administrator", "2026-03-31"),
      risk("3", { likelihood: 3, impact: 4 }, "reduce", ["8.24"], "IT Manager", "2026-02-27"),
      risk("4", { likelihood: 2, impact: 4 }, "reduce", ["7.7"], "HR Manager", "2026-05-29"),
      risk("5", { likelihood: 2, impact: 3 }, "accept", null, "Network Engineer"),
      risk("6", { likelihood: 3, impact: 5 }, "reduce", ["8.13"], "IT Manager", "2026-03-31"),
    ],
  };
})();

export const EN_WORKBOOKS = [
  titleSummary,
  splitHeaderPlan,
  hiddenRows,
  twoAssetSheets,
  tablesLegend,
  atvSignOff,
  soaCatalog,
  residualBeside,
  loSignOff,
  loOdsCia,
  loCsv,
  loOpenpyxlTables,
];
