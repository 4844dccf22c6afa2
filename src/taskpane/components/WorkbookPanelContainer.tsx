/** Binds the Workbook panel to its actions and the pane's language. */
import { useLanguage } from "../LanguageContext";
import { useWorkbookPanel } from "../hooks/useWorkbookPanel";
import type { WorkbookActions } from "../workbookActions";
import { WorkbookPanel } from "./WorkbookPanel";

export function WorkbookPanelContainer({ actions }: { readonly actions: WorkbookActions }) {
  const { lang } = useLanguage();
  const state = useWorkbookPanel(actions, lang);
  return <WorkbookPanel state={state} />;
}
