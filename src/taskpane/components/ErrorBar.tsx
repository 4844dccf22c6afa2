/** An error from an action, in the user's language: port errors by their code, anything else as unexpected. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Key } from "../../i18n";
import type { ActionError } from "../hooks/useAsyncAction";
import { useLanguage } from "../LanguageContext";

export function ErrorBar({ error }: { readonly error: ActionError }) {
  const { t } = useLanguage();
  const known = error.code.startsWith("port.") ? (error.code as Key) : null;
  const text = known
    ? t(known, { detail: error.detail, sheet: error.sheet })
    : t("app.errors.unexpected", { detail: error.detail });
  return (
    <MessageBar layout="multiline" intent="error" role="alert">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
