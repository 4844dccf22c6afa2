/** Messages of how sheets are laid out and printed: header rows, sign-off lines. */
export const layout = {} as const;
