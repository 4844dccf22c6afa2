/** Binds the Gap panel to its actions and the pane's language. */
import type { GapActions } from "../gapActions";
import { useGapPanel } from "../hooks/useGapPanel";
import { useLanguage } from "../LanguageContext";
import { GapPanel } from "./GapPanel";

export function GapPanelContainer({ actions }: { readonly actions: GapActions }) {
  const { lang } = useLanguage();
  const state = useGapPanel(actions, lang);
  return <GapPanel state={state} />;
}
