/** Messages of the workbook area. */
export const workbook = {} as const;
