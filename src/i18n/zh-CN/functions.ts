import type { functions as en } from "../en/functions";
import type { Widen } from "../types";

export const functions: Widen<typeof en> = {};
