import type { validation as en } from "../en/validation";
import type { Widen } from "../types";

export const validation: Widen<typeof en> = {};
