/**
 * Messages of protecting calculated columns: the methodology sheet's switch (its row: label, note and the
 * two values the sheet offers) and the legend that tells a person what the grey cells are.
 */
export const protection = {
  methodSheet: {
    label: "Protect calculated columns",
    note: "Yes: the calculated (grey) columns are locked and each sheet is protected without a password; every other cell stays open. No: nothing is protected. Applies when the sheets are next generated.",
    on: "Yes",
    off: "No",
  },
  legend:
    "Grey cells are calculated. The sheet is protected without a password: Review › Unprotect Sheet to change them.",
} as const;
