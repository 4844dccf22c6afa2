/** Loading and error state around one async call at a time; errors become i18n-ready codes. */
import { useCallback, useState } from "react";
import { PortError } from "../../workbook/port";

export interface ActionError {
  readonly code: string;
  readonly detail: string;
  /** The sheet the error concerns, where the port knows it. */
  readonly sheet: string;
}

export interface AsyncState {
  readonly busy: boolean;
  /** A stable code (PortError codes, else "unexpected") plus the raw detail for the curious. */
  readonly error: ActionError | null;
}

export function useAsyncAction(): AsyncState & {
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  clearError: () => void;
} {
  const [state, setState] = useState<AsyncState>({ busy: false, error: null });
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setState({ busy: true, error: null });
    try {
      const result = await action();
      setState({ busy: false, error: null });
      return result;
    } catch (error) {
      const code = error instanceof PortError ? error.code : "unexpected";
      const detail =
        error instanceof PortError ? error.detail : error instanceof Error ? error.message : String(error);
      const sheet = error instanceof PortError ? (error.sheet ?? "") : "";
      setState({ busy: false, error: { code, detail, sheet } });
      return undefined;
    }
  }, []);
  const clearError = useCallback(() => setState((s) => ({ ...s, error: null })), []);
  return { ...state, run, clearError };
}
