/** Composition root of the task pane: the only place that wires Office, the port and the panels. */
import { createRoot } from "react-dom/client";
import { resolveLang } from "../i18n";
import { App } from "./components/App";

function mount(displayLanguage: string | undefined): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App initialLang={resolveLang(displayLanguage)} />);
}

Office.onReady(() => {
  mount(Office.context?.displayLanguage);
}).catch(() => mount(undefined));
