/**
 * State of "Adopt this workbook": the request (language, standard, method, the person's corrections), the
 * reading shown, and the outcome. Only "Read workbook" reads; every correction is planned again from that
 * reading, and "Write" writes the plan last shown.
 */
import { useCallback, useRef, useState } from "react";
import type { MethodId, StandardVersion } from "../../domain/methodology/types";
import type { Lang } from "../../i18n";
import type {
  AdoptActions,
  AdoptOutcome,
  AdoptRequest,
  AdoptionView,
  ReadingChoices,
  SheetRole,
} from "../adoptActions";
import { useAsyncAction } from "./useAsyncAction";

/** The corrections with a sheet's role set; its column corrections belonged to the old role and go. */
function withRole(choices: ReadingChoices, sheet: string, role: SheetRole): ReadingChoices {
  const { [sheet]: _dropped, ...columns } = choices.columns ?? {};
  return { roles: { ...choices.roles, [sheet]: role }, columns };
}

function withColumn(choices: ReadingChoices, sheet: string, index: number, key: string): ReadingChoices {
  const columns = choices.columns ?? {};
  return { ...choices, columns: { ...columns, [sheet]: { ...columns[sheet], [index]: key } } };
}

export function useAdoptWorkbook(actions: AdoptActions, lang: Lang, onWritten: () => Promise<void>) {
  const { busy, error, run } = useAsyncAction();
  const [request, setRequest] = useState<AdoptRequest>({ lang, standard: "2022", choices: {} });
  const [view, setView] = useState<AdoptionView | null>(null);
  const [outcome, setOutcome] = useState<AdoptOutcome | null>(null);
  // Corrections follow one another faster than a re-plan may answer: only the latest is shown.
  const latest = useRef(0);

  const read = useCallback(async () => {
    const ticket = ++latest.current;
    setOutcome(null);
    const next = await run(() => actions.read(request));
    if (next && ticket === latest.current) setView(next);
  }, [actions, request, run]);

  const revise = useCallback(
    async (next: AdoptRequest) => {
      setRequest(next);
      if (!view) return;
      const ticket = ++latest.current;
      const revised = await run(() => actions.revise(next));
      if (revised && ticket === latest.current) setView(revised);
    },
    [actions, run, view],
  );

  const write = useCallback(async () => {
    const written = await run(() => actions.write());
    if (!written) return;
    latest.current++;
    setOutcome(written);
    setView(null);
    await onWritten();
  }, [actions, onWritten, run]);

  return {
    busy,
    error,
    request,
    view,
    outcome,
    read,
    write,
    setLang: (next: Lang) => void revise({ ...request, lang: next }),
    setStandard: (next: StandardVersion) => void revise({ ...request, standard: next }),
    setMethod: (next: MethodId) => void revise({ ...request, method: next }),
    chooseRole: (sheet: string, role: SheetRole) =>
      void revise({ ...request, choices: withRole(request.choices, sheet, role) }),
    chooseColumn: (sheet: string, index: number, key: string) =>
      void revise({ ...request, choices: withColumn(request.choices, sheet, index, key) }),
    cancel: () => {
      latest.current++;
      setView(null);
    },
  };
}

export type AdoptState = ReturnType<typeof useAdoptWorkbook>;
