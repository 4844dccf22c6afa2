/**
 * Messages of the functions area: risk methods, argument names and the methodology sheet (the functions'
 * descriptions are in functionMeta.ts, their #VALUE! messages in functionErrors.ts).
 */
export const functions = {
  arguments: {
    c: "Confidentiality (C)",
    i: "Integrity (I)",
    a: "Availability (A)",
    asset: "Asset value",
    threat: "Threat",
    vulnerability: "Vulnerability",
    likelihood: "Likelihood",
    impact: "Impact",
    value: "Risk value",
    level: "Risk level",
    criterion: "Acceptance criterion",
    row: "row",
    column: "column",
    bands: "bands",
    matrix: "matrix",
  },
  methods: {
    li: "Likelihood × impact (ISO/IEC 27005, 5×5)",
    atv: "Asset value × threat × vulnerability (1–125)",
    "gbt-matrix": "GB/T 20984 matrix method",
    "gbt-multiply": "GB/T 20984 multiplication method",
    "cia-max": "Per criterion (C, I, A) impact × threat × vulnerability, highest wins",
  },
  valuations: {
    max: "Asset value = the highest of C, I and A.",
    mean: "Asset value = (C + I + A) ÷ 3, rounded.",
    weighted: "Asset value = weight C × C + weight I × I + weight A × A, rounded (the weights below).",
    log2: "Asset value = log₂((2^C + 2^I + 2^A) ÷ 3), rounded: it leans towards the highest rating.",
  },
  roundings: {
    truncate: "Truncate to 2 decimals",
    round: "Round to 2 decimals",
  },
  methodSheet: {
    yes: "Yes",
    no: "No",
    title: "Risk assessment methodology and criteria",
    intro:
      "The method, rating scales, risk levels and acceptance criterion of the risk assessment. The register's formulas read the values below: edit them here and the risks recalculate.",
    headers: { parameter: "Item", value: "Value", note: "Note" },
    parameters: {
      method: "Risk calculation method",
      standard: "Standard (ISO/IEC 27001)",
      assessmentDate: "Assessment date",
      scope: "Assessment scope (assets, departments, network boundary)",
      assetValuation: "Asset valuation method",
      weightC: "Weight of confidentiality (C)",
      weightI: "Weight of integrity (I)",
      weightA: "Weight of availability (A)",
      rounding: "Rounding of √(x·y) (multiplication method)",
      acceptanceLevel: "Risk acceptance criterion: highest acceptable risk level",
      acceptanceValue: "Risk acceptance criterion: highest acceptable risk value",
      scaleMax: "Highest asset rating",
      treatmentDays: "Treatment deadline (days)",
      reviewFrequency: "Review frequency",
      approver: "Residual risk approved by",
      protectFormulas: "Protect formula columns",
      version: "Version",
    },
    /** What each closed-list value is called in the value cell (list items: no commas). */
    choices: {
      method: {
        li: "Likelihood × impact",
        atv: "Asset × threat × vulnerability",
        "gbt-matrix": "GB/T 20984 matrix method",
        "gbt-multiply": "GB/T 20984 multiplication method",
        "cia-max": "C/I/A × threat × vulnerability (highest)",
      },
      valuation: {
        max: "Highest of C/I/A",
        mean: "Mean of C/I/A",
        weighted: "Weighted sum of C/I/A",
        log2: "Logarithmic mean of C/I/A",
      },
      rounding: {
        truncate: "Truncate (2 decimals)",
        round: "Round (2 decimals)",
      },
    },
    /** How each method turns ratings into a risk value. */
    formulas: {
      li: "Risk value = likelihood × impact (1–25).",
      atv: "Risk value = asset value × threat rating × vulnerability rating (1–125).",
      "gbt-matrix":
        "GB/T 20984 matrix method: likelihood L(threat, vulnerability) and loss F(asset value, vulnerability) from the matrices below, each turned into a level; risk value R(likelihood level, loss level).",
      "gbt-multiply":
        "GB/T 20984 multiplication method: likelihood = √(threat × vulnerability), loss = √(asset value × vulnerability), risk value = √(likelihood × loss).",
      "cia-max":
        "Risk value = the highest of C, I and A each × threat rating × vulnerability rating (1–125).",
    },
    notes: {
      method:
        "{formula} Changing the method needs the register to be regenerated (its rating columns differ).",
      standard: "2022 or 2013.",
      assetValuation: "{formula}",
      weights: "Used by the weighted sum; the three weights should add up to 1.",
      rounding: "Truncating is common practice.",
      acceptance:
        "Risks above the criterion need a risk treatment plan; residual risk above it needs management acceptance.",
      scaleMax: "Computed from the asset scale.",
      treatmentDays: "Planned completion of a treatment is due within this many days of the assessment.",
      assessmentDate:
        "Treatment deadlines count from each risk's assessment date on the register, or from this date when a risk has none.",
      reviewFrequency: "At least once a year and after significant changes.",
      approver: "Management representative",
      protectFormulas:
        "Yes: each sheet's formula columns (grey) are locked and the sheet is protected without a password (Review › Unprotect Sheet lifts it); input columns stay open. No: sheets generated from now on are not protected.",
    },
    scales: {
      headers: { value: "Rating", label: "Label", description: "Definition" },
      likelihood: "Likelihood scale",
      impact: "Impact scale",
      asset: "Asset value scale (C, I, A and asset value)",
      threat: "Threat rating scale (frequency)",
      vulnerability: "Vulnerability rating scale (severity)",
    },
    levels: {
      title: "Risk levels",
      headers: {
        level: "Level",
        label: "Label",
        riskFrom: "Lowest risk value",
        likelihoodFrom: "Lowest likelihood value",
        lossFrom: "Lowest loss value",
        description: "Treatment required",
      },
      note: "A value belongs to the highest level whose lowest value it reaches.",
    },
    matrices: {
      likelihood: "Likelihood matrix L(threat, vulnerability)",
      loss: "Loss matrix F(asset value, vulnerability)",
      risk: "Risk matrix R(likelihood level, loss level)",
      likelihoodCorner: "Threat \\ Vulnerability",
      lossCorner: "Asset value \\ Vulnerability",
      riskCorner: "Likelihood level \\ Loss level",
      source: "Default matrices: GB/T 20984-2007, Appendix A (example values; edit as needed).",
    },
    planRules: {
      title: "Risk treatment plan checks",
      intro:
        "Red cells of the risk treatment plan must be corrected (errors); amber cells need attention (warnings).",
      portable:
        "The colours are conditional formats: they show without the add-in, in Excel, WPS and LibreOffice, and go once fixed.",
      headers: { cell: "Marked cell", meaning: "Meaning" },
      rules: {
        riskUnknown:
          "The risk ID is not on the risk register: check the ID, or enter the risk in the register first.",
        ownerMissing: "A risk ID is filled in but no owner is named.",
        dueMissing: "A risk ID is filled in but no planned completion date (an accepted risk needs none).",
        dueLate:
          "Later than the assessment date plus the treatment deadline (days): the risk's date, else the one above, else today.",
        acceptUnapproved:
          "Option Accept on a risk above the acceptance criterion, but who approved it or when is blank.",
        residualUnaccepted:
          "The residual risk is above the acceptance criterion, but who approved it or when is blank.",
      },
    },
    people: {
      title: "Responsible persons",
      intro:
        "Everyone who may be named as an owner, assessor or approver: one name per row from the top, without gaps, each name once (a repeated name turns red).",
      use: "The owner columns of the risk register and the treatment plan offer this list; a name not in it is asked about, not refused.",
      headers: { name: "Name", department: "Department", role: "Role" },
    },
  },
} as const;
