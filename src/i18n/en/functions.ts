/** Messages of the functions area. */
export const functions = {} as const;
