/**
 * State of the Validate panel: the last report, how it is shown (grouping, severity filter), the marks on
 * the offending cells, live mode, and the findings sheet written. Runs when the panel opens and when the
 * pane's language changes (the findings' words are in it).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Lang } from "../../i18n";
import { debounced } from "../../operations/timing";
import { marksOf, visibleFindings, type FindingFilter, type FindingGrouping } from "../findingGroups";
import { localIsoDate } from "../../operations/timing";
import type { FindingView, ReportOutcome, ValidateActions, ValidationView } from "../validateActions";
import { useAsyncAction } from "./useAsyncAction";

/** Live mode validates again once edits have paused this long. */
export const LIVE_QUIET_MS = 800;

/** The sheets live mode watches: where the register and the plan were read from. */
const watchedSheets = (view: ValidationView | null): string[] =>
  view ? [view.sheets.risks, view.sheets.treatments].filter((s): s is string => s !== undefined) : [];

type Run = ReturnType<typeof useAsyncAction>["run"];

/** Marks follow what is shown: on, the visible findings' cells (replacing earlier marks); off, none. */
function useCellMarks(actions: ValidateActions, shown: readonly FindingView[] | null, on: boolean, run: Run) {
  const marked = useRef(false);
  useEffect(() => {
    if (on && shown) {
      marked.current = true;
      void run(() => actions.highlight(marksOf(shown)));
    } else if (!on && marked.current) {
      marked.current = false;
      void run(() => actions.highlight([]));
    }
  }, [actions, on, run, shown]);
  // Leaving the panel takes its marks away, so none stay on the workbook with no switch to remove them.
  useEffect(
    () => () => {
      if (marked.current) void run(() => actions.highlight([]));
    },
    [actions, run],
  );
}

/**
 * Live mode: while `sheets` is not empty, edits to them run `validate` once they pause; nothing here moves
 * focus or Excel's selection. Watching stops when `sheets` empties, changes, or the panel closes.
 */
function useLiveValidation(
  actions: ValidateActions,
  sheets: readonly string[],
  validate: () => Promise<void>,
  run: Run,
  /** Switches live mode off when watching fails (a state setter: stable). */
  setLive: (on: boolean) => void,
) {
  const rerun = useRef(validate);
  useEffect(() => {
    rerun.current = validate;
  }, [validate]);
  const key = sheets.join("\u0000");
  useEffect(() => {
    if (key === "") return;
    let active = true;
    let stop: (() => Promise<void>) | undefined;
    const onChange = debounced(() => {
      if (active) void rerun.current();
    }, LIVE_QUIET_MS);
    void run(() => actions.watch(key.split("\u0000"), onChange)).then((unsubscribe) => {
      if (!unsubscribe) {
        if (active) setLive(false); // the error bar says why
      } else if (active) stop = unsubscribe;
      else void run(unsubscribe);
    });
    return () => {
      active = false;
      onChange.cancel();
      if (stop) void run(stop);
    };
  }, [actions, key, run, setLive]);
}

export function useValidatePanel(actions: ValidateActions, lang: Lang, now: () => Date) {
  const { busy, error, run } = useAsyncAction();
  const [view, setView] = useState<ValidationView | null>(null);
  const [grouping, setGrouping] = useState<FindingGrouping>("rule");
  const [filter, setFilter] = useState<FindingFilter>("all");
  const [highlighting, setHighlighting] = useState(false);
  const [live, setLive] = useState(false);
  const [written, setWritten] = useState<ReportOutcome | null>(null);
  // A slow run must not overwrite a later one.
  const latest = useRef(0);

  const validate = useCallback(async () => {
    const ticket = ++latest.current;
    const next = await run(() => actions.validate({ today: localIsoDate(now()), lang }));
    if (next && ticket === latest.current) setView(next);
  }, [actions, lang, now, run]);

  useEffect(() => {
    void validate();
  }, [validate]);

  const visible = useMemo(() => (view ? visibleFindings(view.findings, filter) : null), [view, filter]);
  useCellMarks(actions, visible, highlighting && actions.features.highlight, run);

  const watched = watchedSheets(view);
  useLiveValidation(actions, live ? watched : [], validate, run, setLive);

  const select = useCallback(
    (finding: FindingView) => void run(() => actions.select(finding.sheet, finding.cell)),
    [actions, run],
  );

  const writeReport = useCallback(async () => {
    setWritten(null);
    const outcome = await run(() => actions.writeReport({ today: localIsoDate(now()), lang }));
    if (outcome) setWritten(outcome);
  }, [actions, lang, now, run]);

  return {
    busy,
    error,
    view,
    /** The findings the filter lets through (null before the first run). */
    visible,
    grouping,
    filter,
    highlighting,
    live,
    written,
    features: actions.features,
    /** Whether live mode has sheets to watch. */
    canWatch: watched.length > 0,
    validate,
    select,
    writeReport,
    setGrouping,
    setFilter,
    setHighlighting,
    setLive,
  };
}

export type ValidatePanelState = ReturnType<typeof useValidatePanel>;
