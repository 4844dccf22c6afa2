/** Binds the SoA panel to its actions and the pane's language. */
import { useSoaPanel } from "../hooks/useSoaPanel";
import { useLanguage } from "../LanguageContext";
import type { SoaActions } from "../soaActions";
import { SoaPanel } from "./SoaPanel";

export function SoaPanelContainer({ actions }: { readonly actions: SoaActions }) {
  const { lang } = useLanguage();
  const state = useSoaPanel(actions, lang);
  return <SoaPanel state={state} />;
}
