/** Messages of the catalog area. */
export const catalog = {} as const;
