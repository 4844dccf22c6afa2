import type { layout as en } from "../en/layout";
import type { Widen } from "../types";

export const layout: Widen<typeof en> = {
  signOff: "编制：________   审核：________   批准：________",
};
