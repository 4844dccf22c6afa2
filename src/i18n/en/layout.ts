/** Messages of how sheets are laid out and printed: header rows, sign-off lines. */
export const layout = {
  /**
   * The sign-off line printed at the foot of every page of the documents that need one (the risk register,
   * the treatment plan, the SoA): who prepared, reviewed and approved it, signed on paper.
   */
  signOff: "Prepared by: ________   Reviewed by: ________   Approved by: ________",
} as const;
