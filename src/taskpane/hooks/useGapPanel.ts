/** State of the Gap panel: the scores of the workbook's gap analysis, and adding the sheet when missing. */
import { useCallback, useEffect, useState } from "react";
import type { Lang } from "../../i18n";
import type { GapActions, GapSummary, SendOutcome } from "../gapActions";
import { useAsyncAction } from "./useAsyncAction";

export function useGapPanel(actions: GapActions, lang: Lang) {
  const { busy, error, run } = useAsyncAction();
  const [summary, setSummary] = useState<GapSummary | null>(null);
  const [sent, setSent] = useState<SendOutcome | null>(null);

  const refresh = useCallback(async () => {
    const next = await run(() => actions.summary(lang));
    if (next) setSummary(next);
  }, [actions, lang, run]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const addSheet = useCallback(async () => {
    const added = await run(async () => {
      await actions.addSheet(lang);
      return true;
    });
    if (added) await refresh();
  }, [actions, lang, refresh, run]);

  const sendToRegister = useCallback(async () => {
    const outcome = await run(() => actions.sendToRegister(lang));
    if (outcome) setSent(outcome);
  }, [actions, lang, run]);

  return { busy, error, summary, sent, refresh, addSheet, sendToRegister };
}

export type GapPanelState = ReturnType<typeof useGapPanel>;
