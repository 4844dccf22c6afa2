/**
 * State of the SoA panel: the preview of generating or refreshing the Statement of Applicability, applying
 * it as previewed, and the outcome. A preview belongs to the language it was made in (its messages and
 * the words it writes are in it): after a language change it is no longer shown, and a new one is needed.
 */
import { useCallback, useState } from "react";
import type { Lang } from "../../i18n";
import type { SoaActions, SoaApplied, SoaFindingView, SoaPreviewView } from "../soaActions";
import { useAsyncAction } from "./useAsyncAction";

export function useSoaPanel(actions: SoaActions, lang: Lang) {
  const { busy, error, run } = useAsyncAction();
  const [shown, setShown] = useState<{ readonly lang: Lang; readonly view: SoaPreviewView } | null>(null);
  const [applied, setApplied] = useState<SoaApplied | null>(null);
  const preview = shown && shown.lang === lang ? shown.view : null;

  const showPreview = useCallback(async () => {
    setApplied(null);
    const next = await run(() => actions.preview(lang));
    if (next) setShown({ lang, view: next });
  }, [actions, lang, run]);

  /** Writes the preview shown; true once written. */
  const apply = useCallback(async (): Promise<boolean> => {
    if (!preview) return false;
    const outcome = await run(() => actions.apply(preview));
    if (!outcome) return false;
    setShown(null);
    setApplied(outcome);
    return true;
  }, [actions, preview, run]);

  const cancel = useCallback(() => setShown(null), []);

  const select = useCallback(
    (finding: SoaFindingView) => {
      const { sheet, cell } = finding;
      if (sheet !== undefined && cell !== undefined) void run(() => actions.select(sheet, cell));
    },
    [actions, run],
  );

  return { busy, error, preview, applied, showPreview, apply, cancel, select };
}

export type SoaPanelState = ReturnType<typeof useSoaPanel>;
