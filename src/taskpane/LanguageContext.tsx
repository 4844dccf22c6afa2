/** The pane's current language and its translator, provided once at the root. */
import { createContext, useContext } from "react";
import { translator, type Lang, type Translate } from "../i18n";

export interface LanguageState {
  readonly lang: Lang;
  readonly t: Translate;
  readonly setLang: (lang: Lang) => void;
}

export const LanguageContext = createContext<LanguageState>({
  lang: "en",
  t: translator("en"),
  setLang: () => undefined,
});

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}
