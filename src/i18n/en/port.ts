/** Messages of the port area. */
export const port = {} as const;
