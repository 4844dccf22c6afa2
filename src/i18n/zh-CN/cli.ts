import type { cli as en } from "../en/cli";
import type { Widen } from "../types";

export const cli: Widen<typeof en> = {};
