/** Binds the Workbook panel to its actions and the pane's language. */
import type { AdoptActions } from "../adoptActions";
import { useAdoptWorkbook } from "../hooks/useAdoptWorkbook";
import { useLanguage } from "../LanguageContext";
import { useWorkbookPanel } from "../hooks/useWorkbookPanel";
import type { WorkbookActions } from "../workbookActions";
import { WorkbookPanel } from "./WorkbookPanel";

export interface WorkbookPanelContainerProps {
  readonly actions: WorkbookActions;
  /** "Adopt this workbook". */
  readonly adoptActions: AdoptActions;
}

export function WorkbookPanelContainer({ actions, adoptActions }: WorkbookPanelContainerProps) {
  const { lang } = useLanguage();
  const state = useWorkbookPanel(actions, lang);
  // Written ISMS sheets show in the status list at once.
  const adopt = useAdoptWorkbook(adoptActions, lang, state.refresh);
  return <WorkbookPanel state={state} adopt={adopt} />;
}
