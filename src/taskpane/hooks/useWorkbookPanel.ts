/** State of the Workbook panel: the workbook's ISMS status, the create form, the preview, and the outcome. */
import { useCallback, useEffect, useState } from "react";
import { DEFAULT_METHOD } from "../../domain/methodology/types";
import type { Lang } from "../../i18n";
import type {
  ConflictChoice,
  CreateOutcome,
  CreateRequest,
  PlanPreview,
  WorkbookActions,
  WorkbookStatus,
} from "../workbookActions";
import { useAsyncAction } from "./useAsyncAction";

export function useWorkbookPanel(actions: WorkbookActions, lang: Lang) {
  const { busy, error, run } = useAsyncAction();
  const [status, setStatus] = useState<WorkbookStatus | null>(null);
  const [request, setRequest] = useState<CreateRequest>({
    lang,
    standard: "2022",
    method: DEFAULT_METHOD,
    sample: false,
  });
  const [preview, setPreview] = useState<PlanPreview | null>(null);
  const [outcome, setOutcome] = useState<CreateOutcome | null>(null);

  const refresh = useCallback(async () => {
    const next = await run(() => actions.status());
    if (next) setStatus(next);
  }, [actions, run]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const change = useCallback((patch: Partial<CreateRequest>) => {
    setRequest((current) => ({ ...current, ...patch }));
    setPreview(null);
    setOutcome(null);
  }, []);

  const showPreview = useCallback(
    async (sample: boolean) => {
      const next = { ...request, sample };
      setRequest(next);
      setOutcome(null);
      const result = await run(() => actions.preview(next));
      setPreview(result ?? null);
    },
    [actions, request, run],
  );

  const create = useCallback(
    async (choice: ConflictChoice) => {
      const result = await run(() => actions.create(request, choice));
      if (!result) return;
      if (result.status === "conflict") {
        // Sheets gained data since the preview: show them, with the offer to write beside.
        setPreview((current) => (current ? { ...current, conflicts: result.conflicts } : current));
        return;
      }
      setOutcome(result);
      setPreview(null);
      const next = await run(() => actions.status());
      if (next) setStatus(next);
    },
    [actions, request, run],
  );

  return {
    busy,
    error,
    status,
    request,
    preview,
    outcome,
    change,
    showPreview,
    create,
    cancel: () => setPreview(null),
    refresh,
  };
}

export type WorkbookPanelState = ReturnType<typeof useWorkbookPanel>;
