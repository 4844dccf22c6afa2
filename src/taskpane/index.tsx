/** Composition root of the task pane: the only place that wires Office, the port and the panels. */
import { lazy } from "react";
import { createRoot } from "react-dom/client";
import { OfficeWorkbookPort } from "../excel";
import { resolveLang } from "../i18n";
import { App } from "./components/App";
import {
  lazyAdoptActions,
  lazyGapActions,
  lazyReadinessActions,
  lazySoaActions,
  lazyValidateActions,
  lazyWorkbookActions,
} from "./lazyWorkbookActions";
import { validateFeatures } from "./validateActions";

// Panels are separate chunks: the shell (header and navigation) is interactive before their code is parsed.
const WorkbookPanelContainer = lazy(() =>
  import(/* webpackChunkName: "workbook-panel" */ "./components/WorkbookPanelContainer").then((m) => ({
    default: m.WorkbookPanelContainer,
  })),
);

const GapPanelContainer = lazy(() =>
  import(/* webpackChunkName: "gap-panel" */ "./components/GapPanelContainer").then((m) => ({
    default: m.GapPanelContainer,
  })),
);

const SoaPanelContainer = lazy(() =>
  import(/* webpackChunkName: "soa-panel" */ "./components/SoaPanelContainer").then((m) => ({
    default: m.SoaPanelContainer,
  })),
);
const ReadinessPanelContainer = lazy(() =>
  import(/* webpackChunkName: "readiness-panel" */ "./components/ReadinessPanelContainer").then((m) => ({
    default: m.ReadinessPanelContainer,
  })),
);
const ValidatePanelContainer = lazy(() =>
  import(/* webpackChunkName: "validate-panel" */ "./components/ValidatePanelContainer").then((m) => ({
    default: m.ValidatePanelContainer,
  })),
);

function mount(displayLanguage: string | undefined): void {
  const container = document.getElementById("container");
  if (!container) return;
  const port = new OfficeWorkbookPort((batch) => Excel.run(batch));
  // One module behind all six: the workbook chunk has a single entry, so webpack joins it into one scope.
  const isms = () => import(/* webpackChunkName: "workbook" */ "./ismsActions");
  const workbookActions = lazyWorkbookActions(() => isms().then((m) => m.ismsWorkbookActions(port)));
  const adoptActions = lazyAdoptActions(() => isms().then((m) => m.ismsAdoptActions(port)));
  const gapActions = lazyGapActions(() => isms().then((m) => m.ismsGapActions(port)));
  const soaActions = lazySoaActions(() => isms().then((m) => m.ismsSoaActions(port)));
  const readinessActions = lazyReadinessActions(() => isms().then((m) => m.ismsReadinessActions(port)));
  const validateActions = lazyValidateActions(
    () => isms().then((m) => m.ismsValidateActions(port)),
    validateFeatures(port),
  );
  createRoot(container).render(
    <App
      initialLang={resolveLang(displayLanguage)}
      panels={{
        workbook: () => <WorkbookPanelContainer actions={workbookActions} adoptActions={adoptActions} />,
        validate: () => <ValidatePanelContainer actions={validateActions} />,
        gap: () => <GapPanelContainer actions={gapActions} />,
        soa: () => <SoaPanelContainer actions={soaActions} />,
        readiness: () => <ReadinessPanelContainer actions={readinessActions} />,
      }}
    />,
  );
}

// Without office.js (opened outside Office, or its script failed to load) the pane still renders, in English.
if (typeof Office === "undefined") mount(undefined);
else
  Office.onReady(() => {
    mount(Office.context?.displayLanguage);
  }).catch(() => mount(undefined));
