import type { workbook as en } from "../en/workbook";
import type { Widen } from "../types";

export const workbook: Widen<typeof en> = {};
