import type { layout as en } from "../en/layout";
import type { Widen } from "../types";

export const layout: Widen<typeof en> = {};
