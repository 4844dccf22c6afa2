/**
 * The layout every panel shares: a grid of sections, each a grid, a wrapping row of actions, and lists of
 * choices (native selects) that never widen the pane past its width, however long an option's text.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePanelStyles = makeStyles({
  panel: { display: "grid", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "grid", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // A native select cannot wrap: a long chosen option ends in an ellipsis, and the open list shows it whole.
  select: { minWidth: 0, maxWidth: "100%", "& > select": { textOverflow: "ellipsis" } },
});
