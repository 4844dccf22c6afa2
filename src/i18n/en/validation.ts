/** Messages of the validation area. */
export const validation = {} as const;
