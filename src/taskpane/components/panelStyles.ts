/** The layout every panel shares: a grid of sections, each a grid, and a wrapping row of actions. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePanelStyles = makeStyles({
  panel: { display: "grid", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "grid", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});
