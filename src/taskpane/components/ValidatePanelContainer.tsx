/** Binds the Validate panel to its actions, the pane's language and the pane's clock. */
import { useValidatePanel } from "../hooks/useValidatePanel";
import { useLanguage } from "../LanguageContext";
import type { ValidateActions } from "../validateActions";
import { ValidatePanel } from "./ValidatePanel";

const machineClock = () => new Date();

export interface ValidatePanelContainerProps {
  readonly actions: ValidateActions;
  /** The pane's clock: overdue dates are judged against its date (default: the machine's). */
  readonly now?: () => Date;
}

export function ValidatePanelContainer({ actions, now = machineClock }: ValidatePanelContainerProps) {
  const { lang } = useLanguage();
  const state = useValidatePanel(actions, lang, now);
  return <ValidatePanel state={state} />;
}
