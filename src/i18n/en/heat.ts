/** Messages of the heat map beside the risk register: its legend and labels. */
export const heat = {} as const;
