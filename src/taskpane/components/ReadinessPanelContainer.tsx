/** Binds the Readiness panel to its actions and the pane's language. */
import { useReadinessPanel } from "../hooks/useReadinessPanel";
import { useLanguage } from "../LanguageContext";
import type { ReadinessActions } from "../readinessActions";
import { ReadinessPanel } from "./ReadinessPanel";

export function ReadinessPanelContainer({ actions }: { readonly actions: ReadinessActions }) {
  const { lang } = useLanguage();
  const state = useReadinessPanel(actions, lang);
  return <ReadinessPanel state={state} />;
}
