/** Messages of the 填写说明 (how to fill in) and 修订记录 (revision history) sheets. */
export const guide = {} as const;
