import type { guide as en } from "../en/guide";
import type { Widen } from "../types";

export const guide: Widen<typeof en> = {};
