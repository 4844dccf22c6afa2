/**
 * Messages of protecting calculated columns: the legend (on the 填写说明 sheet) that tells a person what the
 * grey cells are. The methodology sheet's switch is one of its parameters (functions.methodSheet).
 */
export const protection = {
  legend:
    "Grey cells are calculated. The sheet is protected without a password: Review › Unprotect Sheet to change them.",
} as const;
