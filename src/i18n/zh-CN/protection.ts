import type { protection as en } from "../en/protection";
import type { Widen } from "../types";

export const protection: Widen<typeof en> = {};
