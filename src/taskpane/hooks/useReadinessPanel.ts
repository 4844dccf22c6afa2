/**
 * State of the Readiness panel: the last check, the audit and review sheets written, and the jumps to
 * cells. Reads nothing until asked (a check reads the whole workbook); once checked, a change of the
 * pane's language checks again, since the items' titles and reasons are in the report.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../../i18n";
import type { PlaceView, PreparedView, ReadinessActions, ReadinessView } from "../readinessActions";
import { useAsyncAction } from "./useAsyncAction";

/** Where a jump to a sheet without a cell lands. */
const SHEET_START = "A1";

export function useReadinessPanel(actions: ReadinessActions, lang: Lang) {
  const { busy, error, run } = useAsyncAction();
  const [view, setView] = useState<ReadinessView | null>(null);
  const [prepared, setPrepared] = useState<PreparedView | null>(null);
  const [checking, setChecking] = useState(false);
  // A slow check must not overwrite a later one.
  const latest = useRef(0);
  const checked = useRef(false);

  const check = useCallback(async () => {
    const ticket = ++latest.current;
    setChecking(true);
    const next = await run(() => actions.check(lang));
    if (ticket !== latest.current) return;
    setChecking(false);
    if (next) {
      checked.current = true;
      setView(next);
    }
  }, [actions, lang, run]);

  // `check` changes with the language: check again in it, but only once the person has asked for a check.
  useEffect(() => {
    if (checked.current) void check();
  }, [check]);

  const prepareAuditSheets = useCallback(async () => {
    setPrepared(null);
    const outcome = await run(() => actions.prepareAuditSheets(lang));
    if (!outcome) return;
    setPrepared(outcome);
    await check();
  }, [actions, check, lang, run]);

  const goTo = useCallback(
    ({ sheet, cell }: PlaceView) => {
      if (sheet !== undefined) void run(() => actions.goTo(sheet, cell ?? SHEET_START));
    },
    [actions, run],
  );

  return { busy, checking, error, view, prepared, check, prepareAuditSheets, goTo };
}

export type ReadinessPanelState = ReturnType<typeof useReadinessPanel>;
