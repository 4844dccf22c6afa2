/** The pane's shell: header, navigation between panels, the selected panel. */
import { FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { Suspense, useEffect, useMemo, useState, type ReactNode } from "react";
import { translator, type Lang } from "../../i18n";
import { LanguageContext } from "../LanguageContext";
import { Header } from "./Header";
import { PanelTabs } from "./PanelTabs";
import { SettingsPanel } from "./SettingsPanel";

export type PanelId = "workbook" | "validate" | "soa" | "gap" | "readiness" | "settings";
export const PANELS: readonly PanelId[] = ["workbook", "validate", "soa", "gap", "readiness", "settings"];

/** Panels supplied by the composition root; a panel without an entry shows "not available yet". */
export type PanelRenderers = Partial<Record<PanelId, () => ReactNode>>;

export interface AppProps {
  /** Language the pane opens in (from Office.context.displayLanguage). */
  readonly initialLang: Lang;
  readonly panels?: PanelRenderers;
  /** Called when the user switches language, so the host can remember it. */
  readonly onLangChange?: (lang: Lang) => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    maxWidth: "100%",
  },
  nav: { paddingInline: tokens.spacingHorizontalS },
  main: { padding: tokens.spacingHorizontalM, minWidth: 0 },
});

export function App({ initialLang, panels = {}, onLangChange }: AppProps) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [panel, setPanel] = useState<PanelId>("workbook");
  const language = useMemo(
    () => ({
      lang,
      t: translator(lang),
      setLang: (next: Lang) => {
        setLangState(next);
        onLangChange?.(next);
      },
    }),
    [lang, onLangChange],
  );
  const { t } = language;
  // Screen readers and fonts follow the page's language, not only the provider's.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const render = panel === "settings" ? (panels.settings ?? (() => <SettingsPanel />)) : panels[panel];

  return (
    <LanguageContext.Provider value={language}>
      <FluentProvider theme={webLightTheme} lang={lang} className={styles.root}>
        <Header />
        <PanelTabs
          className={styles.nav}
          label={t("app.nav.label")}
          tabs={PANELS.map((id) => ({ id, label: t(`app.nav.${id}`) }))}
          selected={panel}
          onSelect={setPanel}
          controls="isms-panel"
          idPrefix="isms-tab-"
        />
        <main className={styles.main} id="isms-panel" role="tabpanel" aria-labelledby={`isms-tab-${panel}`}>
          <Suspense fallback={<Spinner size="small" label={t("app.loading")} />}>
            {render ? render() : <p>{t("app.comingSoon")}</p>}
          </Suspense>
        </main>
      </FluentProvider>
    </LanguageContext.Provider>
  );
}
