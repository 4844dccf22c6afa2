/**
 * Messages of the validation area: the risk register and treatment plan rules (src/domain/treatment).
 * `title.<rule>` names a rule for grouping; `message.<rule>` says what is wrong and how to fix it. In
 * messages, {rating}, {basis}, {field} and {method} arrive already in words (functions.arguments and
 * functions.methods), and {riskId} is "in row N" for a row without one.
 */
export const validation = {
  severity: { error: "Error", warning: "Warning" },
  unnamedRisk: "in row {row}",
  title: {
    risk: {
      id: { missing: "Risk without an ID", duplicate: "Risk ID used twice" },
      rating: { invalid: "Rating not on the scale", missing: "Rating missing" },
      value: { mismatch: "Risk value or level differs from the method" },
      untreated: "Risk above the criterion not in the treatment plan",
      owner: { missing: "Risk without a risk owner" },
    },
    treatment: {
      risk: { missing: "Treatment without a risk ID", unknown: "Risk ID not on the register" },
      duplicate: "Risk treated in more than one row",
      option: { missing: "No treatment option", invalid: "Not a treatment option" },
      measure: { missing: "No specific measures" },
      control: {
        missing: "No Annex A control",
        unknown: "Not an Annex A control",
        legacy: "ISO/IEC 27001:2013 control ID",
      },
      owner: { missing: "Treatment without an owner" },
      due: {
        missing: "No planned completion date",
        invalid: "Planned completion is not a date",
        late: "Planned completion beyond the deadline",
        overdue: "Treatment overdue",
      },
      accept: { unapproved: "Risk accepted without management approval" },
    },
    residual: {
      rating: { invalid: "Residual rating not on the scale", missing: "Residual rating missing" },
      missing: "Residual risk not assessed",
      higher: "Residual risk above the risk before treatment",
      unaccepted: "Residual risk above the criterion not accepted",
    },
  },
  message: {
    risk: {
      id: {
        missing:
          "Row {row} of the risk register has content but no risk ID. Give it a unique ID (for example R-001) so the treatment plan and the SoA can refer to it.",
        duplicate:
          "Risk ID {riskId} is already used in row {firstRow}. Give each risk its own ID, or delete the repeated row.",
      },
      rating: {
        invalid:
          "Risk {riskId}: {rating} is “{value}”, which is not on the methodology’s scale. Enter a whole number from {min} to {max}; the risk value cannot be computed until then.",
        missing:
          "Risk {riskId}: {rating} is blank, and the risk calculation method ({method}) needs it to compute the risk value. Enter a whole number from {min} to {max}.",
      },
      value: {
        mismatch:
          "Risk {riskId}: {field} on the sheet is {value}, but the methodology gives {expected} for these ratings. Clear the cell so its formula computes it, or correct the ratings.",
      },
      untreated:
        "Risk {riskId} is above the risk acceptance criterion ({basis} {actual}, acceptable up to {criterion}) but has no row in the risk treatment plan. Add one with the option, specific measures, Annex A controls, owner and planned completion date.",
      owner: {
        missing:
          "Risk {riskId} is above the risk acceptance criterion but has no risk owner. Name the person accountable for managing it.",
      },
    },
    treatment: {
      risk: {
        missing:
          "Row {row} of the risk treatment plan names no risk. Enter the ID of the risk on the register that this row treats.",
        unknown:
          "Risk {riskId} is not on the risk register. Correct the risk ID, or add the risk to the register and assess it first.",
      },
      duplicate:
        "Risk {riskId} already has a treatment in row {firstRow}. Put its measures in one row (temporary and long-term measures can share it), or delete this row.",
      option: {
        missing:
          "Risk {riskId}: no treatment option is chosen. Choose one of reduce, avoid, transfer or accept.",
        invalid:
          "Risk {riskId}: “{value}” is not a treatment option. Choose one of reduce, avoid, transfer or accept, and write the details in the measures.",
      },
      measure: {
        missing:
          "Risk {riskId}: the option “{option}” needs specific measures, and none are given. Write what will be done and how, with a temporary and a long-term measure where needed.",
      },
      control: {
        missing:
          "Risk {riskId} is reduced, but no Annex A control is named. Enter the Annex A controls its measures implement (for example 8.8), so the Statement of Applicability includes them.",
        unknown:
          "Risk {riskId}: {value} is not a control of ISO/IEC 27001:{standard} Annex A. Correct the ID or remove it.",
        legacy:
          "Risk {riskId}: {value} is numbered as in ISO/IEC 27001:2013, but this workbook follows the 2022 edition. Replace it with {ids}.",
      },
      owner: {
        missing:
          "Risk {riskId}: the treatment has no owner. Name the person responsible for carrying it out.",
      },
      due: {
        missing:
          "Risk {riskId}: the treatment has no planned completion date. Enter one within {limit} days of the risk assessment, by {latest}.",
        invalid:
          "Risk {riskId}: the planned completion “{value}” is not a date. Enter a date such as {latest} (YYYY-MM-DD).",
        late: "Risk {riskId}: planned completion {dueDate} is {days} days after the risk assessment ({assessedOn}); the methodology allows {limit}. Bring it forward to {latest} or earlier, or take a temporary measure now and plan the long-term one separately.",
        overdue:
          "Risk {riskId}: planned completion {dueDate} passed {days} days ago and the treatment is not done. Update its status, or agree a new date with the owner.",
      },
      accept: {
        unapproved:
          "Risk {riskId} is accepted although it is above the risk acceptance criterion ({basis} {actual}, acceptable up to {criterion}), and nobody has approved it. Have management (the management representative) approve the acceptance, and enter who accepted it and when.",
      },
    },
    residual: {
      rating: {
        invalid:
          "Risk {riskId}: residual {rating} is “{value}”, which is not on the methodology’s scale. Enter a whole number from {min} to {max}.",
        missing:
          "Risk {riskId}: residual {rating} is blank while other residual ratings are given. Enter a whole number from {min} to {max} so the residual risk can be computed.",
      },
      missing:
        "Risk {riskId}: the treatment is marked done, but the residual risk is not assessed. Rate the risk as it stands after treatment, so it can be compared with the risk acceptance criterion.",
      higher:
        "Risk {riskId}: {field} after treatment ({residual}) is higher than before it ({inherent}). Check the residual ratings: a treatment should not raise the risk.",
      unaccepted:
        "Risk {riskId}: the residual risk is above the risk acceptance criterion ({basis} {actual}, acceptable up to {criterion}) and has not been formally accepted. Treat it further, or have management (the management representative) sign off the residual risk, and enter who accepted it and when.",
    },
  },
} as const;
