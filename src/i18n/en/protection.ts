/** Messages of protecting calculated columns: the sheet protection and its switch. */
export const protection = {} as const;
