import type { port as en } from "../en/port";
import type { Widen } from "../types";

export const port: Widen<typeof en> = {};
