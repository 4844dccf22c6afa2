import type { catalog as en } from "../en/catalog";
import type { Widen } from "../types";

export const catalog: Widen<typeof en> = {};
