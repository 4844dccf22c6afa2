import type { heat as en } from "../en/heat";
import type { Widen } from "../types";

export const heat: Widen<typeof en> = {};
